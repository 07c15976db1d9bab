"""Badge data to and from the JSON kept in a print job, so a job prints the same after a restart."""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from .model import BadgeData, ReceptionLevel


def badge_to_dict(badge: BadgeData) -> dict[str, Any]:
    return {
        "visit_no": badge.visit_no,
        "visitor_name": badge.visitor_name,
        "company": badge.company,
        "host_name": badge.host_name,
        "visit_date": badge.visit_date.isoformat(),
        "valid_until": badge.valid_until.isoformat(),
        "token": badge.token,
        "level": str(badge.level),
    }


def badge_from_dict(data: dict[str, Any]) -> BadgeData:
    return BadgeData(
        visit_no=data["visit_no"],
        visitor_name=data["visitor_name"],
        company=data["company"],
        host_name=data["host_name"],
        visit_date=date.fromisoformat(data["visit_date"]),
        valid_until=datetime.fromisoformat(data["valid_until"]),
        token=data["token"],
        level=ReceptionLevel(data.get("level", "standard")),
    )
