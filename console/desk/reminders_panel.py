"""Reminders for the desk (提醒): refill water, call the assistant of a host who has not come,
tidy a room after a visit. Each has a Done button; a new one alerts the desk.

Reminders are worked out from the database (shared.services.desk.due_reminders) every 30 s and
whenever something changes, so every console shows the same ones and a Done on one clears all."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from shared.changes import Change, Changes
from shared.domain.errors import DomainError
from shared.qt.problems import error_text
from shared.services.desk import waiting as desk
from shared.services.desk.flow import host_declines
from shared.services.desk.rooms import room_tidied
from shared.store.engine import Store
from shared.store.types import utcnow

from console.common.panel import ActorFn
from console.common.reminders import CHECK_MS, RemindersBase
from console.desk.visits_model import Clock

CTX = "RemindersPanel"
_KIND_COLOURS = {desk.RELAY: "#7c2d12", desk.HOST_LATE: "#b42318", desk.WATER: "#1d4ed8", desk.TIDY: "#b45309"}
# The accessible name of each Done button: stable English, naming what was done and for whom.
_DONE_NAMES = {desk.WATER: "Water refilled for {}", desk.HOST_LATE: "Assistant called for {}",
               desk.TIDY: "Room tidied: {}", desk.RELAY: "Told {} and saw them off"}
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
    "relay": QT_TRANSLATE_NOOP("RemindersPanel", "Host %1 cannot meet %2. Tell them: “%3”"),
    "said": QT_TRANSLATE_NOOP("RemindersPanel", "Host %1 said they would come by %2, now %3 min late: %4"),
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
    if r.kind == desk.RELAY:
        return _text("relay", r.host, who(r), r.said_note)
    if r.kind == desk.HOST_LATE:
        if r.assistant:
            call = _text("call_assistant", r.assistant, r.assistant_phone).strip()
        elif r.host_phone:
            call = _text("call_host", r.host_phone)
        else:
            call = _text("no_assistant")
        line = (_text("said", r.host, f"{r.eta.astimezone():%H:%M}", r.minutes, call) if r.eta is not None
                else _text("late", r.host, r.minutes, call))
        return line + "\n" + _text("is_waiting", who(r), r.room or _text("lobby"))
    return _text("tidy", r.room, r.minutes)


class RemindersPanel(RemindersBase):
    """The desk's reminders, each with its Done button."""

    WATCHES = Changes.VISITS | Changes.ROOMS | Changes.SETTINGS

    def __init__(self, store: Store, actor: ActorFn, parent: QWidget | None = None,
                 now: Clock = utcnow, check_ms: int = CHECK_MS) -> None:
        super().__init__(store, actor, parent, now, check_ms, "remindersPanel", "remindersTitle", "No reminders")

    def due(self) -> list[desk.Reminder]:
        return desk.due_reminders(self.store, self.actor(), self._now())

    def due_after(self, changes: list[Change]) -> list[desk.Reminder] | None:
        """Only visits (and rooms) changed, the busy morning's case: those visits' parties are read again,
        the rooms always, the rest kept."""
        if any(c.flag & self.WATCHES and c.flag not in (Changes.VISITS, Changes.ROOMS) for c in changes):
            return None  # the settings, say: everything again
        ids = frozenset(c.entity_id for c in changes if c.flag == Changes.VISITS)
        return desk.merged_reminders(self.reminders, desk.due_reminders(self.store, self.actor(), self._now(), ids),
                                     ids)

    def key(self, reminder: desk.Reminder) -> tuple:
        return reminder.key

    def title_text(self, count: int) -> str:
        return self.tr("Reminders (%1)").replace("%1", str(count)) if count else self.tr("Reminders")

    def empty_text(self) -> str:
        return self.tr("Nothing to do right now.")

    def reminder_text(self, reminder: desk.Reminder) -> str:
        return reminder_text(reminder)

    def word_buttons(self, buttons: list[QPushButton]) -> None:
        relay = buttons[0].accessibleName().startswith("Told ")
        buttons[0].setText(self.tr("Told, visitor leaves") if relay else self.tr("Done"))

    def make_row(self, reminder: desk.Reminder) -> tuple[QWidget, QLabel, QPushButton]:
        subject = reminder.room if reminder.kind == desk.TIDY else reminder.visitor
        # Relayed: the visitor heard the host's words and leaves (the flowchart's "host declines").
        label = self.tr("Told, visitor leaves") if reminder.kind == desk.RELAY else self.tr("Done")
        return self.new_row(reminder, _KIND_COLOURS[reminder.kind], "Reminder",
                            [(label, _DONE_NAMES[reminder.kind].format(subject), lambda: self.done(reminder))])

    def done(self, reminder: desk.Reminder) -> None:
        try:
            if reminder.kind == desk.TIDY:
                room_tidied(self.store, self.actor(), reminder.room_id)
            elif reminder.kind == desk.RELAY:
                for visit_id in reminder.party_ids:  # the whole party was told, and leaves
                    host_declines(self.store, self.actor(), visit_id)
            else:
                desk.acknowledge(self.store, self.actor(), reminder.kind, reminder.visit_id, now=self._now())
        except DomainError as err:
            self.say(error_text(err), "error")  # e.g. the host came meanwhile: the list shows it now
        else:
            self.say(self.tr("Done."), "done")
        self.check()
