"""Operators sign in at a console with a name and PIN; every action then records who did it.

A wrong PIN five times locks the name for a while: a PIN is short, so guessing must be slow."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from sqlalchemy import select

from shared.changes import Changes, Done
from shared.domain import model as m
from shared.domain.errors import InvalidInput
from shared.domain.pins import hash_pin, verify_pin
from shared.domain.text import clean_text
from shared.store import models as db
from shared.store.engine import Store
from shared.store.feed import record
from shared.store.types import utcnow

MAX_FAILURES = 5
LOCK_MINUTES = 5


class Role(StrEnum):
    RECEPTIONIST = "receptionist"
    SECURITY = "security"
    ADMIN = "admin"


@dataclass(frozen=True, slots=True)
class OperatorView:
    id: int
    name: str
    role: Role

    def actor(self, station: str) -> m.Actor:
        return m.Actor(station=station, operator=self.name)


def _pin_problem(pin: str) -> str | None:
    return None if pin.isdigit() and 4 <= len(pin) <= 8 else "invalid"  # 4-8 digits, typed on a pad


def add_operator(store: Store, actor: m.Actor, name: str, role: Role, pin: str) -> Done[OperatorView]:
    name = clean_text(name)
    problems = {}
    if not name:
        problems["name"] = "required"
    if (problem := _pin_problem(pin)) is not None:
        problems["pin"] = problem
    if problems:
        raise InvalidInput(problems)
    with store.write() as s:
        if s.scalars(select(db.Operator).where(db.Operator.name == name)).first() is not None:
            raise InvalidInput({"name": "taken"})
        row = db.Operator(name=name, role=str(Role(role)), pin_hash=hash_pin(pin))
        s.add(row)
        s.flush()
        record(s, "operator", row.id)
        return Done(OperatorView(row.id, row.name, Role(row.role)), Changes.NONE)


def sign_in(store: Store, name: str, pin: str) -> OperatorView:
    """The operator, or InvalidInput: {"pin": "wrong"} for any unknown name or wrong PIN (no hint
    which), {"pin": "locked"} after too many failures."""
    now = utcnow()
    with store.write() as s:
        row = s.scalars(select(db.Operator).where(db.Operator.name == clean_text(name),
                                                  db.Operator.active.is_(True))).first()
        if row is None:
            verify_pin(pin, hash_pin("0000"))  # the same work as a real check: no timing hint
            raise InvalidInput({"pin": "wrong"})
        if row.locked_until is not None and row.locked_until > now:
            raise InvalidInput({"pin": "locked"})
        if not verify_pin(pin, row.pin_hash):
            row.failed_attempts += 1
            if row.failed_attempts >= MAX_FAILURES:
                row.failed_attempts, row.locked_until = 0, now + timedelta(minutes=LOCK_MINUTES)
            wrong = True
        else:
            row.failed_attempts, row.locked_until, wrong = 0, None, False
        view = OperatorView(row.id, row.name, Role(row.role))
    if wrong:  # raised after the commit, so the failure is counted
        raise InvalidInput({"pin": "wrong"})
    return view
