"""The selected plan's pages: the request, the decision and standards, the itinerary and staff, the budget and
expenses, after the visit, and the history. Each shows a PlanDetail and has its buttons; the plans view
connects the buttons and calls the services, so a page only knows how to show."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from shared.domain.model import Actor
from shared.qt.retranslate import Retranslating
from shared.domain.permissions import Permission, can
from shared.services.plans import PlanDetail, PlanState, Standards, StepKind

from console.admin.levels_view import level_name
from console.plans.texts import (
    action_name,
    category_name,
    day,
    fill,
    kind_name,
    status_name,
    transport_name,
    when,
    yuan,
)

S = PlanState
OPEN = (S.REQUESTED, S.RETURNED, S.APPROVED, S.IN_PROGRESS)
RUNNING = (S.APPROVED, S.IN_PROGRESS)
OVER_BUDGET = QColor("#b91c1c")
STATUS_COLOURS = {"done": QColor("#047857"), "skipped": QColor("#9ca3af")}


def table(name: str, headers: tuple[str, ...]) -> QTableWidget:
    view = QTableWidget(0, len(headers))
    view.setAccessibleName(name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


def fill_table(view: QTableWidget, rows: list[tuple], keys: list | None = None) -> None:
    """Rows of text; `keys` go in each row's first cell (UserRole) so a selection survives a reload."""
    selected = selected_key(view)
    view.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(str(text))
            if keys is not None and c == 0:
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            view.setItem(r, c, item)
    if keys is not None and selected in keys:
        view.selectRow(keys.index(selected))


def fit_rows(view: QTableWidget) -> None:
    """As tall as its rows: a short table that scrolls hides the last line for nothing."""
    height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
    height += sum(view.rowHeight(r) for r in range(view.rowCount()))
    view.setFixedHeight(height + 2)


def selected_key(view: QTableWidget):
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    if not rows:
        return None
    item = view.item(rows[0].row(), 0)
    return item.data(Qt.ItemDataRole.UserRole) if item else None


def button(name: str, primary: bool = False) -> QPushButton:
    b = QPushButton(objectName="primary" if primary else "")
    b.setAccessibleName(name)
    return b


