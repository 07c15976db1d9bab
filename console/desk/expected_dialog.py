"""The "New expected visit" dialog: one guest, or a group (the leader here, the others by name).

It only collects the input; `submitted` carries it and the view saves it. Problems come back by
field (`show_problems`) and are shown next to their field; the dialog stays open and nothing is saved."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QVBoxLayout, QWidget)

from shared.domain.expected import ExpectedVisit
from shared.domain.model import Host, ReceptionLevel
from shared.qt.problems import DESK

from console.common.form_dialog import FormDialog
from console.common.host_picker import chosen_host_id, host_picker

CONTEXT = "ExpectedVisits"

LEVEL_NAMES = {
    ReceptionLevel.STANDARD: QT_TRANSLATE_NOOP("ExpectedVisits", "Standard"),
    ReceptionLevel.SENIOR: QT_TRANSLATE_NOOP("ExpectedVisits", "Senior"),
    ReceptionLevel.VIP: QT_TRANSLATE_NOOP("ExpectedVisits", "VIP"),
}
TRANSPORT_NAMES = {
    "": QT_TRANSLATE_NOOP("ExpectedVisits", "Not said"),
    "own": QT_TRANSLATE_NOOP("ExpectedVisits", "Comes on their own"),
    "pickup": QT_TRANSLATE_NOOP("ExpectedVisits", "We pick them up"),
}

# field -> (accessible name of its input, label text)
FIELDS = {
    "name": ("Visitor name", QT_TRANSLATE_NOOP("ExpectedVisits", "Visitor")),
    "mobile": ("Mobile", QT_TRANSLATE_NOOP("ExpectedVisits", "Mobile")),
    "email": ("E-mail", QT_TRANSLATE_NOOP("ExpectedVisits", "E-mail")),
    "company": ("Company", QT_TRANSLATE_NOOP("ExpectedVisits", "Company")),
    "host": ("Host", QT_TRANSLATE_NOOP("ExpectedVisits", "Host")),
    "expected_on": ("Date", QT_TRANSLATE_NOOP("ExpectedVisits", "Date")),
    "time": ("From", QT_TRANSLATE_NOOP("ExpectedVisits", "Time")),
    "level": ("Reception level", QT_TRANSLATE_NOOP("ExpectedVisits", "Reception level")),
    "purpose": ("Purpose", QT_TRANSLATE_NOOP("ExpectedVisits", "Purpose")),
    "transport": ("Transport", QT_TRANSLATE_NOOP("ExpectedVisits", "Transport")),
    "pickup": ("Pickup time", QT_TRANSLATE_NOOP("ExpectedVisits", "Pickup")),
    "lodging": ("Lodging", QT_TRANSLATE_NOOP("ExpectedVisits", "Lodging")),
    "meals": ("Meals", QT_TRANSLATE_NOOP("ExpectedVisits", "Meals")),
    "notes": ("Notes", QT_TRANSLATE_NOOP("ExpectedVisits", "Notes")),
    "members": ("Group members", QT_TRANSLATE_NOOP("ExpectedVisits", "Others in the group")),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def level_name(level: ReceptionLevel | str) -> str:
    return _tr(LEVEL_NAMES.get(ReceptionLevel(level), str(level)))


class ExpectedDialog(FormDialog):
    """submitted(ExpectedVisit, list[str] of member names)."""

    CONTEXT = "ExpectedVisits"
    TITLE = QT_TRANSLATE_NOOP("ExpectedVisits", "New expected visit")
    OK_NAME, OK_TEXT = "Save expected visit", QT_TRANSLATE_NOOP("ExpectedVisits", "Save")
    WORDING = DESK
    ROW_OF = {"time_from": "time", "time_to": "time", "pickup_time": "pickup", "pickup_place": "pickup",
              "party_size": "members"}
    LOOSE_ROW = "name"
    submitted = Signal(object, object)

    def __init__(self, parent: QWidget | None, hosts: list[Host], day: date) -> None:
        super().__init__(parent)
        self.setObjectName("expectedDialog")
        self.name = self._row("name", QLineEdit())
        self.mobile = self._row("mobile", QLineEdit())
        self.email = self._row("email", QLineEdit())
        self.company = self._row("company", QLineEdit())
        self.host = self._row("host", host_picker(hosts))
        self.date = QDateEdit(QDate(day.year, day.month, day.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.lineEdit().setAccessibleName("Date text")
        self._row("expected_on", self.date)
        self.time_from, self.time_to = QLineEdit(), QLineEdit()
        self.time_to.setAccessibleName("To")
        for edit, example in ((self.time_from, "09:30"), (self.time_to, "11:00")):
            edit.setPlaceholderText(example)
            edit.setMaxLength(5)
        self.until = QLabel("–")
        self._row("time", self.time_from, self._pair(self.time_from, self.until, self.time_to))
        self.level = QComboBox()
        for level in ReceptionLevel:
            self.level.addItem("", str(level))
        self._row("level", self.level)
        self.purpose = self._row("purpose", QLineEdit())
        self.transport = QComboBox()
        for key in TRANSPORT_NAMES:
            self.transport.addItem("", key)
        self._row("transport", self.transport)
        self.pickup_time, self.pickup_place = QLineEdit(), QLineEdit()
        self.pickup_place.setAccessibleName("Pickup place")
        self.pickup_time.setPlaceholderText("08:00")
        self.pickup_time.setMaxLength(5)
        self._row("pickup", self.pickup_time, self._pair(self.pickup_time, None, self.pickup_place, stretch_last=True))
        self.lodging = self._row("lodging", QLineEdit())
        self.meals = self._row("meals", QLineEdit())
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(56)
        self._row("notes", self.notes)
        self.confidential = QCheckBox()
        self.confidential.setAccessibleName("Confidential")
        self.is_group = QCheckBox()
        self.is_group.setAccessibleName("Group")
        self.members = QPlainTextEdit()
        self.members.setTabChangesFocus(True)
        self.members.setFixedHeight(80)
        self.member_hint = QLabel(objectName="hint")
        self.member_hint.setWordWrap(True)
        members_box = QWidget()
        members_layout = QVBoxLayout(members_box)
        members_layout.setContentsMargins(0, 0, 0, 0)
        members_layout.addWidget(self.is_group)
        members_layout.addWidget(self.members)
        members_layout.addWidget(self.member_hint)
        members_layout.addWidget(self.confidential)
        self._row("members", self.members, members_box)
        for combo in (self.host, self.level, self.transport):
            combo.view().setAccessibleName(f"{combo.accessibleName()} choices")

        self.transport.currentIndexChanged.connect(self._update_enabled)
        self.is_group.toggled.connect(self._update_enabled)
        self._update_enabled()
        self.finish(560, 720)

    def _row(self, key: str, widget: QWidget, field: QWidget | None = None) -> QWidget:
        name, label = FIELDS[key]
        return self.row(key, name, label, widget, field)

    @staticmethod
    def _pair(first: QWidget, middle: QWidget | None, second: QWidget, stretch_last: bool = False) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(first, 0 if stretch_last else 1)
        if middle is not None:
            row.addWidget(middle)
        row.addWidget(second, 1)
        return box

    def retranslate(self) -> None:
        super().retranslate()
        for i in range(self.level.count()):
            self.level.setItemText(i, level_name(self.level.itemData(i)))
        for i in range(self.transport.count()):
            self.transport.setItemText(i, _tr(TRANSPORT_NAMES[self.transport.itemData(i)]))
        self.host.lineEdit().setPlaceholderText(QCoreApplication.translate("ExpectedVisits", "Type a name, pinyin or department"))
        self.mobile.setPlaceholderText(QCoreApplication.translate("ExpectedVisits", "optional"))
        self.email.setPlaceholderText(QCoreApplication.translate("ExpectedVisits", "optional; the invitation with its QR code is sent here"))
        self.pickup_place.setPlaceholderText(QCoreApplication.translate("ExpectedVisits", "Where, e.g. the station's north exit"))
        self.is_group.setText(QCoreApplication.translate("ExpectedVisits", "A group: I am entering the leader"))
        self.confidential.setText(QCoreApplication.translate(
            "ExpectedVisits", "Confidential (保密): only security and administrators can find this visit"))
        self.member_hint.setText(QCoreApplication.translate("ExpectedVisits", "One name per line. Everyone gets their own invitation code."))

    def _update_enabled(self) -> None:
        pickup = self.transport.currentData() == "pickup"
        self.pickup_time.setEnabled(pickup)
        self.pickup_place.setEnabled(pickup)
        self.members.setEnabled(self.is_group.isChecked())

    # --- the input ---------------------------------------------------------------------------

    def host_id(self) -> int | None:
        return chosen_host_id(self.host)

    def member_names(self) -> list[str]:
        if not self.is_group.isChecked():
            return []
        return [line.strip() for line in self.members.toPlainText().splitlines() if line.strip()]

    def value(self) -> ExpectedVisit:
        day = self.date.date()
        return ExpectedVisit(
            visitor_name=self.name.text(), host_id=self.host_id(), expected_on=date(day.year(), day.month(), day.day()),
            mobile=self.mobile.text(), company=self.company.text(), email=self.email.text(),
            time_from=self.time_from.text(), time_to=self.time_to.text(), level=self.level.currentData(),
            purpose=self.purpose.text(), transport=self.transport.currentData(),
            pickup_time=self.pickup_time.text(), pickup_place=self.pickup_place.text(),
            lodging=self.lodging.text(), meals=self.meals.text(), notes=self.notes.toPlainText(),
            confidential=self.confidential.isChecked())

    def _submit(self) -> None:
        names = self.member_names()
        if self.is_group.isChecked() and not names:
            self.show_problems({"members": "count"})
            return
        self.submitted.emit(self.value(), names)

    def row_of(self, field: str) -> str | None:
        return "members" if field.startswith("member_") else super().row_of(field)
