"""The reception plans' words in the desk's language: states, step kinds, cost categories, transport,
and how their times and amounts are written. Shared by the plans view, its dialogs and the reminders."""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from shared.domain.errors import ForbiddenTransition, NotActionable
from shared.domain.permissions import NotPermitted
from shared.qt.problems import PLANS, error_text
from shared.services.plans import Category, PlanState, StepKind

CTX = "PlanTexts"

STATE_NAMES = {
    PlanState.REQUESTED: QT_TRANSLATE_NOOP("PlanTexts", "Awaiting approval"),
    PlanState.RETURNED: QT_TRANSLATE_NOOP("PlanTexts", "Returned"),
    PlanState.APPROVED: QT_TRANSLATE_NOOP("PlanTexts", "Approved"),
    PlanState.IN_PROGRESS: QT_TRANSLATE_NOOP("PlanTexts", "In progress"),
    PlanState.DONE: QT_TRANSLATE_NOOP("PlanTexts", "Done"),
    PlanState.CANCELLED: QT_TRANSLATE_NOOP("PlanTexts", "Cancelled"),
}
KIND_NAMES = {
    StepKind.PREPARE: QT_TRANSLATE_NOOP("PlanTexts", "Preparation"),
    StepKind.PICKUP: QT_TRANSLATE_NOOP("PlanTexts", "Pickup"),
    StepKind.HOTEL: QT_TRANSLATE_NOOP("PlanTexts", "Hotel"),
    StepKind.SHOWROOM: QT_TRANSLATE_NOOP("PlanTexts", "Showroom tour"),
    StepKind.LEADER: QT_TRANSLATE_NOOP("PlanTexts", "Meeting with leaders"),
    StepKind.MEAL: QT_TRANSLATE_NOOP("PlanTexts", "Meal"),
    StepKind.TALKS: QT_TRANSLATE_NOOP("PlanTexts", "Talks"),
    StepKind.SEND_OFF: QT_TRANSLATE_NOOP("PlanTexts", "Send-off"),
    StepKind.OTHER: QT_TRANSLATE_NOOP("PlanTexts", "Other"),
}
CATEGORY_NAMES = {
    Category.MEALS: QT_TRANSLATE_NOOP("PlanTexts", "Meals"),
    Category.LODGING: QT_TRANSLATE_NOOP("PlanTexts", "Lodging"),
    Category.VEHICLE: QT_TRANSLATE_NOOP("PlanTexts", "Vehicle"),
    Category.GIFTS: QT_TRANSLATE_NOOP("PlanTexts", "Gifts"),
    Category.SIGHTSEEING: QT_TRANSLATE_NOOP("PlanTexts", "Sightseeing"),
    Category.OTHER: QT_TRANSLATE_NOOP("PlanTexts", "Other"),
}
STATUS_NAMES = {
    "planned": QT_TRANSLATE_NOOP("PlanTexts", "Planned"),
    "done": QT_TRANSLATE_NOOP("PlanTexts", "Done"),
    "skipped": QT_TRANSLATE_NOOP("PlanTexts", "Skipped"),
}
TRANSPORT_NAMES = {
    "": QT_TRANSLATE_NOOP("PlanTexts", "Not said"),
    "flight": QT_TRANSLATE_NOOP("PlanTexts", "Flight"),
    "train": QT_TRANSLATE_NOOP("PlanTexts", "Train"),
    "car": QT_TRANSLATE_NOOP("PlanTexts", "Car"),
}
# The history's actions as the services write them; an unknown one is shown as written.
ACTION_NAMES = {
    "requested": QT_TRANSLATE_NOOP("PlanTexts", "Requested"),
    "edited": QT_TRANSLATE_NOOP("PlanTexts", "Request edited"),
    "resubmitted": QT_TRANSLATE_NOOP("PlanTexts", "Edited and resubmitted"),
    "returned": QT_TRANSLATE_NOOP("PlanTexts", "Returned"),
    "approved": QT_TRANSLATE_NOOP("PlanTexts", "Approved"),
    "relevelled": QT_TRANSLATE_NOOP("PlanTexts", "Level changed"),
    "cancelled": QT_TRANSLATE_NOOP("PlanTexts", "Cancelled"),
    "standards": QT_TRANSLATE_NOOP("PlanTexts", "Standards adjusted"),
    "step_added": QT_TRANSLATE_NOOP("PlanTexts", "Step added"),
    "step_changed": QT_TRANSLATE_NOOP("PlanTexts", "Step changed"),
    "step_done": QT_TRANSLATE_NOOP("PlanTexts", "Step done"),
    "step_skipped": QT_TRANSLATE_NOOP("PlanTexts", "Step skipped"),
    "step_reopened": QT_TRANSLATE_NOOP("PlanTexts", "Step planned again"),
    "started": QT_TRANSLATE_NOOP("PlanTexts", "Guest arrived: in progress"),
    "staff": QT_TRANSLATE_NOOP("PlanTexts", "Reception person"),
    "budget": QT_TRANSLATE_NOOP("PlanTexts", "Budget"),
    "expense": QT_TRANSLATE_NOOP("PlanTexts", "Expense"),
    "signed_off": QT_TRANSLATE_NOOP("PlanTexts", "Expenses signed off"),
    "summary": QT_TRANSLATE_NOOP("PlanTexts", "Summary written"),
    "followup_scheduled": QT_TRANSLATE_NOOP("PlanTexts", "Follow-up scheduled"),
    "followup": QT_TRANSLATE_NOOP("PlanTexts", "Follow-up recorded"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def fill(text: str, *values) -> str:
    """%1, %2… replaced in order (a translation may reorder them)."""
    for i, value in enumerate(values, start=1):
        text = text.replace(f"%{i}", str(value))
    return text


def state_name(state: PlanState | str) -> str:
    return tr(STATE_NAMES.get(PlanState(state), str(state)))


def kind_name(kind: StepKind | str) -> str:
    return tr(KIND_NAMES.get(StepKind(kind), str(kind)))


def category_name(category: Category | str) -> str:
    return tr(CATEGORY_NAMES.get(Category(category), str(category)))


def status_name(status: str) -> str:
    return tr(STATUS_NAMES[status]) if status in STATUS_NAMES else status


def transport_name(transport: str) -> str:
    return tr(TRANSPORT_NAMES[transport]) if transport in TRANSPORT_NAMES else transport


def action_name(action: str) -> str:
    return tr(ACTION_NAMES[action]) if action in ACTION_NAMES else action


def when(at: datetime | None) -> str:
    """Local time: 11-27 09:30; "—" for none."""
    return f"{at.astimezone():%m-%d %H:%M}" if at else "—"


def day(d: date | None) -> str:
    return f"{d:%Y-%m-%d}" if d else "—"


def yuan(amount: int) -> str:
    return f"-¥{-amount:,}" if amount < 0 else f"¥{amount:,}"


def plan_error_text(err) -> str:
    """A refusal in the desk's words: field problems, the role, or the plan's state."""
    if isinstance(err, NotPermitted):
        return tr(NOT_PERMITTED)
    if isinstance(err, (ForbiddenTransition, NotActionable)):
        return tr(WRONG_STATE)
    return error_text(err, PLANS)


NOT_PERMITTED = QT_TRANSLATE_NOOP("PlanTexts", "Only a leader or an administrator can do this. Nothing was changed.")
WRONG_STATE = QT_TRANSLATE_NOOP("PlanTexts", "This is not possible for the plan in its present state; "
                                             "the screen now shows it as it is.")
