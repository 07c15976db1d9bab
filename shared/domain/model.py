"""Frozen data that crosses layers: services return these, never ORM rows."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from .states import VisitState


class ReceptionLevel(StrEnum):
    STANDARD = "standard"
    SENIOR = "senior"
    VIP = "vip"


@dataclass(frozen=True, slots=True)
class Actor:
    """Who does an action and where: every event records both."""

    station: str
    operator: str = "visitor"


@dataclass(frozen=True, slots=True)
class Host:
    id: int
    name: str
    name_en: str
    department: str


@dataclass(frozen=True, slots=True)
class WalkIn:
    name: str
    mobile: str
    company: str
    host_id: int | None


@dataclass(frozen=True, slots=True)
class Visit:
    id: int
    visit_no: str
    visitor_name: str
    company: str
    mobile_masked: str
    host_name: str
    state: VisitState
    level: ReceptionLevel
    party_size: int
    room: str
    checked_in_at: datetime | None
    checked_out_at: datetime | None


@dataclass(frozen=True, slots=True)
class BadgeData:
    """Everything a badge shows. The token is random; it carries no personal data."""

    visit_no: str
    visitor_name: str
    company: str
    host_name: str
    visit_date: date
    valid_until: datetime
    token: str
    level: ReceptionLevel = ReceptionLevel.STANDARD


@dataclass(frozen=True, slots=True)
class PrintOutcome:
    ok: bool
    reason: str = ""
    # Bytes may have reached the printer before it failed: a retry could print a second badge.
    in_doubt: bool = False
