"""Reminders from the reception plans (接待提醒): a step coming up (the pickup in 30 minutes), the preparation
day (book rooms, meals, the car) and a follow-up call that is due. Each row opens its plan; a step's row can
be marked done here. Worked out from the database every 30 s and on every plan change, like the desk's
own reminders, with the same look, so it can sit on the Waiting screen beside them."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget
from sqlalchemy.exc import SQLAlchemyError

from shared.changes import Change, Changes
from shared.domain.errors import DomainError
from shared.services import plans as ps
from shared.services.plans import PlanReminder
from shared.store.engine import Store
from shared.store.types import utcnow

from console.common.panel import ActorFn, DeskView, framed_rows, take_due
from console.plans.texts import fill, plan_error_text
from console.desk.visits_model import Clock

CTX = "PlanRemindersPanel"
CHECK_MS = 30_000
_KIND_COLOURS = {"step": "#1d4ed8", "prepare": "#b45309", "followup": "#047857"}
_STYLE = """
QFrame#planRemindersPanel { background: #ffffff; border: 1px solid #e5e7eb; border-radius: 8px; }
QLabel#planRemindersTitle { font-size: 15px; font-weight: 600; color: #111827; }
QFrame#reminderRow { border: none; border-top: 1px solid #f3f4f6; }
QLabel#reminderText { font-size: 13px; color: #111827; }
QLabel#remindersEmpty { font-size: 12px; color: #6b7280; }
QPushButton#reminderDone { font-size: 12px; padding: 3px 10px; }
"""
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


class PlanRemindersPanel(DeskView):
    """count_changed(n) when the number of due plan reminders changes; open_plan(plan_id) from a row."""

    count_changed = Signal(int)
    open_plan = Signal(int)

    def __init__(self, store: Store, actor: ActorFn, parent: QWidget | None = None,
                 now: Clock = utcnow, check_ms: int = CHECK_MS) -> None:
        super().__init__(store, actor, parent)
        self._now = now
        self.setStyleSheet(_STYLE)
        self.frame, self.title, self.rows_layout = framed_rows(self, "planRemindersPanel", "planRemindersTitle")
        self.title.setAccessibleName("Plan reminders")
        self.empty = QLabel(objectName="remindersEmpty")
        self.empty.setAccessibleName("No plan reminders")
        self.rows_layout.insertWidget(1, self.empty)
        self._rows: dict[tuple, tuple[QWidget, QLabel, QPushButton, QPushButton]] = {}
        self.reminders: list[PlanReminder] = []
        self._known: set[tuple] | None = None
        self._count = -1
        self._timer = QTimer(self, interval=check_ms, timeout=self.check)
        self._timer.start()
        self._show()
        self.check()

    def refresh(self, flags: Changes, changes: list[Change]) -> None:
        if Changes(flags) & (Changes.PLANS | Changes.SETTINGS):
            self.check()

    def check(self) -> None:
        """Work the reminders out again; alert the desk when one appears that was not there."""
        try:
            due = ps.due_reminders(self.store, self._now())
        except SQLAlchemyError:  # a locked or lost database: keep what is shown, the next check tries again
            return
        take_due(self, due, _key)

    def retranslate(self) -> None:
        self._show()

    def _show(self) -> None:
        """Rows are kept per reminder: only new ones are built and gone ones removed."""
        n = len(self.reminders)
        self.title.setText(self.tr("Plan reminders (%1)").replace("%1", str(n)) if n else self.tr("Plan reminders"))
        self.empty.setText(self.tr("No plan steps or calls due."))
        self.empty.setVisible(not self.reminders)
        due = {_key(r) for r in self.reminders}
        for key in [k for k in self._rows if k not in due]:
            row = self._rows.pop(key)[0]
            self.rows_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        first = self.rows_layout.indexOf(self.empty) + 1
        for position, reminder in enumerate(self.reminders, start=first):
            entry = self._rows.get(_key(reminder))
            if entry is None:
                entry = self._rows[_key(reminder)] = self._row(reminder)
            row, text, open_button, done_button = entry
            if text.text() != (wanted := reminder_text(reminder)):
                text.setText(wanted)
            open_button.setText(self.tr("Open"))
            done_button.setText(self.tr("Done"))
            if self.rows_layout.indexOf(row) != position:
                self.rows_layout.insertWidget(position, row)
                row.setVisible(True)

    def _row(self, reminder: PlanReminder) -> tuple[QWidget, QLabel, QPushButton, QPushButton]:
        row = QFrame(objectName="reminderRow")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 6, 0, 2)
        mark = QLabel("●")
        mark.setStyleSheet(f"color: {_KIND_COLOURS.get(reminder.kind, '#6b7280')}; font-size: 12px;")
        text = QLabel(reminder_text(reminder), objectName="reminderText")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setAccessibleName("Plan reminder")
        open_button = QPushButton(self.tr("Open"), objectName="reminderDone")
        open_button.setAccessibleName(f"Open plan {reminder.plan_no}: {reminder.text}")
        open_button.clicked.connect(lambda _=False, r=reminder: self.open_plan.emit(r.plan_id))
        done_button = QPushButton(self.tr("Done"), objectName="reminderDone")
        done_button.setAccessibleName(f"Step done: {reminder.text}")
        done_button.setVisible(reminder.step_id is not None)  # a call is recorded in its plan, with what was said
        done_button.clicked.connect(lambda _=False, r=reminder: self.done(r))
        line.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(text, 1)
        line.addWidget(open_button, 0, Qt.AlignmentFlag.AlignVCenter)
        line.addWidget(done_button, 0, Qt.AlignmentFlag.AlignVCenter)
        return row, text, open_button, done_button

    def done(self, reminder: PlanReminder) -> None:
        try:
            ps.set_step_status(self.store, self.actor(), reminder.step_id, "done")
        except DomainError as err:
            self.say(plan_error_text(err), "error")
        else:
            self.say(fill(self.tr("Done: %1."), reminder.text), "done")
        self.check()
