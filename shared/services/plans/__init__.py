"""Reception plans (接待方案) for important guests: the request, a leader's approval, the itinerary, staff,
budget and expenses, the visit summary and the follow-up call — the seed's "客户接待流程和标准":

    接待申请 -> 确定接待级别 -> 安排接待人员 -> 接车 -> 安排住宿 -> 参观 -> 领导接见 -> 餐饮 -> 会谈 -> 送车 -> 电话回访

States: requested -> approved | returned (-> requested again) ; approved -> in_progress (the guest arrived)
-> done (summary written) ; cancelled from any state before done. Every change is a PlanEvent; writes call
record(s, "plan", plan.id) so every console refreshes (Changes.PLANS).

This module is the contract between the core and the screens: the dataclasses and signatures here are fixed;
the bodies are filled in by the plan services' author."""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from shared.changes import Changes, Done
from shared.domain import model as m
from shared.domain.errors import InvalidInput, NotActionable
from shared.domain.text import clean_text
from shared.domain.validation import normalise_mobile
from shared.store import models as db
from shared.services.common.loading import load
from shared.store.engine import Store
from shared.store.feed import record
from shared.store.types import utcnow

from shared.domain import plan_rules as rules
from shared.services.site.audit import audit
from shared.services.directory.levels import load_levels, meal_budget
from shared.domain.permissions import Permission, can, require
from shared.domain.plan_itinerary import day_bounds, default_steps, local_day


class PlanState(StrEnum):
    REQUESTED = "requested"
    RETURNED = "returned"
    APPROVED = "approved"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class StepKind(StrEnum):
    PREPARE = "prepare"  # 1-2 days before arrival: book meals, rooms, vehicle
    PICKUP = "pickup"
    HOTEL = "hotel"
    SHOWROOM = "showroom"
    LEADER = "leader"  # meeting with leaders
    MEAL = "meal"
    TALKS = "talks"
    SEND_OFF = "send_off"
    OTHER = "other"


class Category(StrEnum):
    MEALS = "meals"
    LODGING = "lodging"
    VEHICLE = "vehicle"
    GIFTS = "gifts"
    SIGHTSEEING = "sightseeing"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class PlanRequest:
    """What the host or salesperson fills in (接待申请)."""

    guest_name: str
    arrive_on: date
    leave_on: date
    guest_region: str = ""
    guest_phone: str = ""
    company: str = ""
    party_size: int = 1
    purpose: str = ""
    meet_whom: str = ""
    host_id: int | None = None
    appointment_id: int | None = None  # the expected visit, when one exists
    transport: str = ""  # flight / train / car / ""
    transport_no: str = ""
    arrival_at: datetime | None = None  # aware
    arrival_place: str = ""
    pickup: bool = False
    lodging: str = ""
    meals: str = ""
    showroom_tour: bool = False
    leader_meeting: bool = False
    notes: str = ""
    proposed_level: str = "standard"


@dataclass(frozen=True, slots=True)
class Standards:
    """The level's standards as adjusted for this plan (filled from the reception level on approval)."""

    lodging: str = ""
    accompany: str = ""
    vehicle: str = ""
    refreshments: str = ""
    extras: str = ""  # sightseeing, a gift, a home visit...
    meal_lunch: int = 0  # yuan for the whole party per lunch (the two-guest base rule already applied)
    meal_dinner: int = 0


@dataclass(frozen=True, slots=True)
class StepView:
    id: int
    seq: int
    kind: StepKind
    title: str
    at: datetime | None
    place: str
    owner: str
    driver: str
    status: str  # planned / done / skipped
    done_at: datetime | None
    remind_minutes: int


@dataclass(frozen=True, slots=True)
class BudgetLine:
    category: Category
    planned: int
    actual: int  # the sum of expenses entered


@dataclass(frozen=True, slots=True)
class ExpenseView:
    id: int
    step_id: int | None
    category: Category
    amount: int
    note: str
    entered_by: str
    at: datetime
    signed_by: str


@dataclass(frozen=True, slots=True)
class EventView:
    at: datetime
    operator: str
    action: str
    note: str


@dataclass(frozen=True, slots=True)
class PlanSummary:
    """A row of the plans list."""

    id: int
    plan_no: str
    state: PlanState
    guest_name: str
    company: str
    party_size: int
    arrive_on: date
    leave_on: date
    level: str  # the approved level, or the proposed one while not approved
    host_name: str
    reception_person: str
    next_step: StepView | None
    followup_due_at: datetime | None
    followup_done: bool


