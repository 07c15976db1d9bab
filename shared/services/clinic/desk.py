"""Registering a clinic's patients (an appointment, a first visit with how they heard of the clinic, an
emergency with its cause), the doctors' states, and the day's queue per doctor as the desk sees it."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from shared.changes import Changes, Done
from shared.domain import model as m
from shared.domain.clinic import EMERGENCIES, Doctor, DoctorStatus, PatientKind, QueuePlace
from shared.domain.clinic_phrases import phrase
from shared.domain.errors import InvalidInput
from shared.domain.permissions import Permission, needs
from shared.domain.states import ON_SITE, WAITING
from shared.domain.text import clean_text
from shared.domain.validation import validate_walk_in
from shared.services.checkin.patient import admit, patient_problems
from shared.services.checkin.visit import arrive, check_consent, find_host, new_visit
from shared.services.desk.flow import check_out
from shared.services.clinic.queue import doctor_of, doctor_states, places_of, waiting_patients
from shared.services.common import mapping
from shared.services.common.boundary import guard_module
from shared.store import models as db
from shared.store.engine import Store
from shared.store.feed import record
from shared.store.types import utcnow


@dataclass(frozen=True, slots=True)
class Registration:
    walk_in: m.WalkIn  # name, mobile, the doctor as host_id (none for an emergency: the chief doctor)
    kind: PatientKind
    slot: datetime | None = None  # an appointment's time
    referral: str = ""  # 获悉途径: required for a first visit (the desk reminds the patient)
    cause: str = ""  # an emergency's cause: required for a general emergency


@needs(Permission.DESK)
def register_patient(store: Store, actor: m.Actor, r: Registration, consent: m.Consent | None = None,
                     printer: str = "") -> Done[m.Visit]:
    """The desk checks a patient in with their doctor, who is told; their queue ticket prints; an emergency goes
    to the head of the queue. InvalidInput names every problem (a first visit without its referral source:
    {"referral": "required"})."""
    clean = validate_walk_in(r.walk_in)
    check_consent(clean, consent)
    problems = patient_problems(r.kind, r.slot, r.referral, r.cause)
    if problems:
        raise InvalidInput(problems)
    with store.write() as s:
        doctor = find_host(s, clean)
        visitor = db.Visitor(name=clean.name, mobile=clean.mobile, company=clean.company)
        visit = new_visit(s, visitor, doctor, actor, clean, consent)
        admit(s, visit, r.kind, slot=r.slot, referral=r.referral, cause=r.cause)
        arrive(s, visit, actor, printer)
        return Done(mapping.visit(visit), Changes.VISITS | Changes.NOTIFICATIONS | Changes.PRINT_JOBS)


@needs(Permission.DESK)
def set_doctor_status(store: Store, actor: m.Actor, doctor_id: int, status: DoctorStatus, room: str | None = None,
                      kind: PatientKind | None = None) -> Done[DoctorStatus]:
    """Free, with a patient (of this kind: an emergency runs its own length) or preparing; from the desk or the
    treatment room."""
    if status not in set(DoctorStatus):
        raise InvalidInput({"status": "unknown"})
    with store.write() as s:
        if s.get(db.Host, doctor_id) is None:
            raise InvalidInput({"doctor": "unknown"})
        row = s.get(db.DoctorState, doctor_id, with_for_update=True) or db.DoctorState(host_id=doctor_id)
        row.status, row.since = str(status), utcnow()
        row.current_kind = str(kind) if status == DoctorStatus.WITH_PATIENT and kind else ""
        if room is not None:
            row.room = clean_text(room)[:20]
        s.add(row)
        record(s, "host", doctor_id)
    return Done(status, Changes.HOSTS)


@dataclass(frozen=True, slots=True)
class DoctorQueue:
    doctor: Doctor
    room: str
    places: tuple[QueuePlace, ...]
    tickets: dict[int, str]  # visit id -> ticket
    phrases: tuple[str, ...]  # what the desk says now, names and minutes filled in


def _phrases(doctor: Doctor, places: tuple[QueuePlace, ...], language: str) -> tuple[str, ...]:
    said = []
    busy_with_emergency = doctor.status == DoctorStatus.WITH_PATIENT and doctor.current_kind in EMERGENCIES
    emergency_ahead = any(p.patient.kind in EMERGENCIES for p in places)
    for place in places:
        p = place.patient
        if p.kind == PatientKind.EMERGENCY and place.wait_min > 0:  # not seen soon: told the wait
            said.append(phrase("emergency_wait", language, patient=p.name, minutes=place.wait_min))
        elif p.kind in EMERGENCIES:
            said.append(phrase("injury", language))
        elif place.delayed_min and (busy_with_emergency or emergency_ahead):
            said.append(phrase("delayed_by_emergency", language, patient=p.name, minutes=place.wait_min))
        elif place.delayed_min:
            said.append(phrase("overdue", language, patient=p.name, minutes=place.wait_min))
        elif place.position == 1 and doctor.status == DoctorStatus.WITH_PATIENT:
            said.append(phrase("doctor_busy", language, doctor=doctor.name))
        elif place.position == 1 and doctor.status == DoctorStatus.PREPARING:
            said.append(phrase("doctor_preparing", language, doctor=doctor.name))
    return tuple(said)


@needs(Permission.DESK)
def clinic_queues(store: Store, actor: m.Actor, language: str = "zh_CN", now: datetime | None = None,
                  idle: bool = False) -> list[DoctorQueue]:
    """Every doctor with patients waiting: their queue in the order they are seen, each wait and delay.
    idle: also the doctors the desk has set a status for, with nobody waiting (the desk's view shows them)."""
    now = now or utcnow()
    with store.read() as s:
        by_doctor = waiting_patients(s)
        states = doctor_states(s, by_doctor) if not idle else {
            d.host_id: d for d in s.scalars(select(db.DoctorState))}
        for doctor_id in states if idle else ():
            by_doctor.setdefault(doctor_id, [])
        out = []
        for doctor_id, rows in sorted(by_doctor.items()):
            state = states.get(doctor_id)
            host = rows[0].host if rows else s.get(db.Host, doctor_id)
            doctor = doctor_of(s, host, state)
            places = places_of(s, doctor, rows, now)
            out.append(DoctorQueue(doctor, state.room if state else "", places,
                                   {v.id: v.ticket or "" for v in rows}, _phrases(doctor, places, language)))
        return out


@dataclass(frozen=True, slots=True)
class InTreatment:
    visit_id: int
    ticket: str
    patient: str
    doctor: str
    kind: PatientKind


@needs(Permission.DESK)
def in_treatment(store: Store, actor: m.Actor) -> list[InTreatment]:
    """Patients called in and not yet gone: the desk sees them off (and offers a first visit a parking card)."""
    with store.read() as s:
        rows = s.scalars(select(db.Visit).where(db.Visit.patient_kind != "", db.Visit.state.in_(
            [str(x) for x in ON_SITE - WAITING])).order_by(db.Visit.id).limit(200)).all()
        return [InTreatment(v.id, v.ticket or "", v.visitor.name, v.host.name if v.host else "",
                            PatientKind(v.patient_kind)) for v in rows]


@needs(Permission.DESK)
def patient_leaves(store: Store, actor: m.Actor, visit_id: int, language: str = "zh_CN") -> Done[tuple[str, ...]]:
    """The patient pays and goes: checked out, and what the desk says (the parking card, then goodbye)."""
    said = leaving_phrases(store, actor, visit_id, language)
    check_out(store, actor, visit_id)
    return Done(said, Changes.VISITS)


@needs(Permission.DESK)
def leaving_phrases(store: Store, actor: m.Actor, visit_id: int, language: str = "zh_CN") -> tuple[str, ...]:
    """What the desk says as a patient pays and leaves: a first visit is offered a parking card; everyone is
    seen off standing (再见)."""
    with store.read() as s:
        visit = s.get(db.Visit, visit_id)
        if visit is None:
            raise InvalidInput({"visit": "unknown"})
        first = visit.patient_kind == PatientKind.FIRST_VISIT
    return ((phrase("parking", language),) if first else ()) + (phrase("goodbye", language),)


guard_module(globals())
