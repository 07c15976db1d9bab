"""Readers in keyboard mode type the card's number and Enter, as a barcode scanner types a code: the
kiosk's scanner input catches the burst (kiosk.scanner) and asks here whether it was an ID number."""
from __future__ import annotations

from shared.domain.errors import InvalidInput
from shared.domain.identity import normalise_id_number


def id_number_from_wedge(text: str) -> str | None:
    """The number, when the burst is a valid ID number (check digit and all); None for anything else
    (an invitation code, a badge token)."""
    if len(text.strip()) not in (15, 18):
        return None
    try:
        return normalise_id_number(text)
    except InvalidInput:
        return None
