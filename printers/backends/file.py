"""ESC/POS bytes to a device file such as /dev/usb/lp0. A regular file is overwritten per job."""
from __future__ import annotations

from typing import TYPE_CHECKING

import os
from pathlib import Path

from printers.backends.capabilities import prepare as prepare_capabilities
from printers.backends.base import EscposBackend, escpos_profile

if TYPE_CHECKING:
    from escpos.escpos import Escpos


class FilePrinter(EscposBackend):
    no_status_detail = "a device file is written only: the printer is not asked"

    def __init__(self, name: str, path: str | os.PathLike[str], width_dots: int = 576) -> None:
        super().__init__(name, width_dots)
        self.path = Path(path)

    def _open(self) -> Escpos:
        prepare_capabilities()
        from escpos.printer import File  # here: escpos loads its capabilities on import

        printer = File(str(self.path), profile=escpos_profile(self.width_dots))
        printer.open()  # open now so a missing device is reported before rendering is sent
        return printer

    def __repr__(self) -> str:
        return f"FilePrinter({self.name!r}, {str(self.path)!r})"