@dataclass(frozen=True, slots=True)
class PlanDetail:
    """Everything a plan screen or its printouts show. `summary` is "" for readers without READ_SUMMARY
    (and `summary_hidden` then says there is one)."""

    id: int
    plan_no: str
    state: PlanState
    request: PlanRequest
    host_name: str
    requested_by: str
    requested_at: datetime
    level: str
    decided_by: str
    decided_at: datetime | None
    decision_comment: str
    standards: Standards
    reception_person: str
    steps: tuple[StepView, ...]
    budget: tuple[BudgetLine, ...]
    expenses: tuple[ExpenseView, ...]
    events: tuple[EventView, ...]
    summary: str
    summary_hidden: bool
    summary_by: str
    departure_at: datetime | None
    journey_minutes: int
    followup_due_at: datetime | None
    followup_done_at: datetime | None
    followup_by: str
    followup_outcome: str
    followup_rating: int | None
    visit_ids: tuple[int, ...] = field(default=())  # the guest's visits on the day (linked through the appointment)


@dataclass(frozen=True, slots=True)
class PlanReminder:
    """Something a person should do now: a step coming up, the preparation day, a follow-up call due."""

    kind: str  # step / prepare / followup
    plan_id: int
    plan_no: str
    guest_name: str
    step_id: int | None
    due_at: datetime
    text: str  # the step title or what to do, in the data's own words
    owner: str

# --- the request and its approval -----------------------------------------------------------

def request_plan(store: Store, actor: m.Actor, request: PlanRequest) -> Done[PlanDetail]:
    """Any signed-in operator asks; InvalidInput lists every problem (nothing saved). Plan no. like P261127-01."""
    with store.write() as s:
        _check_request(s, request)
        now = utcnow()
        plan = db.ReceptionPlan(state=PlanState.REQUESTED.value, requested_by=actor.operator, requested_at=now,
                                standards={}, updated_at=now)
        _fill_request(plan, request)
        _insert_numbered(s, plan)
        _event(s, plan, actor, "requested", plan.proposed_level)
        return Done(_detail(s, plan, actor), Changes.PLANS)


def update_request(store: Store, actor: m.Actor, plan_id: int, request: PlanRequest) -> Done[PlanDetail]:
    """The requester edits a returned (or still requested) plan; it goes back to requested."""
    with store.write() as s:
        plan = _plan(s, plan_id)
        _require_state(plan, PlanState.REQUESTED, PlanState.RETURNED)
        _check_request(s, request)
        was = plan.state
        _fill_request(plan, request)
        plan.state = PlanState.REQUESTED.value
        _event(s, plan, actor, "resubmitted" if was == PlanState.RETURNED else "edited")
        return Done(_detail(s, plan, actor), Changes.PLANS)


def approve_plan(store: Store, actor: m.Actor, plan_id: int, level: str | None = None,
                 comment: str = "") -> Done[PlanDetail]:
    """APPROVE_PLAN. Fills standards and the budget from the level (meals by the two-guest base rule, per
    day of the stay), and the default itinerary (prepare 1-2 days before, pickup if asked, hotel if lodging,
    showroom, leader meeting, meals, talks, send-off).

    Approving again (an approved or started plan) changes the level: the standards the level sets and the
    meals budget are filled anew; the extras, the other budget lines and the itinerary stay as planned."""
    require(actor, Permission.APPROVE_PLAN)
    with store.write() as s:
        plan = _plan(s, plan_id)
        _require_state(plan, PlanState.REQUESTED, PlanState.APPROVED, PlanState.IN_PROGRESS)
        chosen = str(level or plan.level or plan.proposed_level)
        problems: dict[str, str] = {}
        if not rules.is_level(chosen):
            problems["level"] = "invalid"
        comment = _block(comment, "comment", rules.TEXT_MAX, problems)
        if problems:
            raise InvalidInput(problems)
        policy = load_levels(s)[m.ReceptionLevel(chosen)]
        first = plan.state == PlanState.REQUESTED  # an approved plan never goes back to requested
        before = plan.level if not first else plan.proposed_level
        old = _standards(plan)
        meals = meal_budget(policy, plan.party_size)
        plan.standards = _standards_dict(Standards(
            lodging=policy.lodging, accompany=policy.accompany, vehicle=policy.vehicle,
            refreshments=policy.refreshments, extras=old.extras, meal_lunch=meals.lunch, meal_dinner=meals.dinner))
        plan.level, plan.decided_by, plan.decided_at = chosen, actor.operator, utcnow()
        _refill_meals_budget(s, plan)
        if first:
            _create_default_steps(s, plan)
            plan.state = PlanState.APPROVED.value
        plan.decision_comment = comment
        note = chosen if chosen == before else f"{before} -> {chosen}"
        _event(s, plan, actor, "approved" if first else "relevelled", "; ".join(x for x in (note, comment) if x))
        audit(s, actor, "plan_approved", f"plan {plan.plan_no}", level=chosen, proposed=plan.proposed_level)
        return Done(_detail(s, plan, actor), Changes.PLANS | Changes.AUDIT)


