"""The request (接待申请) and its approval: asking, editing, a leader's decision, the standards, cancelling."""
from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from shared.changes import Changes, Done
from shared.domain import model as m
from shared.domain.permissions import Permission, needs
from shared.domain import plan_rules as rules
from shared.domain.errors import InvalidInput, NotActionable
from shared.domain.plans import (OPEN, PlanDetail, PlanRequest, PlanState, Standards, require_state, standards_dict,
                                 standards_from)
from shared.domain.text import clean_text
from shared.domain.validation import normalise_mobile
from shared.services.common import search
from shared.services.directory.levels import load_levels, meal_budget
from shared.services.plans.budget import refill_meals_budget
from shared.services.plans.itinerary import create_default_steps
from shared.services.plans.records import load_plan, log_event
from shared.services.plans.views import detail
from shared.services.site.audit import audit
from shared.store import models as db
from shared.store.engine import Store
from shared.store.feed import record
from shared.store.types import utcnow
from shared.services.common.boundary import guard_module


@needs(Permission.DESK)
def request_plan(store: Store, actor: m.Actor, request: PlanRequest) -> Done[PlanDetail]:
    """Any signed-in operator asks; InvalidInput lists every problem (nothing saved). Plan no. like P261127-01."""
    with store.write() as s:
        plan = open_plan(s, actor, request)
        return Done(detail(s, plan, actor), Changes.PLANS)


def open_plan(s: Session, actor: m.Actor, request: PlanRequest) -> db.ReceptionPlan:
    """A new requested plan, in the caller's transaction (a host's invitation asks for its level here too)."""
    _check_request(s, request)
    now = utcnow()
    plan = db.ReceptionPlan(state=PlanState.REQUESTED.value, requested_by=actor.operator, requested_at=now,
                            standards={}, updated_at=now)
    _fill_request(plan, request)
    _insert_numbered(s, plan)
    log_event(s, plan, actor, "requested", plan.proposed_level)
    return plan


@needs(Permission.DESK)
def update_request(store: Store, actor: m.Actor, plan_id: int, request: PlanRequest) -> Done[PlanDetail]:
    """The requester edits a returned (or still requested) plan; it goes back to requested."""
    with store.write() as s:
        plan = load_plan(s, plan_id)
        require_state(plan, PlanState.REQUESTED, PlanState.RETURNED)
        _check_request(s, request)
        was = plan.state
        _fill_request(plan, request)
        plan.state = PlanState.REQUESTED.value
        log_event(s, plan, actor, "resubmitted" if was == PlanState.RETURNED else "edited")
        return Done(detail(s, plan, actor), Changes.PLANS)


@needs(Permission.APPROVE_PLAN)
def approve_plan(store: Store, actor: m.Actor, plan_id: int, level: str | None = None,
                 comment: str = "") -> Done[PlanDetail]:
    """APPROVE_PLAN. Fills standards and the budget from the level (meals by the two-guest base rule, per
    day of the stay), and the default itinerary (prepare 1-2 days before, pickup if asked, hotel if lodging,
    showroom, leader meeting, meals, talks, send-off).

    Approving again (an approved or started plan) changes the level: the standards the level sets and the
    meals budget are filled anew; the extras, the other budget lines and the itinerary stay as planned."""
    with store.write() as s:
        plan = load_plan(s, plan_id)
        require_state(plan, PlanState.REQUESTED, PlanState.APPROVED, PlanState.IN_PROGRESS)
        chosen = str(level or plan.level or plan.proposed_level)
        problems: dict[str, str] = {}
        if not rules.is_level(chosen):
            problems["level"] = "invalid"
        comment = rules.block(comment, "comment", rules.TEXT_MAX, problems)
        if problems:
            raise InvalidInput(problems)
        policy = load_levels(s)[m.ReceptionLevel(chosen)]
        first = plan.state == PlanState.REQUESTED  # an approved plan never goes back to requested
        before = plan.level if not first else plan.proposed_level
        old = standards_from(plan.standards)
        meals = meal_budget(policy, plan.party_size)
        plan.standards = standards_dict(Standards(
            lodging=policy.lodging, accompany=policy.accompany, vehicle=policy.vehicle,
            refreshments=policy.refreshments, extras=old.extras, meal_lunch=meals.lunch, meal_dinner=meals.dinner))
        plan.level, plan.decided_by, plan.decided_at = chosen, actor.operator, utcnow()
        refill_meals_budget(s, plan)
        _level_appointment(s, plan.appointment_id, chosen)
        if first:
            create_default_steps(s, plan)
            plan.state = PlanState.APPROVED.value
        plan.decision_comment = comment
        note = chosen if chosen == before else f"{before} -> {chosen}"
        log_event(s, plan, actor, "approved" if first else "relevelled", "; ".join(x for x in (note, comment) if x))
        audit(s, actor, "plan_approved", f"plan {plan.plan_no}", level=chosen, proposed=plan.proposed_level)
        return Done(detail(s, plan, actor), Changes.PLANS | Changes.AUDIT)


