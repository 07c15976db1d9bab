"""The audit log: append-only (the database refuses UPDATE and DELETE on it).

Write the entry in the same transaction as what it records, so an action and its entry stand or fall
together. Subjects name visits by number and people only masked: the log outlives the retention period."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from shared.domain import model as m
from shared.store import models as db
from shared.store.engine import Store
from shared.store.feed import record
from shared.store.types import utcnow
from shared.services.common.boundary import guard_module


@dataclass(frozen=True, slots=True)
class AuditView:
    id: int
    at: datetime
    operator: str
    station: str
    action: str
    subject: str
    detail: dict


def audit(s: Session, actor: m.Actor, action: str, subject: str = "", **detail) -> None:
    """action: sign_in / sign_in_failed / reveal / export / enquiry / purge / erase / settings / ..."""
    entry = db.AuditEntry(at=utcnow(), operator=actor.operator, station=actor.station, action=action,
                          subject=subject, detail=detail)
    s.add(entry)
    s.flush()
    record(s, "audit", entry.id)


def read_audit(store: Store, actor: m.Actor, action: str | None = None, limit: int = 500) -> list[AuditView]:
    """The log as security and admins read it (NotPermitted for others)."""
    from shared.domain.permissions import Permission, require

    require(actor, Permission.READ_AUDIT)
    return audit_entries(store, action, limit)


def audit_entries(store: Store, action: str | None = None, limit: int = 500) -> list[AuditView]:
    """Newest first (for the system and tests; screens use read_audit)."""
    with store.read() as s:
        query = select(db.AuditEntry).order_by(db.AuditEntry.id.desc()).limit(limit)
        if action is not None:
            query = query.where(db.AuditEntry.action == action)
        return [AuditView(r.id, r.at, r.operator, r.station, r.action, r.subject, dict(r.detail or {}))
                for r in s.scalars(query)]


guard_module(globals())
