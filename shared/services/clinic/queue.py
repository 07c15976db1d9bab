"""Each doctor's waiting patients as the clinic's rules order them, read inside a session: the desk's view, the
ticket's "n ahead, about m minutes" and the waiting-room screen all build on this."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shared.domain.clinic import Doctor, DoctorStatus, Patient, PatientKind, QueuePlace, estimate
from shared.domain.states import WAITING, VisitAction
from shared.services.common.boundary import guard_module
from shared.services.site.settings import clinic_rules, load_settings
from shared.store import models as db


def waiting_patients(s: Session, doctor_id: int | None = None) -> dict[int, list[db.Visit]]:
    """doctor id -> their patients still waiting (any day's: a patient left waiting overnight still shows)."""
    query = select(db.Visit).where(db.Visit.patient_kind != "", db.Visit.host_id.is_not(None),
                                   db.Visit.state.in_([str(x) for x in WAITING])).order_by(db.Visit.id)
    if doctor_id is not None:
        query = query.where(db.Visit.host_id == doctor_id)
    by_doctor: dict[int, list[db.Visit]] = {}
    for v in s.scalars(query):
        by_doctor.setdefault(v.host_id, []).append(v)
    return by_doctor


CALLED_IN = (str(VisitAction.HOST_READY), str(VisitAction.HOST_ARRIVES))


def doctor_of(s: Session, host: db.Host, state: db.DoctorState | None) -> Doctor:
    """The doctor as the rules see them: their status and when they last called a patient in."""
    last_call = s.scalar(select(func.max(db.VisitEvent.at)).join(db.Visit, db.Visit.id == db.VisitEvent.visit_id)
                         .where(db.Visit.host_id == host.id, db.Visit.patient_kind != "",
                                db.VisitEvent.action.in_(CALLED_IN)))
    if state is None:
        return Doctor(host.id, host.name, last_call=last_call)
    return Doctor(host.id, host.name, DoctorStatus(state.status), state.since,
                  PatientKind(state.current_kind) if state.current_kind else None, last_call)


def doctor_states(s: Session, doctor_ids) -> dict[int, db.DoctorState]:
    return {d.host_id: d for d in s.scalars(select(db.DoctorState).where(db.DoctorState.host_id.in_(list(doctor_ids))))}


def places_of(s: Session, doctor: Doctor, rows: list[db.Visit], now: datetime) -> tuple[QueuePlace, ...]:
    patients = [Patient(v.id, v.visitor.name, PatientKind(v.patient_kind), v.checked_in_at, v.slot) for v in rows]
    return tuple(estimate(doctor, patients, clinic_rules(load_settings(s)), now))


guard_module(globals())
