"""A printer on a serial port (python-escpos Serial, needs pyserial)."""
from __future__ import annotations

from typing import TYPE_CHECKING

import os

from printers.backends.capabilities import prepare as prepare_capabilities
from printers.backends.base import EscposBackend, ReadWrite, Unavailable, escpos_profile

NEEDS_PYSERIAL = "serial printing needs pyserial (pip install pyserial)"

if TYPE_CHECKING:
    from escpos.escpos import Escpos


class SerialPrinter(EscposBackend):
    answers_status = True

    def __init__(self, name: str, devfile: str, baudrate: int = 9600, bytesize: int = 8,
                 parity: str = "N", stopbits: float = 1, xonxoff: bool = False, dsrdtr: bool = True,
                 timeout: float = 5.0, width_dots: int = 576, status_timeout: float = 1.0) -> None:
        super().__init__(name, width_dots)
        self.devfile, self.baudrate, self.bytesize = devfile, baudrate, bytesize
        self.parity, self.stopbits, self.xonxoff, self.dsrdtr = parity, stopbits, xonxoff, dsrdtr
        self.timeout, self.status_timeout = timeout, status_timeout

    def _open(self) -> Escpos:
        prepare_capabilities()
        from escpos.printer import Serial  # here: escpos loads its capabilities on import

        if os.name == "posix" and not os.path.exists(self.devfile):
            raise Unavailable(f"serial port {self.devfile} does not exist (is the printer connected?)")
        if not Serial.is_usable():
            raise Unavailable(NEEDS_PYSERIAL)
        printer = Serial(self.devfile, self.baudrate, self.bytesize, self.timeout, self.parity,
                         self.stopbits, self.xonxoff, self.dsrdtr, profile=escpos_profile(self.width_dots))
        printer.open()
        # A stalled printer (flow control held) must not block the print worker forever:
        # allow the time ~100 KB (one image fragment and more) takes at this speed, plus slack.
        printer.device.write_timeout = self.timeout + 100_000 * 10 / self.baudrate
        return printer

    def _read_write(self, printer: Escpos) -> ReadWrite:
        port = printer.device
        port.reset_input_buffer()  # stale bytes would be taken for answers

        def read(seconds: float) -> bytes:
            port.timeout = seconds
            data = port.read(1)
            if data and port.in_waiting:
                data += port.read(port.in_waiting)
            return data

        return printer._raw, read

    def __repr__(self) -> str:
        return f"SerialPrinter({self.name!r}, {self.devfile!r}, {self.baudrate})"
