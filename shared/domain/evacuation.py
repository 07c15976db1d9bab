"""疏散名单 Evacuation list: everyone on site at one moment, as printed for a fire drill.

A printable document like the badge and the gate pass; a print job keeps it as JSON (kind
"evacuation_list") so it prints the same after a restart. Names of confidential visits arrive here
already replaced, so the paper never holds what the operator may not see."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from shared.domain.documents import document_from_dict

KIND = "evacuation_list"


@dataclass(frozen=True, slots=True)
class EvacuationLine:
    """One person: name, company, whom they visit, since when, and a detail (group, plate, room)."""

    name: str
    company: str
    host_name: str
    since: str  # "09:41", the station's local time
    detail: str = ""


@dataclass(frozen=True, slots=True)
class EvacuationList:
    printed_at: datetime
    station: str
    operator: str
    people: tuple[EvacuationLine, ...]
    vehicles: tuple[str, ...] = ()  # plates on site


def evacuation_to_dict(document: EvacuationList) -> dict[str, Any]:
    data = asdict(document)
    data["printed_at"] = document.printed_at.isoformat()
    data["kind"] = KIND
    return data


def evacuation_from_dict(data: dict[str, Any]) -> EvacuationList:
    return EvacuationList(
        printed_at=datetime.fromisoformat(data["printed_at"]), station=data.get("station", ""),
        operator=data.get("operator", ""),
        people=tuple(EvacuationLine(**line) for line in data.get("people", ())),
        vehicles=tuple(data.get("vehicles", ())))


def printable_from_dict(data: dict[str, Any]):
    """Any print job's payload back to its document: the evacuation list, or what documents knows."""
    if data.get("kind") == KIND:
        return evacuation_from_dict(data)
    return document_from_dict(data)
