"""A signed-in host's own guests: today's and upcoming, inviting a guest or a group, changing the day or
time, cancelling, and asking for a reception level above standard (a leader approves it as a plan).

Every function takes the host from the session, never from the page: a host sees and touches only
appointments and visits whose host they are; anyone else's is "not found", as if it did not exist."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from shared.changes import Changes, Done
from shared.domain import model as m
from shared.domain.errors import InvalidInput, NotActionable, NotFound
from shared.domain.expected import ExpectedVisit, clean_expected, expected_problems
from shared.domain.permissions import Permission, needs
from shared.domain.plans import PlanRequest
from shared.domain.states import VisitState
from shared.services.common.boundary import guard_module
from shared.services.desk.expected import _host_problem, _save
from shared.services.plans.approval import open_plan
from shared.services.site.audit import audit
from shared.store import models as db
from shared.store.engine import Store
from shared.store.feed import record
from shared.store.types import utcnow

LEVELS = ("standard", "senior", "vip")
SHOWN_DAYS = 60  # upcoming invitations this far ahead


@dataclass(frozen=True, slots=True)
class Guest:
    """A row of the host's list: an invitation (appointment) or today's visit."""

    kind: str  # invitation / visit
    id: int
    name: str
    company: str
    day: date
    time_from: str
    time_to: str
    state: str  # appointment: open / used / cancelled / no_show; visit: the visit state
    party: int
    level: str
    code: str = ""  # the invitation code, for the host to pass on
    level_requested: str = ""  # a level above standard waiting for a leader
    checked_in_at: datetime | None = None


def _guest_of_appointment(r: db.Appointment, requested: dict[int, str]) -> Guest:
    return Guest("invitation", r.id, r.visitor_name, r.company, r.expected_on, r.time_from, r.time_to, r.state,
                 r.party_size, r.level, r.code, requested.get(r.id, ""))


@needs(Permission.HOST)
def my_guests(store: Store, actor: m.Actor, host_id: int, today: date | None = None) -> list[Guest]:
    """Today's visits (checked in or over) and invitations from today on, by day and time."""
    today = today or date.today()
    with store.read() as s:
        rows = s.scalars(select(db.Appointment).where(
            db.Appointment.host_id == host_id, db.Appointment.leader_id.is_(None),
            db.Appointment.expected_on >= today, db.Appointment.state.in_(("open", "cancelled")))
            .order_by(db.Appointment.expected_on, db.Appointment.time_from, db.Appointment.id).limit(500)).all()
        requested = _requested_levels(s, [r.id for r in rows])
        guests = [_guest_of_appointment(r, requested) for r in rows]
        visits = s.scalars(select(db.Visit).where(db.Visit.host_id == host_id, db.Visit.visit_date == today,
                                                  db.Visit.state != VisitState.EXPECTED)
                           .order_by(db.Visit.checked_in_at, db.Visit.id).limit(500)).all()
        guests += [Guest("visit", v.id, v.visitor.name, v.visitor.company, v.visit_date, "", "", v.state,
                         v.group.size if v.group else v.party_size, v.level, checked_in_at=v.checked_in_at)
                   for v in visits if not (v.group and v.member_no > 1)]
    return guests


def _requested_levels(s: Session, appointment_ids: list[int]) -> dict[int, str]:
    if not appointment_ids:
        return {}
    rows = s.execute(select(db.ReceptionPlan.appointment_id, db.ReceptionPlan.proposed_level)
                     .where(db.ReceptionPlan.appointment_id.in_(appointment_ids),
                            db.ReceptionPlan.state == "requested")).all()
    return {a: level for a, level in rows}


