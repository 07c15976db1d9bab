"""Input rules for reception plans: the request (接待申请), steps, money and the follow-up call.

Problems are keyed by the request's own field names (guest_name, leave_on, transport_no...), so a form
can put each message beside its field; codes are translated by shared.qt.problems."""
from __future__ import annotations

import re
from datetime import datetime

from shared.domain import model as m
from shared.domain.errors import InvalidInput
from shared.domain.plans import Category
from shared.domain.text import clean_text, raw_problem
from shared.domain.validation import PARTY_MAX, name_problem, normalise_mobile

TRANSPORTS = ("", "flight", "train", "car")
LINE_MAX = 120  # one-line fields: company, place, arrival place, step title
REGION_MAX = 60
PERSON_MAX = 80  # a person's name as typed (owner, driver, reception person)
TEXT_MAX = 2000  # free text (purpose, needs, notes): a typo guard, not a policy
SUMMARY_MAX = 20_000
AMOUNT_MAX = 10_000_000  # yuan: a typo guard
REMIND_MAX = 7 * 24 * 60
JOURNEY_MAX = 7 * 24 * 60
# Loosely: an airline's two-character (or three-letter) code and 1-4 digits (CA1234, 3U8888, MU5101A);
# a Chinese train: an optional letter and 1-4 digits (G102, D3125, K1234, 1461).
FLIGHT_NO = re.compile(r"^(?:[A-Z]{2,3}|[A-Z]\d|\d[A-Z])\d{1,4}[A-Z]?$")
TRAIN_NO = re.compile(r"^[GDCZTKYLSP]?\d{1,4}$")
# Single-line fields and their limits; the multi-line ones keep their line breaks.
REQUEST_LINES = {"guest_region": REGION_MAX, "company": LINE_MAX}  # folded like a visitor's
REQUEST_PROSE = {"arrival_place": LINE_MAX}
REQUEST_BLOCKS = ("purpose", "meet_whom", "lodging", "meals", "notes")


def clean_prose(text: str) -> str:
    """One line of free text: spaces collapse, but no NFKC (it would turn Chinese punctuation，into ASCII)."""
    return " ".join((text or "").split())


def clean_block(text: str) -> str:
    """Free text that may run over several lines: each line cleaned, blank lines at the ends dropped."""
    return "\n".join(clean_prose(line) for line in (text or "").splitlines()).strip("\n")


def transport_no(text: str) -> str:
    return clean_text(text).upper().replace(" ", "")


def is_level(value: str) -> bool:
    return value in {str(level) for level in m.ReceptionLevel}


def request_problems(r) -> dict[str, str]:
    """Every problem of a PlanRequest at once (the form shows them all)."""
    problems: dict[str, str] = {}
    if problem := name_problem(r.guest_name):
        problems["guest_name"] = problem
    if r.arrive_on is None:
        problems["arrive_on"] = "required"
    if r.leave_on is None:
        problems["leave_on"] = "required"
    elif r.arrive_on is not None and r.leave_on < r.arrive_on:
        problems["leave_on"] = "before_arrival"
    if not isinstance(r.party_size, int) or isinstance(r.party_size, bool) or not 1 <= r.party_size <= PARTY_MAX:
        problems["party_size"] = "invalid"
    if raw_problem(r.guest_phone, 24):
        problems["guest_phone"] = "invalid"
    elif clean_text(r.guest_phone):
        try:
            normalise_mobile(r.guest_phone)
        except InvalidInput:
            problems["guest_phone"] = "invalid"
    for name, limit in REQUEST_LINES.items():
        line(getattr(r, name), name, limit, problems)
    for name, limit in REQUEST_PROSE.items():
        line(getattr(r, name), name, limit, problems, prose=True)
    for name in REQUEST_BLOCKS:
        block(getattr(r, name), name, TEXT_MAX, problems)
    if r.transport not in TRANSPORTS:
        problems["transport"] = "choice"
    if problem := raw_problem(r.transport_no, 24):
        problems["transport_no"] = problem
        number = ""
    else:
        number = transport_no(r.transport_no)
    if number:
        if not r.transport:
            problems["transport"] = "required"
        elif r.transport == "flight" and not FLIGHT_NO.match(number):
            problems["transport_no"] = "flight_invalid"
        elif r.transport == "train" and not TRAIN_NO.match(number):
            problems["transport_no"] = "train_invalid"
        elif len(number) > 24:
            problems["transport_no"] = "too_long"
    if r.arrival_at is not None:
        if r.arrival_at.tzinfo is None:
            problems["arrival_at"] = "invalid"
        elif r.arrive_on is not None and r.arrival_at.astimezone().date() != r.arrive_on:
            problems["arrival_at"] = "not_arrival_day"
    if not is_level(r.proposed_level):
        problems["proposed_level"] = "invalid"
    return problems


def aware(value: datetime | None, name: str, problems: dict[str, str]) -> None:
    if value is not None and value.tzinfo is None:
        problems[name] = "invalid"


def line(value: str, name: str, limit: int, problems: dict[str, str], required: bool = False,
         prose: bool = False) -> str:
    """A one-line field: names are NFKC-folded like everywhere else (they are searched); prose is not.
    The raw text is checked first (length, control characters, line breaks)."""
    if problem := raw_problem(value, limit):
        problems[name] = problem
        return ""
    text = clean_prose(value) if prose else clean_text(value)
    if required and not text:
        problems[name] = "required"
    elif len(text) > limit:
        problems[name] = "too_long"
    return text


def whole(value, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def block(value: str, name: str, limit: int, problems: dict[str, str], required: bool = False) -> str:
    """Free text over several lines, cleaned; its problem (required, too long, control characters) goes
    into `problems`."""
    if problem := raw_problem(value, limit, multiline=True):
        problems[name] = problem
        return ""
    text = clean_block(value)
    if required and not text:
        problems[name] = "required"
    elif len(text) > limit:
        problems[name] = "too_long"
    return text


def category(value, problems: dict[str, str]) -> Category:
    try:
        return Category(value)
    except ValueError:
        problems["category"] = "invalid"
        return Category.OTHER


def step_values(values: dict, problems: dict[str, str]) -> dict:
    """The step fields given, cleaned; their problems go into `problems`."""
    out = {}
    if "title" in values:
        out["title"] = line(values["title"], "title", LINE_MAX, problems, required=True, prose=True)
    if "at" in values:
        aware(values["at"], "at", problems)
        out["at"] = values["at"]
    if "place" in values:
        out["place"] = line(values["place"], "place", LINE_MAX, problems, prose=True)
    for name in ("owner", "driver"):
        if name in values:
            out[name] = line(values[name], name, PERSON_MAX, problems)
    if "remind_minutes" in values:
        if not whole(values["remind_minutes"], 0, REMIND_MAX):
            problems["remind_minutes"] = "out_of_range"
        out["remind_minutes"] = values["remind_minutes"]
    return out
