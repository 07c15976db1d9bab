"""Security and audit: the gate, the watchlist, alerts, the audit log, enquiries, log archives."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from shared.store.models.base import Base, now_col
from shared.store.types import UTCDateTime


class GateEntry(Base):
    """A person (and perhaps a vehicle) registered at the gate by security, with what they carry in.

    waiting (reception asked whether the host receives them) -> admitted / turned_away;
    admitted -> exited (the pass scanned at the exit; it cannot be used again)."""

    __tablename__ = "gate_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    pass_no: Mapped[str] = mapped_column(String(24), unique=True)
    token: Mapped[str] = mapped_column(String(64), unique=True)  # what the pass's QR carries
    kind: Mapped[str] = mapped_column(String(16), default="visitor")  # visitor / driver
    person_name: Mapped[str] = mapped_column(String(80))
    mobile: Mapped[str] = mapped_column(String(32), default="")
    company: Mapped[str] = mapped_column(String(120), default="")
    host_id: Mapped[int | None] = mapped_column(ForeignKey("host.id"), index=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id"), index=True)
    plate: Mapped[str] = mapped_column(String(16), default="")
    parking_spot: Mapped[str] = mapped_column(String(40), default="")
    state: Mapped[str] = mapped_column(String(16), default="waiting", index=True)
    reception_answer: Mapped[str] = mapped_column(Text, default="")  # e.g. why the host cannot receive them
    answered_by: Mapped[str] = mapped_column(String(80), default="")
    station: Mapped[str] = mapped_column(String(40), default="")
    guard: Mapped[str] = mapped_column(String(80), default="")
    arrived_at: Mapped[datetime] = mapped_column(UTCDateTime())
    exited_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    exit_guard: Mapped[str] = mapped_column(String(80), default="")
    discrepancy: Mapped[bool] = mapped_column(default=False)  # items out differ from items in
    exit_note: Mapped[str] = mapped_column(Text, default="")


class GateItem(Base):
    """A carried item: how many came in, and how many the guard ticked out at the exit."""

    __tablename__ = "gate_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("gate_entry.id"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    quantity_in: Mapped[int] = mapped_column(Integer)
    quantity_out: Mapped[int | None] = mapped_column(Integer)


class WatchlistEntry(Base):
    """Someone reception must see in person. Keys are normalised (NFKC, no spaces, casefolded) so
    full-width or spaced spellings still match; any one key given is enough."""

    __tablename__ = "watchlist_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), default="")  # as entered, for the security desk
    name_key: Mapped[str] = mapped_column(String(120), default="", index=True)
    mobile_key: Mapped[str] = mapped_column(String(32), default="", index=True)
    id_key: Mapped[str] = mapped_column(String(18), default="", index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(default=True)
    created_by: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = now_col()


class SecurityAlert(Base):
    """Something security must look at now (a watchlist match at a kiosk), until someone handles it."""

    __tablename__ = "security_alert"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # watchlist / kiosk_guessing
    subject: Mapped[str] = mapped_column(String(120))  # who, as they gave their name
    reason: Mapped[str] = mapped_column(Text, default="")
    station: Mapped[str] = mapped_column(String(40), default="")
    watchlist_id: Mapped[int | None] = mapped_column(ForeignKey("watchlist_entry.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    handled_by: Mapped[str] = mapped_column(String(80), default="")
    handled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class KioskThrottle(Base):
    """A station's missed look-ups (wrong code, unknown mobile or badge, wrong name): no personal data.

    misses: in a row, reset by a success, drive the delay; window_misses: since the first miss of
    the window, not reset by a success, drive the alert to security."""

    __tablename__ = "kiosk_throttle"
    station: Mapped[str] = mapped_column(String(40), primary_key=True)
    misses: Mapped[int] = mapped_column(Integer, default=0)
    window_misses: Mapped[int] = mapped_column(Integer, default=0)
    last_miss_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    blocked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    alerted: Mapped[bool] = mapped_column(default=False)


class AuditEntry(Base):
    """Append-only (database triggers refuse UPDATE and DELETE): reveals, exports, enquiries, purges,
    settings changes, sign-ins — who, where, when, what."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    operator: Mapped[str] = mapped_column(String(80))
    station: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(32), index=True)
    subject: Mapped[str] = mapped_column(String(200), default="")  # what it was about (never a full ID)
    detail: Mapped[dict] = mapped_column(JSON, default=dict)


class AuditDetail(Base):
    """What was typed into an audited action (a reveal's reason, an erasure's, who an archive went to):
    kept apart from the append-only entry, so the retention purge and an erasure can delete it."""

    __tablename__ = "audit_detail"
    id: Mapped[int] = mapped_column(primary_key=True)
    audit_id: Mapped[int] = mapped_column(ForeignKey("audit_log.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)  # the entry's time: the purge's age
    visit_id: Mapped[int | None] = mapped_column(Integer, index=True)  # the visit it was about (erasure)
    field: Mapped[str] = mapped_column(String(32))
    value: Mapped[str] = mapped_column(Text)


class Enquiry(Base):
    """A third party asked whether someone is here (police, a court, a family member): recorded, approved
    by a security lead, and answered only after the enquirer showed valid ID."""

    __tablename__ = "enquiry"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    enquirer_name: Mapped[str] = mapped_column(String(80))
    enquirer_org: Mapped[str] = mapped_column(String(120), default="")
    enquirer_id_type: Mapped[str] = mapped_column(String(24), default="")  # resident ID, police card, ...
    enquirer_id_masked: Mapped[str] = mapped_column(String(40), default="")
    about: Mapped[str] = mapped_column(String(120))  # the person asked about
    question: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(16), default="open")  # open / answered / refused
    approved_by: Mapped[str] = mapped_column(String(80), default="")
    answer: Mapped[str] = mapped_column(Text, default="")
    operator: Mapped[str] = mapped_column(String(80), default="")
    station: Mapped[str] = mapped_column(String(40), default="")
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class LogArchive(Base):
    """The day's visitor log (访客登记表) closed and handed over: by whom, to whom, how many rows."""

    __tablename__ = "log_archive"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, unique=True)
    archived_by: Mapped[str] = mapped_column(String(80))
    handed_to: Mapped[str] = mapped_column(String(80), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    rows: Mapped[int] = mapped_column(Integer, default=0)
    digest: Mapped[str] = mapped_column(String(64), default="")  # SHA-256 of the archived rows
    path: Mapped[str] = mapped_column(Text, default="")  # where the PDF was written, if it was
