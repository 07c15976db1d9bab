"""What a write changed, so screens refresh only what they show (as Anki's OpChanges)."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Flag, auto
from typing import Generic, TypeVar

T = TypeVar("T")


class Changes(Flag):
    NONE = 0
    VISITS = auto()
    PRINT_JOBS = auto()
    NOTIFICATIONS = auto()
    HOSTS = auto()
    ROOMS = auto()
    APPOINTMENTS = auto()
    PRINTERS = auto()
    SETTINGS = auto()
    GATE = auto()
    SECURITY = auto()  # watchlist, alerts, enquiries
    AUDIT = auto()
    PLANS = auto()


# change_log.entity -> flag; the feed turns rows written by other processes into flags.
ENTITY_FLAGS = {
    "visit": Changes.VISITS,
    "print_job": Changes.PRINT_JOBS,
    "notification": Changes.NOTIFICATIONS,
    "host": Changes.HOSTS,
    "room": Changes.ROOMS,
    "appointment": Changes.APPOINTMENTS,
    "printer": Changes.PRINTERS,
    "setting": Changes.SETTINGS,
    "gate": Changes.GATE,
    "alert": Changes.SECURITY,
    "watchlist": Changes.SECURITY,
    "enquiry": Changes.SECURITY,
    "audit": Changes.AUDIT,
    "plan": Changes.PLANS,
}


@dataclass(frozen=True, slots=True)
class Change:
    entity: str
    entity_id: int

    @property
    def flag(self) -> Changes:
        return ENTITY_FLAGS.get(self.entity, Changes.NONE)


@dataclass(frozen=True, slots=True)
class Done(Generic[T]):
    """A service's answer: the value, and what it changed."""

    value: T
    changes: Changes
