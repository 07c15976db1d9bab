"""Translated names of visit states, for tables and messages."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from shared.domain.states import VisitState as S

_NAMES = {
    S.EXPECTED: QT_TRANSLATE_NOOP("VisitState", "Expected"),
    S.CHECKED_IN: QT_TRANSLATE_NOOP("VisitState", "Checked in"),
    S.HOST_NOTIFIED: QT_TRANSLATE_NOOP("VisitState", "Host notified"),
    S.WAITING: QT_TRANSLATE_NOOP("VisitState", "Waiting"),
    S.WITH_HOST: QT_TRANSLATE_NOOP("VisitState", "With host"),
    S.AT_DESK: QT_TRANSLATE_NOOP("VisitState", "At the desk"),
    S.LEFT: QT_TRANSLATE_NOOP("VisitState", "Left"),
    S.DECLINED: QT_TRANSLATE_NOOP("VisitState", "Declined"),
    S.CHECKED_OUT: QT_TRANSLATE_NOOP("VisitState", "Checked out"),
    S.NO_SHOW: QT_TRANSLATE_NOOP("VisitState", "No-show"),
}


def state_name(state: S) -> str:
    return QCoreApplication.translate("VisitState", _NAMES[state])
