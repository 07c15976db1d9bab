"""Reminders from the reception plans (接待提醒): a step coming up (the pickup in 30 minutes), the preparation
day (book rooms, meals, the car) and a follow-up call that is due. Each row opens its plan; a step's row can
be marked done here. Worked out from the database every 30 s and on every plan change, like the desk's
own reminders, with the same look, so it can sit on the Waiting screen beside them."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from shared.changes import Changes
from shared.domain.errors import DomainError
from shared.services import plans as ps
from shared.services.plans import PlanReminder
from shared.store.engine import Store
from shared.store.types import utcnow

from console.common.panel import ActorFn
from console.common.reminders import CHECK_MS, RemindersBase
from console.plans.texts import fill, plan_error_text
from console.desk.visits_model import Clock

CTX = "PlanRemindersPanel"
_KIND_COLOURS = {"step": "#1d4ed8", "prepare": "#b45309", "followup": "#047857"}
_TEXTS = {
    "step": QT_TRANSLATE_NOOP("PlanRemindersPanel", "%1 %2 · %3 (%4)"),
    "prepare": QT_TRANSLATE_NOOP("PlanRemindersPanel", "Prepare today: %1 · %2 (%3)"),
    "followup": QT_TRANSLATE_NOOP("PlanRemindersPanel", "Follow-up call due %1: %2 (%3)"),
    "owner": QT_TRANSLATE_NOOP("PlanRemindersPanel", "by %1"),
}


def _text(key: str) -> str:
    return QCoreApplication.translate(CTX, _TEXTS[key])


def _key(r: PlanReminder) -> tuple:
    return (r.kind, r.plan_id, r.step_id)


def reminder_text(r: PlanReminder) -> str:
    """One line the desk can act on; the step's own words as the planner wrote them."""
    due = f"{r.due_at.astimezone():%H:%M}"
    if r.kind == "prepare":
        text = fill(_text("prepare"), r.text, r.guest_name, r.plan_no)
    elif r.kind == "followup":
        text = fill(_text("followup"), f"{r.due_at.astimezone():%m-%d %H:%M}", r.guest_name, r.plan_no)
        text += "\n" + r.text  # the number to call
    else:
        text = fill(_text("step"), due, r.text, r.guest_name, r.plan_no)
    if r.owner:
        text += " · " + fill(_text("owner"), r.owner)
    return text


class PlanRemindersPanel(RemindersBase):
    """open_plan(plan_id) from a row; a step's row has its Done button."""

    open_plan = Signal(int)
    WATCHES = Changes.PLANS | Changes.SETTINGS

    def __init__(self, store: Store, actor: ActorFn, parent: QWidget | None = None,
                 now: Clock = utcnow, check_ms: int = CHECK_MS) -> None:
        super().__init__(store, actor, parent, now, check_ms, "planRemindersPanel", "planRemindersTitle",
                         "No plan reminders")
        self.title.setAccessibleName("Plan reminders")

    def due(self) -> list[PlanReminder]:
        return ps.due_reminders(self.store, self.actor(), self._now())

    def key(self, reminder: PlanReminder) -> tuple:
        return _key(reminder)

    def title_text(self, count: int) -> str:
        return self.tr("Plan reminders (%1)").replace("%1", str(count)) if count else self.tr("Plan reminders")

    def empty_text(self) -> str:
        return self.tr("No plan steps or calls due.")

    def reminder_text(self, reminder: PlanReminder) -> str:
        return reminder_text(reminder)

    def word_buttons(self, buttons: list[QPushButton]) -> None:
        open_button, done_button = buttons
        open_button.setText(self.tr("Open"))
        done_button.setText(self.tr("Done"))

    def make_row(self, reminder: PlanReminder) -> tuple[QWidget, QLabel, QPushButton, QPushButton]:
        row, text, open_button, done_button = self.new_row(
            reminder, _KIND_COLOURS.get(reminder.kind, "#6b7280"), "Plan reminder",
            [(self.tr("Open"), f"Open plan {reminder.plan_no}: {reminder.text}",
              lambda: self.open_plan.emit(reminder.plan_id)),
             (self.tr("Done"), f"Step done: {reminder.text}", lambda: self.done(reminder))])
        done_button.setVisible(reminder.step_id is not None)  # a call is recorded in its plan, with what was said
        return row, text, open_button, done_button

    def done(self, reminder: PlanReminder) -> None:
        try:
            ps.set_step_status(self.store, self.actor(), reminder.step_id, "done")
        except DomainError as err:
            self.say(plan_error_text(err), "error")
        else:
            self.say(fill(self.tr("Done: %1."), reminder.text), "done")
        self.check()
