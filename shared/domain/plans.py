"""Reception plans (接待方案) for important guests, as the screens and rules see them: the states, step kinds
and budget categories, and the frozen views of a plan. The seed's "客户接待流程和标准":

    接待申请 -> 确定接待级别 -> 安排接待人员 -> 接车 -> 安排住宿 -> 参观 -> 领导接见 -> 餐饮 -> 会谈 -> 送车 -> 电话回访

States: requested -> approved | returned (-> requested again) ; approved -> in_progress (the guest arrived)
-> done (summary written) ; cancelled from any state before done."""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime
from enum import StrEnum

from shared.domain.errors import NotActionable


class PlanState(StrEnum):
    REQUESTED = "requested"
    RETURNED = "returned"
    APPROVED = "approved"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class StepKind(StrEnum):
    PREPARE = "prepare"  # 1-2 days before arrival: book meals, rooms, vehicle
    PICKUP = "pickup"
    HOTEL = "hotel"
    SHOWROOM = "showroom"
    LEADER = "leader"  # meeting with leaders
    MEAL = "meal"
    TALKS = "talks"
    SEND_OFF = "send_off"
    OTHER = "other"


class Category(StrEnum):
    MEALS = "meals"
    LODGING = "lodging"
    VEHICLE = "vehicle"
    GIFTS = "gifts"
    SIGHTSEEING = "sightseeing"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class PlanRequest:
    """What the host or salesperson fills in (接待申请)."""

    guest_name: str
    arrive_on: date
    leave_on: date
    guest_region: str = ""
    guest_phone: str = ""
    company: str = ""
    party_size: int = 1
    purpose: str = ""
    meet_whom: str = ""
    host_id: int | None = None
    appointment_id: int | None = None  # the expected visit, when one exists
    transport: str = ""  # flight / train / car / ""
    transport_no: str = ""
    arrival_at: datetime | None = None  # aware
    arrival_place: str = ""
    pickup: bool = False
    lodging: str = ""
    meals: str = ""
    showroom_tour: bool = False
    leader_meeting: bool = False
    notes: str = ""
    proposed_level: str = "standard"


@dataclass(frozen=True, slots=True)
class Standards:
    """The level's standards as adjusted for this plan (filled from the reception level on approval)."""

    lodging: str = ""
    accompany: str = ""
    vehicle: str = ""
    refreshments: str = ""
    extras: str = ""  # sightseeing, a gift, a home visit...
    meal_lunch: int = 0  # yuan for the whole party per lunch (the two-guest base rule already applied)
    meal_dinner: int = 0


@dataclass(frozen=True, slots=True)
class StepView:
    id: int
    seq: int
    kind: StepKind
    title: str
    at: datetime | None
    place: str
    owner: str
    driver: str
    status: str  # planned / done / skipped
    done_at: datetime | None
    remind_minutes: int


@dataclass(frozen=True, slots=True)
class BudgetLine:
    category: Category
    planned: int
    actual: int  # the sum of expenses entered


@dataclass(frozen=True, slots=True)
class ExpenseView:
    id: int
    step_id: int | None
    category: Category
    amount: int
    note: str
    entered_by: str
    at: datetime
    signed_by: str


@dataclass(frozen=True, slots=True)
class EventView:
    at: datetime
    operator: str
    action: str
    note: str


@dataclass(frozen=True, slots=True)
class PlanSummary:
    """A row of the plans list."""

    id: int
    plan_no: str
    state: PlanState
    guest_name: str
    company: str
    party_size: int
    arrive_on: date
    leave_on: date
    level: str  # the approved level, or the proposed one while not approved
    host_name: str
    reception_person: str
    next_step: StepView | None
    followup_due_at: datetime | None
    followup_done: bool


@dataclass(frozen=True, slots=True)
class PlanDetail:
    """Everything a plan screen or its printouts show. `summary` is "" for readers without READ_SUMMARY
    (and `summary_hidden` then says there is one)."""

    id: int
    plan_no: str
    state: PlanState
    request: PlanRequest
    host_name: str
    requested_by: str
    requested_at: datetime
    level: str
    decided_by: str
    decided_at: datetime | None
    decision_comment: str
    standards: Standards
    reception_person: str
    steps: tuple[StepView, ...]
    budget: tuple[BudgetLine, ...]
    expenses: tuple[ExpenseView, ...]
    events: tuple[EventView, ...]
    summary: str
    summary_hidden: bool
    summary_by: str
    departure_at: datetime | None
    journey_minutes: int
    followup_due_at: datetime | None
    followup_done_at: datetime | None
    followup_by: str
    followup_outcome: str
    followup_rating: int | None
    visit_ids: tuple[int, ...] = field(default=())  # the guest's visits on the day (linked through the appointment)


@dataclass(frozen=True, slots=True)
class PlanReminder:
    """Something a person should do now: a step coming up, the preparation day, a follow-up call due."""

    kind: str  # step / prepare / followup
    plan_id: int
    plan_no: str
    guest_name: str
    step_id: int | None
    due_at: datetime
    text: str  # the step title or what to do, in the data's own words
    owner: str


OPEN = (PlanState.REQUESTED, PlanState.RETURNED, PlanState.APPROVED, PlanState.IN_PROGRESS)
LIVE = (PlanState.APPROVED.value, PlanState.IN_PROGRESS.value)  # plans whose steps are really going to happen
STEP_STATUSES = ("planned", "done", "skipped")
STEP_FIELDS = {"title", "at", "place", "owner", "driver", "remind_minutes"}
STANDARD_FIELDS = tuple(f.name for f in fields(Standards))


def require_state(plan, *states: PlanState) -> None:
    """NotActionable unless the plan (anything with a state and a plan_no) is in one of `states`."""
    if plan.state not in {str(x) for x in states}:
        raise NotActionable(f"plan {plan.plan_no} is {plan.state}", state=plan.state)


def standards_from(stored: dict | None) -> Standards:
    stored = stored or {}
    return Standards(**{k: stored[k] for k in STANDARD_FIELDS if k in stored})


def standards_dict(standards: Standards) -> dict:
    return {name: getattr(standards, name) for name in STANDARD_FIELDS}
