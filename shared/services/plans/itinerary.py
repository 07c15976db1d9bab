"""The itinerary and its staff: steps added, moved and done, and the reception person."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from shared.changes import Changes, Done
from shared.domain import model as m
from shared.domain.permissions import Permission, needs
from shared.domain import plan_rules as rules
from shared.domain.errors import InvalidInput
from shared.domain.plan_itinerary import default_steps
from shared.domain.plans import (OPEN, STEP_FIELDS, STEP_STATUSES, PlanDetail, PlanState, StepKind, StepView,
                                 require_state)
from shared.services.plans.records import load_plan, load_step, log_event
from shared.services.plans.views import detail, step_view
from shared.services.site.audit import audit
from shared.store import models as db
from shared.store.engine import Store
from shared.store.types import utcnow
from shared.services.common.boundary import guard_module


@needs(Permission.DESK)
def add_step(store: Store, actor: m.Actor, plan_id: int, kind: StepKind, title: str, at: datetime | None,
             place: str = "", owner: str = "", driver: str = "", remind_minutes: int = 30) -> Done[StepView]:
    """The step goes into the itinerary at its time (at the end without one); the owner defaults to the
    plan's reception person."""
    with store.write() as s:
        plan = load_plan(s, plan_id)
        require_state(plan, *OPEN)
        problems: dict[str, str] = {}
        try:
            kind = StepKind(kind)
        except ValueError:
            problems["step_kind"] = "invalid"
        values = rules.step_values({"title": title, "at": at, "place": place, "owner": owner, "driver": driver,
                               "remind_minutes": remind_minutes}, problems)
        if problems:
            raise InvalidInput(problems)
        step = db.PlanStep(plan_id=plan.id, seq=0, kind=str(kind), status="planned", **values)
        step.owner = step.owner or plan.reception_person
        s.add(step)
        s.flush()
        _reorder(s, plan.id, step)
        log_event(s, plan, actor, "step_added", step.title)
        return Done(step_view(step), Changes.PLANS)


@needs(Permission.DESK)
def update_step(store: Store, actor: m.Actor, step_id: int, **fields) -> Done[StepView]:
    """title, at, place, owner, driver, remind_minutes, seq. A new time moves the step to its place in the
    itinerary; seq (1 = first) moves it there."""
    with store.write() as s:
        step = load_step(s, step_id)
        plan = load_plan(s, step.plan_id)
        require_state(plan, *OPEN)
        problems = {name: "unknown" for name in sorted(set(fields) - STEP_FIELDS - {"seq"})}
        position = fields.pop("seq", None)
        if position is not None and not rules.whole(position, 1, 10_000):
            problems["seq"] = "out_of_range"
        values = rules.step_values({k: v for k, v in fields.items() if k in STEP_FIELDS}, problems)
        if problems:
            raise InvalidInput(problems)
        for name, value in values.items():
            setattr(step, name, value)
        if position is not None or "at" in values:
            _reorder(s, plan.id, step, position)
        log_event(s, plan, actor, "step_changed", f"{step.title}: {', '.join(sorted(values) or ['seq'])}")
        return Done(step_view(step), Changes.PLANS)


@needs(Permission.DESK)
def set_step_status(store: Store, actor: m.Actor, step_id: int, status: str) -> Done[StepView]:
    """planned / done / skipped; the first step done makes an approved plan in_progress (the preparation
    does not: it is done before the guest comes)."""
    with store.write() as s:
        step = load_step(s, step_id)
        plan = load_plan(s, step.plan_id)
        require_state(plan, PlanState.APPROVED, PlanState.IN_PROGRESS)
        if status not in STEP_STATUSES:
            raise InvalidInput({"status": "invalid"})
        step.status = str(status)
        step.done_at, step.done_by = (utcnow(), actor.operator) if status == "done" else (None, "")
        log_event(s, plan, actor, {"done": "step_done", "skipped": "step_skipped"}.get(status, "step_reopened"),
               step.title)
        if status == "done" and step.kind != StepKind.PREPARE and plan.state == PlanState.APPROVED:
            plan.state = PlanState.IN_PROGRESS.value
            log_event(s, plan, actor, "started")
        return Done(step_view(step), Changes.PLANS)


