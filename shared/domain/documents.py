"""Printable documents to and from the JSON kept in a print job, so a job prints the same after a
restart, on whichever printer it is routed to."""
from __future__ import annotations

import base64
from dataclasses import asdict
from datetime import date, datetime
from typing import Any

from shared.domain.model import BadgeData, CarriedItem, Document, GatePass, QueueTicket, ReceptionLevel, TestPage

KINDS: dict[type, str] = {BadgeData: "badge", GatePass: "gate_pass", TestPage: "test_page",
                          QueueTicket: "queue_ticket"}


def document_kind(document: Document) -> str:
    return KINDS[type(document)]


def document_to_dict(document: Document) -> dict[str, Any]:
    data = asdict(document)
    for key, value in data.items():
        if isinstance(value, (date, datetime)):
            data[key] = value.isoformat()
        elif isinstance(value, ReceptionLevel):
            data[key] = str(value)
        elif isinstance(value, bytes):  # a photo: JSON has no bytes
            data[key] = base64.b64encode(value).decode("ascii")
    data["kind"] = document_kind(document)
    return data


def document_from_dict(data: dict[str, Any]) -> Document:
    data = dict(data)
    kind = data.pop("kind", "badge")
    if kind == "badge":
        return BadgeData(**{**data, "visit_date": date.fromisoformat(data["visit_date"]),
                            "valid_until": datetime.fromisoformat(data["valid_until"]),
                            "level": ReceptionLevel(data.get("level", "standard")),
                            "photo": base64.b64decode(data.get("photo", "")),
                            "signed": tuple(data.get("signed", ()))})
    if kind == "gate_pass":
        return GatePass(**{**data, "issued_at": datetime.fromisoformat(data["issued_at"]),
                           "items": tuple(CarriedItem(**item) for item in data["items"])})
    if kind == "test_page":
        return TestPage(**data)
    if kind == "queue_ticket":
        return QueueTicket(**{**data, "issued_at": datetime.fromisoformat(data["issued_at"])})
    raise ValueError(f"unknown document kind {kind!r}")