def return_plan(store: Store, actor: m.Actor, plan_id: int, comment: str) -> Done[PlanDetail]:
    """APPROVE_PLAN; a comment is required."""
    require(actor, Permission.APPROVE_PLAN)
    with store.write() as s:
        plan = _plan(s, plan_id)
        _require_state(plan, PlanState.REQUESTED)
        problems: dict[str, str] = {}
        comment = _block(comment, "comment", rules.TEXT_MAX, problems, required=True)
        if problems:
            raise InvalidInput(problems)
        plan.state = PlanState.RETURNED.value
        plan.decided_by, plan.decided_at, plan.decision_comment = actor.operator, utcnow(), comment
        _event(s, plan, actor, "returned", comment)
        audit(s, actor, "plan_returned", f"plan {plan.plan_no}")
        return Done(_detail(s, plan, actor), Changes.PLANS | Changes.AUDIT)


def cancel_plan(store: Store, actor: m.Actor, plan_id: int, reason: str) -> Done[PlanDetail]:
    """A reason is required; a plan can be cancelled until its summary is written."""
    with store.write() as s:
        plan = _plan(s, plan_id)
        _require_state(plan, *OPEN)
        problems: dict[str, str] = {}
        reason = _block(reason, "reason", rules.TEXT_MAX, problems, required=True)
        if problems:
            raise InvalidInput(problems)
        plan.state = PlanState.CANCELLED.value
        _event(s, plan, actor, "cancelled", reason)
        audit(s, actor, "plan_cancelled", f"plan {plan.plan_no}")
        return Done(_detail(s, plan, actor), Changes.PLANS | Changes.AUDIT)


def adjust_standards(store: Store, actor: m.Actor, plan_id: int, standards: Standards) -> Done[PlanDetail]:
    """APPROVE_PLAN (the standards are the approver's word): this plan's standards; new meal limits re-fill
    the meals budget."""
    require(actor, Permission.APPROVE_PLAN)
    with store.write() as s:
        plan = _plan(s, plan_id)
        _require_state(plan, PlanState.APPROVED, PlanState.IN_PROGRESS)
        problems: dict[str, str] = {}
        texts = {name: _block(getattr(standards, name), name, rules.TEXT_MAX, problems)
                 for name in ("lodging", "accompany", "vehicle", "refreshments", "extras")}
        for name in ("meal_lunch", "meal_dinner"):
            if not rules.whole(getattr(standards, name), 0, rules.AMOUNT_MAX):
                problems[name] = "out_of_range"
        if problems:
            raise InvalidInput(problems)
        old = _standards(plan)
        new = Standards(**texts, meal_lunch=standards.meal_lunch, meal_dinner=standards.meal_dinner)
        plan.standards = _standards_dict(new)
        if (old.meal_lunch, old.meal_dinner) != (new.meal_lunch, new.meal_dinner):
            _refill_meals_budget(s, plan)
        _event(s, plan, actor, "standards")
        return Done(_detail(s, plan, actor), Changes.PLANS)


# --- itinerary, staff, money ----------------------------------------------------------------

def add_step(store: Store, actor: m.Actor, plan_id: int, kind: StepKind, title: str, at: datetime | None,
             place: str = "", owner: str = "", driver: str = "", remind_minutes: int = 30) -> Done[StepView]:
    """The step goes into the itinerary at its time (at the end without one); the owner defaults to the
    plan's reception person."""
    with store.write() as s:
        plan = _plan(s, plan_id)
        _require_state(plan, *OPEN)
        problems: dict[str, str] = {}
        try:
            kind = StepKind(kind)
        except ValueError:
            problems["step_kind"] = "invalid"
        values = _step_values({"title": title, "at": at, "place": place, "owner": owner, "driver": driver,
                               "remind_minutes": remind_minutes}, problems)
        if problems:
            raise InvalidInput(problems)
        step = db.PlanStep(plan_id=plan.id, seq=0, kind=str(kind), status="planned", **values)
        step.owner = step.owner or plan.reception_person
        s.add(step)
        s.flush()
        _reorder(s, plan.id, step)
        _event(s, plan, actor, "step_added", step.title)
        return Done(_step_view(step), Changes.PLANS)


