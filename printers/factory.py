"""Build a printer from its station configuration entry, rejecting bad values with a clear message."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from shared.domain.model import PrinterStatus
from shared.domain.ports import Printer

from printers.backends import (
    CupsPrinter,
    DummyPrinter,
    FilePrinter,
    NetworkPrinter,
    PreviewFolderPrinter,
    SerialPrinter,
    UsbPrinter,
)

PRINTER_TYPES = ("preview", "network", "usb", "serial", "cups", "file", "dummy")
PAPER_STATES = ("ok", "near_end", "out", "unknown")


class _Config:
    """Typed reads of one printer's config dict; every error names the printer."""

    def __init__(self, config: dict[str, Any]) -> None:
        self.raw = config
        self.kind = config.get("type")
        self.name = str(config.get("name") or self.kind or "printer")

    def fail(self, message: str) -> ValueError:
        return ValueError(f"printer {self.name!r} of type {self.kind!r}: {message}")

    def text(self, key: str, default: str | None = None) -> str:
        value = self.raw.get(key, default)
        if value is None or (value == "" and default != ""):
            raise self.fail(f"needs {key!r}")
        if not isinstance(value, str):
            raise self.fail(f"{key!r} must be text, got {value!r}")
        return value

    def number(self, key: str, default: float | None, low: float, high: float = float("inf"),
               integer: bool = False, hex_text: bool = False) -> Any:
        value = self.raw.get(key, default)
        if value is None:
            raise self.fail(f"needs {key!r}")
        try:
            if isinstance(value, bool):
                raise ValueError
            if isinstance(value, str) and hex_text:
                value = int(value, 16)  # "0x04b8" or "04b8", as lsusb shows ids
            elif integer and not (isinstance(value, int) or (isinstance(value, float) and value.is_integer())):
                raise ValueError
            value = int(value) if integer else float(value)
        except (TypeError, ValueError):
            raise self.fail(f"{key!r} must be {'an integer' if integer else 'a number'}, got {value!r}") from None
        if not low <= value <= high:
            raise self.fail(f"{key!r} must be between {low:g} and {high:g}, got {value!r}")
        return value

    def flag(self, key: str, default: bool) -> bool:
        value = self.raw.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(f"{key!r} must be true or false, got {value!r}")
        return value

    def choice(self, key: str, default: Any, choices: tuple) -> Any:
        value = self.raw.get(key, default)
        if value not in choices:
            raise self.fail(f"{key!r} must be one of {', '.join(map(str, choices))}, got {value!r}")
        return value


def make_printer(config: dict[str, Any]) -> Printer:
    """config: {"name": ..., "type": one of PRINTER_TYPES, type-specific keys, optional "width_dots"}.

    A missing library or device is not a config error: it shows in print outcomes and status().
    """
    c = _Config(config)
    if c.kind not in PRINTER_TYPES:
        raise ValueError(f"unknown printer type {c.kind!r} for printer {c.name!r}; "
                         f"expected one of {', '.join(PRINTER_TYPES)}")
    width = c.number("width_dots", 576, 1, 4096, integer=True)  # the backend enforces MIN_WIDTH
    status_timeout = c.number("status_timeout", 1.0, 0, 60)
    if c.kind == "preview":
        return PreviewFolderPrinter(c.name, c.text("folder"), width_dots=width)
    if c.kind == "network":
        return NetworkPrinter(c.name, c.text("host"), port=c.number("port", 9100, 1, 65535, integer=True),
                              timeout=c.number("timeout", 5.0, 0.1, 600), width_dots=width,
                              status_timeout=status_timeout)
    if c.kind == "usb":
        return UsbPrinter(c.name, c.number("vendor_id", None, 1, 0xFFFF, integer=True, hex_text=True),
                          c.number("product_id", None, 1, 0xFFFF, integer=True, hex_text=True),
                          in_ep=c.number("in_ep", 0x82, 0, 0xFF, integer=True, hex_text=True),
                          out_ep=c.number("out_ep", 0x01, 0, 0xFF, integer=True, hex_text=True),
                          timeout=c.number("timeout", 10.0, 0.1, 600), width_dots=width,
                          status_timeout=status_timeout)
    if c.kind == "serial":
        return SerialPrinter(c.name, c.text("devfile"),
                             baudrate=c.number("baudrate", 9600, 50, 4_000_000, integer=True),
                             bytesize=c.choice("bytesize", 8, (5, 6, 7, 8)),
                             parity=c.choice("parity", "N", ("N", "E", "O", "M", "S")),
                             stopbits=c.choice("stopbits", 1, (1, 1.5, 2)),
                             xonxoff=c.flag("xonxoff", False), dsrdtr=c.flag("dsrdtr", True),
                             timeout=c.number("timeout", 5.0, 0.1, 600), width_dots=width,
                             status_timeout=status_timeout)
    if c.kind == "cups":
        return CupsPrinter(c.name, c.text("queue"), server=c.text("server", ""),
                           timeout=c.number("timeout", 30.0, 1, 600), width_dots=width,
                           lp_command=c.text("lp_command", "lp"))
    if c.kind == "file":
        return FilePrinter(c.name, c.text("path"), width_dots=width)
    online = config.get("online", True)
    if online is not None and not isinstance(online, bool):
        raise c.fail(f"'online' must be true, false or absent, got {online!r}")
    status = PrinterStatus(online=online, paper=c.choice("paper", "ok", PAPER_STATES),
                           cover_open=c.flag("cover_open", False), error=c.flag("error", False),
                           detail="dummy printer")
    return DummyPrinter(c.name, width_dots=width, status=status)


def make_printers(printers: Mapping[str, dict[str, Any]]) -> dict[str, Printer]:
    """Every printer of a station config (StationConfig.printers), by name; ValueError on a bad entry."""
    return {name: make_printer({**config, "name": name}) for name, config in printers.items()}
