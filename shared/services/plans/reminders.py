"""What a person should do now about the plans: steps coming up, preparation days and follow-up calls due."""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from shared.domain import plan_rules as rules
from shared.domain.plan_itinerary import local_day
from shared.domain.plans import LIVE, PlanReminder, PlanState, StepKind
from shared.services.common.unavailable import store_unavailable
from shared.services.plans.views import host_names
from shared.store import models as db
from shared.store.engine import Store
from shared.services.common.boundary import guard_module
from shared.domain import model as m
from shared.domain.permissions import Permission, needs


@store_unavailable()  # the polling panels keep what they show when the database is away
@needs(Permission.DESK)
def due_reminders(store: Store, actor: m.Actor, now: datetime) -> list[PlanReminder]:
    """Steps starting within their remind_minutes, preparation steps on their day, follow-up calls due and
    not done.

    A step is due from remind_minutes before its time until its time (0 minutes: no reminder). A
    preparation step still planned is due from its day on until the guest's arrival day is over. A
    follow-up call is due from its time until it is recorded (unless the plan was cancelled)."""
    today = local_day(now)
    found: list[PlanReminder] = []
    with store.read() as s:
        hosts = host_names(s)
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


def _reminder(kind: str, plan: db.ReceptionPlan, step: db.PlanStep | None, due: datetime, text: str,
              owner: str) -> PlanReminder:
    return PlanReminder(kind, plan.id, plan.plan_no, plan.guest_name, step.id if step else None, due, text, owner)


guard_module(globals())
