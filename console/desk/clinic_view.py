"""The clinic's front desk (口腔门诊接待): each doctor's queue in the order they see patients, with the
estimated wait, the delays and the set phrases to say; the doctor's status; calling the next patient in or a
nurse to lead them; and seeing patients off (a first visit is offered a parking card)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QApplication, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from shared.changes import Change, Changes
from shared.domain.clinic import EMERGENCIES, DoctorStatus
from shared.domain.errors import DomainError
from shared.qt.problems import DESK, error_text
from shared.services.clinic.calls import call_next
from shared.services.clinic.desk import (DoctorQueue, clinic_queues, in_treatment, patient_leaves,
                                         set_doctor_status)
from shared.services.directory.hosts import host_directory
from shared.store.engine import Store

from console.common.panel import ActorFn, DeskView
from console.desk.clinic_register import CTX, RegisterPatient, desk_language, kind_text

STATUS = {DoctorStatus.FREE: QT_TRANSLATE_NOOP("ClinicDesk", "Free"),
          DoctorStatus.WITH_PATIENT: QT_TRANSLATE_NOOP("ClinicDesk", "With a patient"),
          DoctorStatus.PREPARING: QT_TRANSLATE_NOOP("ClinicDesk", "Preparing")}
COLUMNS = (QT_TRANSLATE_NOOP("ClinicDesk", "Ticket"), QT_TRANSLATE_NOOP("ClinicDesk", "Patient"),
           QT_TRANSLATE_NOOP("ClinicDesk", "Kind"), QT_TRANSLATE_NOOP("ClinicDesk", "Appointment"),
           QT_TRANSLATE_NOOP("ClinicDesk", "Wait"), QT_TRANSLATE_NOOP("ClinicDesk", "Note"))


translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return translate(CTX, text)


class DoctorCard(QGroupBox):
    """One doctor: status, the two ways to call the next patient, the queue and what to say."""

    def __init__(self, view: ClinicView, queue: DoctorQueue) -> None:
        super().__init__(objectName="doctorCard")
        self.queue = queue
        d = queue.doctor
        self.setAccessibleName(f"Doctor {d.name}")
        self.setTitle(" · ".join(x for x in (d.name, queue.room, _tr(STATUS[d.status])) if x))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        for status in DoctorStatus:
            button = QPushButton(_tr(STATUS[status]), accessibleName=f"{d.name}: {status}", checkable=True)
            button.setChecked(status == d.status)
            button.clicked.connect(lambda _=False, s=status: view.set_status(d.id, s))
            row.addWidget(button)
        row.addStretch(1)
        self.call = QPushButton(translate("ClinicDesk", "Call next in"), accessibleName=f"{d.name}: call next")
        self.nurse = QPushButton(translate("ClinicDesk", "Call nurse to lead in"), accessibleName=f"{d.name}: call nurse")
        for button, nurse in ((self.call, False), (self.nurse, True)):
            button.setEnabled(bool(queue.places))
            button.clicked.connect(lambda _=False, n=nurse: view.call(d.id, n))
            row.addWidget(button)
        layout.addLayout(row)
        self.table = QTableWidget(len(queue.places), len(COLUMNS), accessibleName=f"{d.name}: queue")
        self.table.setHorizontalHeaderLabels([_tr(c) for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, place in enumerate(queue.places):
            p = place.patient
            note = []
            if place.late:
                note.append(translate("ClinicDesk", "late: lost the slot"))
            if place.delayed_min:
                note.append(translate("ClinicDesk", "delayed %1 min").replace("%1", str(place.delayed_min)))
            cells = (queue.tickets.get(p.visit_id, ""), p.name, kind_text(p.kind),
                     p.slot.astimezone().strftime("%H:%M") if p.slot else "",
                     translate("ClinicDesk", "%1 min").replace("%1", str(place.wait_min)), ", ".join(note))
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # As tall as its rows: the doctors' cards stack and the section scrolls, never the little tables.
        self.table.setSizeAdjustPolicy(QTableWidget.SizeAdjustPolicy.AdjustToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.table)
        self.phrases = QLabel("\n".join(f"“{p}”" for p in queue.phrases), objectName="phrases", wordWrap=True,
                              accessibleName=f"{d.name}: what to say")
        self.phrases.setVisible(bool(queue.phrases))
        layout.addWidget(self.phrases)


class ClinicView(DeskView):
    def __init__(self, store: Store, actor: ActorFn, printer: str = "", parent: QWidget | None = None) -> None:
        super().__init__(store, actor, parent)
        self.setAccessibleName("Clinic desk")
        self.register = RegisterPatient(store, actor, printer)
        self.register.registered.connect(self._registered)
        self.doctors = QWidget()
        self.doctor_list = QVBoxLayout(self.doctors)
        self.doctor_list.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(objectName="emptyNote", wordWrap=True)
        self.leaving = QWidget()
        leaving = QVBoxLayout(self.leaving)
        leaving.setContentsMargins(0, 8, 0, 0)
        self.leaving_title = QLabel()
        self.leaving_title.setStyleSheet("font-weight: 600;")
        leaving.addWidget(self.leaving_title)
        self.leaving_list = QGridLayout()
        leaving.addLayout(self.leaving_list)
        self.seeing_off = QLabel(objectName="phrases", wordWrap=True, accessibleName="Seeing off: what to say")
        self.cards: list[DoctorCard] = []
        self._emergencies: set[int] | None = None  # known at the last look; None: not looked yet
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(self.register)
        left.addWidget(self.leaving)
        left.addWidget(self.seeing_off)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.empty)
        right.addWidget(self.doctors)
        right.addStretch(1)
        layout.addLayout(left, 2)
        layout.addLayout(right, 5)
        self.retranslate()

    def refresh(self, flags: Changes, changes: list[Change]) -> None:
        if Changes(flags) & (Changes.VISITS | Changes.HOSTS) and self.signed_in():
            self._alert_new_emergencies(clinic_queues(self.store, self.actor(), desk_language()))
            self.reload_when_shown(self.reload)

    def _alert_new_emergencies(self, queues: list[DoctorQueue]) -> None:
        """An emergency registered anywhere (the kiosk, another desk) alerts this desk at once, on any tab."""
        waiting = {p.patient.visit_id: (q, p) for q in queues for p in q.places if p.patient.kind in EMERGENCIES}
        new = [waiting[v] for v in sorted(set(waiting) - self._emergencies)] if self._emergencies is not None else []
        self._emergencies = set(waiting)
        for queue, place in new:
            self.say(translate("ClinicDesk", "Emergency: %1 %2 for Dr %3. See the clinic desk.")
                     .replace("%1", queue.tickets.get(place.patient.visit_id, "")).replace("%2", place.patient.name)
                     .replace("%3", queue.doctor.name), "error")
        if new:
            QApplication.alert(self.window())

    def reload(self) -> None:
        actor = self.actor()
        self.register.set_doctors(h for h in host_directory(self.store, actor, include_inactive=False))
        queues = clinic_queues(self.store, actor, desk_language(), idle=True)
        self._alert_new_emergencies(queues)
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = [DoctorCard(self, q) for q in queues]
        for card in self.cards:
            self.doctor_list.addWidget(card)
            card.show()  # now, not when the layout gets round to it: the desk taps at once
        self.empty.setVisible(not self.cards)
        self._fill_leaving(actor)

    def _registered(self, text: str) -> None:
        self.say(text, "done")
        self.reload()

    def _fill_leaving(self, actor) -> None:
        while self.leaving_list.count():
            item = self.leaving_list.takeAt(0)
            if (widget := item.widget()) is not None:
                widget.setParent(None)
                widget.deleteLater()
        patients = in_treatment(self.store, actor)
        for r, p in enumerate(patients):
            who = QLabel(f"{p.ticket} {p.patient} · {p.doctor} · {kind_text(p.kind)}")
            button = QPushButton(translate("ClinicDesk", "Leaves"), accessibleName=f"{p.ticket}: leaves")
            button.clicked.connect(lambda _=False, v=p.visit_id: self.see_off(v))
            for column, widget in enumerate((who, button)):
                self.leaving_list.addWidget(widget, r, column)
                widget.show()  # now: the desk taps at once
        self.leaving.setVisible(bool(patients))

    def _act(self, act) -> object | None:
        try:
            return act()
        except DomainError as err:
            self.say(error_text(err, DESK), "error")
            return None

    def set_status(self, doctor_id: int, status: DoctorStatus) -> None:
        self._act(lambda: set_doctor_status(self.store, self.actor(), doctor_id, status))
        self.reload()

    def call(self, doctor_id: int, nurse: bool) -> None:
        done = self._act(lambda: call_next(self.store, self.actor(), doctor_id, nurse=nurse))
        if done is not None:
            self.say(translate("ClinicDesk", "Called: %1").replace("%1", done.value.text(desk_language())), "done")
        self.reload()

    def see_off(self, visit_id: int) -> None:
        """The parking card for a first visit, then goodbye: shown for the desk to say as the patient goes."""
        done = self._act(lambda: patient_leaves(self.store, self.actor(), visit_id, desk_language()))
        if done is not None:
            self.seeing_off.setText("\n".join(f"“{p}”" for p in done.value))
        self.reload()

    def retranslate(self) -> None:
        self.register.retranslate()
        self.leaving_title.setText(translate("ClinicDesk", "With the doctor: see them off"))
        self.empty.setText(translate("ClinicDesk", "No patient is waiting. Set a doctor's status, or register a patient."))
        if self.signed_in():
            self.reload()
