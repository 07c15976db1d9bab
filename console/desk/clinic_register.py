"""A patient registered at the clinic's desk: an appointment at its time, a first visit with how they heard
of the clinic (the desk reminds them in the set words when it is missing), or an emergency with its cause.
Their queue ticket prints at this desk."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, QTime, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QTimeEdit, QWidget

from shared.domain.clinic import PatientKind
from shared.domain.clinic_phrases import phrase
from shared.domain.errors import DomainError, InvalidInput
from shared.domain.model import WalkIn
from shared.qt.problems import DESK, error_text
from shared.services.clinic.desk import Registration, register_patient

from console.common.host_picker import chosen_host_id, host_label, host_picker

CTX = "ClinicDesk"
KINDS = (PatientKind.APPOINTMENT, PatientKind.FIRST_VISIT, PatientKind.INJURY, PatientKind.EMERGENCY)
REFERRALS = ("亲友介绍", "网络搜索", "社交媒体", "路过看到", "广告")


translate = QCoreApplication.translate



def kind_text(kind: str) -> str:
    return {"appointment": translate("ClinicDesk", "Appointment"), "first_visit": translate("ClinicDesk", "First visit"), "injury": translate("ClinicDesk", "Injury"),
            "emergency": translate("ClinicDesk", "Emergency")}.get(kind, kind)


def desk_language() -> str:
    return QLocale().name()


class RegisterPatient(QGroupBox):
    registered = Signal(str)  # what to say in the status bar

    def __init__(self, store, actor: Callable, printer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="registerPatient")
        self.store, self.actor, self.printer = store, actor, printer
        self.kind = QComboBox(accessibleName="Patient kind")
        self.name = QLineEdit(accessibleName="Patient name")
        self.mobile = QLineEdit(accessibleName="Patient mobile")
        self.doctor = host_picker([])
        self.doctor.setAccessibleName("Doctor")
        self.slot = QTimeEdit(QTime.currentTime(), accessibleName="Appointment time", displayFormat="HH:mm")
        self.referral = QComboBox(accessibleName="Heard of us", editable=True)
        self.referral.addItems(["", *REFERRALS])
        self.cause = QLineEdit(accessibleName="Emergency cause")
        # The set words a patient is greeted with (接待标准用语), before anything is asked.
        self.greeting = QLabel(objectName="phrases", accessibleName="Greeting", wordWrap=True)
        self.problem = QLabel(objectName="formProblem", accessibleName="Registration problem", wordWrap=True)
        self.register = QPushButton(accessibleName="Register patient")
        self.form = QFormLayout(self)
        self.form.addRow(self.greeting)
        self.labels = {key: QLabel() for key in ("kind", "name", "mobile", "doctor", "slot", "referral", "cause")}
        for key, widget in (("kind", self.kind), ("name", self.name), ("mobile", self.mobile),
                            ("doctor", self.doctor), ("slot", self.slot), ("referral", self.referral),
                            ("cause", self.cause)):
            self.form.addRow(self.labels[key], widget)
        self.form.addRow(self.problem)
        self.form.addRow(self.register)
        self.kind.currentIndexChanged.connect(self._show_fields)
        self.register.clicked.connect(self.submit)
        self.retranslate()

    def set_doctors(self, hosts) -> None:
        chosen = chosen_host_id(self.doctor)
        self.doctor.clear()
        self.doctor.addItem("", None)
        for host in hosts:
            self.doctor.addItem(host_label(host), host.id)
        if chosen is not None and (index := self.doctor.findData(chosen)) >= 0:
            self.doctor.setCurrentIndex(index)

    def chosen_kind(self) -> PatientKind:
        return KINDS[max(0, self.kind.currentIndex())]

    def _show_fields(self) -> None:
        kind = self.chosen_kind()
        for key, on in (("slot", kind == PatientKind.APPOINTMENT), ("referral", kind == PatientKind.FIRST_VISIT),
                        ("cause", kind in (PatientKind.INJURY, PatientKind.EMERGENCY))):
            self.form.setRowVisible(self.labels[key], on)

    def registration(self) -> Registration:
        kind = self.chosen_kind()
        doctor = chosen_host_id(self.doctor)
        urgent = kind in (PatientKind.INJURY, PatientKind.EMERGENCY)
        slot = None
        if kind == PatientKind.APPOINTMENT:
            t = self.slot.time()
            slot = datetime.now().astimezone().replace(hour=t.hour(), minute=t.minute(), second=0, microsecond=0)
        walk_in = WalkIn(self.name.text(), self.mobile.text(), "", doctor,
                         host_unknown=doctor is None and urgent)
        return Registration(walk_in, kind, slot, self.referral.currentText(), self.cause.text())

    def submit(self) -> None:
        try:
            visit = register_patient(self.store, self.actor(), self.registration(), printer=self.printer).value
        except InvalidInput as err:
            # The set words for the missing referral source: the desk says them to the patient.
            reminder = phrase("referral_reminder", desk_language()) if "referral" in err.problems else ""
            self.problem.setText(" ".join(x for x in (error_text(err, DESK), reminder) if x))
            return
        except DomainError as err:
            self.problem.setText(error_text(err, DESK))
            return
        self.problem.setText("")
        for field in (self.name, self.mobile, self.cause):
            field.clear()
        self.referral.setCurrentIndex(0)
        self.registered.emit(translate("ClinicDesk", "%1 registered: ticket printing.").replace("%1", visit.visitor_name))

    def retranslate(self) -> None:
        self.setTitle(translate("ClinicDesk", "Register a patient"))
        current = self.kind.currentIndex()
        self.kind.clear()
        self.kind.addItems([kind_text(k) for k in KINDS])
        self.kind.setCurrentIndex(max(0, current))
        for key, text in (("kind", translate("ClinicDesk", "Kind")), ("name", translate("ClinicDesk", "Name")), ("mobile", translate("ClinicDesk", "Mobile")),
                          ("doctor", translate("ClinicDesk", "Doctor")), ("slot", translate("ClinicDesk", "Appointment time")),
                          ("referral", translate("ClinicDesk", "Heard of us")), ("cause", translate("ClinicDesk", "Cause"))):
            self.labels[key].setText(text)
        self.register.setText(translate("ClinicDesk", "Register and print ticket"))
        self.greeting.setText(f"“{phrase('greeting', desk_language())}”")
        self._show_fields()
