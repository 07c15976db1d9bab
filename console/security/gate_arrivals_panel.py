"""At the gate (门岗来访): who security registered and is waiting for reception's word, for the desk.

Reception asks the host, then answers: "Host receives them", or "Host can't receive them…" with a
short polite message the guard reads out. Narrow (about 300 px) and hidden while nobody waits."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from shared.changes import Change, Changes
from shared.domain.errors import DomainError, NotActionable
from shared.services.security import gate
from shared.services.security.gate import GateEntryView, plate_text
from shared.store.engine import Store

from console.security.gate_texts import problem_text
from console.common.panel import ActorFn, DeskView

CTX = "GateArrivalsPanel"
POLITE = QT_TRANSLATE_NOOP("GateArrivalsPanel",
                           "We are sorry: the person you came to see cannot receive you today.")
_STYLE = """
QFrame#gatePanel { background: #fffbeb; border: 1px solid #f59e0b; border-radius: 8px; }
QLabel#gateTitle { font-size: 15px; font-weight: 600; color: #92400e; }
QFrame#gateRow { border: none; border-top: 1px solid #fde68a; }
QLabel#gateName { font-size: 13px; font-weight: 600; color: #111827; }
QLabel#gateDetail { font-size: 12px; color: #4b5563; }
QLabel#gateProblem { font-size: 12px; color: #b91c1c; font-weight: 600; }
QPushButton { font-size: 12px; padding: 3px 8px; }
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


class GateArrivalsPanel(DeskView):
    count_changed = Signal(int)  # how many wait at the gate; 0: the panel hides itself

    def __init__(self, store: Store, actor: ActorFn, parent: QWidget | None = None) -> None:
        super().__init__(store, actor, parent)
        self.setStyleSheet(_STYLE)
        self.setMaximumWidth(340)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.frame = QFrame(objectName="gatePanel")
        outer.addWidget(self.frame)
        self.rows_layout = QVBoxLayout(self.frame)
        self.rows_layout.setContentsMargins(12, 10, 12, 10)
        self.rows_layout.setSpacing(4)
        self.title = QLabel(objectName="gateTitle")
        self.rows_layout.addWidget(self.title)
        self.rows_layout.addStretch(1)  # rows stay together at the top when the column is taller
        self._rows: list[QWidget] = []
        self._waiting: list[GateEntryView] = []
        self._count = -1
        self.reload()

    def refresh(self, flags: Changes, changes: list[Change]) -> None:
        if Changes(flags) & (Changes.GATE | Changes.HOSTS):
            self.reload()

    def reload(self) -> None:
        self._waiting = gate.waiting_at_gate(self.store, self.actor())
        self._show()
        if len(self._waiting) != self._count:
            self._count = len(self._waiting)
            self.count_changed.emit(self._count)

    def waiting(self) -> list[GateEntryView]:
        return list(self._waiting)

    def retranslate(self) -> None:
        self._show()

    def _show(self) -> None:
        self.title.setText(self.tr("At the gate (%1)").replace("%1", str(len(self._waiting))))
        for row in self._rows:
            self.rows_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self._rows = [self._row(e) for e in self._waiting]
        for row in self._rows:
            self.rows_layout.insertWidget(self.rows_layout.count() - 1, row)
            row.setVisible(True)
        self.setVisible(bool(self._waiting))

    def _row(self, e: GateEntryView) -> QWidget:
        row = QFrame(objectName="gateRow")
        lines = QVBoxLayout(row)
        lines.setContentsMargins(0, 6, 0, 4)
        lines.setSpacing(2)
        name = QLabel(e.person_name, objectName="gateName")
        name.setTextFormat(Qt.TextFormat.PlainText)
        lines.addWidget(name)
        host = e.host_name or self.tr("no host named")
        detail = self.tr("%1 → to see %2").replace("%1", e.company or "—").replace("%2", host)
        if e.plate:
            detail += "\n" + self.tr("Vehicle %1").replace("%1", plate_text(e.plate))
        since = e.arrived_at.astimezone().strftime("%H:%M")
        detail += "\n" + self.tr("At the gate since %1").replace("%1", since)
        info = QLabel(detail, objectName="gateDetail")
        info.setTextFormat(Qt.TextFormat.PlainText)
        info.setWordWrap(True)
        lines.addWidget(info)

        buttons = QHBoxLayout()
        receives = QPushButton(self.tr("Host receives them"))
        receives.setAccessibleName(f"Host receives {e.person_name}")
        cannot = QPushButton(self.tr("Host can't receive them…"))
        cannot.setAccessibleName(f"Host can't receive {e.person_name}")
        buttons.addWidget(receives)
        buttons.addWidget(cannot)
        lines.addLayout(buttons)

        # The polite message: asked for only when the host cannot receive them.
        message = QPlainTextEdit(_tr(POLITE))
        message.setAccessibleName(f"Message for the gate about {e.person_name}")
        message.setTabChangesFocus(True)
        message.setFixedHeight(56)
        send = QPushButton(self.tr("Send to the gate"))
        send.setAccessibleName(f"Send to the gate about {e.person_name}")
        problem = QLabel(objectName="gateProblem")
        problem.setWordWrap(True)
        problem.setAccessibleName(f"Problem with {e.person_name}")
        lines.addWidget(message)
        lines.addWidget(send, 0, Qt.AlignmentFlag.AlignRight)
        lines.addWidget(problem)
        for widget in (message, send, problem):
            widget.hide()

        def show_message() -> None:
            message.show()
            send.show()
            message.setFocus()
            message.selectAll()
            cannot.setEnabled(False)

        receives.clicked.connect(lambda: self._answer(e, True, "", problem))
        cannot.clicked.connect(show_message)
        send.clicked.connect(lambda: self._answer(e, False, message.toPlainText(), problem))
        return row

    def _answer(self, e: GateEntryView, receives: bool, message: str, problem: QLabel) -> None:
        try:
            gate.answer_gate(self.store, self.actor(), e.id, receives, message)
        except NotActionable as err:  # another desk answered first: show what is left
            self.say(problem_text(err), "error")
            self.reload()
            return
        except DomainError as err:
            problem.setText(problem_text(err))
            problem.show()
            self.say(problem_text(err), "error")
            return
        text = (self.tr("The gate lets %1 in.") if receives else self.tr("The gate will tell %1, politely."))
        self.say(text.replace("%1", e.person_name), "done")
        self.reload()
