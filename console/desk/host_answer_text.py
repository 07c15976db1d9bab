"""The host's answer from their web page, as one cell of the waiting list: "coming in 10 min (10:42)",
"overdue" once that time has passed, and the host's own words."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from shared.domain.host_answer import Answer, is_overdue
from shared.domain.model import Visit
from shared.domain.waiting import minutes_between

CTX = "HostAnswer"
_WORDS = {
    Answer.COMING: QT_TRANSLATE_NOOP("HostAnswer", "coming now (%2)"),
    Answer.COMING_IN: QT_TRANSLATE_NOOP("HostAnswer", "coming in %1 min (%2)"),
    Answer.WAIT: QT_TRANSLATE_NOOP("HostAnswer", "please wait in a room"),
    Answer.CANNOT: QT_TRANSLATE_NOOP("HostAnswer", "cannot meet: tell the visitor"),
}
_OVERDUE = QT_TRANSLATE_NOOP("HostAnswer", "overdue")


def answer_overdue(visit: Visit, now: datetime) -> bool:
    return bool(visit.host_answer) and is_overdue(visit.host_eta, now)


def answer_text(visit: Visit, now: datetime) -> str:
    """"" when the host has not answered on their page."""
    words = _WORDS.get(visit.host_answer)
    if words is None:
        return ""
    minutes = minutes_between(visit.host_answer_at, visit.host_eta) if visit.host_answer_at and visit.host_eta else 0
    eta = visit.host_eta.astimezone().strftime("%H:%M") if visit.host_eta else ""
    text = QCoreApplication.translate(CTX, words).replace("%1", str(minutes)).replace("%2", eta)
    if answer_overdue(visit, now):
        text = "⚠ " + text + " · " + QCoreApplication.translate(CTX, _OVERDUE)
    if visit.host_answer_note:
        text += f" · “{visit.host_answer_note}”"
    return text
