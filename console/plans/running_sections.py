"""The running plan's pages: the itinerary and its staff, and the budget and expenses."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QLineEdit, QWidget

from shared.domain.model import Actor
from shared.domain.permissions import Permission, can
from shared.services.plans import PlanDetail

from console.plans.sections import RUNNING, S, Section, button, fill_table, fit_rows, plain_label, selected_key
from console.plans.texts import category_name, fill, kind_name, status_name, when, yuan

OVER_BUDGET = QColor("#b91c1c")
STATUS_COLOURS = {"done": QColor("#047857"), "skipped": QColor("#9ca3af")}


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
