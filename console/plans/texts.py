"""The reception plans' words in the desk's language: states, step kinds, cost categories, transport,
and how their times and amounts are written. Shared by the plans view, its dialogs and the reminders."""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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
LONGER = QT_TRANSLATE_NOOP("PlanTexts", "Please keep this shorter.")
# Plan problems in the desk's words, next to the plan's fields (the services key them by field name).
PLAN_PROBLEMS = {
    ("guest_name", "required"): QT_TRANSLATE_NOOP("PlanTexts", "Please enter the guest's name."),
    ("guest_name", "too_long"): QT_TRANSLATE_NOOP("PlanTexts", "The name is too long."),
    ("guest_name", "invalid"): QT_TRANSLATE_NOOP("PlanTexts", "The name contains characters that are not allowed."),
    ("guest_phone", "invalid"): QT_TRANSLATE_NOOP("PlanTexts", "This is not a valid phone number; or leave it empty."),
    ("arrive_on", "required"): QT_TRANSLATE_NOOP("PlanTexts", "Please enter the arrival date."),
    ("leave_on", "required"): QT_TRANSLATE_NOOP("PlanTexts", "Please enter the departure date."),
    ("leave_on", "before_arrival"): QT_TRANSLATE_NOOP("PlanTexts", "The guest cannot leave before arriving."),
    ("party_size", "invalid"): QT_TRANSLATE_NOOP("PlanTexts", "Please enter how many people come (at least 1)."),
    ("host_id", "unknown"): QT_TRANSLATE_NOOP(
        "PlanTexts", "This host is not in the directory; please choose from the list."),
    ("appointment_id", "unknown"): QT_TRANSLATE_NOOP("PlanTexts", "The expected visit this plan was for is gone."),
    ("transport", "choice"): QT_TRANSLATE_NOOP("PlanTexts", "Please choose flight, train or car."),
    ("transport", "required"): QT_TRANSLATE_NOOP("PlanTexts", "Please say how the guest travels for this number."),
    ("transport_no", "flight_invalid"): QT_TRANSLATE_NOOP("PlanTexts", "This is not a flight number, e.g. CA1234."),
    ("transport_no", "train_invalid"): QT_TRANSLATE_NOOP("PlanTexts", "This is not a train number, e.g. G102."),
    ("arrival_at", "invalid"): QT_TRANSLATE_NOOP("PlanTexts", "Please enter the arrival time again."),
    ("arrival_at", "not_arrival_day"): QT_TRANSLATE_NOOP("PlanTexts", "The arrival time must be on the arrival day."),
    ("proposed_level", "invalid"): QT_TRANSLATE_NOOP("PlanTexts", "Please choose a reception level."),
    ("level", "invalid"): QT_TRANSLATE_NOOP("PlanTexts", "Please choose a reception level."),
    ("comment", "required"): QT_TRANSLATE_NOOP("PlanTexts", "Please say why the request goes back."),
    ("reason", "required"): QT_TRANSLATE_NOOP("PlanTexts", "Please give the reason."),
    ("meal_lunch", "out_of_range"): QT_TRANSLATE_NOOP("PlanTexts", "Please enter an amount from 0 up."),
    ("meal_dinner", "out_of_range"): QT_TRANSLATE_NOOP("PlanTexts", "Please enter an amount from 0 up."),
    ("planned", "out_of_range"): QT_TRANSLATE_NOOP("PlanTexts", "Please enter an amount from 0 up."),
    ("step_kind", "invalid"): QT_TRANSLATE_NOOP("PlanTexts", "Please choose the kind of step."),
    ("title", "required"): QT_TRANSLATE_NOOP("PlanTexts", "Please name the step."),
    ("at", "invalid"): QT_TRANSLATE_NOOP("PlanTexts", "Please enter the time again."),
    ("remind_minutes", "out_of_range"): QT_TRANSLATE_NOOP("PlanTexts", "A reminder comes at most a week before."),
    ("reception_person", "required"): QT_TRANSLATE_NOOP("PlanTexts", "Please enter the reception person."),
    ("category", "invalid"): QT_TRANSLATE_NOOP("PlanTexts", "Please choose a category."),
    ("amount", "out_of_range"): QT_TRANSLATE_NOOP("PlanTexts", "Please enter an amount above ¥0."),
    ("step_id", "unknown"): QT_TRANSLATE_NOOP("PlanTexts", "This step is no longer in the plan."),
    ("expenses", "none"): QT_TRANSLATE_NOOP("PlanTexts", "There are no expenses waiting to be signed off."),
    ("summary", "required"): QT_TRANSLATE_NOOP("PlanTexts", "Please write the summary."),
    ("departure_at", "required"): QT_TRANSLATE_NOOP("PlanTexts", "Please enter when the guest leaves."),
    ("departure_at", "invalid"): QT_TRANSLATE_NOOP("PlanTexts", "Please enter when the guest leaves."),
    ("journey_minutes", "out_of_range"): QT_TRANSLATE_NOOP("PlanTexts", "A journey takes at most a week."),
    ("outcome", "required"): QT_TRANSLATE_NOOP("PlanTexts", "Please write what the guest said."),
    ("rating", "invalid"): QT_TRANSLATE_NOOP("PlanTexts", "The rating is 1 to 5 stars, or none."),
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


def plan_problem_text(field: str, code: str) -> str:
    from shared.qt.problems import problem_text  # the shared table for everything the plans do not word

    if (field, code) in PLAN_PROBLEMS:
        return tr(PLAN_PROBLEMS[field, code])
    if code == "too_long":  # any of the plan's texts
        return tr(LONGER)
    return problem_text(field, code)


def when(at: datetime | None) -> str:
    """Local time: 11-27 09:30; "—" for none."""
    return f"{at.astimezone():%m-%d %H:%M}" if at else "—"


def day(d: date | None) -> str:
    return f"{d:%Y-%m-%d}" if d else "—"


def yuan(amount: int) -> str:
    return f"-¥{-amount:,}" if amount < 0 else f"¥{amount:,}"


def plan_error_text(err) -> str:
    """A refusal in the desk's words: field problems, the role, or the plan's state."""
    from shared.domain.errors import ForbiddenTransition, InvalidInput, NotActionable
    from shared.qt.problems import error_text
    from shared.domain.permissions import NotPermitted

    if isinstance(err, InvalidInput):
        return " ".join(plan_problem_text(f, c) for f, c in err.problems.items())
    if isinstance(err, NotPermitted):
        return tr(NOT_PERMITTED)
    if isinstance(err, (ForbiddenTransition, NotActionable)):
        return tr(WRONG_STATE)
    return error_text(err)


NOT_PERMITTED = QT_TRANSLATE_NOOP("PlanTexts", "Only a leader or an administrator can do this. Nothing was changed.")
WRONG_STATE = QT_TRANSLATE_NOOP("PlanTexts", "This is not possible for the plan in its present state; "
                                             "the screen now shows it as it is.")