@needs(Permission.APPROVE_PLAN)
def return_plan(store: Store, actor: m.Actor, plan_id: int, comment: str) -> Done[PlanDetail]:
    """APPROVE_PLAN; a comment is required."""
    with store.write() as s:
        plan = load_plan(s, plan_id)
        require_state(plan, PlanState.REQUESTED)
        problems: dict[str, str] = {}
        comment = rules.block(comment, "comment", rules.TEXT_MAX, problems, required=True)
        if problems:
            raise InvalidInput(problems)
        plan.state = PlanState.RETURNED.value
        plan.decided_by, plan.decided_at, plan.decision_comment = actor.operator, utcnow(), comment
        log_event(s, plan, actor, "returned", comment)
        audit(s, actor, "plan_returned", f"plan {plan.plan_no}")
        return Done(detail(s, plan, actor), Changes.PLANS | Changes.AUDIT)


@needs(Permission.DESK)
def cancel_plan(store: Store, actor: m.Actor, plan_id: int, reason: str) -> Done[PlanDetail]:
    """A reason is required; a plan can be cancelled until its summary is written."""
    with store.write() as s:
        plan = load_plan(s, plan_id)
        require_state(plan, *OPEN)
        problems: dict[str, str] = {}
        reason = rules.block(reason, "reason", rules.TEXT_MAX, problems, required=True)
        if problems:
            raise InvalidInput(problems)
        plan.state = PlanState.CANCELLED.value
        log_event(s, plan, actor, "cancelled", reason)
        audit(s, actor, "plan_cancelled", f"plan {plan.plan_no}")
        return Done(detail(s, plan, actor), Changes.PLANS | Changes.AUDIT)


@needs(Permission.APPROVE_PLAN)
def adjust_standards(store: Store, actor: m.Actor, plan_id: int, standards: Standards) -> Done[PlanDetail]:
    """APPROVE_PLAN (the standards are the approver's word): this plan's standards; new meal limits re-fill
    the meals budget."""
    with store.write() as s:
        plan = load_plan(s, plan_id)
        require_state(plan, PlanState.APPROVED, PlanState.IN_PROGRESS)
        problems: dict[str, str] = {}
        texts = {name: rules.block(getattr(standards, name), name, rules.TEXT_MAX, problems)
                 for name in ("lodging", "accompany", "vehicle", "refreshments", "extras")}
        for name in ("meal_lunch", "meal_dinner"):
            if not rules.whole(getattr(standards, name), 0, rules.AMOUNT_MAX):
                problems[name] = "out_of_range"
        if problems:
            raise InvalidInput(problems)
        old = standards_from(plan.standards)
        new = Standards(**texts, meal_lunch=standards.meal_lunch, meal_dinner=standards.meal_dinner)
        plan.standards = standards_dict(new)
        if (old.meal_lunch, old.meal_dinner) != (new.meal_lunch, new.meal_dinner):
            refill_meals_budget(s, plan)
        log_event(s, plan, actor, "standards")
        return Done(detail(s, plan, actor), Changes.PLANS)


def _level_appointment(s: Session, appointment_id: int | None, level: str) -> None:
    """The approved level reaches the expected visit (and a group's members): the kiosk receives them so."""
    if appointment_id is None:
        return
    rows = s.scalars(select(db.Appointment).where(or_(db.Appointment.id == appointment_id,
                                                      db.Appointment.leader_id == appointment_id),
                                                  db.Appointment.state == "open")).all()
    for row in rows:
        row.level = level
        record(s, "appointment", row.id)


def _check_request(s: Session, r: PlanRequest) -> None:
    problems = rules.request_problems(r)
    if r.host_id is not None and s.get(db.Host, r.host_id) is None:
        problems["host_id"] = "unknown"
    if r.appointment_id is not None and s.get(db.Appointment, r.appointment_id) is None:
        problems["appointment_id"] = "unknown"
    if problems:
        raise InvalidInput(problems)


def _fill_request(plan: db.ReceptionPlan, r: PlanRequest) -> None:
    plan.guest_name = clean_text(r.guest_name)
    plan.guest_phone = normalise_mobile(r.guest_phone) if clean_text(r.guest_phone) else ""
    plan.arrive_on, plan.leave_on, plan.party_size = r.arrive_on, r.leave_on, r.party_size
    for name in rules.REQUEST_LINES:
        setattr(plan, name, clean_text(getattr(r, name)))
    for name in rules.REQUEST_PROSE:
        setattr(plan, name, rules.clean_prose(getattr(r, name)))
    for name in rules.REQUEST_BLOCKS:
        setattr(plan, name, rules.clean_block(getattr(r, name)))
    plan.host_id, plan.appointment_id = r.host_id, r.appointment_id
    plan.transport, plan.transport_no = r.transport, rules.transport_no(r.transport_no)
    plan.arrival_at = r.arrival_at
    plan.pickup, plan.showroom_tour, plan.leader_meeting = bool(r.pickup), bool(r.showroom_tour), bool(r.leader_meeting)
    plan.proposed_level = str(r.proposed_level)


def _insert_numbered(s: Session, plan: db.ReceptionPlan) -> None:
    """P + yymmdd of the arrival + a two-digit sequence; two stations asking at once: the second retries."""
    prefix = f"P{plan.arrive_on:%y%m%d}-"
    for _ in range(20):
        taken = s.scalars(select(db.ReceptionPlan.plan_no).where(search.starts_with(db.ReceptionPlan.plan_no, prefix))).all()
        numbers = [int(no[len(prefix):]) for no in taken if no[len(prefix):].isdigit()]
        plan.plan_no = f"{prefix}{max(numbers, default=0) + 1:02d}"
        try:
            with s.begin_nested():
                s.add(plan)
                s.flush()
            return
        except IntegrityError:
            s.expunge(plan) if plan in s else None
    raise NotActionable("no free plan number")


guard_module(globals())
