"""What a person does with print jobs at the desk: see the ones that need attention, retry,
send to another printer, decide a job in doubt, reprint a badge. Each records who did it."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from shared.changes import Changes, Done
from shared.domain import model as m
from shared.domain.permissions import Permission, needs
from shared.domain.documents import document_to_dict
from shared.domain.evacuation import printable_from_dict
from shared.domain.errors import NotActionable
from shared.domain.states import ON_SITE, VisitState
from shared.store import models as db
from shared.services.common.loading import load
from shared.store.engine import Store
from shared.store.feed import record
from shared.store.types import utcnow
from shared.services.common.boundary import guard_module

ATTENTION = ("failed", "in_doubt")


@dataclass(frozen=True, slots=True)
class JobView:
    id: int
    visit_id: int | None
    kind: str
    station: str
    printer: str
    state: str
    attempts: int
    last_error: str
    title: str  # what the receptionist recognises: the visitor's name and visit number
    updated_at: datetime | None


@dataclass(frozen=True, slots=True)
class PrinterView:
    station: str
    printer: str
    online: bool | None
    paper: str
    detail: str

    @property
    def warning(self) -> bool:
        return self.online is not True or self.paper != "ok"


def job_view(row: db.PrintJob) -> JobView:
    payload = row.payload or {}
    if row.kind == "evacuation_list":  # no one person: say what it is and how many it lists
        return JobView(row.id, row.visit_id, row.kind, row.station, row.printer, row.state, row.attempts,
                       row.last_error, f"疏散名单 Evacuation list · {len(payload.get('people', ()))}",
                       row.updated_at)
    title = " · ".join(x for x in (payload.get("visitor_name", ""), payload.get("visit_no", "")
                                   or payload.get("pass_no", "")) if x)
    return JobView(row.id, row.visit_id, row.kind, row.station, row.printer, row.state, row.attempts,
                   row.last_error, title, row.updated_at)


@needs(Permission.DESK)
def jobs_needing_attention(store: Store, actor: m.Actor) -> list[JobView]:
    with store.read() as s:
        rows = s.scalars(select(db.PrintJob).where(db.PrintJob.state.in_(ATTENTION))
                         .order_by(db.PrintJob.id)).all()
        return [job_view(r) for r in rows]


def jobs_for_visit(store: Store, visit_id: int) -> list[JobView]:
    with store.read() as s:
        rows = s.scalars(select(db.PrintJob).where(db.PrintJob.visit_id == visit_id)
                         .order_by(db.PrintJob.id)).all()
        return [job_view(r) for r in rows]


def printer_states(store: Store) -> list[PrinterView]:
    with store.read() as s:
        rows = s.scalars(select(db.PrinterState).order_by(db.PrinterState.station, db.PrinterState.printer))
        return [PrinterView(r.station, r.printer, r.online, r.paper, r.detail) for r in rows]


def _job(s: Session, job_id: int, allowed: tuple[str, ...]) -> db.PrintJob:
    row = load(s, db.PrintJob, job_id, "print job", lock=True, job_id=job_id)
    if row.state not in allowed:
        raise NotActionable(f"print job {job_id} is {row.state}", state=row.state)
    return row


def _requeue(s: Session, row: db.PrintJob, actor: m.Actor, station: str, printer: str) -> JobView:
    row.state, row.attempts, row.not_before, row.last_error = "queued", 0, None, ""
    row.station, row.printer, row.updated_by, row.updated_at = station, printer, actor.operator, utcnow()
    record(s, "print_job", row.id)
    return job_view(row)


@needs(Permission.DESK)
def retry_job(store: Store, actor: m.Actor, job_id: int) -> Done[JobView]:
    """A failed job, on the printer it was meant for (after paper was loaded, say)."""
    with store.write() as s:
        row = _job(s, job_id, ("failed",))
        return Done(_requeue(s, row, actor, row.station, row.printer), Changes.PRINT_JOBS)


@needs(Permission.DESK)
def reroute_job(store: Store, actor: m.Actor, job_id: int, station: str, printer: str) -> Done[JobView]:
    """Send a failed or waiting job to another station's printer, typically the desk's."""
    with store.write() as s:
        row = _job(s, job_id, ("failed", "queued"))
        return Done(_requeue(s, row, actor, station, printer), Changes.PRINT_JOBS)


@needs(Permission.DESK)
def resolve_in_doubt(store: Store, actor: m.Actor, job_id: int, printed: bool) -> Done[JobView]:
    """The receptionist looked: the badge came out (done), or it did not (print it again)."""
    with store.write() as s:
        row = _job(s, job_id, ("in_doubt",))
        if not printed:
            return Done(_requeue(s, row, actor, row.station, row.printer), Changes.PRINT_JOBS)
        row.state, row.printed_at, row.updated_by, row.updated_at = "done", utcnow(), actor.operator, utcnow()
        row.last_error = f"confirmed printed by {actor.operator}"
        record(s, "print_job", row.id)
        return Done(job_view(row), Changes.PRINT_JOBS)


@needs(Permission.DESK)
def reprint_badge(store: Store, actor: m.Actor, visit_id: int, station: str, printer: str) -> Done[JobView]:
    """A new badge for a visitor still on site (lost, or misprinted), on the chosen printer."""
    from shared.services.checkin import badge_data

    with store.write() as s:
        visit = load(s, db.Visit, visit_id, "visit", visit_id=visit_id)
        if VisitState(visit.state) not in ON_SITE:
            raise NotActionable(f"visit {visit.visit_no} is {visit.state}", state=visit.state)
        job = db.PrintJob(visit_id=visit.id, kind="badge", station=station, printer=printer,
                          payload=document_to_dict(badge_data(visit)), updated_by=actor.operator)
        s.add(job)
        s.flush()
        record(s, "print_job", job.id)
        return Done(job_view(job), Changes.PRINT_JOBS)


@needs(Permission.DESK)
def document_of(store: Store, actor: m.Actor, job_id: int) -> m.Document:
    with store.read() as s:
        row = load(s, db.PrintJob, job_id, "print job", job_id=job_id)
        return printable_from_dict(row.payload)


guard_module(globals())
