"""Calling the next patient in (the desk, or the treatment room) and what a waiting-room display shows: the
calls ("A012 请到 3 号诊室", masked name) and each doctor's queue by ticket, never a full name or number."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from shared.changes import Changes, Done
from shared.domain import model as m
from shared.domain.clinic import DoctorStatus, PatientKind, masked
from shared.domain.errors import NotActionable
from shared.domain.permissions import Permission, needs
from shared.domain.states import VisitAction, VisitState
from shared.services.checkin.visit import apply, queue_notification
from shared.services.clinic.desk import clinic_queues, set_doctor_status
from shared.services.clinic.queue import CALLED_IN
from shared.services.common.boundary import guard_module
from shared.store import models as db
from shared.store.engine import Store
from shared.store.types import utcnow



@dataclass(frozen=True, slots=True)
class Call:
    ticket: str
    name: str  # masked
    doctor: str
    room: str
    at: datetime

    def text(self, language: str) -> str:
        if language.lower().startswith("en"):
            return f"{self.ticket} {self.name}, please go to {self.room or 'Dr ' + self.doctor}"
        return f"{self.ticket} {self.name} 请到 {self.room or self.doctor + '医生'}"


@needs(Permission.DESK)
def call_next(store: Store, actor: m.Actor, doctor_id: int, nurse: bool = False) -> Done[Call]:
    """The doctor's next patient goes in: their visit moves on as when a host is ready, the doctor is with them.
    nurse: registration done, the desk calls a nurse to lead the patient in; the treatment room is told
    (a notification to the doctor: 请护士带 A012 张*明 到 3号诊室)."""
    queues = {q.doctor.id: q for q in clinic_queues(store, actor)}
    queue = queues.get(doctor_id)
    if queue is None or not queue.places:
        raise NotActionable("nobody is waiting for this doctor")
    patient = queue.places[0].patient
    with store.write() as s:
        visit = s.get(db.Visit, patient.visit_id, with_for_update={"of": db.Visit})
        action = VisitAction.HOST_READY if visit.state == VisitState.HOST_NOTIFIED else VisitAction.HOST_ARRIVES
        apply(s, visit, action, actor, "nurse leads in" if nurse else "called in")
        call = Call(visit.ticket or "", masked(visit.visitor.name), visit.host.name, queue.room, utcnow())
        if nurse:
            queue_notification(s, visit, f"请护士带 {call.ticket} {call.name} 到{call.room or '诊室'} "
                                         f"Nurse, please lead {call.ticket} in")
    set_doctor_status(store, actor, doctor_id, DoctorStatus.WITH_PATIENT, kind=PatientKind(patient.kind))
    return Done(call, Changes.VISITS | Changes.HOSTS)


@dataclass(frozen=True, slots=True)
class Board:
    calls: tuple[Call, ...]  # newest first
    waiting: tuple[tuple[str, str, tuple[str, ...]], ...]  # (doctor, room, tickets in order)


def display_board(store: Store, limit: int = 5) -> Board:
    """What the waiting-room screen shows: the latest calls and the tickets still waiting per doctor."""
    system = m.Actor(station="display", operator="display", role="receptionist")
    with store.read() as s:
        rows = s.execute(select(db.VisitEvent.at, db.Visit, db.DoctorState.room)
                         .join(db.Visit, db.Visit.id == db.VisitEvent.visit_id)
                         .outerjoin(db.DoctorState, db.DoctorState.host_id == db.Visit.host_id)
                         .where(db.VisitEvent.action.in_(CALLED_IN), db.Visit.patient_kind != "",
                                db.Visit.visit_date == utcnow().astimezone().date())
                         .order_by(db.VisitEvent.at.desc(), db.VisitEvent.id.desc()).limit(limit)).all()
        calls = tuple(Call(v.ticket or "", masked(v.visitor.name), v.host.name if v.host else "", room or "", at)
                      for at, v, room in rows)
    waiting = tuple((q.doctor.name, q.room, tuple(q.tickets[p.patient.visit_id] for p in q.places))
                    for q in clinic_queues(store, system))
    return Board(calls, waiting)


guard_module(globals())
