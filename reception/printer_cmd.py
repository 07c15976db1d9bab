"""`reception printer test|status [NAME]`: print the test page, or show what the printer reports.

Exit codes: 0 printed / can print; 1 failed / cannot print or status unknown; 2 no such printer
or a bad printer configuration.
"""
from __future__ import annotations

import sys

from shared.config import StationConfig
from shared.domain.model import PrinterStatus, TestPage
from shared.domain.ports import Printer

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _printer(config: StationConfig, name: str | None) -> tuple[str, Printer] | int:
    from printers.factory import make_printer

    name = name or config.badge_printer
    if name not in config.printers:
        known = ", ".join(config.printers) or "none"
        print(f"reception: no printer named {name!r} at station {config.station!r}; "
              f"configured printers: {known}", file=sys.stderr)
        return EXIT_USAGE
    try:
        return name, make_printer({**config.printers[name], "name": name})
    except ValueError as err:
        print(f"reception: {err}", file=sys.stderr)
        return EXIT_USAGE


def status_lines(status: PrinterStatus) -> list[str]:
    """One human line per field; paper near end is a warning, never "unknown" shown as OK."""
    def yes_no(value: bool | None, yes: str, no: str) -> str:
        return "unknown" if value is None else yes if value else no

    paper = {"near_end": "near end"}.get(status.paper, status.paper)
    lines = [
        f"online: {yes_no(status.online, 'online', 'offline')}",
        f"paper:  {paper}",
        f"cover:  {yes_no(status.cover_open, 'open', 'closed')}",
        f"error:  {yes_no(status.error, 'yes', 'none')}",
        f"detail: {status.detail or '-'}",
    ]
    if status.paper == "near_end":
        lines.append("warning: paper near end, put in a new roll soon")
    return lines


def run_status(config: StationConfig, name: str | None) -> int:
    picked = _printer(config, name)
    if isinstance(picked, int):
        return picked
    name, printer = picked
    status = printer.status()
    print(f"printer {name}: {printer!r}")
    for line in status_lines(status):
        print(f"  {line}")
    if status.can_print is None:
        print(f"printer {name} did not report its status: cannot tell whether it can print")
    return EXIT_OK if status.can_print else EXIT_FAILED


def run_test(config: StationConfig, name: str | None) -> int:
    picked = _printer(config, name)
    if isinstance(picked, int):
        return picked
    name, printer = picked
    page = TestPage(station=config.station, printer=name, width_dots=getattr(printer, "width_dots", 576))
    outcome = printer.print_document(page)
    if outcome.ok:
        print(f"test page printed on {name}" + (f" (warning: {outcome.reason})" if outcome.reason else ""))
        return EXIT_OK
    doubt = " (it may be partly printed)" if outcome.in_doubt else ""
    print(f"test page not printed on {name}{doubt}: {outcome.reason}", file=sys.stderr)
    return EXIT_FAILED