def update_step(store: Store, actor: m.Actor, step_id: int, **fields) -> Done[StepView]:
    """title, at, place, owner, driver, remind_minutes, seq. A new time moves the step to its place in the
    itinerary; seq (1 = first) moves it there."""
    with store.write() as s:
        step = _step(s, step_id)
        plan = _plan(s, step.plan_id)
        _require_state(plan, *OPEN)
        problems = {name: "unknown" for name in sorted(set(fields) - STEP_FIELDS - {"seq"})}
        position = fields.pop("seq", None)
        if position is not None and not rules.whole(position, 1, 10_000):
            problems["seq"] = "out_of_range"
        values = _step_values({k: v for k, v in fields.items() if k in STEP_FIELDS}, problems)
        if problems:
            raise InvalidInput(problems)
        for name, value in values.items():
            setattr(step, name, value)
        if position is not None or "at" in values:
            _reorder(s, plan.id, step, position)
        _event(s, plan, actor, "step_changed", f"{step.title}: {', '.join(sorted(values) or ['seq'])}")
        return Done(_step_view(step), Changes.PLANS)


def set_step_status(store: Store, actor: m.Actor, step_id: int, status: str) -> Done[StepView]:
    """planned / done / skipped; the first step done makes an approved plan in_progress (the preparation
    does not: it is done before the guest comes)."""
    with store.write() as s:
        step = _step(s, step_id)
        plan = _plan(s, step.plan_id)
        _require_state(plan, PlanState.APPROVED, PlanState.IN_PROGRESS)
        if status not in STEP_STATUSES:
            raise InvalidInput({"status": "invalid"})
        step.status = str(status)
        step.done_at, step.done_by = (utcnow(), actor.operator) if status == "done" else (None, "")
        _event(s, plan, actor, {"done": "step_done", "skipped": "step_skipped"}.get(status, "step_reopened"),
               step.title)
        if status == "done" and step.kind != StepKind.PREPARE and plan.state == PlanState.APPROVED:
            plan.state = PlanState.IN_PROGRESS.value
            _event(s, plan, actor, "started")
        return Done(_step_view(step), Changes.PLANS)


def assign_reception_person(store: Store, actor: m.Actor, plan_id: int, person: str,
                            reason: str = "") -> Done[PlanDetail]:
    """Once the stay has begun (in_progress) a change needs a reason (the seed: the reception person should
    not change while the guest is here): InvalidInput {"reason": "required"} otherwise. The steps still
    planned that the former person (or nobody) owned pass to the new one."""
    with store.write() as s:
        plan = _plan(s, plan_id)
        _require_state(plan, *OPEN)
        problems: dict[str, str] = {}
        person = rules.line(person, "reception_person", rules.PERSON_MAX, problems, required=True)
        reason = _block(reason, "reason", rules.TEXT_MAX, problems)
        before = plan.reception_person
        changing = bool(before) and person != before
        if changing and plan.state == PlanState.IN_PROGRESS and not reason and "reception_person" not in problems:
            problems["reason"] = "required"
        if problems:
            raise InvalidInput(problems)
        if person == before:
            return Done(_detail(s, plan, actor), Changes.NONE)
        for step in s.scalars(select(db.PlanStep).where(db.PlanStep.plan_id == plan.id,
                                                         db.PlanStep.status == "planned",
                                                         db.PlanStep.owner.in_((before, "")))):
            step.owner = person
        plan.reception_person = person
        _event(s, plan, actor, "staff", "; ".join(x for x in (f"{before} -> {person}" if before else person, reason) if x))
        changes = Changes.PLANS
        if changing and plan.state == PlanState.IN_PROGRESS:
            audit(s, actor, "plan_staff", f"plan {plan.plan_no}", reason=reason)
            changes |= Changes.AUDIT
        return Done(_detail(s, plan, actor), changes)


