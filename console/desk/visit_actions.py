"""The reception flow as actions on the selected visit: a side panel of buttons, and two small dialogs.

Each button stands for one transition of the visit state machine; only those its state allows are
enabled. The panel only emits which action was chosen; the window calls the services."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QFrame, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QVBoxLayout,
                               QWidget)

from shared.domain.model import Visit
from shared.domain.states import VisitAction, allowed_actions
from shared.qt.retranslate import Retranslating
from shared.qt.states import state_name
from shared.services.desk.rooms import RoomView

from console.common.form_dialog import FormDialog

A = VisitAction


@dataclass(frozen=True)
class ActionSpec:
    key: str
    action: VisitAction | None  # None: not a transition (the badge reprint)
    name: str  # the stable English accessible name
    text: str  # the button text (translated at show time)
    shortcut: str
    group: int


ACTIONS = (
    ActionSpec("notify", A.NOTIFY_HOST, "Notify host again",
               QT_TRANSLATE_NOOP("VisitActions", "Notify host again"), "N", 0),
    ActionSpec("ready", A.HOST_READY, "Host is ready", QT_TRANSLATE_NOOP("VisitActions", "Host is ready"), "R", 0),
    ActionSpec("must_wait", A.MUST_WAIT, "Must wait", QT_TRANSLATE_NOOP("VisitActions", "Must wait…"), "W", 0),
    ActionSpec("absent_waits", A.HOST_ABSENT_WAITS, "Host absent: waits",
               QT_TRANSLATE_NOOP("VisitActions", "Host absent: waits…"), "A", 0),
    ActionSpec("leaves", A.VISITOR_LEAVES, "Leaves (message)",
               QT_TRANSLATE_NOOP("VisitActions", "Leaves (message)…"), "L", 0),
    ActionSpec("declines", A.HOST_DECLINES, "Host declines", QT_TRANSLATE_NOOP("VisitActions", "Host declines"), "D", 0),
    ActionSpec("arrived", A.HOST_ARRIVES, "Host arrived", QT_TRANSLATE_NOOP("VisitActions", "Host arrived"), "H", 1),
    ActionSpec("escorted", A.ESCORT_OUT, "Escorted out", QT_TRANSLATE_NOOP("VisitActions", "Escorted out"), "E", 1),
    ActionSpec("back", A.BACK_TO_DESK, "Back to desk", QT_TRANSLATE_NOOP("VisitActions", "Back to desk"), "B", 1),
    ActionSpec("seen_out", A.SEE_OUT, "Seen out", QT_TRANSLATE_NOOP("VisitActions", "Seen out"), "S", 1),
    ActionSpec("check_out", A.CHECK_OUT, "Check out", QT_TRANSLATE_NOOP("VisitActions", "Check out"), "O", 2),
    ActionSpec("reprint", None, "Reprint badge", QT_TRANSLATE_NOOP("VisitActions", "Reprint badge"), "P", 2),
)
BY_KEY = {spec.key: spec for spec in ACTIONS}

_GROUPS = (
    QT_TRANSLATE_NOOP("VisitActions", "Host's answer"),
    QT_TRANSLATE_NOOP("VisitActions", "Meeting"),
    QT_TRANSLATE_NOOP("VisitActions", "Desk"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("VisitActions", text)


class VisitActionsPanel(Retranslating, QFrame):
    """The selected visit, and one button per action; `chosen` carries the action's key."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="actionPanel")
        self.setMinimumWidth(200)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        self.title = QLabel(objectName="panelHeading")
        self.summary = QLabel(objectName="selectedVisit")
        self.summary.setAccessibleName("Selected visit")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        self.group_labels: list[QLabel] = []
        self.buttons: dict[str, QPushButton] = {}
        group = -1
        for spec in ACTIONS:
            if spec.group != group:
                group = spec.group
                label = QLabel(objectName="groupTitle")
                self.group_labels.append(label)
                layout.addWidget(label)
            button = QPushButton(objectName="primary" if spec.key == "check_out" else "action")
            button.setAccessibleName(spec.name)
            button.clicked.connect(lambda _=False, k=spec.key: self.chosen.emit(k))
            self.buttons[spec.key] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.extra_tips: dict[str, str] = {}
        self._visit: Visit | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("VisitActions", "Selected visit"))
        for label, text in zip(self.group_labels, _GROUPS):
            label.setText(_tr(text))
        for spec in ACTIONS:
            self.buttons[spec.key].setText(_tr(spec.text))
            self.buttons[spec.key].setShortcut(QKeySequence(spec.shortcut))  # setText resets it
        self._tooltips()
        self._show_summary()

    def set_extra_tip(self, key: str, tip: str) -> None:
        """A reason shown with the shortcut, e.g. why the reprint cannot print here."""
        self.extra_tips[key] = tip
        self._tooltips()

    def _tooltips(self) -> None:
        for spec in ACTIONS:
            tip = QCoreApplication.translate("VisitActions", "Shortcut: %1").replace("%1", spec.shortcut)
            extra = self.extra_tips.get(spec.key)
            self.buttons[spec.key].setToolTip(f"{extra}\n{tip}" if extra else tip)

    def show_visit(self, visit: Visit | None, can_reprint: bool = False) -> None:
        """Enable exactly the actions the visit's state allows."""
        self._visit = visit
        allowed = allowed_actions(visit.state) if visit is not None else frozenset()
        for spec in ACTIONS:
            if spec.action is None:
                self.buttons[spec.key].setEnabled(visit is not None and can_reprint)
            else:
                self.buttons[spec.key].setEnabled(spec.action in allowed)
        self._show_summary()

    def _show_summary(self) -> None:
        visit = self._visit
        if visit is None:
            self.summary.setText(QCoreApplication.translate("VisitActions", "Choose a visit in the list."))
            return
        lines = [visit.visitor_name, f"{visit.visit_no} · {state_name(visit.state)}"]
        if visit.room:
            lines.append(QCoreApplication.translate("VisitActions", "Room: %1").replace("%1", visit.room))
        self.summary.setText("\n".join(lines))


