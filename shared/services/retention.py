"""Personal data is kept no longer than the site's retention period (the privacy notice says how long).

Visits older than that keep what reports count (dates, times, states, level, party size, host) and lose
everything that says who the visitor was: name, mobile, company, ID number, plate, region, purpose,
messages, the copies in print jobs and notifications, and expected visits' details."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select, update

from shared.changes import Changes, Done
from shared.domain import model as m
from shared.domain.states import FINAL
from shared.store import models as db
from shared.store.engine import Store
from shared.store.feed import record

from .settings import load_settings


@dataclass(frozen=True, slots=True)
class PurgeReport:
    before: date  # visits of days before this one were purged
    visits: int
    appointments: int


def purge_expired(store: Store, actor: m.Actor, today: date | None = None) -> Done[PurgeReport]:
    today = today or date.today()
    with store.write() as s:
        before = today - timedelta(days=load_settings(s).retention_days)
        rows = s.scalars(select(db.Visit).join(db.Visitor).where(
            db.Visit.visit_date < before, db.Visit.state.in_([str(x) for x in FINAL]),
            db.Visitor.name != "")).all()
        for visit in rows:
            _forget_visit(s, visit)
        appointments = s.execute(
            update(db.Appointment)
            .where(db.Appointment.expected_on < before, db.Appointment.visitor_name != "")
            .values(visitor_name="", mobile="", company="", purpose="")).rowcount
        return Done(PurgeReport(before, len(rows), appointments or 0), Changes.VISITS | Changes.APPOINTMENTS)


def _forget_visit(s, visit: db.Visit) -> None:
    visitor = visit.visitor
    visitor.name, visitor.mobile, visitor.company, visitor.id_number = "", "", "", ""
    visit.purpose, visit.plate, visit.region, visit.message = "", "", "", ""
    s.execute(update(db.VisitEvent).where(db.VisitEvent.visit_id == visit.id).values(note=""))
    s.execute(update(db.PrintJob).where(db.PrintJob.visit_id == visit.id).values(payload={}, last_error=""))
    s.execute(update(db.Notification).where(db.Notification.visit_id == visit.id).values(payload={}))
    record(s, "visit", visit.id)
