"""What a person does on the plans view: each button's dialog and its service call, with the outcome told
through `said`. A mixin of PlansView (its words are the view's: translate("PlansView", ...))."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

from shared.domain.errors import DomainError, InvalidInput
from shared.services import plans as ps
from shared.services.directory.hosts import host_directory
from shared.services.plans import Category, PlanDetail, PlanState

from console.admin.levels_view import level_name
from console.plans.dialogs import (
    ApprovalDialog,
    ExpenseDialog,
    FollowupDialog,
    PlanDialog,
    ReasonDialog,
    ScheduleFollowupDialog,
    StepDialog,
)
from console.plans.request_dialog import PlanRequestDialog
from console.plans.texts import category_name, fill, plan_error_text, when

translate = QCoreApplication.translate  # lupdate reads translate("PlansView", "literal") calls
S = PlanState


class PlanActions:
    """Needs the view's store, actor, plan, dialog, _today, _load, show_plan, _reload_list and print_requested."""

    def set_budget_line(self) -> None:
        """One category's planned amount: pick the category, then the yuan (0 to 1,000,000)."""
        if self.plan is None:
            return
        categories = list(Category)
        names = [category_name(c) for c in categories]
        planned = {b.category: b.planned for b in self.plan.budget}
        title = translate("PlansView", "Set budget")
        name, ok = QInputDialog.getItem(self, title, translate("PlansView", "Category"), names, 0, False)
        if not ok:
            return
        category = categories[names.index(name)]
        label = translate("PlansView", "Budget for %1 (yuan)").replace("%1", name)
        amount, ok = QInputDialog.getInt(self, title, label, planned.get(category, 0), 0, 1_000_000, 100)
        if ok:
            self._act(lambda: ps.set_budget(self.store, self.actor(), self.plan.id, category, amount),
                      translate("PlansView", "Budget saved."))

    def _act(self, call: Callable[[], object], done: str | Callable[[object], str], dialog: PlanDialog | None = None,
             on_problems: Callable[[InvalidInput], bool] | None = None) -> object | None:
        """Run a service call; problems go to the dialog (which stays open) or the status line. On success
        the dialog closes, the status line says `done` and the plan is shown again."""
        try:
            result = call()
        except InvalidInput as err:
            if on_problems is not None and on_problems(err):
                return None
            if dialog is not None:
                dialog.show_problems(err.problems)
            else:
                self.say(plan_error_text(err), "error")
            return None
        except DomainError as err:
            if dialog is not None:
                dialog.show_error(plan_error_text(err))
            else:
                self.say(plan_error_text(err), "error")
            self._reload_plan()
            return None
        value = getattr(result, "value", result)
        if dialog is not None:
            dialog.accept()
            self.dialog = None
        self.say(done(value) if callable(done) else done, "done")
        self._reload_list()
        if isinstance(value, PlanDetail):
            self.show_plan(value.id)
        else:
            self._reload_plan()
        return value

    def _reload_plan(self) -> None:
        if self.plan is not None:
            self._load(self.plan.id)

    def _open(self, dialog: PlanDialog, on_submit: Callable) -> PlanDialog:
        self.dialog = dialog
        dialog.submitted.connect(on_submit)
        dialog.finished.connect(lambda _r, d=dialog: setattr(self, "dialog", None) if self.dialog is d else None)
        dialog.show()
        return dialog

    def _print(self, what: str) -> None:
        if self.plan is not None:
            self.print_requested.emit(self.plan.id, what)

    def new_request(self) -> None:
        hosts = host_directory(self.store, self.actor(), include_inactive=False)
        dialog = PlanRequestDialog(self, hosts, self._today())
        self._open(dialog, lambda request: self._act(
            lambda: ps.request_plan(self.store, self.actor(), request),
            lambda plan: fill(translate("PlansView", "Request %1 for %2 sent for approval."), plan.plan_no,
                              plan.request.guest_name),
            dialog))

    def edit_request(self) -> None:
        plan = self.plan
        hosts = host_directory(self.store, self.actor(), include_inactive=False)
        dialog = PlanRequestDialog(self, hosts, self._today(), plan.request)
        self._open(dialog, lambda request: self._act(
            lambda: ps.update_request(self.store, self.actor(), plan.id, request),
            fill(translate("PlansView", "Request %1 sent again for approval."), plan.plan_no), dialog))

    def cancel_plan(self) -> None:
        plan = self.plan
        dialog = ReasonDialog(self, lambda: translate("PlansView", "Cancel the plan"),
                              lambda: fill(translate("PlansView", "Why is the plan for %1 cancelled?"),
                                           plan.request.guest_name))
        self._open(dialog, lambda reason: self._act(
            lambda: ps.cancel_plan(self.store, self.actor(), plan.id, reason),
            fill(translate("PlansView", "Plan %1 cancelled."), plan.plan_no), dialog))

    def decide(self) -> None:
        plan = self.plan
        dialog = ApprovalDialog(self, plan)

        def submitted(choice: tuple) -> None:
            verb, level, comment = choice
            if verb == "approve":
                self._act(lambda: ps.approve_plan(self.store, self.actor(), plan.id, level, comment),
                          lambda p: fill(translate("PlansView", "Plan %1 approved as %2."), p.plan_no,
                                         level_name(p.level)), dialog)
            else:
                self._act(lambda: ps.return_plan(self.store, self.actor(), plan.id, comment),
                          fill(translate("PlansView", "Plan %1 returned to the requester."), plan.plan_no), dialog)
        self._open(dialog, submitted)

    def assign_person(self) -> None:
        plan, person = self.plan, self.itinerary_page.person.text().strip()
        if person == plan.reception_person:
            return
        done = fill(translate("PlansView", "%1 is now the reception person."), person)

        def ask_reason(_err: InvalidInput | None = None) -> bool:
            dialog = ReasonDialog(self, lambda: translate("PlansView", "Change the reception person"),
                                  lambda: fill(translate("PlansView", "The guest is here: the reception person should "
                                                                      "not change. Why must %1 take over from %2?"),
                                               person, plan.reception_person))
            self._open(dialog, lambda reason: self._act(
                lambda: ps.assign_reception_person(self.store, self.actor(), plan.id, person, reason), done, dialog))
            return True

        if plan.state == S.IN_PROGRESS and plan.reception_person:
            ask_reason()
            return
        self._act(lambda: ps.assign_reception_person(self.store, self.actor(), plan.id, person), done,
                  on_problems=lambda err: "reason" in err.problems and ask_reason(err))

    def edit_step(self, step) -> None:
        plan = self.plan
        start = datetime.combine(max(plan.request.arrive_on, self._today()), time(9, 0)).astimezone()
        dialog = StepDialog(self, step, start)

        def submitted(v: dict) -> None:
            if step is None:
                self._act(lambda: ps.add_step(self.store, self.actor(), plan.id, **v),
                          fill(translate("PlansView", "Step added: %1."), v["title"]), dialog)
            else:
                fields = {k: v[k] for k in ("title", "at", "place", "owner", "driver", "remind_minutes")}
                self._act(lambda: ps.update_step(self.store, self.actor(), step.id, **fields),
                          fill(translate("PlansView", "Step saved: %1."), v["title"]), dialog)
        self._open(dialog, submitted)

    def set_step_status(self, status: str) -> None:
        step = self.itinerary_page.selected_step()
        if step is None:
            return
        text = translate("PlansView", "Done: %1.") if status == "done" else translate("PlansView", "Skipped: %1.")
        self._act(lambda: ps.set_step_status(self.store, self.actor(), step.id, status), fill(text, step.title))

    def add_expense(self) -> None:
        plan = self.plan
        dialog = ExpenseDialog(self, plan.steps, self.itinerary_page.selected_step().id
                               if self.itinerary_page.selected_step() else None)

        def submitted(v: tuple) -> None:
            category, amount, note, step_id = v
            self._act(lambda: ps.add_expense(self.store, self.actor(), plan.id, category, amount, note, step_id),
                      fill(translate("PlansView", "Expense of ¥%1 added."), f"{amount:,}"), dialog)
        self._open(dialog, submitted)

    def schedule_followup(self) -> None:
        plan = self.plan
        departure = plan.departure_at or datetime.combine(plan.request.leave_on, time(17, 0)).astimezone()
        dialog = ScheduleFollowupDialog(self, departure, plan.journey_minutes or 120)
        self._open(dialog, lambda v: self._act(
            lambda: ps.schedule_followup(self.store, self.actor(), plan.id, *v),
            lambda p: fill(translate("PlansView", "Follow-up call due %1."), when(p.followup_due_at)), dialog))

    def record_followup(self) -> None:
        plan = self.plan
        dialog = FollowupDialog(self)
        self._open(dialog, lambda v: self._act(
            lambda: ps.record_followup(self.store, self.actor(), plan.id, *v),
            translate("PlansView", "Follow-up call recorded."), dialog))
