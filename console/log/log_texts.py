"""The visitor log's texts (Linguist context VisitorLog) and the date conversions its parts share."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate

from shared.changes import Changes

CONTEXT = "VisitorLog"


translate = QCoreApplication.translate  # lupdate reads translate("VisitorLog", "literal") calls


def _tr(text: str) -> str:
    """For text marked with QT_TRANSLATE_NOOP("VisitorLog", ...)."""
    return QCoreApplication.translate(CONTEXT, text)


HEADERS = (
    QT_TRANSLATE_NOOP("VisitorLog", "Visit no."),
    QT_TRANSLATE_NOOP("VisitorLog", "Date"),
    QT_TRANSLATE_NOOP("VisitorLog", "In"),
    QT_TRANSLATE_NOOP("VisitorLog", "Out"),
    QT_TRANSLATE_NOOP("VisitorLog", "Visitor"),
    QT_TRANSLATE_NOOP("VisitorLog", "Company"),
    QT_TRANSLATE_NOOP("VisitorLog", "Mobile"),
    QT_TRANSLATE_NOOP("VisitorLog", "ID number"),
    QT_TRANSLATE_NOOP("VisitorLog", "Host"),
    QT_TRANSLATE_NOOP("VisitorLog", "Purpose"),
    QT_TRANSLATE_NOOP("VisitorLog", "Plate"),
    QT_TRANSLATE_NOOP("VisitorLog", "State"),
)
# key, stable accessible name, text
PERIODS = (
    ("all", "All history", QT_TRANSLATE_NOOP("VisitorLog", "All history")),
    ("today", "Today", QT_TRANSLATE_NOOP("VisitorLog", "Today")),
    ("week", "Last 7 days", QT_TRANSLATE_NOOP("VisitorLog", "Last 7 days")),
    ("month", "Last 30 days", QT_TRANSLATE_NOOP("VisitorLog", "Last 30 days")),
    ("custom", "Dates", QT_TRANSLATE_NOOP("VisitorLog", "From – to")),
)
FIELDS = (("mobile", QT_TRANSLATE_NOOP("VisitorLog", "Mobile number")),
          ("id_number", QT_TRANSLATE_NOOP("VisitorLog", "ID number")))
_NOT_PERMITTED = QT_TRANSLATE_NOOP("VisitorLog", "Your role does not allow this. Please ask security or an administrator.")
REFRESH_ON = Changes.VISITS | Changes.HOSTS
_BUTTON_TEXTS = (
    ("records", QT_TRANSLATE_NOOP("VisitorLog", "Photo and documents…"), ""),
    ("export", QT_TRANSLATE_NOOP("VisitorLog", "Export…"), "Ctrl+E"),
    ("archive", QT_TRANSLATE_NOOP("VisitorLog", "Archive the day…"), ""),
    ("reveal", QT_TRANSLATE_NOOP("VisitorLog", "Reveal…"), ""),
    ("confidential", QT_TRANSLATE_NOOP("VisitorLog", "Mark confidential"), ""),
    ("not_confidential", QT_TRANSLATE_NOOP("VisitorLog", "Not confidential"), ""),
)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