def set_budget(store: Store, actor: m.Actor, plan_id: int, category: Category, planned: int) -> Done[BudgetLine]:
    """APPROVE_PLAN: the planned amount of one category, in whole yuan."""
    require(actor, Permission.APPROVE_PLAN)
    with store.write() as s:
        plan = _plan(s, plan_id)
        _require_state(plan, *OPEN)
        problems: dict[str, str] = {}
        category = _category(category, problems)
        if not rules.whole(planned, 0, rules.AMOUNT_MAX):
            problems["planned"] = "out_of_range"
        if problems:
            raise InvalidInput(problems)
        _set_planned(s, plan.id, category, planned)
        _event(s, plan, actor, "budget", f"{category} {planned}")
        return Done(next(b for b in _budget(s, plan.id) if b.category == category), Changes.PLANS)


def add_expense(store: Store, actor: m.Actor, plan_id: int, category: Category, amount: int, note: str = "",
                step_id: int | None = None) -> Done[ExpenseView]:
    """What was spent (whole yuan, more than 0), once the plan is approved and until after the visit."""
    with store.write() as s:
        plan = _plan(s, plan_id)
        _require_state(plan, PlanState.APPROVED, PlanState.IN_PROGRESS, PlanState.DONE)
        problems: dict[str, str] = {}
        category = _category(category, problems)
        if not rules.whole(amount, 1, rules.AMOUNT_MAX):
            problems["amount"] = "out_of_range"
        note = _block(note, "note", rules.TEXT_MAX, problems)
        if step_id is not None:
            step = s.get(db.PlanStep, step_id)
            if step is None or step.plan_id != plan.id:
                problems["step_id"] = "unknown"
        if problems:
            raise InvalidInput(problems)
        row = db.PlanExpense(plan_id=plan.id, step_id=step_id, category=str(category), amount=amount, note=note,
                             entered_by=actor.operator, at=utcnow(), signed_by="")
        s.add(row)
        s.flush()
        _event(s, plan, actor, "expense", f"{category} {amount}")
        return Done(_expense_view(row), Changes.PLANS)


def sign_off_expenses(store: Store, actor: m.Actor, plan_id: int) -> Done[PlanDetail]:
    """APPROVE_PLAN: the post-visit expense report (食宿费用签单报告) is signed; every expense records who.
    Expenses entered later wait for the next sign-off; a plan without expenses has nothing to sign."""
    require(actor, Permission.APPROVE_PLAN)
    with store.write() as s:
        plan = _plan(s, plan_id)
        _require_state(plan, PlanState.APPROVED, PlanState.IN_PROGRESS, PlanState.DONE)
        rows = s.scalars(select(db.PlanExpense).where(db.PlanExpense.plan_id == plan.id)).all()
        if not rows:
            raise InvalidInput({"expenses": "none"})
        unsigned = [r for r in rows if not r.signed_by]
        if not unsigned:
            return Done(_detail(s, plan, actor), Changes.NONE)
        for row in unsigned:
            row.signed_by = actor.operator
        total = sum(r.amount for r in unsigned)
        _event(s, plan, actor, "signed_off", f"{len(unsigned)} / {total}")
        audit(s, actor, "plan_signed_off", f"plan {plan.plan_no}", expenses=len(unsigned), total=total)
        return Done(_detail(s, plan, actor), Changes.PLANS | Changes.AUDIT)


# --- after the visit ------------------------------------------------------------------------

def write_summary(store: Store, actor: m.Actor, plan_id: int, summary: str) -> Done[PlanDetail]:
    """到访总结汇报 by the host (any operator writes; only READ_SUMMARY reads); the plan becomes done.
    The history records that it was written, never what it says."""
    with store.write() as s:
        plan = _plan(s, plan_id)
        _require_state(plan, PlanState.APPROVED, PlanState.IN_PROGRESS, PlanState.DONE)
        problems: dict[str, str] = {}
        summary = _block(summary, "summary", rules.SUMMARY_MAX, problems, required=True)
        if problems:
            raise InvalidInput(problems)
        plan.summary, plan.summary_by, plan.summary_at = summary, actor.operator, utcnow()
        plan.state = PlanState.DONE.value
        _event(s, plan, actor, "summary")
        return Done(_detail(s, plan, actor), Changes.PLANS)


