"""The audit log: append-only (the database refuses UPDATE and DELETE on it).

Write the entry in the same transaction as what it records, so an action and its entry stand or fall
together. Subjects name visits by number and people only masked: the log outlives the retention period.
Whatever was typed into the action (a reason, who an archive went to, an enquirer's organisation) is
kept apart in audit_detail, which the retention purge and an erasure delete; the entry keeps a marker."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from shared.domain import model as m
from shared.domain.permissions import Permission, needs
from shared.store import models as db
from shared.store.engine import Store
from shared.store.feed import record
from shared.store.types import utcnow
from shared.services.common.boundary import guard_module

from shared.services.common import search

# Text values the services write from their own vocabulary, or already masked: safe in the entry.
# Any other text value is taken to be typed by someone and kept apart.
PLAIN_KEYS = frozenset({"field", "step", "kind", "format", "answer", "why", "before", "id_type", "printer",
                        "digest", "filter", "enquirer", "approver"})
# Configuration changes: values an administrator set for the site, not about a person.
CONFIG_ACTIONS = frozenset({"settings"})
KEPT_APART = "(see detail)"  # in the entry: the text was given, and sits in audit_detail
REMOVED = "(removed)"  # as read: the text was given, and the purge or an erasure has deleted it


@dataclass(frozen=True, slots=True)
class AuditView:
    id: int
    at: datetime
    operator: str
    station: str
    action: str
    subject: str
    detail: dict


def audit(s: Session, actor: m.Actor, action: str, subject: str = "", *, visit_id: int | None = None,
          **detail) -> None:
    """action: sign_in / sign_in_failed / reveal / export / enquiry / purge / erase / settings / ...
    visit_id: the visit the typed text was about, so erasing its visitor deletes the text too."""
    typed = {} if action in CONFIG_ACTIONS else {
        k: v for k, v in detail.items() if isinstance(v, str) and v and k not in PLAIN_KEYS}
    entry = db.AuditEntry(at=utcnow(), operator=actor.operator, station=actor.station, action=action,
                          subject=subject, detail={**detail, **dict.fromkeys(typed, KEPT_APART)})
    s.add(entry)
    s.flush()
    for key, value in typed.items():
        s.add(db.AuditDetail(audit_id=entry.id, at=entry.at, visit_id=visit_id, field=key, value=value))
    record(s, "audit", entry.id)


def forget_audit_details(s: Session, before: datetime | None = None, visit_ids: Iterable[int] = (),
                         mentioning: Iterable[str] = ()) -> int:
    """Delete typed texts: those older than `before` (the retention purge), or about these visits, or
    containing one of these values (an erasure: the person's mobile, ID number, name). The entries stay."""
    visit_ids, mentioning = list(visit_ids), [t for t in mentioning if t]
    conditions = [db.AuditDetail.visit_id.in_(visit_ids)] if visit_ids else []
    conditions += [search.contains(db.AuditDetail.value, t) for t in mentioning]
    if before is not None:
        conditions.append(db.AuditDetail.at < before)
    if not conditions:
        return 0
    return s.execute(delete(db.AuditDetail).where(or_(*conditions))).rowcount or 0


@needs(Permission.READ_AUDIT)
def read_audit(store: Store, actor: m.Actor, action: str | None = None, limit: int = 500) -> list[AuditView]:
    """The log as security and admins read it (NotPermitted for others)."""
    return audit_entries(store, actor, action, limit)


@needs(Permission.READ_AUDIT)
def audit_entries(store: Store, actor: m.Actor, action: str | None = None, limit: int = 500) -> list[AuditView]:
    """Newest first (for the system and tests; screens use read_audit), with the typed texts still held."""
    with store.read() as s:
        query = select(db.AuditEntry).order_by(db.AuditEntry.id.desc()).limit(limit)
        if action is not None:
            query = query.where(db.AuditEntry.action == action)
        rows = list(s.scalars(query))
        texts: dict[int, dict[str, str]] = {}
        for d in s.scalars(select(db.AuditDetail).where(db.AuditDetail.audit_id.in_([r.id for r in rows]))):
            texts.setdefault(d.audit_id, {})[d.field] = d.value
        return [AuditView(r.id, r.at, r.operator, r.station, r.action, r.subject, _shown(r.detail, texts.get(r.id)))
                for r in rows]


def _shown(detail: dict | None, texts: dict[str, str] | None) -> dict:
    texts = texts or {}
    return {k: (texts.get(k, REMOVED) if v == KEPT_APART else v) for k, v in (detail or {}).items()}


guard_module(globals())