class _Dialog(FormDialog):
    """A prompt, one input, a line for a problem, OK and Cancel; `submitted` asks the window, which closes
    it on success."""

    CONTEXT = "VisitActions"
    OK_TEXT = QT_TRANSLATE_NOOP("VisitActions", "OK")
    PROBLEM_BY_BUTTONS = False

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.intro = QLabel(objectName="dialogPrompt")  # not INTRO's plain text: a visitor's name shows as before
        self.intro.setWordWrap(True)

    def show_problem(self, text: str) -> None:
        self.show_error(text)


class RoomDialog(_Dialog):
    """A free reception room for a waiting visitor, or none (the lobby)."""

    def __init__(self, parent: QWidget, visitor_name: str, rooms: list[RoomView]) -> None:
        super().__init__(parent)
        self._visitor = visitor_name
        self.rooms = QListWidget(objectName="rooms")
        self.rooms.setAccessibleName("Room list")
        self.rooms.itemDoubleClicked.connect(lambda _item: self.ok.click())
        self.form.addRow(self.rooms)
        self.set_rooms(rooms)
        self.finish(380, 300, scroll=False)

    def set_rooms(self, rooms: list[RoomView]) -> None:
        self.rooms.clear()
        self.rooms.addItem(QListWidgetItem())  # "No room", named in retranslate
        for room in rooms:
            if room.state == "free":
                item = QListWidgetItem(room.name)
                item.setData(Qt.ItemDataRole.UserRole, room.id)
                self.rooms.addItem(item)
        self.rooms.setCurrentRow(1 if self.rooms.count() > 1 else 0)
        self._name_no_room()

    def _name_no_room(self) -> None:
        self.rooms.item(0).setText(QCoreApplication.translate("VisitActions", "No room (waits in the lobby)"))

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(QCoreApplication.translate("VisitActions", "Reception room"))
        self.intro.setText(QCoreApplication.translate("VisitActions", "Where does %1 wait?").replace("%1", self._visitor))
        if self.rooms.count():
            self._name_no_room()

    def value(self) -> int | None:
        item = self.rooms.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)


class MessageDialog(_Dialog):
    """The message a visitor leaves for an absent host."""

    def __init__(self, parent: QWidget, visitor_name: str) -> None:
        super().__init__(parent)
        self._visitor = visitor_name
        self.message = QPlainTextEdit(objectName="message")
        self.message.setAccessibleName("Visitor's message")
        self.message.setTabChangesFocus(True)
        self.form.addRow(self.message)
        self.finish(420, 260, scroll=False)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(QCoreApplication.translate("VisitActions", "The visitor leaves"))
        self.intro.setText(QCoreApplication.translate("VisitActions", "%1 will not wait. Their message for the host:").replace("%1", self._visitor))

    def value(self) -> str:
        return self.message.toPlainText()