def schedule_followup(store: Store, actor: m.Actor, plan_id: int, departure_at: datetime,
                      journey_minutes: int) -> Done[PlanDetail]:
    """The call is due when the guest should be home: departure plus the journey."""
    with store.write() as s:
        plan = _plan(s, plan_id)
        _require_state(plan, PlanState.APPROVED, PlanState.IN_PROGRESS, PlanState.DONE)
        if plan.followup_done_at is not None:
            raise NotActionable(f"plan {plan.plan_no}: the follow-up call was made", state=plan.state)
        problems: dict[str, str] = {}
        if departure_at is None:
            problems["departure_at"] = "required"
        rules.aware(departure_at, "departure_at", problems)
        if not rules.whole(journey_minutes, 0, rules.JOURNEY_MAX):
            problems["journey_minutes"] = "out_of_range"
        if problems:
            raise InvalidInput(problems)
        plan.departure_at, plan.journey_minutes = departure_at, journey_minutes
        plan.followup_due_at = departure_at + timedelta(minutes=journey_minutes)
        _event(s, plan, actor, "followup_scheduled", f"{plan.followup_due_at.astimezone():%Y-%m-%d %H:%M}")
        return Done(_detail(s, plan, actor), Changes.PLANS)


def record_followup(store: Store, actor: m.Actor, plan_id: int, outcome: str,
                    rating: int | None = None) -> Done[PlanDetail]:
    """The follow-up call made: what the guest said and their rating (1-5, or none)."""
    with store.write() as s:
        plan = _plan(s, plan_id)
        _require_state(plan, PlanState.APPROVED, PlanState.IN_PROGRESS, PlanState.DONE)
        problems: dict[str, str] = {}
        outcome = _block(outcome, "outcome", rules.TEXT_MAX, problems, required=True)
        if rating is not None and not rules.whole(rating, 1, 5):
            problems["rating"] = "invalid"
        if problems:
            raise InvalidInput(problems)
        plan.followup_done_at, plan.followup_by = utcnow(), actor.operator
        plan.followup_outcome, plan.followup_rating = outcome, rating
        _event(s, plan, actor, "followup", "" if rating is None else f"{rating}/5")
        return Done(_detail(s, plan, actor), Changes.PLANS)


# --- reading --------------------------------------------------------------------------------

def plans(store: Store, actor: m.Actor, states: tuple[PlanState, ...] | None = None,
          around: date | None = None) -> list[PlanSummary]:
    """Plans in those states (all when None), arriving soonest first; around: stays overlapping that day."""
    query = select(db.ReceptionPlan).order_by(db.ReceptionPlan.arrive_on, db.ReceptionPlan.id)
    if states is not None:
        query = query.where(db.ReceptionPlan.state.in_([str(x) for x in states]))
    if around is not None:
        query = query.where(db.ReceptionPlan.arrive_on <= around, db.ReceptionPlan.leave_on >= around)
    with store.read() as s:
        return _summaries(s, s.scalars(query).all())


def plan_detail(store: Store, actor: m.Actor, plan_id: int) -> PlanDetail:
    with store.read() as s:
        return _detail(s, _plan(s, plan_id, lock=False), actor)


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


def my_tasks(store: Store, person: str, day: date) -> list[tuple[PlanSummary, StepView]]:
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
        summaries = {p.id: p for p in _summaries(s, list({plan.id: plan for _, plan in rows}.values()))}
        return [(summaries[plan.id], _step_view(step)) for step, plan in rows]


def due_reminders(store: Store, now: datetime) -> list[PlanReminder]:
    """Steps starting within their remind_minutes, preparation steps on their day, follow-up calls due and
    not done.

    A step is due from remind_minutes before its time until its time (0 minutes: no reminder). A
    preparation step still planned is due from its day on until the guest's arrival day is over. A
    follow-up call is due from its time until it is recorded (unless the plan was cancelled)."""
    today = local_day(now)
    found: list[PlanReminder] = []
    with store.read() as s:
        hosts = _host_names(s)
        horizon = now + timedelta(minutes=rules.REMIND_MAX)
        rows = s.execute(select(db.PlanStep, db.ReceptionPlan)
                         .join(db.ReceptionPlan, db.PlanStep.plan_id == db.ReceptionPlan.id)
                         .where(db.ReceptionPlan.state.in_(LIVE), db.PlanStep.status == "planned",
                                db.PlanStep.at.is_not(None), db.PlanStep.at <= horizon)).all()
        for step, plan in rows:
            if step.kind == StepKind.PREPARE:
                if local_day(step.at) <= today <= plan.arrive_on:
                    found.append(_reminder("prepare", plan, step, step.at, step.title, step.owner))
            elif step.remind_minutes > 0 and step.at - timedelta(minutes=step.remind_minutes) <= now <= step.at:
                found.append(_reminder("step", plan, step, step.at, step.title, step.owner or step.driver))
        for plan in s.scalars(select(db.ReceptionPlan).where(
                db.ReceptionPlan.followup_due_at.is_not(None), db.ReceptionPlan.followup_due_at <= now,
                db.ReceptionPlan.followup_done_at.is_(None),
                db.ReceptionPlan.state != PlanState.CANCELLED.value)):
            owner = plan.reception_person or hosts.get(plan.host_id, "")
            text = "电话回访 Follow-up call" + (f" {plan.guest_phone}" if plan.guest_phone else "")
            found.append(_reminder("followup", plan, None, plan.followup_due_at, text, owner))
    return sorted(found, key=lambda r: (r.due_at, r.plan_no, r.step_id or 0))


