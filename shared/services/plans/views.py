"""Reading stored plans into the frozen views the screens show (PlanDetail, PlanSummary, StepView...)."""
from __future__ import annotations

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from shared.domain import model as m
from shared.domain.permissions import Permission, can
from shared.domain.plans import (BudgetLine, Category, EventView, ExpenseView, PlanDetail, PlanRequest, PlanState,
                                 PlanSummary, StepKind, StepView, standards_from)
from shared.store import models as db
from shared.services.common.boundary import guard_module


def step_view(r: db.PlanStep) -> StepView:
    return StepView(r.id, r.seq, StepKind(r.kind), r.title, r.at, r.place, r.owner, r.driver, r.status, r.done_at,
                    r.remind_minutes)


def expense_view(r: db.PlanExpense) -> ExpenseView:
    return ExpenseView(r.id, r.step_id, Category(r.category), r.amount, r.note, r.entered_by, r.at, r.signed_by)


def budget_lines(s: Session, plan_id: int) -> tuple[BudgetLine, ...]:
    planned = dict(s.execute(select(db.PlanBudget.category, db.PlanBudget.planned)
                             .where(db.PlanBudget.plan_id == plan_id)).all())
    actual = dict(s.execute(select(db.PlanExpense.category, func.sum(db.PlanExpense.amount))
                            .where(db.PlanExpense.plan_id == plan_id).group_by(db.PlanExpense.category)).all())
    return tuple(BudgetLine(c, int(planned.get(c.value, 0)), int(actual.get(c.value) or 0)) for c in Category)


def _request(p: db.ReceptionPlan) -> PlanRequest:
    return PlanRequest(
        guest_name=p.guest_name, arrive_on=p.arrive_on, leave_on=p.leave_on, guest_region=p.guest_region,
        guest_phone=p.guest_phone, company=p.company, party_size=p.party_size, purpose=p.purpose,
        meet_whom=p.meet_whom, host_id=p.host_id, appointment_id=p.appointment_id, transport=p.transport,
        transport_no=p.transport_no, arrival_at=p.arrival_at, arrival_place=p.arrival_place, pickup=p.pickup,
        lodging=p.lodging, meals=p.meals, showroom_tour=p.showroom_tour, leader_meeting=p.leader_meeting,
        notes=p.notes, proposed_level=p.proposed_level)


def host_names(s: Session) -> dict[int, str]:
    return dict(s.execute(select(db.Host.id, db.Host.name)).all())


def _steps(s: Session, plan_ids: list[int]) -> dict[int, list[db.PlanStep]]:
    found: dict[int, list[db.PlanStep]] = {pid: [] for pid in plan_ids}
    if plan_ids:
        for step in s.scalars(select(db.PlanStep).where(db.PlanStep.plan_id.in_(plan_ids))
                              .order_by(db.PlanStep.seq, db.PlanStep.id)):
            found[step.plan_id].append(step)
    return found


def plan_summaries(s: Session, rows: list[db.ReceptionPlan]) -> list[PlanSummary]:
    hosts = host_names(s)
    steps = _steps(s, [p.id for p in rows])
    out = []
    for p in rows:
        upcoming = next((x for x in steps[p.id] if x.status == "planned"), None)
        out.append(PlanSummary(
            p.id, p.plan_no, PlanState(p.state), p.guest_name, p.company, p.party_size, p.arrive_on, p.leave_on,
            p.level or p.proposed_level, hosts.get(p.host_id, ""), p.reception_person,
            step_view(upcoming) if upcoming else None, p.followup_due_at, p.followup_done_at is not None))
    return out


def _visit_ids(s: Session, appointment_id: int | None) -> tuple[int, ...]:
    if appointment_id is None:
        return ()
    members = select(db.Appointment.id).where(db.Appointment.leader_id == appointment_id)
    return tuple(s.scalars(select(db.Visit.id).where(or_(db.Visit.appointment_id == appointment_id,
                                                         db.Visit.appointment_id.in_(members)))
                           .order_by(db.Visit.id)))


def detail(s: Session, p: db.ReceptionPlan, actor: m.Actor) -> PlanDetail:
    readable = can(actor, Permission.READ_SUMMARY)
    events = s.scalars(select(db.PlanEvent).where(db.PlanEvent.plan_id == p.id)
                       .order_by(db.PlanEvent.at, db.PlanEvent.id))
    expenses = s.scalars(select(db.PlanExpense).where(db.PlanExpense.plan_id == p.id)
                         .order_by(db.PlanExpense.at, db.PlanExpense.id))
    host = s.get(db.Host, p.host_id) if p.host_id else None
    return PlanDetail(
        id=p.id, plan_no=p.plan_no, state=PlanState(p.state), request=_request(p),
        host_name=host.name if host else "", requested_by=p.requested_by, requested_at=p.requested_at,
        level=p.level or p.proposed_level, decided_by=p.decided_by, decided_at=p.decided_at,
        decision_comment=p.decision_comment, standards=standards_from(p.standards), reception_person=p.reception_person,
        steps=tuple(step_view(x) for x in _steps(s, [p.id])[p.id]), budget=budget_lines(s, p.id),
        expenses=tuple(expense_view(x) for x in expenses),
        events=tuple(EventView(e.at, e.operator, e.action, e.note) for e in events),
        summary=p.summary if readable else "", summary_hidden=bool(p.summary) and not readable,
        summary_by=p.summary_by, departure_at=p.departure_at, journey_minutes=p.journey_minutes,
        followup_due_at=p.followup_due_at, followup_done_at=p.followup_done_at, followup_by=p.followup_by,
        followup_outcome=p.followup_outcome, followup_rating=p.followup_rating,
        visit_ids=_visit_ids(s, p.appointment_id))


guard_module(globals())
