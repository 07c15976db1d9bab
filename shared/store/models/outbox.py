"""Rows other processes pick up: print jobs, printer states, host notifications, the change log."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from shared.store.models.base import Base, now_col
from shared.store.types import UTCDateTime


class PrintJob(Base):
    """An outbox row: written with the visit, carried out by the station's print worker."""

    __tablename__ = "print_job"
    # station+state: a worker's queue; state alone: every console's "needs attention" list
    __table_args__ = (Index("ix_print_job_station_state", "station", "state"), Index("ix_print_job_state", "state"))
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id"), index=True)
    kind: Mapped[str] = mapped_column(String(24), default="visitor_badge")
    station: Mapped[str] = mapped_column(String(40))
    printer: Mapped[str] = mapped_column(String(40), default="")
    # queued / printing / done / failed / in_doubt (may have printed: a person decides)
    state: Mapped[str] = mapped_column(String(16), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    payload: Mapped[dict] = mapped_column(JSON, default=dict)
    last_error: Mapped[str] = mapped_column(Text, default="")
    not_before: Mapped[datetime | None] = mapped_column(UTCDateTime())  # retry backoff
    updated_by: Mapped[str] = mapped_column(String(80), default="")  # who last acted on it
    printed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = now_col()
    updated_at: Mapped[datetime] = now_col()


class PrinterState(Base):
    """What each station's printer last reported, so every console can warn (paper near end)."""

    __tablename__ = "printer_state"
    __table_args__ = (UniqueConstraint("station", "printer"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    station: Mapped[str] = mapped_column(String(40))
    printer: Mapped[str] = mapped_column(String(40))
    online: Mapped[bool | None] = mapped_column()
    paper: Mapped[str] = mapped_column(String(16), default="unknown")
    detail: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = now_col()


class StationHeartbeat(Base):
    """Each running station's last word: what it is, its version, its printer and its last error. One row a
    station, overwritten in place every half minute; a console reads silence as trouble."""

    __tablename__ = "station_heartbeat"
    station: Mapped[str] = mapped_column(String(40), primary_key=True)
    role: Mapped[str] = mapped_column(String(16), default="")
    version: Mapped[str] = mapped_column(String(24), default="")
    printer: Mapped[str] = mapped_column(String(80), default="")  # "" none; "ok"; or what is wrong with it
    last_error: Mapped[str] = mapped_column(String(200), default="")
    started_at: Mapped[datetime] = now_col()
    beat_at: Mapped[datetime] = now_col()


class Notification(Base):
    """An outbox row for telling a host, written with the visit; any station's NotifyWorker
    delivers it later under a lease, with retries (shared.services.notifications)."""

    __tablename__ = "notification"
    __table_args__ = (Index("ix_notification_state", "state"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id"), index=True)
    # kind "invitation": an e-mail to an expected visitor, with the QR attached (no visit yet)
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointment.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="arrival")  # arrival / invitation
    host_id: Mapped[int | None] = mapped_column(ForeignKey("host.id"), index=True)
    # what it went (or goes) through: email / webhook / wecom / dingtalk / feishu ("console": not yet chosen)
    channel: Mapped[str] = mapped_column(String(16), default="console")
    # queued / sending (leased) / sent / failed / skipped (nothing to send to: last_error says why)
    state: Mapped[str] = mapped_column(String(16), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    payload: Mapped[dict] = mapped_column(JSON, default=dict)
    lease_owner: Mapped[str] = mapped_column(String(80), default="")  # the worker sending it now
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    not_before: Mapped[datetime | None] = mapped_column(UTCDateTime())  # retry backoff
    last_error: Mapped[str] = mapped_column(Text, default="")
    target: Mapped[str] = mapped_column(String(200), default="")  # the address / URL (secrets removed)
    updated_by: Mapped[str] = mapped_column(String(80), default="")  # who last acted on it by hand
    created_at: Mapped[datetime] = now_col()
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class ChangeLog(Base):
    """One row per changed entity per commit: readers in other processes catch up from it."""

    __tablename__ = "change_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(24))
    entity_id: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = now_col()