# --- the parts ------------------------------------------------------------------------------

OPEN = (PlanState.REQUESTED, PlanState.RETURNED, PlanState.APPROVED, PlanState.IN_PROGRESS)
LIVE = (PlanState.APPROVED.value, PlanState.IN_PROGRESS.value)  # plans whose steps are really going to happen
STEP_STATUSES = ("planned", "done", "skipped")
STEP_FIELDS = {"title", "at", "place", "owner", "driver", "remind_minutes"}
STANDARD_FIELDS = tuple(f.name for f in fields(Standards))


def _plan(s: Session, plan_id: int, lock: bool = True) -> db.ReceptionPlan:
    plan = load(s, db.ReceptionPlan, plan_id, "plan", lock=lock)
    return plan


def _step(s: Session, step_id: int) -> db.PlanStep:
    step = load(s, db.PlanStep, step_id, "plan step")
    return step


def _require_state(plan: db.ReceptionPlan, *states: PlanState) -> None:
    if plan.state not in {str(x) for x in states}:
        raise NotActionable(f"plan {plan.plan_no} is {plan.state}", state=plan.state)


def _event(s: Session, plan: db.ReceptionPlan, actor: m.Actor, action: str, note: str = "") -> None:
    now = utcnow()
    plan.updated_at = now
    s.add(db.PlanEvent(plan_id=plan.id, at=now, operator=actor.operator, action=action, note=note))
    s.flush()
    record(s, "plan", plan.id)


def _block(value: str, name: str, limit: int, problems: dict[str, str], required: bool = False) -> str:
    text = rules.clean_block(value)
    if required and not text:
        problems[name] = "required"
    elif len(text) > limit:
        problems[name] = "too_long"
    return text


def _category(value, problems: dict[str, str]) -> Category:
    try:
        return Category(value)
    except ValueError:
        problems["category"] = "invalid"
        return Category.OTHER


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
        taken = s.scalars(select(db.ReceptionPlan.plan_no).where(db.ReceptionPlan.plan_no.like(prefix + "%"))).all()
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


def _standards(plan: db.ReceptionPlan) -> Standards:
    stored = plan.standards or {}
    return Standards(**{k: stored[k] for k in STANDARD_FIELDS if k in stored})


def _standards_dict(standards: Standards) -> dict:
    return {name: getattr(standards, name) for name in STANDARD_FIELDS}


def _stay_days(plan: db.ReceptionPlan) -> int:
    return (plan.leave_on - plan.arrive_on).days + 1


def _refill_meals_budget(s: Session, plan: db.ReceptionPlan) -> None:
    """Meals: lunch and dinner for the party on each day of the stay; the other lines start at 0 (the
    levels give no amounts for them: the approver enters them)."""
    standards = _standards(plan)
    _set_planned(s, plan.id, Category.MEALS, _stay_days(plan) * (standards.meal_lunch + standards.meal_dinner))
    for category in Category:
        if category != Category.MEALS and _budget_row(s, plan.id, category) is None:
            _set_planned(s, plan.id, category, 0)


def _budget_row(s: Session, plan_id: int, category: Category) -> db.PlanBudget | None:
    return s.scalars(select(db.PlanBudget).where(db.PlanBudget.plan_id == plan_id,
                                                 db.PlanBudget.category == str(category))).first()


def _set_planned(s: Session, plan_id: int, category: Category, planned: int) -> None:
    row = _budget_row(s, plan_id, category)
    if row is None:
        s.add(db.PlanBudget(plan_id=plan_id, category=str(category), planned=planned))
    else:
        row.planned = planned
    s.flush()


