"""Loading a plan or a step to change it, and recording each change as a PlanEvent."""
from __future__ import annotations

from sqlalchemy.orm import Session

from shared.domain import model as m
from shared.services.common.loading import load
from shared.store import models as db
from shared.store.feed import record
from shared.store.types import utcnow
from shared.services.common.boundary import guard_module


def load_plan(s: Session, plan_id: int, lock: bool = True) -> db.ReceptionPlan:
    return load(s, db.ReceptionPlan, plan_id, "plan", lock=lock)


def load_step(s: Session, step_id: int) -> db.PlanStep:
    return load(s, db.PlanStep, step_id, "plan step")


def log_event(s: Session, plan: db.ReceptionPlan, actor: m.Actor, action: str, note: str = "") -> None:
    now = utcnow()
    plan.updated_at = now
    s.add(db.PlanEvent(plan_id=plan.id, at=now, operator=actor.operator, action=action, note=note))
    s.flush()
    record(s, "plan", plan.id)


guard_module(globals())
