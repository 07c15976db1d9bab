"""After the visit: the host's summary (到访总结汇报) and the follow-up call (电话回访)."""
from __future__ import annotations

from datetime import datetime, timedelta

from shared.changes import Changes, Done
from shared.domain import model as m
from shared.domain.permissions import Permission, needs
from shared.domain import plan_rules as rules
from shared.domain.errors import InvalidInput, NotActionable
from shared.domain.plans import PlanDetail, PlanState, require_state
from shared.services.plans.records import load_plan, log_event
from shared.services.plans.views import detail
from shared.store.engine import Store
from shared.store.types import utcnow
from shared.services.common.boundary import guard_module


@needs(Permission.DESK)
def write_summary(store: Store, actor: m.Actor, plan_id: int, summary: str) -> Done[PlanDetail]:
    """到访总结汇报 by the host (any operator writes; only READ_SUMMARY reads); the plan becomes done.
    The history records that it was written, never what it says."""
    with store.write() as s:
        plan = load_plan(s, plan_id)
        require_state(plan, PlanState.APPROVED, PlanState.IN_PROGRESS, PlanState.DONE)
        problems: dict[str, str] = {}
        summary = rules.block(summary, "summary", rules.SUMMARY_MAX, problems, required=True)
        if problems:
            raise InvalidInput(problems)
        plan.summary, plan.summary_by, plan.summary_at = summary, actor.operator, utcnow()
        plan.state = PlanState.DONE.value
        log_event(s, plan, actor, "summary")
        return Done(detail(s, plan, actor), Changes.PLANS)


@needs(Permission.DESK)
def schedule_followup(store: Store, actor: m.Actor, plan_id: int, departure_at: datetime,
                      journey_minutes: int) -> Done[PlanDetail]:
    """The call is due when the guest should be home: departure plus the journey."""
    with store.write() as s:
        plan = load_plan(s, plan_id)
        require_state(plan, PlanState.APPROVED, PlanState.IN_PROGRESS, PlanState.DONE)
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
        log_event(s, plan, actor, "followup_scheduled", f"{plan.followup_due_at.astimezone():%Y-%m-%d %H:%M}")
        return Done(detail(s, plan, actor), Changes.PLANS)


@needs(Permission.DESK)
def record_followup(store: Store, actor: m.Actor, plan_id: int, outcome: str,
                    rating: int | None = None) -> Done[PlanDetail]:
    """The follow-up call made: what the guest said and their rating (1-5, or none)."""
    with store.write() as s:
        plan = load_plan(s, plan_id)
        require_state(plan, PlanState.APPROVED, PlanState.IN_PROGRESS, PlanState.DONE)
        problems: dict[str, str] = {}
        outcome = rules.block(outcome, "outcome", rules.TEXT_MAX, problems, required=True)
        if rating is not None and not rules.whole(rating, 1, 5):
            problems["rating"] = "invalid"
        if problems:
            raise InvalidInput(problems)
        plan.followup_done_at, plan.followup_by = utcnow(), actor.operator
        plan.followup_outcome, plan.followup_rating = outcome, rating
        log_event(s, plan, actor, "followup", "" if rating is None else f"{rating}/5")
        return Done(detail(s, plan, actor), Changes.PLANS)


guard_module(globals())
