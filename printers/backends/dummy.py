"""Keeps each job's ESC/POS bytes in memory, for tests and dry runs; its status is whatever it is told."""
from __future__ import annotations

from typing import TYPE_CHECKING

from shared.domain.model import PrinterStatus

from printers.backends.capabilities import prepare as prepare_capabilities
from printers.backends.base import EscposBackend, escpos_profile

READY = PrinterStatus(online=True, paper="ok", cover_open=False, error=False, detail="dummy printer")

if TYPE_CHECKING:
    from escpos.escpos import Escpos


class DummyPrinter(EscposBackend):

    def __init__(self, name: str = "dummy", width_dots: int = 576,
                 status: PrinterStatus = READY) -> None:
        super().__init__(name, width_dots)
        self.jobs: list[bytes] = []
        self.reported = status  # what status() returns and the pre-check sees; change it freely

    @property
    def output(self) -> bytes:
        return b"".join(self.jobs)

    def status(self) -> PrinterStatus:
        return self.reported

    def _ask(self, printer: Escpos) -> PrinterStatus:
        return self.reported

    def _open(self) -> Escpos:
        prepare_capabilities()
        from escpos.printer import Dummy  # here: escpos loads its capabilities on import

        return Dummy(profile=escpos_profile(self.width_dots))

    def _finish(self, printer: Escpos) -> None:
        self.jobs.append(printer.output)
