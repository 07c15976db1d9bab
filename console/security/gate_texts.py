"""The gate desk's texts (Linguist context GateView) and colours, and the widgets its parts build alike."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton

from shared.domain.errors import DomainError, NotFound, WatchlistMatch
from shared.domain.permissions import NotPermitted
from shared.qt.problems import error_text
from shared.services.security.gate import GateEntryView

translate = QCoreApplication.translate  # lupdate reads translate("GateView", "literal") calls

CTX = "GateView"
RED, GREEN, AMBER = "#b91c1c", "#047857", "#b45309"
STATES = {
    "waiting": QT_TRANSLATE_NOOP("GateView", "Waiting for reception"),
    "admitted": QT_TRANSLATE_NOOP("GateView", "Let in"),
    "turned_away": QT_TRANSLATE_NOOP("GateView", "Turned away"),
    "exited": QT_TRANSLATE_NOOP("GateView", "Left"),
}
STATE_COLOURS = {"waiting": AMBER, "admitted": GREEN, "turned_away": RED, "exited": "#4b5563"}
COLUMNS = (
    QT_TRANSLATE_NOOP("GateView", "Time"), QT_TRANSLATE_NOOP("GateView", "Name and company"),
    QT_TRANSLATE_NOOP("GateView", "Host"), QT_TRANSLATE_NOOP("GateView", "Plate"),
    QT_TRANSLATE_NOOP("GateView", "State"), QT_TRANSLATE_NOOP("GateView", "Reception's answer"),
)
STATE_COL, ANSWER_COL = 4, 5
ITEM_COLUMNS = (QT_TRANSLATE_NOOP("GateView", "Item"), QT_TRANSLATE_NOOP("GateView", "Quantity"))
EXIT_COLUMNS = (QT_TRANSLATE_NOOP("GateView", "Item"), QT_TRANSLATE_NOOP("GateView", "In"),
                QT_TRANSLATE_NOOP("GateView", "Out"))
_TEXTS = {
    "not_permitted": QT_TRANSLATE_NOOP("GateView",
                                       "Only security staff can do this at the gate. Please ask the guard on duty."),
    "not_found": QT_TRANSLATE_NOOP("GateView", "This is not one of our gate passes."),
    "watchlist": QT_TRANSLATE_NOOP("GateView", "On the watchlist: %1 Not registered; the security desk has an alert."),
    "turned_away": QT_TRANSLATE_NOOP("GateView", "Host can't receive them. Please say: “%1”"),
    "receives": QT_TRANSLATE_NOOP("GateView", "Host receives them"),
    "told": QT_TRANSLATE_NOOP("GateView", "Reception has been told…"),
    "differs": QT_TRANSLATE_NOOP("GateView", "Items differ at the exit"),
}
_STYLE = """
QGroupBox { font-weight: 600; }
QLabel#gateBanner { font-size: 15px; font-weight: 600; padding: 8px 10px; border-radius: 6px; }
QLabel#gateProblem { color: #b91c1c; font-weight: 600; }
QLabel#exitResult { font-size: 14px; font-weight: 600; }
QLabel#exitWho { font-size: 14px; }
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def _clock(at: datetime | None) -> str:
    return at.astimezone().strftime("%H:%M") if at else ""


def problem_text(err: DomainError) -> str:
    """error_text, plus the role refusal, which the shared table does not know."""
    if isinstance(err, NotPermitted):
        return _tr(_TEXTS["not_permitted"])
    if isinstance(err, NotFound):
        return _tr(_TEXTS["not_found"])
    if isinstance(err, WatchlistMatch):  # the guard is security: the reason is theirs to see
        return _tr(_TEXTS["watchlist"]).replace("%1", err.reason)
    return error_text(err)


def answer_text(entry: GateEntryView) -> str:
    """Reception's answer as the guard reads it: a turned-away visitor's message in quotes."""
    if entry.state == "turned_away":
        return _tr(_TEXTS["turned_away"]).replace("%1", entry.reception_answer)
    if entry.state in ("admitted", "exited") and entry.answered_by:
        text = _tr(_TEXTS["receives"])
        return f"{text}: {entry.reception_answer}" if entry.reception_answer else text
    if entry.state == "waiting":
        return _tr(_TEXTS["told"])
    return ""


def line_edit(name: str, max_length: int = 80) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setMaxLength(max_length)
    return edit


def plain_label(object_name: str, name: str) -> QLabel:
    """A wrapping label for names and answers people typed: shown as plain text, never as markup."""
    label = QLabel(objectName=object_name)
    label.setAccessibleName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def with_button(edit: QLineEdit, button_name: str) -> tuple[QHBoxLayout, QPushButton]:
    """The edit stretching, its button after it, in one row."""
    button = QPushButton()
    button.setAccessibleName(button_name)
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row, button
