"""The hosts' web page: the links it e-mails (answer a visit, sign in) and the sessions of signed-in hosts.

Only a SHA-256 of each link's and session's token is kept: the token itself exists only in the message
or the browser's cookie, so a copy of the database opens nobody's page."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from shared.store.models.base import Base, now_col
from shared.store.types import UTCDateTime


class HostLink(Base):
    """A link sent to a host: purpose "answer" (one visit, until the visit ends) or "signin" (once, briefly)."""

    __tablename__ = "host_link"
    id: Mapped[int] = mapped_column(primary_key=True)
    purpose: Mapped[str] = mapped_column(String(8))  # answer / signin
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    host_id: Mapped[int] = mapped_column(ForeignKey("host.id"), index=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    notification_id: Mapped[int | None] = mapped_column(ForeignKey("notification.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = now_col()
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # signin: spent; answer: answered through it


class HostSession(Base):
    """A signed-in host's browser: ends on sign-out or after its idle time."""

    __tablename__ = "host_session"
    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    host_id: Mapped[int] = mapped_column(ForeignKey("host.id"), index=True)
    csrf: Mapped[str] = mapped_column(String(64))
    via: Mapped[str] = mapped_column(String(8))  # email / ldap
    created_at: Mapped[datetime] = now_col()
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
