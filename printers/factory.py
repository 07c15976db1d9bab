"""Build a badge printer from its station configuration entry."""
from __future__ import annotations

from typing import Any

from shared.domain.ports import BadgePrinter

from .backends import DummyPrinter, FilePrinter, NetworkPrinter, PreviewFolderPrinter

PRINTER_TYPES = ("preview", "network", "file", "dummy")


def _required(config: dict[str, Any], key: str) -> Any:
    if not config.get(key):
        raise ValueError(f"printer {config.get('name', '?')!r} of type {config['type']!r} needs {key!r}")
    return config[key]


def make_printer(config: dict[str, Any]) -> BadgePrinter:
    """config: {"name": ..., "type": one of PRINTER_TYPES, type-specific keys, optional "width_dots"}."""
    kind = config.get("type")
    name = str(config.get("name") or kind or "printer")
    width = int(config.get("width_dots", 576))
    if kind == "preview":
        return PreviewFolderPrinter(name, _required(config, "folder"), width_dots=width)
    if kind == "network":
        return NetworkPrinter(name, _required(config, "host"), port=int(config.get("port", 9100)),
                              timeout=float(config.get("timeout", 5.0)), width_dots=width,
                              status_timeout=float(config.get("status_timeout", 1.0)))
    if kind == "file":
        return FilePrinter(name, _required(config, "path"), width_dots=width)
    if kind == "dummy":
        return DummyPrinter(name, width_dots=width)
    raise ValueError(f"unknown printer type {kind!r} for printer {name!r}; expected one of {', '.join(PRINTER_TYPES)}")
