"""SQLAlchemy 2.0 typed models. Services map these rows to frozen domain data."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from shared.store.types import UTCDateTime


class Base(DeclarativeBase):
    pass


def _now_col() -> Mapped[datetime]:
    return mapped_column(UTCDateTime(), server_default=func.now())


class Host(Base):
    __tablename__ = "host"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    name_en: Mapped[str] = mapped_column(String(120), default="")
    pinyin: Mapped[str] = mapped_column(String(200), default="")  # "zhang san", for search
    initials: Mapped[str] = mapped_column(String(40), default="")  # "zs"
    department: Mapped[str] = mapped_column(String(80), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    assistant: Mapped[str] = mapped_column(String(120), default="")  # called when the host does not come
    assistant_phone: Mapped[str] = mapped_column(String(40), default="")
    active: Mapped[bool] = mapped_column(default=True)
    # How the host is told a visitor arrived: email / webhook / wecom / dingtalk / feishu / none
    notify_channel: Mapped[str] = mapped_column(String(16), default="email")
    language: Mapped[str] = mapped_column(String(8), default="zh_CN")  # of the message: zh_CN / en


class Visitor(Base):
    __tablename__ = "visitor"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    mobile: Mapped[str] = mapped_column(String(32), default="")  # E.164
    company: Mapped[str] = mapped_column(String(120), default="")
    id_number: Mapped[str] = mapped_column(String(18), default="")  # only when the site asks, with consent
    created_at: Mapped[datetime] = _now_col()


class VisitGroup(Base):
    """A party that came together (团队): each member has a visit and a badge linked here."""

    __tablename__ = "visit_group"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    size: Mapped[int] = mapped_column(Integer)
    names_at_desk: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = _now_col()


class Feedback(Base):
    """客户反馈: the optional 1-5 rating a visitor gives when checking out."""

    __tablename__ = "feedback"
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id"), unique=True)
    rating: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = _now_col()


class Operator(Base):
    """A person who signs in at a console: receptionist, security or admin. Only a PIN hash is kept."""

    __tablename__ = "operator"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    pin_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = _now_col()


class SiteSetting(Base):
    """Site-wide settings every station shares (site name, optional kiosk fields, retention)."""

    __tablename__ = "site_setting"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[dict] = mapped_column(JSON)


class ReceptionLevelPolicy(Base):
    """接待级别: how a level of guest is received (the seed's 普通 / 高级 / 特级 standard), editable
    by admins. Meal limits cover two guests; each guest beyond two adds meal_extra per meal."""

    __tablename__ = "reception_level"
    key: Mapped[str] = mapped_column(String(16), primary_key=True)  # standard / senior / vip
    badge: Mapped[str] = mapped_column(String(8), default="visitor")  # visitor / vip
    accompany: Mapped[str] = mapped_column(Text, default="")  # who accompanies (陪同人员)
    room: Mapped[str] = mapped_column(Text, default="")
    refreshments: Mapped[str] = mapped_column(Text, default="")
    vehicle: Mapped[str] = mapped_column(Text, default="")
    lodging: Mapped[str] = mapped_column(Text, default="")
    meal_lunch: Mapped[int] = mapped_column(Integer, default=0)  # yuan, for two guests
    meal_dinner: Mapped[int] = mapped_column(Integer, default=0)
    meal_extra: Mapped[int] = mapped_column(Integer, default=0)  # yuan per extra guest per meal
    wait_warn_minutes: Mapped[int] = mapped_column(Integer, default=15)  # the waiting row turns amber
    updated_by: Mapped[str] = mapped_column(String(80), default="")


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


class ReceptionRoom(Base):
    __tablename__ = "reception_room"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    state: Mapped[str] = mapped_column(String(16), default="free")  # free / occupied / tidying
    since: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Appointment(Base):
    __tablename__ = "appointment"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    visitor_name: Mapped[str] = mapped_column(String(80))
    mobile: Mapped[str] = mapped_column(String(32), default="")
    company: Mapped[str] = mapped_column(String(120), default="")
    host_id: Mapped[int | None] = mapped_column(ForeignKey("host.id"))
    expected_on: Mapped[date] = mapped_column(Date)
    level: Mapped[str] = mapped_column(String(16), default="standard")
    state: Mapped[str] = mapped_column(String(16), default="open")  # open / used / cancelled / no_show
    purpose: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")  # the invitation is e-mailed here
    time_from: Mapped[str] = mapped_column(String(5), default="")  # "09:30", local time; empty: any time
    time_to: Mapped[str] = mapped_column(String(5), default="")
    # A group: the leader's appointment; each member has their own row and code.
    leader_id: Mapped[int | None] = mapped_column(ForeignKey("appointment.id"))
    party_size: Mapped[int] = mapped_column(Integer, default=1)  # on the leader's row: the whole party
    transport: Mapped[str] = mapped_column(String(16), default="")  # "" / own / pickup
    pickup_time: Mapped[str] = mapped_column(String(16), default="")
    pickup_place: Mapped[str] = mapped_column(String(120), default="")
    lodging: Mapped[str] = mapped_column(Text, default="")
    meals: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(80), default="")
    confidential: Mapped[bool] = mapped_column(default=False)  # the visit it becomes is confidential too
    created_at: Mapped[datetime] = _now_col()


class Visit(Base):
    __tablename__ = "visit"
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_no: Mapped[str] = mapped_column(String(24), unique=True)
    visitor_id: Mapped[int] = mapped_column(ForeignKey("visitor.id"))
    host_id: Mapped[int | None] = mapped_column(ForeignKey("host.id"))  # None: host unknown
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointment.id"))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("reception_room.id"))
    state: Mapped[str] = mapped_column(String(16), index=True)
    level: Mapped[str] = mapped_column(String(16), default="standard")
    party_size: Mapped[int] = mapped_column(Integer, default=1)
    badge_token: Mapped[str] = mapped_column(String(64), unique=True)
    message: Mapped[str] = mapped_column(Text, default="")
    purpose: Mapped[str] = mapped_column(String(200), default="")
    plate: Mapped[str] = mapped_column(String(16), default="")
    region: Mapped[str] = mapped_column(String(60), default="")
    group_id: Mapped[int | None] = mapped_column(ForeignKey("visit_group.id"))
    member_no: Mapped[int] = mapped_column(Integer, default=0)
    consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # privacy notice accepted
    id_consent: Mapped[bool] = mapped_column(default=False)
    visit_date: Mapped[date] = mapped_column(Date, index=True)
    station: Mapped[str] = mapped_column(String(40), default="")
    checked_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    checked_out_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    waited_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Confidential (保密): to anyone without permission, searches find nothing, as for a stranger.
    confidential: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[datetime] = _now_col()

    visitor: Mapped[Visitor] = relationship(lazy="joined")
    host: Mapped[Host | None] = relationship(lazy="joined")
    room: Mapped[ReceptionRoom | None] = relationship(lazy="joined")
    group: Mapped[VisitGroup | None] = relationship(lazy="joined")


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


class PrintJob(Base):
    """An outbox row: written with the visit, carried out by the station's print worker."""

    __tablename__ = "print_job"
    # station+state: a worker's queue; state alone: every console's "needs attention" list
    __table_args__ = (Index("ix_print_job_station_state", "station", "state"), Index("ix_print_job_state", "state"))
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id"))
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
    created_at: Mapped[datetime] = _now_col()
    updated_at: Mapped[datetime] = _now_col()


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
    updated_at: Mapped[datetime] = _now_col()


class Notification(Base):
    """An outbox row for telling a host, written with the visit; any station's NotifyWorker
    delivers it later under a lease, with retries (shared.services.notifications)."""

    __tablename__ = "notification"
    __table_args__ = (Index("ix_notification_state", "state"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id"), index=True)
    # kind "invitation": an e-mail to an expected visitor, with the QR attached (no visit yet)
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointment.id"))
    kind: Mapped[str] = mapped_column(String(16), default="arrival")  # arrival / invitation
    host_id: Mapped[int | None] = mapped_column(ForeignKey("host.id"))
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
    created_at: Mapped[datetime] = _now_col()
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class ChangeLog(Base):
    """One row per changed entity per commit: readers in other processes catch up from it."""

    __tablename__ = "change_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(24))
    entity_id: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = _now_col()


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
    host_id: Mapped[int | None] = mapped_column(ForeignKey("host.id"))
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id"))
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
    created_at: Mapped[datetime] = _now_col()


class SecurityAlert(Base):
    """Something security must look at now (a watchlist match at a kiosk), until someone handles it."""

    __tablename__ = "security_alert"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # watchlist
    subject: Mapped[str] = mapped_column(String(120))  # who, as they gave their name
    reason: Mapped[str] = mapped_column(Text, default="")
    station: Mapped[str] = mapped_column(String(40), default="")
    watchlist_id: Mapped[int | None] = mapped_column(ForeignKey("watchlist_entry.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    handled_by: Mapped[str] = mapped_column(String(80), default="")
    handled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


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


class ReceptionPlan(Base):
    """接待方案: a guest's whole stay, from the reception request to the follow-up call.

    requested -> approved (a leader: level confirmed or changed, standards filled in) / returned (with a
    comment: the requester edits and asks again) -> in_progress (the guest arrived) -> done (summary written)
    ; cancelled from any state before done."""

    __tablename__ = "reception_plan"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_no: Mapped[str] = mapped_column(String(24), unique=True)
    state: Mapped[str] = mapped_column(String(16), default="requested", index=True)
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointment.id"))  # the expected visit
    host_id: Mapped[int | None] = mapped_column(ForeignKey("host.id"))
    requested_by: Mapped[str] = mapped_column(String(80), default="")
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # the request (接待申请)
    guest_name: Mapped[str] = mapped_column(String(80))
    guest_region: Mapped[str] = mapped_column(String(60), default="")
    guest_phone: Mapped[str] = mapped_column(String(32), default="")
    company: Mapped[str] = mapped_column(String(120), default="")
    party_size: Mapped[int] = mapped_column(Integer, default=1)
    purpose: Mapped[str] = mapped_column(Text, default="")
    meet_whom: Mapped[str] = mapped_column(Text, default="")
    arrive_on: Mapped[date] = mapped_column(Date)
    leave_on: Mapped[date] = mapped_column(Date)
    transport: Mapped[str] = mapped_column(String(16), default="")  # flight / train / car / ""
    transport_no: Mapped[str] = mapped_column(String(24), default="")  # CA1234, G102
    arrival_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    arrival_place: Mapped[str] = mapped_column(String(120), default="")
    pickup: Mapped[bool] = mapped_column(default=False)
    lodging: Mapped[str] = mapped_column(Text, default="")
    meals: Mapped[str] = mapped_column(Text, default="")
    showroom_tour: Mapped[bool] = mapped_column(default=False)
    leader_meeting: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    proposed_level: Mapped[str] = mapped_column(String(16), default="standard")
    # approval
    level: Mapped[str] = mapped_column(String(16), default="")  # set by the approver
    decided_by: Mapped[str] = mapped_column(String(80), default="")
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    decision_comment: Mapped[str] = mapped_column(Text, default="")
    # the level's standards as adjusted for this plan: lodging, accompany, vehicle, extras, meal limits
    standards: Mapped[dict] = mapped_column(JSON, default=dict)
    reception_person: Mapped[str] = mapped_column(String(80), default="")  # should not change during the stay
    # after the visit
    summary: Mapped[str] = mapped_column(Text, default="")  # 到访总结汇报: only roles that may read it
    summary_by: Mapped[str] = mapped_column(String(80), default="")
    summary_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    departure_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    journey_minutes: Mapped[int] = mapped_column(Integer, default=0)
    followup_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # departure + journey
    followup_done_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    followup_by: Mapped[str] = mapped_column(String(80), default="")
    followup_outcome: Mapped[str] = mapped_column(Text, default="")
    followup_rating: Mapped[int | None] = mapped_column(Integer)  # the guest's feedback, 1-5
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class PlanStep(Base):
    """One step of the itinerary: pickup, hotel check-in, showroom tour, leader meeting, meals, talks,
    send-off, the preparation 1-2 days before, or any the planner adds."""

    __tablename__ = "plan_step"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("reception_plan.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))  # prepare / pickup / hotel / showroom / leader / meal / talks / send_off / other
    title: Mapped[str] = mapped_column(String(120), default="")
    at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    place: Mapped[str] = mapped_column(String(120), default="")
    owner: Mapped[str] = mapped_column(String(80), default="")  # the reception person responsible
    driver: Mapped[str] = mapped_column(String(80), default="")
    status: Mapped[str] = mapped_column(String(16), default="planned")  # planned / done / skipped
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    done_by: Mapped[str] = mapped_column(String(80), default="")
    remind_minutes: Mapped[int] = mapped_column(Integer, default=30)  # a reminder this long before
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class PlanBudget(Base):
    """The planned amount per category (meals, lodging, vehicle, gifts, sightseeing, other), in yuan."""

    __tablename__ = "plan_budget"
    __table_args__ = (UniqueConstraint("plan_id", "category"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("reception_plan.id"), index=True)
    category: Mapped[str] = mapped_column(String(16))
    planned: Mapped[int] = mapped_column(Integer, default=0)


class PlanExpense(Base):
    """What was actually spent, entered after a step: the expense sign-off report (食宿费用签单报告) lists these."""

    __tablename__ = "plan_expense"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("reception_plan.id"), index=True)
    step_id: Mapped[int | None] = mapped_column(ForeignKey("plan_step.id"))
    category: Mapped[str] = mapped_column(String(16))
    amount: Mapped[int] = mapped_column(Integer)  # yuan (whole yuan: receipts round, budgets are whole)
    note: Mapped[str] = mapped_column(Text, default="")
    entered_by: Mapped[str] = mapped_column(String(80), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    signed_by: Mapped[str] = mapped_column(String(80), default="")  # the sign-off, once the report is approved


class PlanEvent(Base):
    """The plan's history: requested, returned, approved (level changes), staff changed (with the reason),
    steps done, expenses, summary, follow-up."""

    __tablename__ = "plan_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("reception_plan.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    operator: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(24))
    note: Mapped[str] = mapped_column(Text, default="")
