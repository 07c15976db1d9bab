"""ESC/POS real-time status (DLE EOT 1-4): ask, validate, parse into a PrinterStatus.

Bits per the Epson ESC/POS reference (Citizen, Bixolon and others agree). Every reply byte has
bit 1 and bit 4 set and bits 0 and 7 clear; anything else is not a status reply.
No reply, or a malformed one, gives online=None / paper "unknown": never assume OK.
"""
from __future__ import annotations

from collections.abc import Callable

from shared.domain.model import PrinterStatus

DLE_EOT = b"\x10\x04"

PAPER_OUT = "paper out"
PAPER_NEAR_END = "paper near end"
COVER_OPEN = "cover open"
PRINTER_ERROR = "printer error"
PRINTER_OFFLINE = "printer offline"

# n -> {bit mask: meaning}. n=3 bit 2 is model specific (black mark, or undefined): ignored.
# n=4: paper end is bit 5; Epson sets bits 5 and 6 together, some Citizen models use bit 6 for
# a presenter sensor, so bit 6 alone is not "paper out" (the printer also goes offline then).
_FLAGS: dict[int, dict[int, str]] = {
    1: {0x08: "offline", 0x20: "waiting for online recovery", 0x40: "feed button pressed"},
    2: {0x04: "cover open", 0x08: "paper fed by the feed button", 0x20: "stopped at paper end",
        0x40: "error"},
    3: {0x08: "autocutter error", 0x20: "unrecoverable error", 0x40: "auto-recoverable error"},
    4: {0x0C: "paper near end", 0x20: "paper end"},
}
_ERRORS = {"error", "autocutter error", "unrecoverable error", "auto-recoverable error"}


def valid_reply(byte: int) -> bool:
    """A DLE EOT answer: bits 1 and 4 set, bits 0 and 7 clear."""
    return byte & 0x93 == 0x12


def status_flags(n: int, byte: int) -> tuple[str, ...]:
    """The conditions one DLE EOT n answer reports, in bit order; ValueError if it is not one."""
    if n not in _FLAGS:
        raise ValueError(f"DLE EOT {n} is not a status query (1-4)")
    if not valid_reply(byte):
        raise ValueError(f"0x{byte:02x} is not a DLE EOT answer")
    return tuple(text for mask, text in _FLAGS[n].items() if byte & mask)


def parse_status(b1: int, b2: int, b3: int, b4: int) -> PrinterStatus:
    """The answers to DLE EOT 1, 2, 3 and 4 as one PrinterStatus; ValueError on a bad byte."""
    flags = [f for n, b in enumerate((b1, b2, b3, b4), start=1) for f in status_flags(n, b)]
    if "paper end" in flags or "stopped at paper end" in flags:
        paper = "out"
    elif "paper near end" in flags:
        paper = "near_end"
    else:
        paper = "ok"
    return PrinterStatus(
        online="offline" not in flags, paper=paper, cover_open="cover open" in flags,
        error=bool(_ERRORS.intersection(flags)), detail=", ".join(flags) or "ready",
    )


def unknown_status(detail: str) -> PrinterStatus:
    return PrinterStatus(online=None, paper="unknown", detail=detail)


def ask_status(write: Callable[[bytes], None], read: Callable[[float], bytes],
               timeout: float) -> PrinterStatus:
    """Send DLE EOT 1..4 one at a time, each answer awaited up to `timeout` seconds.

    read(seconds) returns what arrived (b"" when nothing did in time); transport errors
    (OSError) propagate so the caller can tell "cannot connect" from "does not answer".
    A silent printer costs one timeout: asking stops at the first missing answer.
    """
    answers: list[int] = []
    for n in (1, 2, 3, 4):
        write(DLE_EOT + bytes((n,)))
        reply = read(timeout)
        if not reply:
            return unknown_status(f"no answer to DLE EOT {n} within {timeout:g} s")
        if len(reply) != 1 or not valid_reply(reply[0]):
            return unknown_status(f"not a status answer to DLE EOT {n}: {reply[:16].hex(' ')}")
        answers.append(reply[0])
    return parse_status(*answers)


def blocking_reason(status: PrinterStatus) -> str:
    """Why this printer cannot print now, or "" when it can or did not say."""
    if status.can_print is not False:
        return ""
    if status.paper == "out":
        return PAPER_OUT
    if status.cover_open:
        return COVER_OPEN
    if status.error:
        return f"{PRINTER_ERROR} ({status.detail})"
    return PRINTER_OFFLINE
