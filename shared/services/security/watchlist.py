"""The watchlist: people reception must see in person, and the alerts a match raises for security.

Keys match exactly after normalising, so "ＺＨＡＮＧ　ＷＥＩ", "zhang wei" and "张 伟" typed with an input
method's full-width forms or stray spaces still find their entry. A match at check-in saves no visit
and prints nothing; the alert is written in its own transaction so it is kept although the check-in
is refused."""
from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select, text
from sqlalchemy.orm import Session

from shared.changes import Changes, Done
from shared.domain import model as m
from shared.domain.errors import InvalidInput, NotActionable, WatchlistMatch
from shared.domain.identity import mask_id_number, mask_name
from shared.domain.text import clean_text
from shared.domain.validation import mask_mobile, name_problem, normalise_mobile
from shared.store import models as db
from shared.services.common.loading import load
from shared.store.engine import Store
from shared.store.feed import record
from shared.store.types import utcnow

from shared.services.site.audit import audit
from shared.domain.permissions import Permission, needs
from shared.services.common.boundary import guard_module

REASON_MAX = 500
ID_KEY_MAX = 18  # the column's width: a resident ID; passports are shorter
GUESSING = "kiosk_guessing"  # an alert's kind: a kiosk station missed many look-ups
SECURITY_CHANGES = Changes.SECURITY | Changes.AUDIT


def normalise_key(text: str) -> str:
    """NFKC (full-width to half-width), every kind of space removed (U+3000 too), casefolded."""
    return "".join(unicodedata.normalize("NFKC", text or "").split()).casefold()


def mobile_key(text: str) -> str:
    """E.164 when it parses as a mobile number (138 0013 8000 = +8613800138000), else the plain key."""
    if not normalise_key(text):
        return ""
    try:
        return normalise_mobile(text)
    except InvalidInput:
        return normalise_key(text)


def id_key(text: str) -> str:
    return normalise_key(text).upper()


@dataclass(frozen=True, slots=True)
class WatchEntry:
    id: int
    name: str
    mobile_masked: str
    id_masked: str
    reason: str
    active: bool
    created_by: str
    created_at: datetime | None


@dataclass(frozen=True, slots=True)
class AlertView:
    id: int
    kind: str
    subject: str  # as the visitor typed their name
    reason: str
    station: str
    at: datetime
    handled_by: str
    handled_at: datetime | None


def _entry(row: db.WatchlistEntry) -> WatchEntry:
    return WatchEntry(row.id, row.name, mask_mobile(row.mobile_key) if row.mobile_key else "",
                      mask_id_number(row.id_key) if row.id_key else "", row.reason, row.active, row.created_by,
                      row.created_at)


def _alert(row: db.SecurityAlert) -> AlertView:
    return AlertView(row.id, row.kind, row.subject, row.reason, row.station, row.at, row.handled_by, row.handled_at)


def _masked_subject(name: str, mobile: str, id_number: str) -> str:
    """The audit log outlives the entry: people only masked."""
    if name:
        return mask_name(name)
    return mask_mobile(mobile) if mobile else mask_id_number(id_number)


def _entry_problems(name: str, mobile: str, id_number: str, reason: str) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not (name or mobile or id_number):
        problems["watchlist"] = "key_required"
    if name and (problem := name_problem(name)):
        problems["name"] = problem
    if mobile:
        try:
            normalise_mobile(mobile)
        except InvalidInput as err:
            problems.update(err.problems)
    if id_number and (len(id_key(id_number)) > ID_KEY_MAX or not id_key(id_number).isalnum()):
        problems["id_number"] = "invalid"
    if not reason:
        problems["reason"] = "required"
    elif len(reason) > REASON_MAX:
        problems["reason"] = "too_long"
    return problems


# --- the list ------------------------------------------------------------------------------

@needs(Permission.WATCHLIST)
def add_entry(store: Store, actor: m.Actor, name: str = "", mobile: str = "", id_number: str = "",
              reason: str = "") -> Done[WatchEntry]:
    """Any one of name, mobile or ID number is enough; the reason is what security is shown."""
    name, mobile, id_number, reason = (clean_text(name), clean_text(mobile), clean_text(id_number),
                                       (reason or "").strip())
    if problems := _entry_problems(name, mobile, id_number, reason):
        raise InvalidInput(problems)
    keys = dict(name_key=normalise_key(name), mobile_key=mobile_key(mobile), id_key=id_key(id_number))
    with store.write() as s:
        same = select(db.WatchlistEntry).where(db.WatchlistEntry.active.is_(True),
                                               *(getattr(db.WatchlistEntry, k) == v for k, v in keys.items()))
        if s.scalars(same).first() is not None:
            raise InvalidInput({"watchlist": "exists"})
        row = db.WatchlistEntry(name=name, reason=reason, created_by=actor.operator, created_at=utcnow(), **keys)
        s.add(row)
        s.flush()
        record(s, "watchlist", row.id)
        audit(s, actor, "watchlist", _masked_subject(name, keys["mobile_key"], keys["id_key"]),
              step="add", entry=row.id)
        return Done(_entry(row), SECURITY_CHANGES)