@needs(Permission.HOST)
def invite(store: Store, actor: m.Actor, host_id: int, expected: ExpectedVisit, member_names: Iterable[str] = (),
           level: str = "standard", today: date | None = None) -> Done[list[Guest]]:
    """The host's own invitation: saved at standard, the invitation e-mailed through the outbox as from the
    desk; a higher level is a reception request a leader approves (the approval raises the invitation)."""
    names = list(member_names)
    today = today or date.today()
    expected = replace(expected, host_id=host_id, level="standard", confidential=False)
    problems = expected_problems(expected, names, today)
    if level not in LEVELS:
        problems["level"] = "invalid"
    with store.write() as s:
        problems.update(_host_problem(s, host_id))
        if problems:
            raise InvalidInput(problems)
        clean, members = clean_expected(expected, names, today)
        rows = _save(s, actor, clean, members)
        changes = Changes.APPOINTMENTS | (Changes.NOTIFICATIONS if clean.email else Changes.NONE)
        if level != "standard":
            open_plan(s, actor, PlanRequest(
                guest_name=clean.visitor_name, arrive_on=clean.expected_on, leave_on=clean.expected_on,
                company=clean.company, party_size=len(rows), purpose=clean.purpose, host_id=host_id,
                appointment_id=rows[0].id, proposed_level=level))
            changes |= Changes.PLANS
        audit(s, actor, "host_invite", f"appointment {rows[0].id}", kind=level)
        requested = {rows[0].id: level} if level != "standard" else {}
        return Done([_guest_of_appointment(rows[0], requested)], changes | Changes.AUDIT)


def _own_open(s: Session, host_id: int, appointment_id: int) -> db.Appointment:
    row = s.get(db.Appointment, appointment_id, with_for_update=True)
    if row is None or row.host_id != host_id or row.leader_id is not None:
        raise NotFound("no such invitation", appointment_id=appointment_id)
    if row.state != "open":
        raise NotActionable(f"the invitation is {row.state}", state=row.state)
    return row


def _party(s: Session, row: db.Appointment) -> list[db.Appointment]:
    return [row] + list(s.scalars(select(db.Appointment).where(db.Appointment.leader_id == row.id,
                                                                  db.Appointment.state == "open")))


@needs(Permission.HOST)
def cancel_invitation(store: Store, actor: m.Actor, host_id: int, appointment_id: int) -> Done[int]:
    """The guest (and their party) will not come: the codes stop working at the kiosk."""
    with store.write() as s:
        rows = _party(s, _own_open(s, host_id, appointment_id))
        for r in rows:
            r.state = "cancelled"
            record(s, "appointment", r.id)
        audit(s, actor, "host_cancel", f"appointment {appointment_id}")
        return Done(len(rows), Changes.APPOINTMENTS | Changes.AUDIT)


@needs(Permission.HOST)
def change_invitation(store: Store, actor: m.Actor, host_id: int, appointment_id: int, expected_on: date,
                      time_from: str = "", time_to: str = "", purpose: str | None = None,
                      today: date | None = None) -> Done[Guest]:
    """Another day or time (the guest's codes stay; the invitation e-mail goes again with the new day).
    purpose None: kept as it was."""
    today = today or date.today()
    with store.write() as s:
        row = _own_open(s, host_id, appointment_id)
        probe = ExpectedVisit(visitor_name=row.visitor_name, host_id=host_id, expected_on=expected_on,
                              time_from=time_from, time_to=time_to,
                              purpose=row.purpose if purpose is None else purpose)
        problems = {k: v for k, v in expected_problems(probe, [], today).items()
                    if k in ("expected_on", "time_from", "time_to", "purpose")}
        if problems:
            raise InvalidInput(problems)
        clean, _ = clean_expected(probe, [], today)
        for r in _party(s, row):
            r.expected_on, r.time_from, r.time_to, r.purpose = clean.expected_on, clean.time_from, clean.time_to, \
                clean.purpose
            record(s, "appointment", r.id)
        changes = Changes.APPOINTMENTS | Changes.AUDIT
        if row.email:
            note = db.Notification(kind="invitation", channel="email", appointment_id=row.id, host_id=host_id,
                                   target=row.email[:200], payload={"code": row.code}, created_at=utcnow())
            s.add(note)
            s.flush()
            record(s, "notification", note.id)
            changes |= Changes.NOTIFICATIONS
        audit(s, actor, "host_change", f"appointment {appointment_id}")
        return Done(_guest_of_appointment(row, _requested_levels(s, [row.id])), changes)


guard_module(globals())
