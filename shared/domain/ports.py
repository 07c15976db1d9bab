"""What the core needs from the outside world, as protocols the edges implement."""
from __future__ import annotations

from typing import Protocol

from shared.domain.model import Document, PrinterStatus, PrintOutcome


class Printer(Protocol):
    name: str

    def print_document(self, document: Document) -> PrintOutcome:
        """Render and send; never raises: a failure is an outcome with its reason."""
        ...

    def status(self) -> PrinterStatus:
        """Ask the printer now; a printer that does not answer gives online=None."""
        ...


BadgePrinter = Printer  # the name the first version used
