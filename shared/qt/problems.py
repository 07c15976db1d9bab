"""Translated text for the core's problem codes (field, code) and error codes."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from shared.domain.errors import DomainError, ForbiddenTransition, InvalidInput, NotActionable

_PROBLEMS = {
    ("name", "required"): QT_TRANSLATE_NOOP("Problems", "Please enter your name."),
    ("name", "too_long"): QT_TRANSLATE_NOOP("Problems", "The name is too long."),
    ("name", "invalid"): QT_TRANSLATE_NOOP("Problems", "The name contains characters that are not allowed."),
    ("mobile", "required"): QT_TRANSLATE_NOOP("Problems", "Please enter your mobile number."),
    ("mobile", "invalid"): QT_TRANSLATE_NOOP("Problems", "This is not a valid mobile number."),
    ("company", "too_long"): QT_TRANSLATE_NOOP("Problems", "The company name is too long."),
    ("host", "required"): QT_TRANSLATE_NOOP("Problems", "Please choose the person you are visiting."),
    ("host", "unknown"): QT_TRANSLATE_NOOP("Problems", "That person is not in the directory."),
    ("message", "required"): QT_TRANSLATE_NOOP("Problems", "Please write the visitor's message."),
}
_GENERIC = QT_TRANSLATE_NOOP("Problems", "Please check this field.")
_FORBIDDEN = QT_TRANSLATE_NOOP("Problems", "This action is not possible for a visit in this state.")
_NOT_FOUND = QT_TRANSLATE_NOOP("Problems", "Not found.")
_NOT_ACTIONABLE = QT_TRANSLATE_NOOP("Problems", "This has already been dealt with; the list now shows its current state.")


def problem_text(field: str, code: str) -> str:
    return QCoreApplication.translate("Problems", _PROBLEMS.get((field, code), _GENERIC))


def error_text(err: DomainError) -> str:
    if isinstance(err, InvalidInput):
        return " ".join(problem_text(f, c) for f, c in err.problems.items())
    if isinstance(err, ForbiddenTransition):
        return QCoreApplication.translate("Problems", _FORBIDDEN)
    if isinstance(err, NotActionable):
        return QCoreApplication.translate("Problems", _NOT_ACTIONABLE)
    return QCoreApplication.translate("Problems", _NOT_FOUND)
