"""The reception request (接待申请): who is coming, whom they meet, how they travel, what they need, and the
level the requester proposes. New, or a returned request edited and sent again. submitted(PlanRequest)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QSpinBox, QWidget

from shared.domain.model import ReceptionLevel
from shared.services.directory.hosts import HostRecord
from shared.services.plans import PlanRequest

from console.admin.levels_view import level_name
from console.common.host_picker import chosen_host_id, host_picker
from console.plans.dialogs import PlanDialog, aware, date_time_edit, qt_datetime, text_box
from console.plans.texts import TRANSPORT_NAMES, transport_name


def date_edit(name: str, d: date) -> QDateEdit:
    edit = QDateEdit(QDate(d.year, d.month, d.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setAccessibleName(name)
    return edit


CHECK_TEXTS = (("pickup", QT_TRANSLATE_NOOP("PlanRequestDialog", "We pick the guest up")),
               ("showroom_tour", QT_TRANSLATE_NOOP("PlanRequestDialog", "Tour of the showroom")),
               ("leader_meeting", QT_TRANSLATE_NOOP("PlanRequestDialog", "Meeting with company leaders")))


class PlanRequestDialog(PlanDialog):
    CONTEXT = "PlanRequestDialog"
    TITLE = QT_TRANSLATE_NOOP("PlanRequestDialog", "Reception request")
    OK_NAME, OK_TEXT = "Submit request", QT_TRANSLATE_NOOP("PlanRequestDialog", "Submit")
    ROW_OF = {"host_id": "host", "arrival_place": "arrival", "arrival_at": "arrival", "proposed_level": "level",
              "appointment_id": "notes", "leave_on": "arrive_on", "transport_no": "transport"}

    def __init__(self, parent: QWidget | None, hosts: list[HostRecord], today: date,
                 request: PlanRequest | None = None) -> None:
        super().__init__(parent)
        self._request = request  # an edit keeps what the form does not show (the appointment)
        self.section(QT_TRANSLATE_NOOP("PlanRequestDialog", "Guest"))
        self.guest_name = self._line("guest_name", "Guest name", QT_TRANSLATE_NOOP("PlanRequestDialog", "Name"))
        self.company = self._line("company", "Guest company", QT_TRANSLATE_NOOP("PlanRequestDialog", "Company"))
        self.guest_region = self._line("guest_region", "Guest region", QT_TRANSLATE_NOOP("PlanRequestDialog", "Region"))
        self.guest_phone = self._line("guest_phone", "Guest phone", QT_TRANSLATE_NOOP("PlanRequestDialog", "Phone"))
        self.party_size = QSpinBox(minimum=1, maximum=200, value=1)
        self.row("party_size", "Party size", QT_TRANSLATE_NOOP("PlanRequestDialog", "Party size"), self.party_size)

        self.section(QT_TRANSLATE_NOOP("PlanRequestDialog", "The visit"))
        self.purpose = self._line("purpose", "Purpose", QT_TRANSLATE_NOOP("PlanRequestDialog", "Purpose"))
        self.meet_whom = self._line("meet_whom", "Must meet", QT_TRANSLATE_NOOP("PlanRequestDialog", "Must meet"))
        self.host = self.row("host", "Host", QT_TRANSLATE_NOOP("PlanRequestDialog", "Host"), host_picker(hosts))
        self.arrive_on = date_edit("Arrival date", today)
        self.leave_on = date_edit("Departure date", today)
        days = QWidget()
        line = QHBoxLayout(days)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.arrive_on, 1)
        line.addWidget(self.leave_on, 1)
        self.row("arrive_on", "Arrival date", QT_TRANSLATE_NOOP("PlanRequestDialog", "Arrive / leave"), self.arrive_on, days)
        self.inputs["leave_on"] = self.leave_on  # its problems go under the same line
        self.level = QComboBox()
        for level in ReceptionLevel:
            self.level.addItem("", str(level))
        self.row("level", "Proposed level", QT_TRANSLATE_NOOP("PlanRequestDialog", "Proposed level"), self.level)

        self.section(QT_TRANSLATE_NOOP("PlanRequestDialog", "Travel"))
        self.transport = QComboBox()
        for key in TRANSPORT_NAMES:
            self.transport.addItem("", key)
        self.transport_no = QLineEdit()
        self.transport_no.setAccessibleName("Flight or train number")
        travel = QWidget()
        line = QHBoxLayout(travel)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.transport)
        line.addWidget(self.transport_no, 1)
        self.row("transport", "Transport", QT_TRANSLATE_NOOP("PlanRequestDialog", "Transport"), self.transport, travel)
        self.inputs["transport_no"] = self.transport_no
        self.arrival_known = QCheckBox()
        self.arrival_known.setAccessibleName("Arrival time known")
        self.arrival_at = date_time_edit("Arrival time", datetime.combine(today, time(9, 0)).astimezone())
        self.arrival_place = QLineEdit()
        self.arrival_place.setAccessibleName("Arrival place")
        arrival = QWidget()
        line = QHBoxLayout(arrival)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.arrival_known)
        line.addWidget(self.arrival_at)
        line.addWidget(self.arrival_place, 1)
        self.row("arrival", "Arrival time", QT_TRANSLATE_NOOP("PlanRequestDialog", "Arrives at"), self.arrival_at, arrival)
        self.pickup = self._check("pickup", "Pickup needed", QT_TRANSLATE_NOOP("PlanRequestDialog", "Pickup"))

        self.section(QT_TRANSLATE_NOOP("PlanRequestDialog", "Stay"))
        self.lodging = self._line("lodging", "Lodging needs", QT_TRANSLATE_NOOP("PlanRequestDialog", "Lodging"))
        self.meals = self._line("meals", "Meal needs", QT_TRANSLATE_NOOP("PlanRequestDialog", "Meals"))
        self.showroom_tour = self._check("showroom_tour", "Showroom tour", QT_TRANSLATE_NOOP("PlanRequestDialog", "Showroom"))
        self.leader_meeting = self._check("leader_meeting", "Meeting with leaders", QT_TRANSLATE_NOOP("PlanRequestDialog", "Leaders"))
        self.notes = self.row("notes", "Notes", QT_TRANSLATE_NOOP("PlanRequestDialog", "Notes"), text_box("Notes"))

        self.arrival_known.toggled.connect(self.arrival_at.setEnabled)
        self.arrive_on.dateChanged.connect(self._follow_arrival_day)
        if request is not None:
            self._fill(request)
        self.arrival_at.setEnabled(self.arrival_known.isChecked())
        self.finish(600, 700)

    def _line(self, key: str, name: str, label: str) -> QLineEdit:
        return self.row(key, name, label, QLineEdit())

    def _check(self, key: str, name: str, label: str) -> QCheckBox:
        return self.row(key, name, label, QCheckBox())

    def _follow_arrival_day(self, day: QDate) -> None:
        """An arrival time not set yet follows the arrival day; leaving cannot be before it."""
        if not self.arrival_known.isChecked():
            self.arrival_at.setDate(day)
        if self.leave_on.date() < day:
            self.leave_on.setDate(day)

    def _fill(self, r: PlanRequest) -> None:
        for key in ("guest_name", "company", "guest_region", "guest_phone", "purpose", "meet_whom", "lodging",
                    "meals"):
            getattr(self, key).setText(getattr(r, key))
        self.party_size.setValue(r.party_size)
        if r.host_id is not None and (index := self.host.findData(r.host_id)) > 0:
            self.host.setCurrentIndex(index)
        self.arrive_on.setDate(QDate(r.arrive_on.year, r.arrive_on.month, r.arrive_on.day))
        self.leave_on.setDate(QDate(r.leave_on.year, r.leave_on.month, r.leave_on.day))
        self.level.setCurrentIndex(max(0, self.level.findData(r.proposed_level)))
        self.transport.setCurrentIndex(max(0, self.transport.findData(r.transport)))
        self.transport_no.setText(r.transport_no)
        self.arrival_known.setChecked(r.arrival_at is not None)
        if r.arrival_at is not None:
            self.arrival_at.setDateTime(qt_datetime(r.arrival_at))
        self.arrival_place.setText(r.arrival_place)
        self.pickup.setChecked(r.pickup)
        self.showroom_tour.setChecked(r.showroom_tour)
        self.leader_meeting.setChecked(r.leader_meeting)
        self.notes.setPlainText(r.notes)

    def retranslate(self) -> None:
        super().retranslate()
        if self._request is not None:
            self.setWindowTitle(self.tr("Edit and resubmit the request"))
        for i in range(self.level.count()):
            self.level.setItemText(i, level_name(self.level.itemData(i)))
        for i in range(self.transport.count()):
            self.transport.setItemText(i, transport_name(self.transport.itemData(i)))
        self.host.lineEdit().setPlaceholderText(self.tr("Type a name, pinyin or department"))
        self.transport_no.setPlaceholderText(self.tr("Flight or train no."))
        self.arrival_place.setPlaceholderText(self.tr("Where, e.g. Terminal 2"))
        self.arrival_known.setText(self.tr("known"))
        self.guest_phone.setPlaceholderText(self.tr("optional"))
        for box, text in CHECK_TEXTS:
            getattr(self, box).setText(self._t(text))

    def host_id(self) -> int | None:
        return chosen_host_id(self.host)

    def value(self) -> PlanRequest:
        a, b = self.arrive_on.date(), self.leave_on.date()
        made = PlanRequest(
            guest_name=self.guest_name.text(), arrive_on=a.toPython(), leave_on=b.toPython(),
            guest_region=self.guest_region.text(), guest_phone=self.guest_phone.text(), company=self.company.text(),
            party_size=self.party_size.value(), purpose=self.purpose.text(), meet_whom=self.meet_whom.text(),
            host_id=self.host_id(), transport=self.transport.currentData(), transport_no=self.transport_no.text(),
            arrival_at=aware(self.arrival_at.dateTime()) if self.arrival_known.isChecked() else None,
            arrival_place=self.arrival_place.text(), pickup=self.pickup.isChecked(), lodging=self.lodging.text(),
            meals=self.meals.text(), showroom_tour=self.showroom_tour.isChecked(),
            leader_meeting=self.leader_meeting.isChecked(), notes=self.notes.toPlainText(),
            proposed_level=self.level.currentData())
        if self._request is not None:
            made = replace(made, appointment_id=self._request.appointment_id)
        return made

