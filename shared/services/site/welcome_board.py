"""The lobby's welcome board (欢迎 … 莅临指导): today's VIP guests whose reception plan was approved, for the
display station. A confidential guest never appears: neither a plan whose expected visit (or a member of its
group) is confidential nor one whose visit has since been marked so."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, or_, select

from shared.domain.model import ReceptionLevel
from shared.domain.plans import LIVE
from shared.services.common.boundary import guard_module
from shared.services.common.unavailable import store_unavailable
from shared.store import models as db
from shared.store.engine import Store


@dataclass(frozen=True, slots=True)
class WelcomeGuest:
    name: str
    company: str
    party_size: int


def _confidential() -> ColumnElement[bool]:
    """Whether the plan's party is confidential, on its appointments or on the visits they became."""
    party = or_(db.Appointment.id == db.ReceptionPlan.appointment_id,
                db.Appointment.leader_id == db.ReceptionPlan.appointment_id)
    appointment = select(db.Appointment.id).where(party, db.Appointment.confidential.is_(True))
    visit = (select(db.Visit.id).join(db.Appointment, db.Visit.appointment_id == db.Appointment.id)
             .where(party, db.Visit.confidential.is_(True)))
    return or_(appointment.exists(), visit.exists())


@store_unavailable()  # the display keeps what it shows while the database is away
def welcome_board(store: Store, today: date | None = None) -> tuple[WelcomeGuest, ...]:
    """The guests staying today (arrived, not yet gone) at the VIP level, approved or under way, soonest first."""
    today = today or date.today()
    query = (select(db.ReceptionPlan.guest_name, db.ReceptionPlan.company, db.ReceptionPlan.party_size)
             .where(db.ReceptionPlan.state.in_(LIVE), db.ReceptionPlan.level == ReceptionLevel.VIP.value,
                    db.ReceptionPlan.arrive_on <= today, db.ReceptionPlan.leave_on >= today, ~_confidential())
             .order_by(db.ReceptionPlan.arrive_on, db.ReceptionPlan.id))
    with store.read() as s:
        return tuple(WelcomeGuest(name, company, party) for name, company, party in s.execute(query))


guard_module(globals())
