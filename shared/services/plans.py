"""Reception plans (接待方案) for important guests: the request, a leader's approval, the itinerary, staff,
budget and expenses, the visit summary and the follow-up call — the seed's "客户接待流程和标准":

    接待申请 -> 确定接待级别 -> 安排接待人员 -> 接车 -> 安排住宿 -> 参观 -> 领导接见 -> 餐饮 -> 会谈 -> 送车 -> 电话回访

States: requested -> approved | returned (-> requested again) ; approved -> in_progress (the guest arrived)
-> done (summary written) ; cancelled from any state before done. Every change is a PlanEvent; writes call
record(s, "plan", plan.id) so every console refreshes (Changes.PLANS).

This module is the contract between the core and the screens: the dataclasses and signatures here are fixed;
the bodies are filled in by the plan services' author."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from shared.changes import Done
from shared.domain import model as m
from shared.store.engine import Store


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


# --- the request and its approval -----------------------------------------------------------

def request_plan(store: Store, actor: m.Actor, request: PlanRequest) -> Done[PlanDetail]:
    """Any signed-in operator asks; InvalidInput lists every problem (nothing saved). Plan no. like P261127-01."""
    raise NotImplementedError


def update_request(store: Store, actor: m.Actor, plan_id: int, request: PlanRequest) -> Done[PlanDetail]:
    """The requester edits a returned (or still requested) plan; it goes back to requested."""
    raise NotImplementedError


def approve_plan(store: Store, actor: m.Actor, plan_id: int, level: str | None = None,
                 comment: str = "") -> Done[PlanDetail]:
    """APPROVE_PLAN. Fills standards and the budget from the level (meals by the two-guest base rule, per
    day of the stay), and the default itinerary (prepare 1-2 days before, pickup if asked, hotel if lodging,
    showroom, leader meeting, meals, talks, send-off)."""
    raise NotImplementedError


def return_plan(store: Store, actor: m.Actor, plan_id: int, comment: str) -> Done[PlanDetail]:
    """APPROVE_PLAN; a comment is required."""
    raise NotImplementedError


def cancel_plan(store: Store, actor: m.Actor, plan_id: int, reason: str) -> Done[PlanDetail]:
    raise NotImplementedError


def adjust_standards(store: Store, actor: m.Actor, plan_id: int, standards: Standards) -> Done[PlanDetail]:
    raise NotImplementedError


# --- itinerary, staff, money ----------------------------------------------------------------

def add_step(store: Store, actor: m.Actor, plan_id: int, kind: StepKind, title: str, at: datetime | None,
             place: str = "", owner: str = "", driver: str = "", remind_minutes: int = 30) -> Done[StepView]:
    raise NotImplementedError


def update_step(store: Store, actor: m.Actor, step_id: int, **fields) -> Done[StepView]:
    """title, at, place, owner, driver, remind_minutes, seq."""
    raise NotImplementedError


def set_step_status(store: Store, actor: m.Actor, step_id: int, status: str) -> Done[StepView]:
    """planned / done / skipped; the first step done makes an approved plan in_progress."""
    raise NotImplementedError


def assign_reception_person(store: Store, actor: m.Actor, plan_id: int, person: str,
                            reason: str = "") -> Done[PlanDetail]:
    """Once the stay has begun (in_progress) a change needs a reason (the seed: the reception person should
    not change while the guest is here): InvalidInput {"reason": "required"} otherwise."""
    raise NotImplementedError


def set_budget(store: Store, actor: m.Actor, plan_id: int, category: Category, planned: int) -> Done[BudgetLine]:
    raise NotImplementedError


def add_expense(store: Store, actor: m.Actor, plan_id: int, category: Category, amount: int, note: str = "",
                step_id: int | None = None) -> Done[ExpenseView]:
    raise NotImplementedError


def sign_off_expenses(store: Store, actor: m.Actor, plan_id: int) -> Done[PlanDetail]:
    """APPROVE_PLAN: the post-visit expense report (食宿费用签单报告) is signed; every expense records who."""
    raise NotImplementedError


# --- after the visit ------------------------------------------------------------------------

def write_summary(store: Store, actor: m.Actor, plan_id: int, summary: str) -> Done[PlanDetail]:
    """到访总结汇报 by the host (any operator writes; only READ_SUMMARY reads); the plan becomes done."""
    raise NotImplementedError


def schedule_followup(store: Store, actor: m.Actor, plan_id: int, departure_at: datetime,
                      journey_minutes: int) -> Done[PlanDetail]:
    """The call is due when the guest should be home: departure plus the journey."""
    raise NotImplementedError


def record_followup(store: Store, actor: m.Actor, plan_id: int, outcome: str,
                    rating: int | None = None) -> Done[PlanDetail]:
    raise NotImplementedError


# --- reading --------------------------------------------------------------------------------

def plans(store: Store, actor: m.Actor, states: tuple[PlanState, ...] | None = None,
          around: date | None = None) -> list[PlanSummary]:
    """Plans in those states (all when None), arriving soonest first; around: stays overlapping that day."""
    raise NotImplementedError


def plan_detail(store: Store, actor: m.Actor, plan_id: int) -> PlanDetail:
    raise NotImplementedError


def plan_for_visit(store: Store, visit_id: int) -> int | None:
    """The plan a visit belongs to (through its appointment): the console links the visit to it."""
    raise NotImplementedError


def my_tasks(store: Store, person: str, day: date) -> list[tuple[PlanSummary, StepView]]:
    """A person's steps on that day (as owner or driver), in time order."""
    raise NotImplementedError


def due_reminders(store: Store, now: datetime) -> list[PlanReminder]:
    """Steps starting within their remind_minutes, preparation steps on their day, follow-up calls due and
    not done."""
    raise NotImplementedError
