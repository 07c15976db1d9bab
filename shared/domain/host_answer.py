"""The host's answer to "your visitor is here" (被访人是否在 → wait or leave), given on the hosts' web page.

Pure rules: which answers exist, what a valid one is, when the host is due, and the desk's words for it."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum



class Answer(StrEnum):
    COMING = "coming"  # coming now
    COMING_IN = "coming_in"  # coming in N minutes
    WAIT = "wait"  # please have them wait (in a reception room)
    CANNOT = "cannot"  # cannot meet them: the desk relays the message and the visitor leaves
    COLLEAGUE = "colleague"  # a colleague meets them instead (that colleague is told)


MINUTES = (5, 10, 15, 20, 30, 45, 60)  # the page offers these; any whole number in range is taken
MAX_MINUTES = 120
MAX_MESSAGE = 500
# "coming now": the host walks down; after this long the desk hears they are late.
WALK_MIN = 5


@dataclass(frozen=True, slots=True)
class HostAnswer:
    answer: Answer
    minutes: int = 0  # coming_in
    message: str = ""  # cannot (required), wait / colleague (optional words for the desk)
    colleague_id: int | None = None  # colleague


def clean_message(text: str) -> str:
    """The host's own words, punctuation kept (the desk reads them out): lines trimmed, blank ones dropped."""
    return "\n".join(line.strip() for line in (text or "").strip().splitlines() if line.strip())


def answer_problems(a: HostAnswer) -> dict[str, str]:
    """Field -> problem code; empty when the answer can be recorded."""
    found: dict[str, str] = {}
    if a.answer not in set(Answer):
        return {"answer": "unknown"}
    if a.answer == Answer.COMING_IN and not (isinstance(a.minutes, int) and 1 <= a.minutes <= MAX_MINUTES):
        found["minutes"] = "out_of_range"
    message = clean_message(a.message)
    if len(message) > MAX_MESSAGE:
        found["message"] = "too_long"
    if a.answer == Answer.CANNOT and not message:
        found["message"] = "required"
    if a.answer == Answer.COLLEAGUE and a.colleague_id is None:
        found["colleague"] = "required"
    return found


def due_at(answer: str, answered_at: datetime, minutes: int) -> datetime | None:
    """When the host should be at the desk by their own word; None when they did not say they come."""
    if answer == Answer.COMING:
        return answered_at + timedelta(minutes=WALK_MIN)
    if answer == Answer.COMING_IN:
        return answered_at + timedelta(minutes=minutes)
    return None


def is_overdue(eta: datetime | None, now: datetime) -> bool:
    return eta is not None and now >= eta
