"""Links sent to hosts: a random token in the URL, only its SHA-256 in the database.

A token is 256 random bits, so a link carries nothing guessable (no visit id, no host id); a tampered or
made-up token matches no row; a copy of the database holds no working link. The site's public address
of the hosts' page is written by `reception web` when it starts (site_setting "web")."""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from shared.domain.errors import NotActionable, NotFound
from shared.store import models as db
from shared.store.types import utcnow

WEB_KEY = "web"
ANSWER, SIGNIN = "answer", "signin"
ANSWER_TTL = timedelta(hours=24)  # a visit ends sooner; this bounds a link whose visit is never closed
SIGNIN_TTL = timedelta(minutes=15)
PATHS = {ANSWER: "a", SIGNIN: "signin"}


@dataclass(frozen=True, slots=True)
class WebSettings:
    base_url: str = ""  # https://reception.example.com: links point here; empty: no links are sent


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def new_link(s: Session, purpose: str, host_id: int, visit_id: int | None = None,
             notification_id: int | None = None, now: datetime | None = None) -> str:
    """A fresh link row; returns the token (shown once: in the message that carries it)."""
    now = now or utcnow()
    token = secrets.token_urlsafe(32)
    ttl = ANSWER_TTL if purpose == ANSWER else SIGNIN_TTL
    s.add(db.HostLink(purpose=purpose, token_hash=token_hash(token), host_id=host_id, visit_id=visit_id,
                      notification_id=notification_id, created_at=now, expires_at=now + ttl))
    s.flush()
    return token


def link_url(base_url: str, purpose: str, token: str) -> str:
    return f"{base_url.rstrip('/')}/{PATHS[purpose]}/{token}"


def find_link(s: Session, token: str, purpose: str, now: datetime | None = None,
              lock: bool = False) -> db.HostLink:
    """The live link of this token: NotFound for a token that matches none (tampered, made up, or of
    another purpose), NotActionable("expired") once its time is up."""
    if not isinstance(token, str) or not 20 <= len(token) <= 64:
        raise NotFound("no such link")
    query = select(db.HostLink).where(db.HostLink.token_hash == token_hash(token), db.HostLink.purpose == purpose)
    row = s.scalars(query.with_for_update() if lock else query).first()
    if row is None:
        raise NotFound("no such link")
    if (now or utcnow()) >= row.expires_at:
        raise NotActionable("the link has expired", reason="expired")
    return row


def announce_web(store, base_url: str) -> None:
    """`reception web` tells every station where the hosts' page is, so their notifications link to it."""
    from shared.services.site.settings import load_setting, save_setting

    with store.write() as s:
        if load_setting(s, WEB_KEY, WebSettings).base_url != base_url:
            save_setting(s, WEB_KEY, WebSettings(base_url=base_url))
