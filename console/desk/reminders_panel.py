"""Reminders for the desk (提醒): refill water, call the assistant of a host who has not come,
tidy a room after a visit. Each has a Done button; a new one alerts the desk.

Reminders are worked out from the database (shared.services.desk.due_reminders) every 30 s and
whenever something changes, so every console shows the same ones and a Done on one clears all."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from sqlalchemy.exc import SQLAlchemyError

from shared.changes import Change, Changes
from shared.domain.errors import DomainError
from shared.qt.problems import error_text
from shared.services.desk import waiting as desk
from shared.services.desk.rooms import room_tidied
from shared.store.engine import Store
from shared.store.types import utcnow

from console.common.panel import ActorFn, DeskView, framed_rows, take_due
from console.desk.visits_model import Clock

CTX = "RemindersPanel"
CHECK_MS = 30_000
_KIND_COLOURS = {desk.HOST_LATE: "#b42318", desk.WATER: "#1d4ed8", desk.TIDY: "#b45309"}
_STYLE = """
QFrame#remindersPanel { background: #ffffff; border: 1px solid #e5e7eb; border-radius: 8px; }
QLabel#remindersTitle { font-size: 15px; font-weight: 600; color: #111827; }
QFrame#reminderRow { border: none; border-top: 1px solid #f3f4f6; }
QLabel#reminderText { font-size: 13px; color: #111827; }
QLabel#remindersEmpty { font-size: 12px; color: #6b7280; }
QPushButton#reminderDone { font-size: 12px; padding: 3px 10px; }
"""
# The accessible name of each Done button: stable English, naming what was done and for whom.
_DONE_NAMES = {desk.WATER: "Water refilled for {}", desk.HOST_LATE: "Assistant called for {}",
               desk.TIDY: "Room tidied: {}"}
_TEXTS = {
    "party": QT_TRANSLATE_NOOP("RemindersPanel", "%1 and party (%2)"),
    "water_room": QT_TRANSLATE_NOOP("RemindersPanel", "Refill water: %1 (%2) has waited %3 min"),
    "water": QT_TRANSLATE_NOOP("RemindersPanel", "Refill water: %1 has waited %2 min"),
    "late": QT_TRANSLATE_NOOP("RemindersPanel", "Host %1 has not come for %2 min: %3"),
    "call_assistant": QT_TRANSLATE_NOOP("RemindersPanel", "call assistant %1 %2"),
    "call_host": QT_TRANSLATE_NOOP("RemindersPanel", "call the host on %1"),
    "no_assistant": QT_TRANSLATE_NOOP("RemindersPanel", "no assistant on file: please find the host"),
    "is_waiting": QT_TRANSLATE_NOOP("RemindersPanel", "%1 is waiting (%2)"),
    "lobby": QT_TRANSLATE_NOOP("RemindersPanel", "in the lobby"),
    "tidy": QT_TRANSLATE_NOOP("RemindersPanel", "Tidy %1 (empty for %2 min)"),
}


def _text(key: str, *values) -> str:
    text = QCoreApplication.translate(CTX, _TEXTS[key])
    for i, value in enumerate(values, start=1):
        text = text.replace(f"%{i}", str(value))
    return text


def who(reminder: desk.Reminder) -> str:
    return _text("party", reminder.visitor, reminder.party) if reminder.party > 1 else reminder.visitor


def reminder_text(r: desk.Reminder) -> str:
    """One short line the desk can act on, in its language."""
    if r.kind == desk.WATER:
        return _text("water_room", who(r), r.room, r.minutes) if r.room else _text("water", who(r), r.minutes)
    if r.kind == desk.HOST_LATE:
        if r.assistant:
            call = _text("call_assistant", r.assistant, r.assistant_phone).strip()
        elif r.host_phone:
            call = _text("call_host", r.host_phone)
        else:
            call = _text("no_assistant")
        return _text("late", r.host, r.minutes, call) + "\n" + _text("is_waiting", who(r), r.room or _text("lobby"))
    return _text("tidy", r.room, r.minutes)


class RemindersPanel(DeskView):
    """count_changed(n) whenever the number of due reminders changes (for a badge on a tab)."""

    count_changed = Signal(int)

    def __init__(self, store: Store, actor: ActorFn, parent: QWidget | None = None,
                 now: Clock = utcnow, check_ms: int = CHECK_MS) -> None:
        super().__init__(store, actor, parent)
        self._now = now
        self.setStyleSheet(_STYLE)
        self.frame, self.title, self.rows_layout = framed_rows(self, "remindersPanel", "remindersTitle")
        self.empty = QLabel(objectName="remindersEmpty")
        self.empty.setAccessibleName("No reminders")
        self.rows_layout.insertWidget(1, self.empty)  # under the title; the rows follow it
        self._rows: dict[tuple, tuple[QWidget, QLabel, QPushButton]] = {}  # reminder key -> its row
        self.reminders: list[desk.Reminder] = []
        self._known: set[tuple] | None = None  # None: nothing shown yet, so nothing is "new"
        self._timer = QTimer(self, interval=check_ms, timeout=self.check)
        self._count = -1
        self._timer.start()
        self._show()
        self.check()

    def refresh(self, flags: Changes, changes: list[Change]) -> None:
        if Changes(flags) & (Changes.VISITS | Changes.ROOMS | Changes.SETTINGS):
            self.check()

    def check(self) -> None:
        """Work the reminders out again; alert the desk when one appears that was not there."""
        try:
            due = desk.due_reminders(self.store, self._now())
        except SQLAlchemyError:  # a locked or lost database: keep what is shown, the next check tries again
            return
        take_due(self, due, lambda r: r.key)

    def retranslate(self) -> None:
        self._show()

    def _show(self) -> None:
        """Rows are kept per reminder: only new ones are built and gone ones removed, the others get
        their new minutes; rebuilding eighty word-wrapped rows on every change would stall the desk."""
        self.title.setText(self.tr("Reminders (%1)").replace("%1", str(len(self.reminders)))
                           if self.reminders else self.tr("Reminders"))
        self.empty.setText(self.tr("Nothing to do right now."))
        self.empty.setVisible(not self.reminders)
        due = {r.key for r in self.reminders}
        for key in [k for k in self._rows if k not in due]:
            row = self._rows.pop(key)[0]
            self.rows_layout.removeWidget(row)
            row.hide()  # gone at once, not when the event loop gets to deleting it
            row.deleteLater()
        first = self.rows_layout.indexOf(self.empty) + 1
        for position, reminder in enumerate(self.reminders, start=first):
            entry = self._rows.get(reminder.key)
            if entry is None:
                entry = self._rows[reminder.key] = self._row(reminder)
            row, text, button = entry
            if text.text() != (wanted := reminder_text(reminder)):
                text.setText(wanted)
            button.setText(self.tr("Done"))
            if self.rows_layout.indexOf(row) != position:
                self.rows_layout.insertWidget(position, row)  # above the closing stretch
                row.setVisible(True)  # a layout shows rows added to a shown panel only later

    def _row(self, reminder: desk.Reminder) -> tuple[QWidget, QLabel, QPushButton]:
        row = QFrame(objectName="reminderRow")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 6, 0, 2)
        mark = QLabel("●")
        mark.setStyleSheet(f"color: {_KIND_COLOURS[reminder.kind]}; font-size: 12px;")
        text = QLabel(reminder_text(reminder), objectName="reminderText")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)  # names come from people: never markup
        text.setAccessibleName("Reminder")
        button = QPushButton(self.tr("Done"), objectName="reminderDone")
        subject = reminder.room if reminder.kind == desk.TIDY else reminder.visitor
        button.setAccessibleName(_DONE_NAMES[reminder.kind].format(subject))
        button.clicked.connect(lambda _=False, r=reminder: self.done(r))
        line.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(text, 1)
        line.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        return row, text, button

    def done(self, reminder: desk.Reminder) -> None:
        try:
            if reminder.kind == desk.TIDY:
                room_tidied(self.store, self.actor(), reminder.room_id)
            else:
                desk.acknowledge(self.store, self.actor(), reminder.kind, reminder.visit_id, now=self._now())
        except DomainError as err:
            self.say(error_text(err), "error")  # e.g. the host came meanwhile: the list shows it now
        else:
            self.say(self.tr("Done."), "done")
        self.check()