def plain_label(name: str) -> QLabel:
    label = QLabel()
    label.setAccessibleName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and notes come from people: never markup
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class Section(Retranslating, QWidget):
    """A page: `show_plan(plan, actor)` sets what it shows; the language switch shows it again."""

    CONTEXT = "PlanSection"
    HEADERS: dict[str, tuple[str, ...]] = {}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: PlanDetail | None = None
        self.actor: Actor | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(8, 8, 8, 8)
        self.texts: list[tuple[QWidget, str]] = []  # (label or button, source text)
        self.tables: dict[str, QTableWidget] = {}

    def _t(self, text: str) -> str:
        return QCoreApplication.translate(self.CONTEXT, text)

    def texted(self, widget, text: str):
        self.texts.append((widget, text))
        return widget

    def table(self, key: str, name: str) -> QTableWidget:
        self.tables[key] = view = table(name, self.HEADERS[key])
        return view

    def buttons_row(self, *buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for b in buttons:
            row.addWidget(b)
        row.addStretch(1)
        self.layout_.addLayout(row)
        return row

    def retranslate(self) -> None:
        for widget, text in self.texts:
            widget.setText(self._t(text))
        for key, view in self.tables.items():
            view.setHorizontalHeaderLabels([self._t(h) for h in self.HEADERS[key]])
        self.show_plan(self.plan, self.actor)

    def show_plan(self, plan: PlanDetail | None, actor: Actor | None) -> None:
        self.plan, self.actor = plan, actor
        if self.isEnabled() != (plan is not None):
            self.setEnabled(plan is not None)
        if plan is not None and actor is not None:
            self.update_plan(plan, actor)

    def update_plan(self, plan: PlanDetail, actor: Actor) -> None:
        raise NotImplementedError


class RequestSection(Section):
    CONTEXT = "RequestSection"
    ROWS = (("guest", QT_TRANSLATE_NOOP("RequestSection", "Guest")), ("contact", QT_TRANSLATE_NOOP("RequestSection", "Region and phone")),
            ("party", QT_TRANSLATE_NOOP("RequestSection", "Party size")), ("dates", QT_TRANSLATE_NOOP("RequestSection", "Stay")),
            ("purpose", QT_TRANSLATE_NOOP("RequestSection", "Purpose")), ("meet", QT_TRANSLATE_NOOP("RequestSection", "Must meet")),
            ("host", QT_TRANSLATE_NOOP("RequestSection", "Host")), ("travel", QT_TRANSLATE_NOOP("RequestSection", "Travel")),
            ("stay", QT_TRANSLATE_NOOP("RequestSection", "Lodging and meals")), ("extras", QT_TRANSLATE_NOOP("RequestSection", "Also")),
            ("level", QT_TRANSLATE_NOOP("RequestSection", "Proposed level")), ("notes", QT_TRANSLATE_NOOP("RequestSection", "Notes")),
            ("by", QT_TRANSLATE_NOOP("RequestSection", "Requested by")))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, text in self.ROWS:
            self.values[key] = plain_label(f"Request {key}")
            form.addRow(self.texted(QLabel(), text), self.values[key])
        self.layout_.addLayout(form)
        self.edit = self.texted(button("Edit request"), QT_TRANSLATE_NOOP("RequestSection", "Edit and resubmit…"))
        self.cancel = self.texted(button("Cancel plan"), QT_TRANSLATE_NOOP("RequestSection", "Cancel plan…"))
        self.buttons_row(self.edit, self.cancel)
        self.layout_.addStretch(1)
        self.retranslate()

    def update_plan(self, plan: PlanDetail, actor: Actor) -> None:
        r = plan.request
        travel = " ".join(x for x in (transport_name(r.transport) if r.transport else "", r.transport_no) if x)
        if r.arrival_at or r.arrival_place:
            travel += fill(self.tr(", arrives %1 %2"), when(r.arrival_at) if r.arrival_at else "", r.arrival_place)
        if r.pickup:
            travel += self.tr(", pickup needed")
        extras = [kind_name(k) for flag, k in ((r.showroom_tour, StepKind.SHOWROOM), (r.leader_meeting,
                                                                                   StepKind.LEADER)) if flag]
        values = {
            "guest": " · ".join(x for x in (r.guest_name, r.company) if x),
            "contact": " · ".join(x for x in (r.guest_region, r.guest_phone) if x) or "—",
            "party": str(r.party_size), "dates": f"{day(r.arrive_on)} – {day(r.leave_on)}",
            "purpose": r.purpose or "—", "meet": r.meet_whom or "—", "host": plan.host_name or "—",
            "travel": travel or "—", "stay": " · ".join(x for x in (r.lodging, r.meals) if x) or "—",
            "extras": ", ".join(extras) or "—", "level": level_name(r.proposed_level), "notes": r.notes or "—",
            "by": f"{plan.requested_by} · {when(plan.requested_at)}",
        }
        for key, text in values.items():
            self.values[key].setText(text)
        self.edit.setEnabled(plan.state in (S.REQUESTED, S.RETURNED))
        self.cancel.setEnabled(plan.state in OPEN)


STANDARD_FIELDS = (("lodging", "Standard lodging", QT_TRANSLATE_NOOP("ApprovalSection", "Lodging")),
                   ("accompany", "Standard accompany", QT_TRANSLATE_NOOP("ApprovalSection", "Accompanied by")),
                   ("vehicle", "Standard vehicle", QT_TRANSLATE_NOOP("ApprovalSection", "Vehicle")),
                   ("refreshments", "Standard refreshments", QT_TRANSLATE_NOOP("ApprovalSection", "Refreshments")),
                   ("extras", "Standard extras", QT_TRANSLATE_NOOP("ApprovalSection", "Extras")))


class ApprovalSection(Section):
    CONTEXT = "ApprovalSection"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.decision = plain_label("Decision")
        self.layout_.addWidget(self.decision)
        self.decide = self.texted(button("Decide on request", primary=True),
                                  QT_TRANSLATE_NOOP("ApprovalSection", "Approve or return…"))
        self.buttons_row(self.decide)
        self.hint = plain_label("Approval hint")
        self.hint.setStyleSheet("color: #6b7280;")
        self.layout_.addWidget(self.hint)
        self.layout_.addWidget(self.texted(QLabel(objectName="sectionTitle"), QT_TRANSLATE_NOOP("ApprovalSection", "Standards")))
        form = QFormLayout()
        self.standards: dict[str, QWidget] = {}
        for key, name, text in STANDARD_FIELDS:
            edit = QLineEdit()
            edit.setAccessibleName(name)
            self.standards[key] = edit
            form.addRow(self.texted(QLabel(), text), edit)
        for key, name, text in (("meal_lunch", "Standard lunch", QT_TRANSLATE_NOOP("ApprovalSection", "Lunch, party, up to")),
                                ("meal_dinner", "Standard dinner", QT_TRANSLATE_NOOP("ApprovalSection", "Dinner, party, up to"))):
            spin = QSpinBox(minimum=0, maximum=1_000_000, singleStep=50)
            spin.setPrefix("¥")
            spin.setGroupSeparatorShown(True)
            spin.setAccessibleName(name)
            self.standards[key] = spin
            form.addRow(self.texted(QLabel(), text), spin)
        self.layout_.addLayout(form)
        self.save_standards = self.texted(button("Save standards"), QT_TRANSLATE_NOOP("ApprovalSection", "Save standards"))
        self.buttons_row(self.save_standards)
        self.layout_.addStretch(1)
        self.retranslate()

    def update_plan(self, plan: PlanDetail, actor: Actor) -> None:
        approver = can(actor, Permission.APPROVE_PLAN)
        if plan.decided_at is None:
            text = (self.tr("Waiting for a leader's decision.") if plan.state == S.REQUESTED
                    else self.tr("No decision yet."))
        elif plan.state == S.RETURNED:
            text = fill(self.tr("Returned by %1 at %2: %3"), plan.decided_by, when(plan.decided_at),
                        plan.decision_comment or "—")
        else:
            text = fill(self.tr("Approved by %1 at %2 as %3."), plan.decided_by, when(plan.decided_at),
                        level_name(plan.level))
            if plan.decision_comment:
                text += "\n" + plan.decision_comment
        self.decision.setText(text)
        self.decide.setEnabled(approver and plan.state in (S.REQUESTED, *RUNNING))
        self.decide.setText(self.tr("Approve or return…") if plan.state in (S.REQUESTED, S.RETURNED)
                            else self.tr("Change level…"))
        self.hint.setText("" if approver else self.tr("Only a leader or an administrator approves plans and "
                                                       "adjusts their standards."))
        self.hint.setVisible(not approver)
        editable = approver and plan.state in RUNNING
        for key, widget in self.standards.items():
            value = getattr(plan.standards, key)
            if isinstance(widget, QSpinBox):
                widget.setValue(value)
            else:
                widget.setText(value)
            widget.setReadOnly(not editable)
        self.save_standards.setEnabled(editable)

    def value(self) -> Standards:
        return Standards(**{k: (w.value() if isinstance(w, QSpinBox) else w.text()) for k, w in self.standards.items()})


class ItinerarySection(Section):
    CONTEXT = "ItinerarySection"
    HEADERS = {"steps": (QT_TRANSLATE_NOOP("ItinerarySection", "Time"), QT_TRANSLATE_NOOP("ItinerarySection", "Step"),
                         QT_TRANSLATE_NOOP("ItinerarySection", "Place"), QT_TRANSLATE_NOOP("ItinerarySection", "Owner"),
                         QT_TRANSLATE_NOOP("ItinerarySection", "Driver"), QT_TRANSLATE_NOOP("ItinerarySection", "Status"))}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout()
        row.addWidget(self.texted(QLabel(), QT_TRANSLATE_NOOP("ItinerarySection", "Reception person")))
        self.person = QLineEdit()
        self.person.setAccessibleName("Reception person")
        row.addWidget(self.person, 1)
        self.assign = self.texted(button("Assign reception person"), QT_TRANSLATE_NOOP("ItinerarySection", "Assign"))
        row.addWidget(self.assign)
        self.layout_.addLayout(row)
        self.steps = self.table("steps", "Itinerary steps")
        self.steps.horizontalHeader().setStretchLastSection(False)
        self.steps.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the title wraps least
        self.layout_.addWidget(self.steps, 1)
        self.add = self.texted(button("Add step"), QT_TRANSLATE_NOOP("ItinerarySection", "Add step…"))
        self.edit = self.texted(button("Edit step"), QT_TRANSLATE_NOOP("ItinerarySection", "Edit step…"))
        self.done = self.texted(button("Mark step done", primary=True), QT_TRANSLATE_NOOP("ItinerarySection", "Mark done"))
        self.skip = self.texted(button("Mark step skipped"), QT_TRANSLATE_NOOP("ItinerarySection", "Skip"))
        self.print = self.texted(button("Print itinerary"), QT_TRANSLATE_NOOP("ItinerarySection", "Print / PDF…"))
        self.buttons_row(self.add, self.edit, self.done, self.skip).addWidget(self.print)
        self.steps.itemSelectionChanged.connect(self._enable)
        self.retranslate()

    def update_plan(self, plan: PlanDetail, actor: Actor) -> None:
        if not self.person.hasFocus():  # a refresh must not undo what is being typed
            self.person.setText(plan.reception_person)
        fill_table(self.steps, [(when(s.at) if s.at else "", s.title or kind_name(s.kind), s.place, s.owner,
                                 s.driver, status_name(s.status)) for s in plan.steps], [s.id for s in plan.steps])
        for r, s in enumerate(plan.steps):
            if s.status in STATUS_COLOURS:  # what is behind us fades or turns green; what is ahead stays black
                for c in range(self.steps.columnCount()):
                    self.steps.item(r, c).setForeground(STATUS_COLOURS[s.status])
        self._enable()

    def selected_step(self):
        key = selected_key(self.steps)
        return next((s for s in self.plan.steps if s.id == key), None) if self.plan else None

    def _enable(self) -> None:
        running = self.plan is not None and self.plan.state in RUNNING
        step = self.selected_step()
        self.person.setReadOnly(not running)
        self.assign.setEnabled(running)
        self.add.setEnabled(running)
        self.edit.setEnabled(running and step is not None)
        self.done.setEnabled(running and step is not None and step.status != "done")
        self.skip.setEnabled(running and step is not None and step.status == "planned")
        self.print.setEnabled(self.plan is not None and bool(self.plan.steps))


class BudgetSection(Section):
    CONTEXT = "BudgetSection"
    HEADERS = {"budget": (QT_TRANSLATE_NOOP("BudgetSection", "Category"), QT_TRANSLATE_NOOP("BudgetSection", "Budget"), QT_TRANSLATE_NOOP("BudgetSection", "Spent"),
                          QT_TRANSLATE_NOOP("BudgetSection", "Left")),
               "expenses": (QT_TRANSLATE_NOOP("BudgetSection", "Entered"), QT_TRANSLATE_NOOP("BudgetSection", "Category"),
                            QT_TRANSLATE_NOOP("BudgetSection", "Amount"), QT_TRANSLATE_NOOP("BudgetSection", "Step"), QT_TRANSLATE_NOOP("BudgetSection", "Note"),
                            QT_TRANSLATE_NOOP("BudgetSection", "By"), QT_TRANSLATE_NOOP("BudgetSection", "Signed by"))}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.budget = self.table("budget", "Budget")
        self.layout_.addWidget(self.budget)
        self.totals = plain_label("Budget totals")
        self.layout_.addWidget(self.totals)
        self.expenses = self.table("expenses", "Expenses")
        self.layout_.addWidget(self.expenses, 1)
        self.add = self.texted(button("Add expense"), QT_TRANSLATE_NOOP("BudgetSection", "Add expense…"))
        self.set_budget = self.texted(button("Set a budget line"), QT_TRANSLATE_NOOP("BudgetSection", "Set budget…"))
        self.sign = self.texted(button("Sign off expenses", primary=True), QT_TRANSLATE_NOOP("BudgetSection", "Sign off"))
        self.print = self.texted(button("Print expense report"), QT_TRANSLATE_NOOP("BudgetSection", "Print / PDF…"))
        row = self.buttons_row(self.add, self.set_budget)
        row.addWidget(self.sign)
        row.addWidget(self.print)
        self.retranslate()

    def update_plan(self, plan: PlanDetail, actor: Actor) -> None:
        fill_table(self.budget, [(category_name(b.category), yuan(b.planned), yuan(b.actual),
                                  yuan(b.planned - b.actual)) for b in plan.budget])
        for r, line in enumerate(plan.budget):
            if line.actual > line.planned:  # over budget: seen at a glance
                for c in (2, 3):
                    self.budget.item(r, c).setForeground(OVER_BUDGET)
        fit_rows(self.budget)
        planned, actual = sum(b.planned for b in plan.budget), sum(b.actual for b in plan.budget)
        self.totals.setText(fill(self.tr("In all: budget %1, spent %2, left %3."), yuan(planned), yuan(actual),
                                 yuan(planned - actual)))
        titles = {s.id: s.title for s in plan.steps}
        fill_table(self.expenses, [(when(e.at), category_name(e.category), yuan(e.amount),
                                    titles.get(e.step_id, "") if e.step_id else "", e.note, e.entered_by,
                                    e.signed_by or "—") for e in plan.expenses], [e.id for e in plan.expenses])
        unsigned = any(not e.signed_by for e in plan.expenses)
        self.add.setEnabled(plan.state in RUNNING or plan.state == S.DONE)
        self.sign.setEnabled(can(actor, Permission.APPROVE_PLAN) and unsigned)
        # The approver sets what each category may cost (lodging, vehicle, gifts...: the level gives only words).
        self.set_budget.setEnabled(can(actor, Permission.APPROVE_PLAN) and plan.state != S.CANCELLED)
        self.sign.setToolTip("" if can(actor, Permission.APPROVE_PLAN) else
                             self.tr("A leader or an administrator signs the expenses off."))
        self.print.setEnabled(bool(plan.expenses) or bool(plan.budget))


class AfterSection(Section):
    """The host's summary (hidden from those without READ_SUMMARY) and the follow-up call."""

    CONTEXT = "AfterSection"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_.addWidget(self.texted(QLabel(objectName="sectionTitle"), QT_TRANSLATE_NOOP("AfterSection", "Visit summary")))
        self.summary_note = plain_label("Summary note")
        self.layout_.addWidget(self.summary_note)
        self.summary = QPlainTextEdit()
        self.summary.setAccessibleName("Visit summary")
        self.summary.setTabChangesFocus(True)
        self.layout_.addWidget(self.summary, 1)
        self.save_summary = self.texted(button("Save summary"), QT_TRANSLATE_NOOP("AfterSection", "Save summary"))
        self.buttons_row(self.save_summary)
        self.layout_.addWidget(self.texted(QLabel(objectName="sectionTitle"), QT_TRANSLATE_NOOP("AfterSection", "Follow-up call")))
        self.followup = plain_label("Follow-up")
        self.layout_.addWidget(self.followup)
        self.schedule = self.texted(button("Schedule follow-up"), QT_TRANSLATE_NOOP("AfterSection", "Schedule…"))
        self.record = self.texted(button("Record follow-up", primary=True), QT_TRANSLATE_NOOP("AfterSection", "Record call…"))
        self.buttons_row(self.schedule, self.record)
        self.retranslate()

    def update_plan(self, plan: PlanDetail, actor: Actor) -> None:
        hidden = plan.summary_hidden
        self.summary.setVisible(not hidden)
        self.save_summary.setVisible(not hidden)
        if hidden:
            note = fill(self.tr("A summary exists (by %1); your role cannot read it."), plan.summary_by or "—")
        elif plan.summary:
            note = fill(self.tr("Written by %1."), plan.summary_by)
        else:
            note = self.tr("The host writes the summary after the visit; saving it completes the plan.")
        self.summary_note.setText(note)
        if not self.summary.hasFocus() and self.summary.toPlainText() != plan.summary:
            self.summary.setPlainText(plan.summary)
        self.save_summary.setEnabled(plan.state in (S.IN_PROGRESS, S.DONE, S.APPROVED))
        lines = []
        if plan.departure_at is not None:
            lines.append(fill(self.tr("Leaves %1; journey %2 min; call due %3."), when(plan.departure_at),
                              plan.journey_minutes, when(plan.followup_due_at)))
        else:
            lines.append(self.tr("Not scheduled yet."))
        if plan.followup_done_at is not None:
            stars = "★" * plan.followup_rating if plan.followup_rating else self.tr("no rating")
            lines.append(fill(self.tr("Called at %1 by %2 (%3): %4"), when(plan.followup_done_at), plan.followup_by,
                              stars, plan.followup_outcome))
        self.followup.setText("\n".join(lines))
        possible = plan.state in (S.APPROVED, S.IN_PROGRESS, S.DONE)
        self.schedule.setEnabled(possible)
        self.record.setEnabled(possible and plan.followup_done_at is None)


class HistorySection(Section):
    CONTEXT = "HistorySection"
    HEADERS = {"events": (QT_TRANSLATE_NOOP("HistorySection", "When"), QT_TRANSLATE_NOOP("HistorySection", "By"), QT_TRANSLATE_NOOP("HistorySection", "What"),
                          QT_TRANSLATE_NOOP("HistorySection", "Note"))}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events = self.table("events", "Plan history")
        self.layout_.addWidget(self.events)
        self.retranslate()

    def update_plan(self, plan: PlanDetail, actor: Actor) -> None:
        fill_table(self.events, [(when(e.at), e.operator, action_name(e.action), e.note) for e in plan.events])
