"""Visitors and their visits: appointments, groups, events, feedback, desk reminders and protocol ticks."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from shared.store.models.base import Base, now_col
from shared.store.models.directory import Host, ReceptionRoom
from shared.store.types import UTCDateTime


class Visitor(Base):
    __tablename__ = "visitor"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    mobile: Mapped[str] = mapped_column(String(32), default="")  # E.164
    company: Mapped[str] = mapped_column(String(120), default="")
    id_number: Mapped[str] = mapped_column(String(18), default="")  # only when the site asks, with consent
    # Off the ID card, only where the site keeps them (SiteSettings.keep_card_address / keep_card_nation).
    address: Mapped[str] = mapped_column(String(120), default="", server_default="")
    nation: Mapped[str] = mapped_column(String(16), default="", server_default="")
    created_at: Mapped[datetime] = now_col()


class VisitGroup(Base):
    """A party that came together (团队): each member has a visit and a badge linked here."""

    __tablename__ = "visit_group"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    size: Mapped[int] = mapped_column(Integer)
    names_at_desk: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = now_col()


class Feedback(Base):
    """客户反馈: the optional 1-5 rating a visitor gives when checking out."""

    __tablename__ = "feedback"
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id"), unique=True)
    rating: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = now_col()


class ReminderAck(Base):
    """Someone at the desk handled a reminder (water refilled, assistant called): it rests until due again."""

    __tablename__ = "reminder_ack"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # water / host_late
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    operator: Mapped[str] = mapped_column(String(80), default="")


class ChecklistTick(Base):
    """One item of a visit's reception protocol done (room booked, car sent...)."""

    __tablename__ = "checklist_tick"
    __table_args__ = (UniqueConstraint("visit_id", "item"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id"), index=True)
    item: Mapped[str] = mapped_column(String(24))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    operator: Mapped[str] = mapped_column(String(80), default="")


class Appointment(Base):
    __tablename__ = "appointment"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    visitor_name: Mapped[str] = mapped_column(String(80))
    mobile: Mapped[str] = mapped_column(String(32), default="")
    company: Mapped[str] = mapped_column(String(120), default="")
    host_id: Mapped[int | None] = mapped_column(ForeignKey("host.id"), index=True)
    expected_on: Mapped[date] = mapped_column(Date)
    level: Mapped[str] = mapped_column(String(16), default="standard")
    state: Mapped[str] = mapped_column(String(16), default="open")  # open / used / cancelled / no_show
    purpose: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")  # the invitation is e-mailed here
    time_from: Mapped[str] = mapped_column(String(5), default="")  # "09:30", local time; empty: any time
    time_to: Mapped[str] = mapped_column(String(5), default="")
    # A group: the leader's appointment; each member has their own row and code.
    leader_id: Mapped[int | None] = mapped_column(ForeignKey("appointment.id"), index=True)
    party_size: Mapped[int] = mapped_column(Integer, default=1)  # on the leader's row: the whole party
    transport: Mapped[str] = mapped_column(String(16), default="")  # "" / own / pickup
    pickup_time: Mapped[str] = mapped_column(String(16), default="")
    pickup_place: Mapped[str] = mapped_column(String(120), default="")
    lodging: Mapped[str] = mapped_column(Text, default="")
    meals: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(80), default="")
    confidential: Mapped[bool] = mapped_column(default=False)  # the visit it becomes is confidential too
    created_at: Mapped[datetime] = now_col()


class Visit(Base):
    __tablename__ = "visit"
    # The log's host filter reads one host's visits newest first without sorting them.
    __table_args__ = (Index("ix_visit_host_id_visit_date", "host_id", "visit_date"),
                      Index("ix_visit_room_id_state", "room_id", "state"),
                      Index("ux_visit_date_ticket", "visit_date", "ticket", unique=True))
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_no: Mapped[str] = mapped_column(String(24), unique=True)
    visitor_id: Mapped[int] = mapped_column(ForeignKey("visitor.id"), index=True)
    host_id: Mapped[int | None] = mapped_column(ForeignKey("host.id"))  # None: host unknown
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointment.id"), index=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("reception_room.id"))
    state: Mapped[str] = mapped_column(String(16), index=True)
    level: Mapped[str] = mapped_column(String(16), default="standard")
    party_size: Mapped[int] = mapped_column(Integer, default=1)
    badge_token: Mapped[str] = mapped_column(String(64), unique=True)
    message: Mapped[str] = mapped_column(Text, default="")
    purpose: Mapped[str] = mapped_column(String(200), default="")
    plate: Mapped[str] = mapped_column(String(16), default="")
    region: Mapped[str] = mapped_column(String(60), default="")
    group_id: Mapped[int | None] = mapped_column(ForeignKey("visit_group.id"), index=True)
    member_no: Mapped[int] = mapped_column(Integer, default=0)
    consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # privacy notice accepted
    id_consent: Mapped[bool] = mapped_column(default=False)
    id_source: Mapped[str] = mapped_column(String(8), default="", server_default="")  # ID_SOURCES, or none
    visit_date: Mapped[date] = mapped_column(Date, index=True)
    station: Mapped[str] = mapped_column(String(40), default="")
    checked_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    checked_out_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    waited_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The host's own answer from the web page (coming / coming_in / wait / cannot / colleague), their words
    # for the desk, and when they said they would come.
    host_answer: Mapped[str] = mapped_column(String(12), default="", server_default="")
    host_answer_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    host_answer_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    host_eta: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # A clinic's patient (shared.domain.clinic): kind, how they heard of the clinic, an emergency's cause, the
    # appointment's time and the queue ticket (A012), unique in a day.
    patient_kind: Mapped[str] = mapped_column(String(16), default="", server_default="")
    referral: Mapped[str] = mapped_column(String(60), default="", server_default="")
    cause: Mapped[str] = mapped_column(String(200), default="", server_default="")
    slot: Mapped[datetime | None] = mapped_column(UTCDateTime())
    ticket: Mapped[str | None] = mapped_column(String(8))
    # Confidential (保密): to anyone without permission, searches find nothing, as for a stranger.
    confidential: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[datetime] = now_col()

    visitor: Mapped[Visitor] = relationship(lazy="joined")
    host: Mapped[Host | None] = relationship(lazy="joined")
    room: Mapped[ReceptionRoom | None] = relationship(lazy="joined")
    group: Mapped[VisitGroup | None] = relationship(lazy="joined")
    # Read only when asked for (a badge, the visit's card): lists of visits never load them.
    photo: Mapped["VisitPhoto | None"] = relationship(lazy="select", viewonly=True)  # noqa: F821
    signed: Mapped[list["SignedDocument"]] = relationship(lazy="select", viewonly=True,  # noqa: F821
                                                          order_by="SignedDocument.id")


class VisitSearch(Base):
    """The visitor log's full-text index input, one row per visit (shared.domain.visit_search), kept by
    shared.store.visit_index. SQLite indexes it with FTS5 (table visit_fts), PostgreSQL with pg_trgm."""

    __tablename__ = "visit_search"
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), primary_key=True,
                                          autoincrement=False)
    doc: Mapped[str] = mapped_column(Text, default="")
    spell: Mapped[str] = mapped_column(Text, default="")


class VisitEvent(Base):
    """Every state change, with time, station and operator: reports come from these facts."""

    __tablename__ = "visit_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id"), index=True)
    action: Mapped[str] = mapped_column(String(24))
    from_state: Mapped[str] = mapped_column(String(16), default="")
    to_state: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    station: Mapped[str] = mapped_column(String(40))
    operator: Mapped[str] = mapped_column(String(80))
    note: Mapped[str] = mapped_column(Text, default="")