def _create_default_steps(s: Session, plan: db.ReceptionPlan) -> None:
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


def _step_values(values: dict, problems: dict[str, str]) -> dict:
    out = {}
    if "title" in values:
        out["title"] = rules.line(values["title"], "title", rules.LINE_MAX, problems, required=True, prose=True)
    if "at" in values:
        rules.aware(values["at"], "at", problems)
        out["at"] = values["at"]
    if "place" in values:
        out["place"] = rules.line(values["place"], "place", rules.LINE_MAX, problems, prose=True)
    for name in ("owner", "driver"):
        if name in values:
            out[name] = rules.line(values[name], name, rules.PERSON_MAX, problems)
    if "remind_minutes" in values:
        if not rules.whole(values["remind_minutes"], 0, rules.REMIND_MAX):
            problems["remind_minutes"] = "out_of_range"
        out["remind_minutes"] = values["remind_minutes"]
    return out


def _step_view(r: db.PlanStep) -> StepView:
    return StepView(r.id, r.seq, StepKind(r.kind), r.title, r.at, r.place, r.owner, r.driver, r.status, r.done_at,
                    r.remind_minutes)


def _expense_view(r: db.PlanExpense) -> ExpenseView:
    return ExpenseView(r.id, r.step_id, Category(r.category), r.amount, r.note, r.entered_by, r.at, r.signed_by)


def _budget(s: Session, plan_id: int) -> tuple[BudgetLine, ...]:
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


def _host_names(s: Session) -> dict[int, str]:
    return dict(s.execute(select(db.Host.id, db.Host.name)).all())


def _steps(s: Session, plan_ids: list[int]) -> dict[int, list[db.PlanStep]]:
    found: dict[int, list[db.PlanStep]] = {pid: [] for pid in plan_ids}
    if plan_ids:
        for step in s.scalars(select(db.PlanStep).where(db.PlanStep.plan_id.in_(plan_ids))
                              .order_by(db.PlanStep.seq, db.PlanStep.id)):
            found[step.plan_id].append(step)
    return found


def _summaries(s: Session, rows: list[db.ReceptionPlan]) -> list[PlanSummary]:
    hosts = _host_names(s)
    steps = _steps(s, [p.id for p in rows])
    out = []
    for p in rows:
        upcoming = next((x for x in steps[p.id] if x.status == "planned"), None)
        out.append(PlanSummary(
            p.id, p.plan_no, PlanState(p.state), p.guest_name, p.company, p.party_size, p.arrive_on, p.leave_on,
            p.level or p.proposed_level, hosts.get(p.host_id, ""), p.reception_person,
            _step_view(upcoming) if upcoming else None, p.followup_due_at, p.followup_done_at is not None))
    return out


def _visit_ids(s: Session, appointment_id: int | None) -> tuple[int, ...]:
    if appointment_id is None:
        return ()
    members = select(db.Appointment.id).where(db.Appointment.leader_id == appointment_id)
    return tuple(s.scalars(select(db.Visit.id).where(or_(db.Visit.appointment_id == appointment_id,
                                                         db.Visit.appointment_id.in_(members)))
                           .order_by(db.Visit.id)))


def _detail(s: Session, p: db.ReceptionPlan, actor: m.Actor) -> PlanDetail:
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
        decision_comment=p.decision_comment, standards=_standards(p), reception_person=p.reception_person,
        steps=tuple(_step_view(x) for x in _steps(s, [p.id])[p.id]), budget=_budget(s, p.id),
        expenses=tuple(_expense_view(x) for x in expenses),
        events=tuple(EventView(e.at, e.operator, e.action, e.note) for e in events),
        summary=p.summary if readable else "", summary_hidden=bool(p.summary) and not readable,
        summary_by=p.summary_by, departure_at=p.departure_at, journey_minutes=p.journey_minutes,
        followup_due_at=p.followup_due_at, followup_done_at=p.followup_done_at, followup_by=p.followup_by,
        followup_outcome=p.followup_outcome, followup_rating=p.followup_rating,
        visit_ids=_visit_ids(s, p.appointment_id))


def _reminder(kind: str, plan: db.ReceptionPlan, step: db.PlanStep | None, due: datetime, text: str,
              owner: str) -> PlanReminder:
    return PlanReminder(kind, plan.id, plan.plan_no, plan.guest_name, step.id if step else None, due, text, owner)
