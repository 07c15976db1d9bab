"""Hosts sign in to their page: by a one-time link e-mailed to their directory address, or by the company
directory's password (the web checks it against LDAP and hands over the person it found).

A session is a random token in an HttpOnly cookie (only its hash is kept) with a CSRF token of its own;
it ends on sign-out or after IDLE of no use. Asking for a link never tells whether the address is known."""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shared.changes import Changes, Done
from shared.domain import model as m
from shared.domain.errors import NotActionable, NotFound
from shared.services.common.boundary import guard_module
from shared.services.hosts.links import SIGNIN, SIGNIN_TTL, find_link, token_hash
from shared.services.site.audit import audit
from shared.store import models as db
from shared.store.engine import Store
from shared.store.feed import record
from shared.store.types import utcnow

IDLE = timedelta(minutes=30)
SEEN_EVERY = timedelta(minutes=1)  # last_seen is written at most this often, not on every page
RESEND_AFTER = timedelta(minutes=1)  # one sign-in e-mail per host per minute, however often asked


@dataclass(frozen=True, slots=True)
class HostSessionView:
    host_id: int
    host_name: str
    language: str
    csrf: str


def _actor(host: db.Host | None, what: str = "") -> m.Actor:
    return m.Actor(station="web", operator=(f"host {host.name}" if host else f"host? {what}")[:80], role="host")


def masked_email(address: str) -> str:
    name, _, domain = address.partition("@")
    return f"{name[:1]}***@{domain}" if domain else "***"


def _host_by_email(s: Session, email: str) -> db.Host | None:
    email = (email or "").strip().lower()
    if "@" not in email or len(email) > 200:
        return None
    return s.scalars(select(db.Host).where(func.lower(db.Host.email) == email, db.Host.active.is_(True))
                     .order_by(db.Host.id)).first()


def request_signin(store: Store, email: str, now: datetime | None = None) -> Done[bool]:
    """Queue a sign-in e-mail to a known, active host's address. Returns whether one was queued, which the
    page must not show (it says the same either way)."""
    now = now or utcnow()
    with store.write() as s:
        host = _host_by_email(s, email)
        if host is None:
            audit(s, _actor(None, masked_email(email or "")), "host_sign_in_unknown", masked_email(email or ""))
            return Done(False, Changes.AUDIT)
        recent = s.scalar(select(func.count()).select_from(db.Notification).where(
            db.Notification.kind == "signin", db.Notification.host_id == host.id,
            db.Notification.created_at > now - RESEND_AFTER))
        if recent:
            return Done(False, Changes.NONE)
        note = db.Notification(kind="signin", channel="email", host_id=host.id, target=host.email[:200],
                               payload={}, created_at=now)
        s.add(note)
        s.flush()
        record(s, "notification", note.id)
        audit(s, _actor(host), "host_sign_in_link", masked_email(host.email))
        return Done(True, Changes.NOTIFICATIONS)


def signin_link_host(store: Store, token: str, now: datetime | None = None) -> str:
    """The host's name behind an unused sign-in link (the page asks them to confirm): NotFound, or
    NotActionable("expired" / "used")."""
    with store.read() as s:
        link = find_link(s, token, SIGNIN, now)
        if link.used_at is not None:
            raise NotActionable("the link was used", reason="used")
        return s.get(db.Host, link.host_id).name


def _open(s: Session, host: db.Host, via: str, now: datetime) -> tuple[str, HostSessionView]:
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    s.add(db.HostSession(token_hash=token_hash(token), host_id=host.id, csrf=csrf, via=via, created_at=now,
                         last_seen_at=now))
    audit(s, _actor(host), "host_sign_in", masked_email(host.email), via=via)
    return token, HostSessionView(host.id, host.name, host.language or "zh_CN", csrf)


def sign_in_with_link(store: Store, token: str, now: datetime | None = None) -> tuple[str, HostSessionView]:
    """Spend a sign-in link and open a session: (cookie token, session)."""
    now = now or utcnow()
    with store.write() as s:
        link = find_link(s, token, SIGNIN, now, lock=True)
        if link.used_at is not None:
            raise NotActionable("the link was used", reason="used")
        host = s.get(db.Host, link.host_id)
        if host is None or not host.active:
            raise NotFound("no such host")
        link.used_at = now
        return _open(s, host, "email", now)


def sign_in_from_directory(store: Store, email: str, directory_id: str = "",
                           now: datetime | None = None) -> tuple[str, HostSessionView]:
    """The directory accepted the person's password: open a session for the host it synced for them (by
    the directory's id), else the host with their address. NotFound when the reception has no such active
    host (sync the directory first)."""
    now = now or utcnow()
    with store.write() as s:
        host = s.scalars(select(db.Host).where(db.Host.directory_id == directory_id, db.Host.active.is_(True))
                         ).first() if directory_id else None
        host = host or _host_by_email(s, email)
        if host is None:
            raise NotFound("no active host with this e-mail address")
        return _open(s, host, "ldap", now)


def sign_in_failed(store: Store, login: str, why: str) -> None:
    with store.write() as s:
        audit(s, _actor(None, login[:40]), "host_sign_in_failed", login[:40], why=why)


def session_host(store: Store, token: str, now: datetime | None = None) -> HostSessionView:
    """The signed-in host of a cookie: NotFound for no such session, NotActionable("expired") once idle
    too long or signed out."""
    now = now or utcnow()
    if not isinstance(token, str) or not 20 <= len(token) <= 64:
        raise NotFound("no session")
    with store.read() as s:
        row = s.scalars(select(db.HostSession).where(db.HostSession.token_hash == token_hash(token))).first()
        if row is None:
            raise NotFound("no session")
        host = s.get(db.Host, row.host_id)
        fresh = row.ended_at is None and now - row.last_seen_at < IDLE and host is not None and host.active
        view = HostSessionView(row.host_id, host.name if host else "", (host.language if host else "") or "zh_CN",
                               row.csrf)
        stale_seen, row_id = now - row.last_seen_at >= SEEN_EVERY, row.id
    if not fresh:
        raise NotActionable("the session has ended", reason="expired")
    if stale_seen:
        with store.write() as s:
            s.get(db.HostSession, row_id).last_seen_at = now
    return view


def sign_out(store: Store, token: str, now: datetime | None = None) -> None:
    now = now or utcnow()
    if not isinstance(token, str) or not token:
        return
    with store.write() as s:
        row = s.scalars(select(db.HostSession).where(db.HostSession.token_hash == token_hash(token))).first()
        if row is not None and row.ended_at is None:
            row.ended_at = now
            audit(s, _actor(s.get(db.Host, row.host_id)), "host_sign_out")


__all__ = ["IDLE", "SIGNIN_TTL", "HostSessionView", "request_signin", "session_host", "sign_in_failed",
           "sign_in_from_directory", "sign_in_with_link", "sign_out", "signin_link_host"]

guard_module(globals())