@needs(Permission.DESK)
def assign_reception_person(store: Store, actor: m.Actor, plan_id: int, person: str,
                            reason: str = "") -> Done[PlanDetail]:
    """Once the stay has begun (in_progress) a change needs a reason (the seed: the reception person should
    not change while the guest is here): InvalidInput {"reason": "required"} otherwise. The steps still
    planned that the former person (or nobody) owned pass to the new one."""
    with store.write() as s:
        plan = load_plan(s, plan_id)
        require_state(plan, *OPEN)
        problems: dict[str, str] = {}
        person = rules.line(person, "reception_person", rules.PERSON_MAX, problems, required=True)
        reason = rules.block(reason, "reason", rules.TEXT_MAX, problems)
        before = plan.reception_person
        changing = bool(before) and person != before
        if changing and plan.state == PlanState.IN_PROGRESS and not reason and "reception_person" not in problems:
            problems["reason"] = "required"
        if problems:
            raise InvalidInput(problems)
        if person == before:
            return Done(detail(s, plan, actor), Changes.NONE)
        for step in s.scalars(select(db.PlanStep).where(db.PlanStep.plan_id == plan.id,
                                                         db.PlanStep.status == "planned",
                                                         db.PlanStep.owner.in_((before, "")))):
            step.owner = person
        plan.reception_person = person
        change = f"{before} -> {person}" if before else person
        log_event(s, plan, actor, "staff", "; ".join(x for x in (change, reason) if x))
        changes = Changes.PLANS
        if changing and plan.state == PlanState.IN_PROGRESS:
            audit(s, actor, "plan_staff", f"plan {plan.plan_no}", reason=reason)
            changes |= Changes.AUDIT
        return Done(detail(s, plan, actor), changes)


def create_default_steps(s: Session, plan: db.ReceptionPlan) -> None:
    existing = s.scalars(select(db.PlanStep).where(db.PlanStep.plan_id == plan.id)).all()
    for step in default_steps(arrive_on=plan.arrive_on, leave_on=plan.leave_on, arrival_at=plan.arrival_at,
                              arrival_place=plan.arrival_place, transport_no=plan.transport_no,
                              pickup=plan.pickup, lodging=bool(plan.lodging), showroom=plan.showroom_tour,
                              leader=plan.leader_meeting, vip=plan.level == m.ReceptionLevel.VIP):
        s.add(db.PlanStep(plan_id=plan.id, seq=0, kind=step.kind, title=step.title, at=step.at,
                          place=step.place, owner=plan.reception_person, driver="", status="planned",
                          remind_minutes=step.remind_minutes))
    s.flush()
    if existing:  # steps added while the request waited keep their time order among the new ones
        for step in existing:
            _reorder(s, plan.id, step)
    else:
        _reorder(s, plan.id, None)


def _reorder(s: Session, plan_id: int, moved: db.PlanStep | None, position: int | None = None) -> None:
    """Number the steps 1..n: the moved step at `position`, or after the last step not later than it."""
    steps = s.scalars(select(db.PlanStep).where(db.PlanStep.plan_id == plan_id)
                      .order_by(db.PlanStep.seq, db.PlanStep.at, db.PlanStep.id)).all()
    if moved is None:
        steps = sorted(steps, key=lambda x: (x.at is None, x.at or utcnow(), x.id))
    else:
        steps = [x for x in steps if x.id != moved.id]
        if position is not None:
            index = min(position - 1, len(steps))
        elif moved.at is None:
            index = len(steps)
        else:
            index = max((i + 1 for i, x in enumerate(steps) if x.at is not None and x.at <= moved.at), default=0)
        steps.insert(index, moved)
    for number, step in enumerate(steps, start=1):
        step.seq = number
    s.flush()


guard_module(globals())
