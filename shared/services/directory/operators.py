"""Operators sign in at a console with a name and PIN; every action then records who did it.

A wrong PIN five times locks the name for a while: a PIN is short, so guessing must be slow."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from functools import cache

from sqlalchemy import select

from shared.changes import Changes, Done
from shared.domain.permissions import Permission, needs
from shared.domain import model as m
from shared.domain.errors import InvalidInput
from shared.domain.pins import hash_pin, needs_rehash, verify_pin
from shared.domain.text import clean_text
from shared.store import models as db
from shared.services.common.loading import load
from shared.store.engine import Store
from shared.store.feed import record
from shared.store.types import utcnow

from shared.services.site.audit import audit
from shared.services.common.boundary import guard_module

MAX_FAILURES = 5
LOCK_MINUTES = 5


@cache
def _stand_in_hash() -> str:
    """What an unknown name's PIN is checked against, made once."""
    return hash_pin("0000")


class Role(StrEnum):
    RECEPTIONIST = "receptionist"
    SECURITY = "security"
    LEADER = "leader"  # approves reception plans, reads visit summaries
    ADMIN = "admin"


@dataclass(frozen=True, slots=True)
class OperatorView:
    id: int
    name: str
    role: Role

    def actor(self, station: str) -> m.Actor:
        return m.Actor(station=station, operator=self.name, role=str(self.role))


def _pin_problem(pin: str) -> str | None:
    return None if pin.isdigit() and 4 <= len(pin) <= 8 else "invalid"  # 4-8 digits, typed on a pad


def _new_operator_problems(name: str, role: str, pin: str) -> dict[str, str]:
    problems = {}
    if not name:
        problems["name"] = "required"
    elif len(name) > 80:
        problems["name"] = "too_long"
    if role not in set(Role):
        problems["role"] = "invalid"
    if (problem := _pin_problem(pin)) is not None:
        problems["pin"] = problem
    return problems


def _insert(s, name: str, role: Role, pin: str) -> OperatorView:
    if s.scalars(select(db.Operator).where(db.Operator.name == name)).first() is not None:
        raise InvalidInput({"name": "taken"})
    row = db.Operator(name=name, role=str(Role(role)), pin_hash=hash_pin(pin))
    s.add(row)
    s.flush()
    record(s, "operator", row.id)
    return OperatorView(row.id, row.name, Role(row.role))


@needs(Permission.OPERATORS)
def add_operator(store: Store, actor: m.Actor, name: str, role: Role, pin: str) -> Done[OperatorView]:
    name = clean_text(name)
    if problems := _new_operator_problems(name, role, pin):
        raise InvalidInput(problems)
    with store.write() as s:
        return Done(_insert(s, name, Role(role), pin), Changes.NONE)


def create_first_admin(store: Store, name: str, pin: str) -> Done[OperatorView]:
    """A new site has nobody to sign in: the first person at a console makes themselves admin.
    Once any operator exists this is refused (two consoles racing: one wins)."""
    name = clean_text(name)
    if problems := _new_operator_problems(name, Role.ADMIN, pin):
        raise InvalidInput(problems)
    with store.write() as s:
        if s.scalars(select(db.Operator.id)).first() is not None:
            raise InvalidInput({"operator": "exists"})
        return Done(_insert(s, name, Role.ADMIN, pin), Changes.NONE)


def has_operators(store: Store) -> bool:
    with store.read() as s:
        return s.scalars(select(db.Operator.id)).first() is not None


@dataclass(frozen=True, slots=True)
class OperatorRecord:
    id: int
    name: str
    role: Role
    active: bool


def operator_list(store: Store, include_inactive: bool = True) -> list[OperatorRecord]:
    with store.read() as s:
        query = select(db.Operator).order_by(db.Operator.name)
        if not include_inactive:
            query = query.where(db.Operator.active.is_(True))
        return [OperatorRecord(r.id, r.name, Role(r.role), r.active) for r in s.scalars(query)]


def _admin_left(s, excluding: int) -> bool:
    return s.scalars(select(db.Operator.id).where(db.Operator.role == str(Role.ADMIN), db.Operator.active.is_(True),
                                                  db.Operator.id != excluding)).first() is not None


@needs(Permission.OPERATORS)
def update_operator(store: Store, actor: m.Actor, operator_id: int, *, role: Role | None = None,
                    active: bool | None = None, pin: str | None = None) -> Done[OperatorRecord]:
    """An admin changes a role, (de)activates someone, or sets a new PIN (which also unlocks).
    The last active admin cannot be removed: the site would have nobody to manage it."""
    problems = {}
    if role is not None and role not in set(Role):
        problems["role"] = "invalid"
    if pin is not None and (problem := _pin_problem(pin)) is not None:
        problems["pin"] = problem
    if problems:
        raise InvalidInput(problems)
    with store.write() as s:
        row = load(s, db.Operator, operator_id, "operator", lock=True)
        losing_admin = row.role == Role.ADMIN and row.active and (active is False or role not in (None, Role.ADMIN))
        if losing_admin and not _admin_left(s, row.id):
            raise InvalidInput({"operator": "last_admin"})
        if role is not None:
            row.role = str(Role(role))
        if active is not None:
            row.active = active
        if pin is not None:
            row.pin_hash, row.failed_attempts, row.locked_until = hash_pin(pin), 0, None
        record(s, "operator", row.id)
        return Done(OperatorRecord(row.id, row.name, Role(row.role), row.active), Changes.NONE)


def sign_in(store: Store, name: str, pin: str, station: str = "") -> OperatorView:
    """The operator, or InvalidInput: {"pin": "wrong"} for any unknown name or wrong PIN (no hint
    which), {"pin": "locked"} after too many failures. Every attempt is in the audit log."""
    now = utcnow()
    name = clean_text(name)
    who = m.Actor(station=station, operator=name[:80])
    problem = None
    with store.write() as s:
        row = s.scalars(select(db.Operator).where(db.Operator.name == name,
                                                  db.Operator.active.is_(True))).first()
        if row is None:
            verify_pin(pin, _stand_in_hash())  # the same work as a real check: no timing hint
            problem = "wrong"
        elif row.locked_until is not None and row.locked_until > now:
            problem = "locked"
        elif not verify_pin(pin, row.pin_hash):
            row.failed_attempts += 1
            if row.failed_attempts >= MAX_FAILURES:
                row.failed_attempts, row.locked_until = 0, now + timedelta(minutes=LOCK_MINUTES)
                audit(s, who, "operator_locked", name)
            problem = "wrong"
        else:
            row.failed_attempts, row.locked_until = 0, None
            if needs_rehash(row.pin_hash):  # an older, weaker hash: replaced now the PIN is known
                row.pin_hash = hash_pin(pin)
        audit(s, who, "sign_in_failed" if problem else "sign_in", name, **({"why": problem} if problem else {}))
        view = OperatorView(row.id, row.name, Role(row.role)) if row is not None else None
    if problem:  # raised after the commit, so the failure is counted and audited
        raise InvalidInput({"pin": problem})
    return view


guard_module(globals())
