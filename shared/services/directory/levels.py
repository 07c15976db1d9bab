"""Reception levels (接待级别): the protocol for each level of guest and its meal budget.

The seed's rule: meal limits are set for two guests; every guest beyond two adds a per-person
amount to each meal."""
from __future__ import annotations

from dataclasses import dataclass, fields, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from shared.changes import Changes, Done
from shared.domain.permissions import Permission, needs
from shared.domain import model as m
from shared.domain.errors import InvalidInput, NotFound
from shared.domain.text import clean_text
from shared.store import models as db
from shared.store.engine import Store
from shared.store.feed import record

from shared.services.site.audit import audit
from shared.services.common.boundary import check_changes, guard_module

BASE_GUESTS = 2  # the limits cover this many guests
TEXT_FIELDS = ("accompany", "room", "refreshments", "vehicle", "lodging")
AMOUNT_FIELDS = ("meal_lunch", "meal_dinner", "meal_extra")
MAX_AMOUNT = 1_000_000  # yuan: a typo guard, not a policy
MAX_WAIT_WARN = 240


@dataclass(frozen=True, slots=True)
class LevelPolicy:
    key: m.ReceptionLevel
    badge: str  # visitor / vip
    accompany: str
    room: str
    refreshments: str
    vehicle: str
    lodging: str
    meal_lunch: int
    meal_dinner: int
    meal_extra: int
    wait_warn_minutes: int


@dataclass(frozen=True, slots=True)
class MealBudget:
    guests: int
    lunch: int
    dinner: int

    @property
    def total(self) -> int:
        return self.lunch + self.dinner


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    item: str  # badge / accompany / room / refreshments / vehicle / lodging / meals
    text: str  # what the policy says for it
    done: bool = False


def meal_budget(policy: LevelPolicy, guests: int) -> MealBudget:
    extra = max(0, guests - BASE_GUESTS) * policy.meal_extra
    return MealBudget(max(1, guests), policy.meal_lunch + extra, policy.meal_dinner + extra)


def checklist(policy: LevelPolicy, done: frozenset[str] = frozenset()) -> list[ChecklistItem]:
    """The protocol to carry out for a visit of this level; items the policy leaves empty are left out."""
    items = [ChecklistItem("badge", policy.badge, "badge" in done)]
    items += [ChecklistItem(name, getattr(policy, name), name in done)
              for name in TEXT_FIELDS if getattr(policy, name)]
    if policy.meal_lunch or policy.meal_dinner:
        items.append(ChecklistItem("meals", "", "meals" in done))
    return items


def _policy(row: db.ReceptionLevelPolicy) -> LevelPolicy:
    return LevelPolicy(m.ReceptionLevel(row.key), row.badge, row.accompany, row.room, row.refreshments,
                       row.vehicle, row.lodging, row.meal_lunch, row.meal_dinner, row.meal_extra,
                       row.wait_warn_minutes)


def load_levels(s: Session) -> dict[m.ReceptionLevel, LevelPolicy]:
    return {m.ReceptionLevel(r.key): _policy(r) for r in s.scalars(select(db.ReceptionLevelPolicy))}


def levels(store: Store) -> dict[m.ReceptionLevel, LevelPolicy]:
    """Every level, in the order standard, senior, VIP."""
    with store.read() as s:
        found = load_levels(s)
    return {key: found[key] for key in m.ReceptionLevel if key in found}


def _problems(policy: LevelPolicy) -> dict[str, str]:
    problems = {}
    if policy.badge not in ("visitor", "vip"):
        problems["badge"] = "invalid"
    for name in AMOUNT_FIELDS:
        value = getattr(policy, name)
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_AMOUNT:
            problems[name] = "out_of_range"
    if not isinstance(policy.wait_warn_minutes, int) or not 1 <= policy.wait_warn_minutes <= MAX_WAIT_WARN:
        problems["wait_warn_minutes"] = "out_of_range"
    return problems


@needs(Permission.SETTINGS)
def update_level(store: Store, actor: m.Actor, key: m.ReceptionLevel | str, **changes) -> Done[LevelPolicy]:
    """An admin changes a level; unknown fields or bad values change nothing (InvalidInput)."""
    known = {f.name for f in fields(LevelPolicy)} - {"key"}
    if unknown := set(changes) - known:
        raise InvalidInput({name: "unknown" for name in sorted(unknown)})
    with store.write() as s:
        row = s.get(db.ReceptionLevelPolicy, str(key), with_for_update=True)
        if row is None:
            raise NotFound(f"no reception level {key}")
        current = _policy(row)
        check_changes(current, changes)  # a text stays text, a number a number, before anything reads them
        changes = {k: clean_text(v) if k in TEXT_FIELDS else v for k, v in changes.items()}
        new = replace(current, **changes)
        if problems := _problems(new):
            raise InvalidInput(problems)
        for name, value in changes.items():
            setattr(row, name, value)
        row.updated_by = actor.operator
        record(s, "setting", 0)
        audit(s, actor, "settings", f"reception level {key}", **changes)
        return Done(new, Changes.SETTINGS)


guard_module(globals())
