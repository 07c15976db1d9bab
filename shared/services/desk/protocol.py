"""A visit's reception protocol: its level's checklist, what the desk has ticked, and the meal budget.

A group is received as one party: its protocol is kept on the first member's visit (the leader), so
ticking "room" on any member's row ticks it for the whole party, and the budget is for the group size."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from shared.changes import Changes, Done
from shared.domain import model as m
from shared.domain.permissions import Permission, needs
from shared.domain.errors import InvalidInput
from shared.store import models as db
from shared.services.common.loading import load
from shared.services.common.boundary import guard_module
from shared.store.engine import Store
from shared.store.feed import record
from shared.store.types import utcnow

from shared.services.directory.levels import (
    TEXT_FIELDS,
    ChecklistItem,
    LevelPolicy,
    MealBudget,
    checklist,
    load_levels,
    meal_budget,
)

ITEMS = ("badge", *TEXT_FIELDS, "meals")  # every item a checklist can have


@dataclass(frozen=True, slots=True)
class Tick:
    item: str
    at: datetime
    operator: str


@dataclass(frozen=True, slots=True)
class Protocol:
    visit_id: int
    level: m.ReceptionLevel
    policy: LevelPolicy
    items: tuple[ChecklistItem, ...]
    budget: MealBudget
    ticks: dict[str, Tick]  # item -> who ticked it and when

    @property
    def guests(self) -> int:
        return self.budget.guests

    @property
    def complete(self) -> bool:
        return all(i.done for i in self.items)


def _visit(s: Session, visit_id: int) -> db.Visit:
    visit = load(s, db.Visit, visit_id, "visit", visit_id=visit_id)
    return visit


def _party(s: Session, visit: db.Visit) -> list[db.Visit]:
    """The visits that share this visit's protocol, the leader (who keeps the ticks) first."""
    if visit.group_id is None:
        return [visit]
    return list(s.scalars(select(db.Visit).where(db.Visit.group_id == visit.group_id)
                          .order_by(db.Visit.member_no, db.Visit.id)))


def _guests(s: Session, visit: db.Visit) -> int:
    if visit.group_id is not None:
        group = s.get(db.VisitGroup, visit.group_id)
        if group is not None:
            return group.size
    return visit.party_size or 1


def _protocol(s: Session, visit: db.Visit) -> Protocol:
    leader = _party(s, visit)[0]
    level = m.ReceptionLevel(visit.level)
    policy = load_levels(s)[level]
    ticks = {t.item: Tick(t.item, t.at, t.operator)
             for t in s.scalars(select(db.ChecklistTick).where(db.ChecklistTick.visit_id == leader.id))}
    return Protocol(visit.id, level, policy, tuple(checklist(policy, frozenset(ticks))),
                    meal_budget(policy, _guests(s, visit)), ticks)


@needs(Permission.DESK)
def visit_protocol(store: Store, actor: m.Actor, visit_id: int) -> Protocol:
    with store.read() as s:
        return _protocol(s, _visit(s, visit_id))


@needs(Permission.DESK)
def tick(store: Store, actor: m.Actor, visit_id: int, item: str, done: bool) -> Done[Protocol]:
    """Mark one protocol item done (or not done again), recording who and when."""
    if item not in ITEMS:
        raise InvalidInput({"item": "unknown"})
    with store.write() as s:
        party = _party(s, _visit(s, visit_id))
        leader = party[0]
        # Two desks ticking at once wait in turn (of=: the visit's eager joins cannot be locked).
        s.scalars(select(db.Visit).where(db.Visit.id == leader.id).with_for_update(of=db.Visit)).first()
        visit = s.get(db.Visit, visit_id)
        if done and item not in {i.item for i in checklist(load_levels(s)[m.ReceptionLevel(visit.level)])}:
            raise InvalidInput({"item": "unknown"})  # this level's protocol does not ask for it
        row = s.scalars(select(db.ChecklistTick).where(db.ChecklistTick.visit_id == leader.id,
                                                       db.ChecklistTick.item == item)).first()
        if done and row is None:
            s.add(db.ChecklistTick(visit_id=leader.id, item=item, at=utcnow(), operator=actor.operator))
        elif not done and row is not None:
            s.delete(row)
        s.flush()
        for member in party:
            record(s, "visit", member.id)
        return Done(_protocol(s, visit), Changes.VISITS)


guard_module(globals())
