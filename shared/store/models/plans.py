"""Reception plans (接待方案): the plan, its itinerary steps, budget, expenses and history."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from shared.store.models.base import Base
from shared.store.types import UTCDateTime


class ReceptionPlan(Base):
    """接待方案: a guest's whole stay, from the reception request to the follow-up call.

    requested -> approved (a leader: level confirmed or changed, standards filled in) / returned (with a
    comment: the requester edits and asks again) -> in_progress (the guest arrived) -> done (summary written)
    ; cancelled from any state before done."""

    __tablename__ = "reception_plan"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_no: Mapped[str] = mapped_column(String(24), unique=True)
    state: Mapped[str] = mapped_column(String(16), default="requested", index=True)
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointment.id"), index=True)  # the expected visit
    host_id: Mapped[int | None] = mapped_column(ForeignKey("host.id"), index=True)
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
    step_id: Mapped[int | None] = mapped_column(ForeignKey("plan_step.id"), index=True)
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
