"""Expected visits (预约登记): what reception types in before a guest comes, and the rules for it.

Problems are codes keyed by field, as everywhere: screens and the import report translate them."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from shared.domain.errors import InvalidInput
from shared.domain.model import ReceptionLevel
from shared.domain.text import clean_text
from shared.domain.validation import (
    COMPANY_MAX,
    PARTY_MAX,
    PURPOSE_MAX,
    name_problem,
    normalise_mobile,
)

TRANSPORTS = ("", "own", "pickup")  # "": not said
PLACE_MAX = 120  # pickup_place column
TEXT_MAX = 500  # lodging, meals, notes: a few lines
EMAIL_MAX = 200
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_TIME = re.compile(r"(\d{1,2})[:：.](\d{2})")


@dataclass(frozen=True, slots=True)
class ExpectedVisit:
    """One expected guest (or a group's leader) as reception enters it."""

    visitor_name: str
    host_id: int | None
    expected_on: date
    mobile: str = ""
    company: str = ""
    email: str = ""  # the invitation is e-mailed here, with its QR code
    time_from: str = ""  # "HH:MM" local; both empty: any time that day
    time_to: str = ""
    level: str = ReceptionLevel.STANDARD
    purpose: str = ""
    transport: str = ""  # "" / own / pickup
    pickup_time: str = ""  # "HH:MM", for pickup
    pickup_place: str = ""
    lodging: str = ""
    meals: str = ""
    notes: str = ""
    confidential: bool = False  # 保密: the visit it becomes is hidden from those without permission


@dataclass(frozen=True, slots=True)
class AppointmentView:
    """A row of the day's expected list, and what "Show invitation" needs."""

    id: int
    code: str
    visitor_name: str
    mobile_masked: str
    company: str
    host_id: int | None
    host_name: str  # "" when the host left the directory
    expected_on: date
    time_from: str
    time_to: str
    level: ReceptionLevel
    state: str  # open / used / cancelled / no_show
    purpose: str
    email: str
    leader_id: int | None  # a member's leader; None for a single guest or the leader
    leader_name: str
    party_size: int  # the whole party, on the leader; 1 on members and single guests
    transport: str
    pickup_time: str
    pickup_place: str
    lodging: str
    meals: str
    notes: str
    invitation: str  # the invitation e-mail: "" (none) / queued / sending / sent / failed / skipped
    invitation_error: str  # why it failed or was skipped

    @property
    def is_leader(self) -> bool:
        return self.leader_id is None and self.party_size > 1


def clean_time(raw: str) -> str | None:
    """"9:30", "09：30", "9.30" -> "09:30"; "" stays ""; None when it is not a time of day."""
    text = clean_text(raw).replace(" ", "")
    if not text:
        return ""
    if re.fullmatch(r"\d{1,2}:\d{2}:00", text):  # a spreadsheet's 09:30:00
        text = text[:-3]
    match = _TIME.fullmatch(text)
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        return None
    return f"{int(match[1]):02d}:{match[2]}"


def level_of(raw: str) -> ReceptionLevel | None:
    try:
        return ReceptionLevel(str(raw))
    except ValueError:
        return None


def expected_problems(expected: ExpectedVisit, member_names: tuple[str, ...] | list[str],
                      today: date) -> dict[str, str]:
    """Every problem of the input at once (the host's being in the directory is the service's to check)."""
    e = expected
    problems: dict[str, str] = {}
    if problem := name_problem(e.visitor_name):
        problems["name"] = problem
    if clean_text(e.mobile):
        try:
            normalise_mobile(e.mobile)
        except InvalidInput as err:
            problems.update(err.problems)
    email = clean_text(e.email)
    if email and (len(email) > EMAIL_MAX or not _EMAIL.fullmatch(email)):
        problems["email"] = "invalid"
    if len(clean_text(e.company)) > COMPANY_MAX:
        problems["company"] = "too_long"
    if e.host_id is None:
        problems["host"] = "required"
    if e.expected_on is None:
        problems["expected_on"] = "required"
    elif e.expected_on < today:
        problems["expected_on"] = "past"
    start, end = clean_time(e.time_from), clean_time(e.time_to)
    if start is None:
        problems["time_from"] = "invalid"
    if end is None:
        problems["time_to"] = "invalid"
    if start is not None and end is not None:
        if bool(start) != bool(end):
            problems["time_to" if start else "time_from"] = "required"
        elif start and start >= end:
            problems["time_to"] = "not_after_start"
    if level_of(e.level) is None:
        problems["level"] = "invalid"
    if len(clean_text(e.purpose)) > PURPOSE_MAX:
        problems["purpose"] = "too_long"
    if e.transport not in TRANSPORTS:
        problems["transport"] = "invalid"
    elif e.transport == "pickup":
        pickup = clean_time(e.pickup_time)
        if pickup == "":
            problems["pickup_time"] = "required"
        elif pickup is None:
            problems["pickup_time"] = "invalid"
        if not clean_text(e.pickup_place):
            problems["pickup_place"] = "required"
        elif len(clean_text(e.pickup_place)) > PLACE_MAX:
            problems["pickup_place"] = "too_long"
    for field in ("lodging", "meals", "notes"):
        if len(getattr(e, field).strip()) > TEXT_MAX:
            problems[field] = "too_long"
    if len(member_names) + 1 > PARTY_MAX:
        problems["party_size"] = "invalid"
    for i, name in enumerate(member_names):
        if problem := name_problem(name):
            problems[f"member_{i}"] = problem
    return problems


def clean_expected(expected: ExpectedVisit, member_names, today: date) -> tuple[ExpectedVisit, list[str]]:
    """The input as it is saved, or InvalidInput naming every problem."""
    if problems := expected_problems(expected, member_names, today):
        raise InvalidInput(problems)
    e = expected
    pickup = e.transport == "pickup"
    return replace(
        e,
        visitor_name=clean_text(e.visitor_name),
        mobile=normalise_mobile(e.mobile) if clean_text(e.mobile) else "",
        company=clean_text(e.company),
        email=clean_text(e.email),
        time_from=clean_time(e.time_from),
        time_to=clean_time(e.time_to),
        level=str(level_of(e.level)),
        purpose=clean_text(e.purpose),
        pickup_time=clean_time(e.pickup_time) if pickup else "",
        pickup_place=clean_text(e.pickup_place) if pickup else "",
        lodging=e.lodging.strip(),
        meals=e.meals.strip(),
        notes=e.notes.strip(),
        confidential=bool(e.confidential),
    ), [clean_text(n) for n in member_names]
