"""A clinic's check-in (shared.domain.clinic): the same check-in services make the visit a patient's, with a
queue ticket (A012) printed instead of a badge, when the site's profile is clinic."""
from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import Integer, cast, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from shared.domain import model as m
from shared.domain.clinic import EMERGENCIES, PatientKind, masked, ticket
from shared.domain.documents import document_to_dict
from shared.domain.errors import InvalidInput
from shared.domain.profiles import CLINIC
from shared.domain.text import clean_text
from shared.services.clinic.queue import doctor_of, places_of, waiting_patients
from shared.services.common.boundary import guard_module
from shared.services.site.settings import load_settings
from shared.store import models as db
from shared.store.feed import record
from shared.store.types import utcnow

REFERRAL_MAX, CAUSE_MAX = 60, 200
WALK_IN_KINDS = (PatientKind.FIRST_VISIT, PatientKind.INJURY, PatientKind.EMERGENCY)


def is_clinic(s: Session) -> bool:
    return load_settings(s).profile == CLINIC


def patient_problems(kind: str, slot: datetime | None, referral: str, cause: str) -> dict[str, str]:
    """Every problem by field: a first visit says how they heard of the clinic (获悉途径), a general emergency
    its cause, an appointment its time."""
    if kind not in set(PatientKind):
        return {"patient_kind": "unknown"}
    found: dict[str, str] = {}
    referral, cause = clean_text(referral or ""), clean_text(cause or "")
    if kind == PatientKind.FIRST_VISIT and not referral:
        found["referral"] = "required"
    if kind == PatientKind.EMERGENCY and not cause:
        found["cause"] = "required"
    if kind == PatientKind.APPOINTMENT and slot is None:
        found["slot"] = "required"
    if len(referral) > REFERRAL_MAX:
        found["referral"] = "too_long"
    if len(cause) > CAUSE_MAX:
        found["cause"] = "too_long"
    return found


def check_walk_in_patient(walk_in: m.WalkIn) -> None:
    """At a clinic a walk-in is a first visit or an emergency; refused before anything is saved."""
    kind = walk_in.patient_kind or PatientKind.FIRST_VISIT
    if kind not in WALK_IN_KINDS:
        raise InvalidInput({"patient_kind": "unknown"})
    problems = patient_problems(kind, None, walk_in.referral, walk_in.cause)
    if problems:
        raise InvalidInput(problems)


def appointment_slot(day: date, time_from: str) -> datetime:
    """An appointment's time: its day at its "from" time (the day's start when it has none), local."""
    try:
        at = time.fromisoformat(time_from) if time_from else time(0, 0)
    except ValueError:
        at = time(0, 0)
    return datetime.combine(day, at).astimezone()


def _next_ticket(s: Session, kind: PatientKind, day: date) -> str:
    prefix = ticket(kind, 0)[0]
    highest = s.scalar(select(func.max(cast(func.substr(db.Visit.ticket, 2), Integer))).where(
        db.Visit.visit_date == day, func.substr(db.Visit.ticket, 1, 1) == prefix))  # A012: the letter
    return ticket(kind, (highest or 0) + 1)


def chief_doctor(s: Session) -> db.Host | None:
    host_id = load_settings(s).chief_doctor_id
    host = s.get(db.Host, host_id) if host_id else None
    return host if host is not None and host.active else None


def admit(s: Session, visit: db.Visit, kind: PatientKind, slot: datetime | None = None, referral: str = "",
          cause: str = "") -> None:
    """The visit becomes a patient's, with the day's next ticket of its kind; an emergency with nobody chosen
    goes to the chief doctor, who is told at once (the visit's host is told as any host is)."""
    visit.patient_kind, visit.slot = str(kind), slot
    visit.referral, visit.cause = clean_text(referral or ""), clean_text(cause or "")
    if visit.host is None and kind in EMERGENCIES:
        visit.host = chief_doctor(s)
    for _ in range(5):  # two stations registering at once: the second takes the next number
        try:
            with s.begin_nested():
                visit.ticket = _next_ticket(s, kind, visit.visit_date)
                s.flush()
            return
        except IntegrityError:
            continue
    raise InvalidInput({"ticket": "busy"})


def ticket_data(s: Session, visit: db.Visit) -> m.QueueTicket:
    room, ahead, wait = "", 0, 0
    if visit.host is not None:
        state = s.get(db.DoctorState, visit.host_id)
        room = state.room if state else ""
        rows = waiting_patients(s, visit.host_id).get(visit.host_id, [])
        places = places_of(s, doctor_of(s, visit.host, state), rows, utcnow())
        place = next((p for p in places if p.patient.visit_id == visit.id), None)
        if place is not None:
            ahead, wait = place.position - 1, place.wait_min
    return m.QueueTicket(ticket=visit.ticket or "", patient_name=masked(visit.visitor.name),
                         doctor=visit.host.name if visit.host else "", room=room, patient_kind=visit.patient_kind,
                         issued_at=utcnow(), ahead=ahead, wait_min=wait, token=visit.badge_token,
                         site_name=load_settings(s).site_name)


def queue_ticket(s: Session, visit: db.Visit, actor: m.Actor, printer: str) -> None:
    job = db.PrintJob(visit_id=visit.id, kind="queue_ticket", station=actor.station, printer=printer,
                      payload=document_to_dict(ticket_data(s, visit)))
    s.add(job)
    s.flush()
    record(s, "print_job", job.id)


guard_module(globals())