@needs(Permission.WATCHLIST)
def deactivate_entry(store: Store, actor: m.Actor, entry_id: int) -> Done[WatchEntry]:
    """Entries are never deleted: who was listed, and why, stays answerable."""
    with store.write() as s:
        row = load(s, db.WatchlistEntry, entry_id, "watchlist entry", lock=True)
        if not row.active:
            raise NotActionable(f"watchlist entry {entry_id} is already inactive")
        row.active = False
        record(s, "watchlist", row.id)
        audit(s, actor, "watchlist", _masked_subject(row.name, row.mobile_key, row.id_key),
              step="deactivate", entry=row.id)
        return Done(_entry(row), SECURITY_CHANGES)


@needs(Permission.WATCHLIST)
def entries(store: Store, actor: m.Actor, include_inactive: bool = False) -> list[WatchEntry]:
    with store.read() as s:
        query = select(db.WatchlistEntry).order_by(db.WatchlistEntry.id.desc())
        if not include_inactive:
            query = query.where(db.WatchlistEntry.active.is_(True))
        return [_entry(r) for r in s.scalars(query)]


# --- matching at check-in ------------------------------------------------------------------

def match(s: Session, name: str = "", mobile: str = "", id_number: str = "") -> db.WatchlistEntry | None:
    """The active entry any one of the given keys matches exactly (after normalising), or None."""
    conditions = [column == key for column, key in ((db.WatchlistEntry.name_key, normalise_key(name)),
                                                    (db.WatchlistEntry.mobile_key, mobile_key(mobile)),
                                                    (db.WatchlistEntry.id_key, id_key(id_number))) if key]
    if not conditions:
        return None
    return s.scalars(select(db.WatchlistEntry).where(db.WatchlistEntry.active.is_(True), or_(*conditions))
                     .order_by(db.WatchlistEntry.id)).first()


def _pg_match(s: Session, name: str, mobile: str, id_number: str) -> tuple[int, str] | None:
    """PostgreSQL: through the owner's function, so a kiosk's role needs no SELECT on the watchlist
    (migration 0012); the reason is read only by a role allowed to (the alert gets it from a trigger)."""
    found = s.execute(text("SELECT reception_watchlist_match(:n, :m, :i), "
                           "has_table_privilege('watchlist_entry', 'SELECT')"),
                      {"n": normalise_key(name), "m": mobile_key(mobile), "i": id_key(id_number)}).one()
    if found[0] is None:
        return None
    reason = s.scalar(select(db.WatchlistEntry.reason).where(db.WatchlistEntry.id == found[0])) if found[1] else ""
    return found[0], reason or ""


def raise_if_watched(s: Session, name: str = "", mobile: str = "", id_number: str = "",
                     subject: str = "") -> None:
    """Inside a check-in's transaction, before anything is written. subject: the name as typed."""
    if s.get_bind().dialect.name == "postgresql":
        hit = _pg_match(s, name, mobile, id_number)
    else:
        entry = match(s, name, mobile, id_number)
        hit = (entry.id, entry.reason) if entry is not None else None
    if hit is not None:
        raise WatchlistMatch(hit[0], hit[1], clean_text(subject or name)[:120])


@contextmanager
def alerting(store: Store, actor: m.Actor) -> Iterator[None]:
    """Wrap a check-in's transaction: a match leaves it rolled back, then the alert is committed."""
    try:
        yield
    except WatchlistMatch as found:
        with store.write() as s:
            row = db.SecurityAlert(kind="watchlist", subject=found.subject, reason=found.reason,
                                   station=actor.station, watchlist_id=found.entry_id, at=utcnow())
            s.add(row)
            s.flush()
            record(s, "alert", row.id)
            audit(s, actor, "watchlist", mask_name(found.subject), step="match", entry=found.entry_id,
                  alert=row.id)
        raise


def raise_guessing_alert(s: Session, station: str, misses: int, at: datetime) -> None:
    """A kiosk keeps missing look-ups (codes, numbers, names, badges): someone may be guessing.
    The alert names the station and the count only: what was typed stays unrecorded."""
    row = db.SecurityAlert(kind=GUESSING, subject="", reason=str(misses), station=station, at=at)
    s.add(row)
    s.flush()
    record(s, "alert", row.id)
    audit(s, m.Actor(station=station), "alert", "", step=GUESSING, alert=row.id, misses=misses)


# --- alerts --------------------------------------------------------------------------------

@needs(Permission.WATCHLIST)
def alerts(store: Store, actor: m.Actor, open_only: bool = True) -> list[AlertView]:
    """Newest first."""
    with store.read() as s:
        query = select(db.SecurityAlert).order_by(db.SecurityAlert.id.desc())
        if open_only:
            query = query.where(db.SecurityAlert.handled_at.is_(None))
        return [_alert(r) for r in s.scalars(query)]


@needs(Permission.WATCHLIST)
def handle_alert(store: Store, actor: m.Actor, alert_id: int) -> Done[AlertView]:
    """Someone from security saw to it; two consoles acting at once: one wins, the other is told."""
    with store.write() as s:
        row = load(s, db.SecurityAlert, alert_id, "alert", lock=True)
        if row.handled_at is not None:
            raise NotActionable(f"alert {alert_id} was handled by {row.handled_by}")
        row.handled_by, row.handled_at = actor.operator, utcnow()
        record(s, "alert", row.id)
        audit(s, actor, "alert", mask_name(row.subject), step="handled", alert=row.id)
        return Done(_alert(row), SECURITY_CHANGES)


guard_module(globals())
