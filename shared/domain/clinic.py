"""The clinic front desk's rules (口腔门诊接待流程): who each doctor sees next, how long each patient waits,
and the set phrases the desk says. Pure: the services feed it the day's patients and the doctors' states.

Order of a doctor's queue: injuries (外伤急诊) first, then general emergencies (一般急诊), each by arrival;
then everyone else by their slot. A patient who arrives later than the slot plus the site's grace loses
it and goes right after the patient who was next when they arrived (once that patient has gone in, the
late one is next). A first visit without an appointment
takes their arrival time as their slot."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum


class PatientKind(StrEnum):
    APPOINTMENT = "appointment"
    FIRST_VISIT = "first_visit"  # 初诊: the registration form, with how they heard of the clinic
    INJURY = "injury"  # 外伤等急诊: the chief doctor is told at once
    EMERGENCY = "emergency"  # 一般急诊: the record notes the cause


EMERGENCIES = (PatientKind.INJURY, PatientKind.EMERGENCY)


class DoctorStatus(StrEnum):
    FREE = "free"
    WITH_PATIENT = "with_patient"  # X医生还有病人未结束
    PREPARING = "preparing"  # X医生已结束，护士在帮您做准备


@dataclass(frozen=True, slots=True)
class ClinicRules:
    late_grace_min: int = 10  # a late patient keeps their slot this long
    slot_min: int = 30  # an appointment's length, for the estimates
    emergency_min: int = 20  # an emergency's
    preparing_min: int = 5  # the nurse's preparation after a patient


@dataclass(frozen=True, slots=True)
class Patient:
    visit_id: int
    name: str
    kind: PatientKind
    arrived_at: datetime
    slot: datetime | None = None  # the appointment's time; None: no appointment


@dataclass(frozen=True, slots=True)
class Doctor:
    id: int
    name: str
    status: DoctorStatus = DoctorStatus.FREE
    since: datetime | None = None  # when the status was set
    current_kind: PatientKind | None = None  # whom they are with (an emergency runs its own length)
    last_call: datetime | None = None  # when they last called a patient in


@dataclass(frozen=True, slots=True)
class QueuePlace:
    patient: Patient
    position: int  # 1: next in
    wait_min: int  # estimated minutes until the doctor takes them
    late: bool = False  # arrived after slot + grace: lost the slot
    delayed_min: int = 0  # past their slot by the estimate (an emergency or an overrun ahead)


def _is_late(p: Patient, rules: ClinicRules) -> bool:
    return p.slot is not None and p.arrived_at > p.slot + timedelta(minutes=rules.late_grace_min)


def queue_order(patients: list[Patient], rules: ClinicRules, last_call: datetime | None = None) -> list[Patient]:
    """One doctor's waiting patients in the order the doctor takes them. last_call: when the doctor last called
    a patient in; a call after a late patient arrived took in whoever was next then, so the late one is next."""
    urgent = sorted((p for p in patients if p.kind in EMERGENCIES),
                    key=lambda p: (p.kind != PatientKind.INJURY, p.arrived_at, p.visit_id))
    rest = [p for p in patients if p.kind not in EMERGENCIES]
    on_time = sorted((p for p in rest if not _is_late(p, rules)),
                     key=lambda p: (p.slot or p.arrived_at, p.visit_id))
    line: list[Patient] = []
    # Everyone on time takes their place; each late one, in arrival order, goes after whoever was next
    # (the first in line who had arrived by then); with nobody there yet, or once whoever was next has gone
    # in, they are next themselves.
    for p in on_time:
        line.append(p)
    heads = 0  # late patients now at the head, in the order they arrived
    for late in sorted((p for p in rest if _is_late(p, rules)), key=lambda p: (p.arrived_at, p.visit_id)):
        present = [i for i, q in enumerate(line) if q.arrived_at <= late.arrived_at and i >= heads]
        if present and not (last_call is not None and last_call > late.arrived_at):
            line.insert(present[0] + 1, late)
        else:
            line.insert(heads, late)
            heads += 1
    return urgent + line


def _length(kind: PatientKind | None, rules: ClinicRules) -> int:
    return rules.emergency_min if kind in EMERGENCIES else rules.slot_min


def doctor_free_in(doctor: Doctor, rules: ClinicRules, now: datetime) -> int:
    """Minutes until the doctor can take the next patient, from their status."""
    elapsed = int((now - doctor.since).total_seconds() // 60) if doctor.since else 0
    if doctor.status == DoctorStatus.WITH_PATIENT:
        return max(1, _length(doctor.current_kind, rules) - elapsed) + rules.preparing_min
    if doctor.status == DoctorStatus.PREPARING:
        return max(1, rules.preparing_min - elapsed)
    return 0


def estimate(doctor: Doctor, patients: list[Patient], rules: ClinicRules, now: datetime) -> list[QueuePlace]:
    """Each waiting patient's place and wait; an appointment whose start the estimate pushes past its slot is
    delayed by that much (the desk tells them, in the set words)."""
    wait = doctor_free_in(doctor, rules, now)
    places = []
    for position, p in enumerate(queue_order(patients, rules, doctor.last_call), start=1):
        start = now + timedelta(minutes=wait)
        delayed = max(0, int((start - p.slot).total_seconds() // 60)) if p.slot and p.kind == PatientKind.APPOINTMENT \
            else 0
        places.append(QueuePlace(p, position, wait, _is_late(p, rules), delayed))
        wait += _length(p.kind, rules) + rules.preparing_min
    return places


def masked(name: str) -> str:
    """A name as a waiting-room screen shows it: 张*明, 欧阳*娜, W*** for Latin."""
    name = name.strip()
    if not name:
        return ""
    if name.isascii():
        return name[0] + "***"
    if len(name) <= 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]


def ticket(kind: PatientKind, number: int) -> str:
    """Queue tickets: A for appointments, B for first visits, E for emergencies; A012."""
    prefix = {PatientKind.APPOINTMENT: "A", PatientKind.FIRST_VISIT: "B"}.get(kind, "E")
    return f"{prefix}{number:03d}"


def with_status(doctor: Doctor, status: DoctorStatus, now: datetime, kind: PatientKind | None = None) -> Doctor:
    return replace(doctor, status=status, since=now, current_kind=kind if status == DoctorStatus.WITH_PATIENT
                   else None)
