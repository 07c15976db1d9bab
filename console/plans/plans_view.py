"""Reception plans (接待方案): the list of plans, arriving soonest first, and the selected plan in pages —
the request, the decision and standards, the itinerary and staff, the budget and expenses, after the visit,
and the history. The view calls the plan services itself and says what happened through `said`; the
printouts are another part's: "Print / PDF…" only emits print_requested(plan_id, what)."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QSplitter, QTabWidget,
                               QVBoxLayout, QWidget)

from shared.changes import Change, Changes
from shared.domain.errors import DomainError
from shared.services import plans as ps
from shared.services.plans import PlanDetail, PlanState, PlanSummary
from shared.store.engine import Store

from console.admin.levels_view import level_name
from console.common.a11y import name_qt_parts
from console.common.panel import ActorFn, DeskView
from console.plans.after_sections import AfterSection, HistorySection
from console.plans.dialogs import PlanDialog
from console.plans.plan_actions import PlanActions
from console.plans.request_sections import ApprovalSection, RequestSection
from console.plans.running_sections import BudgetSection, ItinerarySection
from console.plans.sections import button, fill_table, selected_key, table
from console.plans.texts import day, fill, kind_name, plan_error_text, state_name, when

CTX = "PlansView"
S = PlanState
FILTERS = (
    ("active", (S.REQUESTED, S.RETURNED, S.APPROVED, S.IN_PROGRESS), QT_TRANSLATE_NOOP("PlansView", "Active")),
    ("approval", (S.REQUESTED,), QT_TRANSLATE_NOOP("PlansView", "Needing approval")),
    ("done", (S.DONE,), QT_TRANSLATE_NOOP("PlansView", "Done")),
    ("all", None, QT_TRANSLATE_NOOP("PlansView", "All")),
)
COLUMNS = (QT_TRANSLATE_NOOP("PlansView", "Arrives"), QT_TRANSLATE_NOOP("PlansView", "Guest"),
           QT_TRANSLATE_NOOP("PlansView", "Level"), QT_TRANSLATE_NOOP("PlansView", "State"),
           QT_TRANSLATE_NOOP("PlansView", "Next step"), QT_TRANSLATE_NOOP("PlansView", "Reception person"),
           QT_TRANSLATE_NOOP("PlansView", "Plan no."))
PAGES = (QT_TRANSLATE_NOOP("PlansView", "Request"), QT_TRANSLATE_NOOP("PlansView", "Approval && standards"),
         QT_TRANSLATE_NOOP("PlansView", "Itinerary && staff"), QT_TRANSLATE_NOOP("PlansView", "Budget && expenses"),
         QT_TRANSLATE_NOOP("PlansView", "After the visit"), QT_TRANSLATE_NOOP("PlansView", "History"))


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def summary_row(p: PlanSummary) -> tuple:
    """The columns a desk scans: when, who, how important, where it stands, what comes next."""
    step = p.next_step
    nxt = ""
    if step is not None:
        nxt = f"{when(step.at)} {step.title or kind_name(step.kind)}" if step.at else step.title
    stay = f"{p.arrive_on:%m-%d}" + (f" – {p.leave_on:%m-%d}" if p.leave_on != p.arrive_on else "")
    guest = p.guest_name + (f" · {p.company}" if p.company else "")
    return (stay, guest, level_name(p.level), state_name(p.state), nxt, p.reception_person, p.plan_no)


class PlansView(PlanActions, DeskView):
    """print_requested(plan_id, "plan" | "itinerary" | "expenses")."""

    print_requested = Signal(int, str)

    def __init__(self, store: Store, actor: ActorFn, parent: QWidget | None = None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(store, actor, parent)
        self._today = today
        self.summaries: list[PlanSummary] = []
        self.plan: PlanDetail | None = None
        self.dialog: PlanDialog | None = None

        self.title = QLabel(objectName="sectionTitle")
        self.filter = QComboBox()
        self.filter.setAccessibleName("Plans shown")
        for key, _states, _text in FILTERS:
            self.filter.addItem("", key)
        self.filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.new = button("New reception request", primary=True)
        self.new.clicked.connect(self.new_request)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(12)
        top.addWidget(self.filter)
        top.addStretch(1)
        top.addWidget(self.new)

        self.list = table("Plans", COLUMNS)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.tasks_title = QLabel(objectName="panelHeading")
        self.tasks = QListWidget()
        self.tasks.setAccessibleName("My tasks today")
        self.tasks.setMaximumHeight(150)
        self.tasks.itemActivated.connect(lambda item: self.show_plan(item.data(Qt.ItemDataRole.UserRole)))
        self.tasks.itemClicked.connect(lambda item: self.show_plan(item.data(Qt.ItemDataRole.UserRole)))
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list, 1)
        column.addWidget(self.tasks_title)
        column.addWidget(self.tasks)

        self.heading = QLabel(objectName="panelHeading")
        self.heading.setAccessibleName("Selected plan")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.subheading = QLabel(objectName="counts")
        self.subheading.setTextFormat(Qt.TextFormat.PlainText)
        self.subheading.setWordWrap(True)
        self.print = button("Print plan")
        self.print.clicked.connect(lambda: self._print("plan"))
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.print)
        self.request_page, self.approval_page = RequestSection(), ApprovalSection()
        self.itinerary_page, self.budget_page = ItinerarySection(), BudgetSection()
        self.after_page, self.history_page = AfterSection(), HistorySection()
        self.pages = QTabWidget()
        self.pages.setAccessibleName("Plan pages")
        self.sections = (self.request_page, self.approval_page, self.itinerary_page, self.budget_page,
                         self.after_page, self.history_page)
        for page in self.sections:
            self.pages.addTab(page, "")
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(head)
        column.addWidget(self.subheading)
        column.addWidget(self.pages, 1)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([560, 840])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self._connect()
        name_qt_parts(self)
        self.retranslate()
        self.reload_when_shown(self.reload)

    def _connect(self) -> None:
        r, a, i, b, f = self.request_page, self.approval_page, self.itinerary_page, self.budget_page, self.after_page
        r.edit.clicked.connect(self.edit_request)
        r.cancel.clicked.connect(self.cancel_plan)
        a.decide.clicked.connect(self.decide)
        a.save_standards.clicked.connect(lambda: self._act(
            lambda: ps.adjust_standards(self.store, self.actor(), self.plan.id, a.value()),
            self.tr("Standards saved.")))
        i.assign.clicked.connect(self.assign_person)
        i.add.clicked.connect(lambda: self.edit_step(None))
        i.edit.clicked.connect(lambda: self.edit_step(i.selected_step()))
        i.steps.itemDoubleClicked.connect(lambda _item: i.edit.isEnabled() and i.edit.click())
        i.done.clicked.connect(lambda: self.set_step_status("done"))
        i.skip.clicked.connect(lambda: self.set_step_status("skipped"))
        i.print.clicked.connect(lambda: self._print("itinerary"))
        b.add.clicked.connect(self.add_expense)
        b.sign.clicked.connect(lambda: self._act(lambda: ps.sign_off_expenses(self.store, self.actor(), self.plan.id),
                                                 self.tr("Expenses signed off.")))
        b.print.clicked.connect(lambda: self._print("expenses"))
        b.set_budget.clicked.connect(self.set_budget_line)
        f.save_summary.clicked.connect(lambda: self._act(
            lambda: ps.write_summary(self.store, self.actor(), self.plan.id, f.summary.toPlainText()),
            self.tr("Summary saved.")))
        f.schedule.clicked.connect(self.schedule_followup)
        f.record.clicked.connect(self.record_followup)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Reception plans"))
        for i, (_key, _states, text) in enumerate(FILTERS):
            self.filter.setItemText(i, _tr(text))
        self.new.setText(self.tr("New request…"))
        self.list.setHorizontalHeaderLabels([_tr(c) for c in COLUMNS])
        self.tasks_title.setText(self.tr("My tasks today"))
        self.print.setText(self.tr("Print / PDF…"))
        for index, text in enumerate(PAGES):
            self.pages.setTabText(index, _tr(text))
        if self.summaries:
            self._fill_list()
        self.show_detail(self.plan)

    # --- reading --------------------------------------------------------------------------------

    def refresh(self, flags: Changes, changes: list[Change]) -> None:
        if Changes(flags) & (Changes.PLANS | Changes.HOSTS):
            self.reload_when_shown(self.reload)

    def reload(self) -> None:
        states = FILTERS[max(0, self.filter.currentIndex())][1]
        self.summaries = ps.plans(self.store, self.actor(), states)
        self._fill_list()
        self._fill_tasks()
        wanted = self.plan.id if self.plan else None
        if wanted is not None:
            self._load(wanted)

    def _reload_list(self) -> None:
        self.summaries = ps.plans(self.store, self.actor(), FILTERS[max(0, self.filter.currentIndex())][1])
        self._fill_list()
        self._fill_tasks()

    def _fill_list(self) -> None:
        self.list.blockSignals(True)
        fill_table(self.list, [summary_row(p) for p in self.summaries], [p.id for p in self.summaries])
        self.list.blockSignals(False)

    def _fill_tasks(self) -> None:
        self.tasks.clear()
        mine = ps.my_tasks(self.store, self.actor(), self.actor().operator, self._today())
        for summary, step in mine:
            text = f"{step.at.astimezone():%H:%M} " if step.at else ""
            text += f"{step.title or kind_name(step.kind)} · {summary.guest_name} ({summary.plan_no})"
            if step.status != "planned":
                text += f" — {state_name(S.DONE) if step.status == 'done' else step.status}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            self.tasks.addItem(item)
        if not mine:
            empty = QListWidgetItem(self.tr("Nothing for you today."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tasks.addItem(empty)

    def _selection_changed(self) -> None:
        key = selected_key(self.list)
        if key is not None and (self.plan is None or self.plan.id != key):
            self._load(key)

    def _load(self, plan_id: int) -> None:
        try:
            plan = ps.plan_detail(self.store, self.actor(), plan_id)
        except DomainError as err:  # gone meanwhile
            self.say(plan_error_text(err), "error")
            plan = None
        self.show_detail(plan)

    def show_plan(self, plan_id: int | None) -> bool:
        """Select and show a plan (from a visit, a task or a reminder), widening the filter if it hides it."""
        if plan_id is None:
            return False
        if plan_id not in [p.id for p in self.summaries]:
            self.filter.setCurrentIndex(len(FILTERS) - 1)  # all; reloads
            self.summaries = ps.plans(self.store, self.actor(), None)
            self._fill_list()
        ids = [p.id for p in self.summaries]
        if plan_id in ids:
            self.list.blockSignals(True)
            self.list.selectRow(ids.index(plan_id))
            self.list.blockSignals(False)
        self._load(plan_id)
        return self.plan is not None and self.plan.id == plan_id

    def show_detail(self, plan: PlanDetail | None) -> None:
        """Show this plan on every page (reload calls it; so can a preview with a hand-made plan)."""
        self.plan = plan
        actor = self.actor()
        if plan is None:
            self.heading.setText(self.tr("Choose a plan in the list, or make a new request."))
            self.subheading.setText("")
        else:
            r = plan.request
            self.heading.setText(f"{plan.plan_no} · {r.guest_name} · {state_name(plan.state)}")
            self.subheading.setText(fill(self.tr("%1 · %2 people · %3 – %4 · %5 · host %6"), r.company or "—",
                                         r.party_size, day(r.arrive_on), day(r.leave_on), level_name(plan.level),
                                         plan.host_name or "—"))
        self.print.setEnabled(plan is not None)
        for page in self.sections:
            page.show_plan(plan, actor)
