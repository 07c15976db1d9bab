"""Reception rooms (接待室) at a glance: free, occupied (by whom, since when) or to be tidied.

A room freed after a visit stays "needs tidying" until someone at the desk confirms it: the
Tidied button beside it. Narrow on purpose: it sits in a column about 300 px wide."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from shared.changes import Change, Changes
from shared.domain.errors import DomainError
from shared.domain.model import ReceptionLevel
from shared.qt.problems import error_text
from shared.services.desk.rooms import RoomView, room_tidied, rooms
from shared.store.engine import Store

from console.common.panel import ActorFn, DeskView, framed_rows

CTX = "RoomsPanel"
_STATES = {
    "free": QT_TRANSLATE_NOOP("RoomsPanel", "Free"),
    "occupied": QT_TRANSLATE_NOOP("RoomsPanel", "Occupied"),
    "tidying": QT_TRANSLATE_NOOP("RoomsPanel", "Needs tidying"),
}
_STYLE = """
QFrame#roomsPanel { background: #ffffff; border: 1px solid #e5e7eb; border-radius: 8px; }
QLabel#roomsTitle { font-size: 15px; font-weight: 600; color: #111827; }
QFrame#roomRow { border: none; border-top: 1px solid #f3f4f6; }
QLabel#roomName { font-size: 13px; font-weight: 600; color: #111827; }
QLabel#roomState { font-size: 12px; font-weight: 600; color: #111827; }
QLabel#roomState[state="free"] { color: #047857; }
QLabel#roomState[state="occupied"] { color: #1d4ed8; }
QLabel#roomState[state="tidying"] { color: #b45309; }
QLabel#roomDetail { font-size: 12px; color: #4b5563; }
QPushButton#tidied { font-size: 12px; padding: 3px 10px; }
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def _clock(at: datetime | None) -> str:
    return at.astimezone().strftime("%H:%M") if at else ""


_TEXTS = {
    "someone": QT_TRANSLATE_NOOP("RoomsPanel", "a visitor"),
    "party": QT_TRANSLATE_NOOP("RoomsPanel", "%1 and party (%2)"),
    "occupied": QT_TRANSLATE_NOOP("RoomsPanel", "%1, since %2"),
    "host": QT_TRANSLATE_NOOP("RoomsPanel", "waiting for %1"),
    "tidying": QT_TRANSLATE_NOOP("RoomsPanel", "since %1"),
}


def _text(key: str, *values) -> str:
    text = _tr(_TEXTS[key])
    for i, value in enumerate(values, start=1):
        text = text.replace(f"%{i}", str(value))
    return text


def room_detail(room: RoomView) -> str:
    """The line under the room's name, in the desk's language."""
    if room.state == "occupied":
        who = room.occupant or _text("someone")
        if room.party_size > 1:
            who = _text("party", who, room.party_size)
        if room.level == ReceptionLevel.VIP:
            who = f"★ {who}"
        text = _text("occupied", who, _clock(room.since))
        return text + "\n" + _text("host", room.host) if room.host else text
    if room.state == "tidying":
        return _text("tidying", _clock(room.since))
    return ""


class RoomsPanel(DeskView):
    def __init__(self, store: Store, actor: ActorFn, parent: QWidget | None = None) -> None:
        super().__init__(store, actor, parent)
        self.setStyleSheet(_STYLE)
        self.frame, self.title, self.rows_layout = framed_rows(self, "roomsPanel", "roomsTitle")
        self._rows: list[QWidget] = []
        self._rooms: list[RoomView] = []
        self.reload()

    def refresh(self, flags: Changes, changes: list[Change]) -> None:
        # Occupying or leaving a room records a room change with the visit's: visits alone never move one.
        if Changes(flags) & Changes.ROOMS:
            self.reload()

    def reload(self) -> None:
        fresh = rooms(self.store, self.actor())
        if not self._rows or [r.id for r in fresh] != [r.id for r in self._rooms]:
            self._rooms = fresh
            self._show()
            return
        for index, (old, new) in enumerate(zip(self._rooms, fresh)):  # one room changed: its row alone
            if old != new:
                self._replace_row(index, new)
        self._rooms = fresh

    def _replace_row(self, index: int, room: RoomView) -> None:
        old = self._rows[index]
        row = self._row(room)
        self.rows_layout.replaceWidget(old, row)
        old.hide()
        old.deleteLater()
        row.setVisible(True)
        self._rows[index] = row

    def room_views(self) -> list[RoomView]:
        return list(self._rooms)

    def retranslate(self) -> None:
        self._show()

    def _show(self) -> None:
        self.title.setText(self.tr("Reception rooms"))
        for row in self._rows:
            self.rows_layout.removeWidget(row)
            row.hide()  # gone at once, not when the event loop gets to deleting it
            row.deleteLater()
        self._rows = [self._row(room) for room in self._rooms]
        for row in self._rows:
            self.rows_layout.insertWidget(self.rows_layout.count() - 1, row)  # above the closing stretch
            row.setVisible(True)  # a layout shows rows added to a shown panel only later
        if not self._rooms:
            empty = QLabel(self.tr("No reception rooms are set up."), objectName="roomDetail")
            self._rows.append(empty)
            self.rows_layout.insertWidget(self.rows_layout.count() - 1, empty)
            empty.setVisible(True)

    def _row(self, room: RoomView) -> QWidget:
        """The name and state on one line; below, who is inside (or since when it waits), and Tidied."""
        row = QFrame(objectName="roomRow")
        lines = QVBoxLayout(row)
        lines.setContentsMargins(0, 6, 0, 2)
        lines.setSpacing(1)
        name = QLabel(room.name, objectName="roomName")
        name.setTextFormat(Qt.TextFormat.PlainText)
        state = QLabel(_tr(_STATES.get(room.state, room.state)), objectName="roomState")
        state.setProperty("state", room.state)  # coloured by the panel's style sheet, not one of its own
        head = QHBoxLayout()
        head.addWidget(name, 1)
        head.addWidget(state, 0, Qt.AlignmentFlag.AlignRight)
        lines.addLayout(head)
        detail = room_detail(room)
        below = QHBoxLayout()
        label = QLabel(detail, objectName="roomDetail")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # names come from people: never markup
        below.addWidget(label, 1)
        if room.state == "tidying":
            button = QPushButton(self.tr("Tidied"), objectName="tidied")
            button.setAccessibleName(f"Tidied {room.name}")
            button.setToolTip(self.tr("The room is tidy again (water, cups, chairs): free for the next visitor."))
            button.clicked.connect(lambda _=False, r=room: self.tidied(r))
            below.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        if detail or room.state == "tidying":
            lines.addLayout(below)
        else:
            label.hide()
        row.setAccessibleName(f"Room {room.name}")
        row.setAccessibleDescription(" ".join(filter(None, [state.text(), detail])))
        return row

    def tidied(self, room: RoomView) -> None:
        try:
            room_tidied(self.store, self.actor(), room.id)
        except DomainError as err:
            self.say(error_text(err), "error")  # someone else confirmed it first: the list shows it now
        else:
            self.say(self.tr("%1 is ready for the next visitor.").replace("%1", room.name), "done")
        self.reload()
