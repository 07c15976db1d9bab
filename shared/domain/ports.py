"""What the core needs from the outside world, as protocols the edges implement."""
from __future__ import annotations

from typing import Protocol

from .model import BadgeData, PrintOutcome


class BadgePrinter(Protocol):
    name: str

    def print_badge(self, badge: BadgeData) -> PrintOutcome: ...
