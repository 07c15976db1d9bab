"""Reading plans: the list, one plan, the plan a visit belongs to, and a person's tasks for a day."""
from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select

from shared.domain import model as m
from shared.domain.permissions import Permission, needs
from shared.domain.plan_itinerary import day_bounds
from shared.domain.plans import LIVE, PlanDetail, PlanState, PlanSummary, StepView
from shared.domain.text import clean_text
from shared.services.plans.records import load_plan
from shared.services.plans.views import detail, plan_summaries, step_view
from shared.store import models as db
from shared.store.engine import Store
from shared.services.common.boundary import guard_module


@needs(Permission.DESK)
def plans(store: Store, actor: m.Actor, states: tuple[PlanState, ...] | None = None,
          around: date | None = None) -> list[PlanSummary]:
    """Plans in those states (all when None), arriving soonest first; around: stays overlapping that day."""
    query = select(db.ReceptionPlan).order_by(db.ReceptionPlan.arrive_on, db.ReceptionPlan.id)
    if states is not None:
        query = query.where(db.ReceptionPlan.state.in_([str(x) for x in states]))
    if around is not None:
        query = query.where(db.ReceptionPlan.arrive_on <= around, db.ReceptionPlan.leave_on >= around)
    with store.read() as s:
        return plan_summaries(s, s.scalars(query).all())


@needs(Permission.DESK)
def plan_detail(store: Store, actor: m.Actor, plan_id: int) -> PlanDetail:
    with store.read() as s:
        return detail(s, load_plan(s, plan_id, lock=False), actor)


def plan_for_visit(store: Store, visit_id: int) -> int | None:
    """The plan a visit belongs to (through its appointment): the console links the visit to it. A group
    member's visit (whose appointment's leader is the plan's) belongs to it too; a live plan wins over a
    cancelled one."""
    with store.read() as s:
        visit = s.get(db.Visit, visit_id)
        if visit is None or visit.appointment_id is None:
            return None
        appointment = s.get(db.Appointment, visit.appointment_id)
        ids = {visit.appointment_id} | ({appointment.leader_id} if appointment and appointment.leader_id else set())
        rows = s.execute(select(db.ReceptionPlan.id, db.ReceptionPlan.state)
                         .where(db.ReceptionPlan.appointment_id.in_(ids))
                         .order_by(db.ReceptionPlan.id.desc())).all()
    live = [pid for pid, state in rows if state != PlanState.CANCELLED]
    return (live or [pid for pid, _ in rows] or [None])[0]


@needs(Permission.DESK)
def my_tasks(store: Store, actor: m.Actor, person: str, day: date) -> list[tuple[PlanSummary, StepView]]:
    """A person's steps on that day (as owner or driver), in time order."""
    person = clean_text(person)
    if not person:
        return []
    start, end = day_bounds(day)
    with store.read() as s:
        rows = s.execute(select(db.PlanStep, db.ReceptionPlan).join(db.ReceptionPlan,
                                                                    db.PlanStep.plan_id == db.ReceptionPlan.id)
                         .where(or_(db.PlanStep.owner == person, db.PlanStep.driver == person),
                                db.PlanStep.at >= start, db.PlanStep.at < end,
                                db.ReceptionPlan.state.in_(LIVE))
                         .order_by(db.PlanStep.at, db.PlanStep.seq)).all()
        summaries = {p.id: p for p in plan_summaries(s, list({plan.id: plan for _, plan in rows}.values()))}
        return [(summaries[plan.id], step_view(step)) for step, plan in rows]


guard_module(globals())
