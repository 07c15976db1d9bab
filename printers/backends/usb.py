"""A printer on USB, found by vendor and product id (python-escpos Usb, needs pyusb and libusb)."""
from __future__ import annotations

from typing import TYPE_CHECKING

import errno

from printers.backends.capabilities import prepare as prepare_capabilities
from printers.backends.base import EscposBackend, ReadWrite, Unavailable, escpos_profile

NEEDS_PYUSB = "USB printing needs pyusb and libusb (pip install pyusb; Debian: libusb-1.0-0)"

if TYPE_CHECKING:
    from escpos.escpos import Escpos


class UsbPrinter(EscposBackend):
    answers_status = True

    def __init__(self, name: str, vendor_id: int, product_id: int, in_ep: int = 0x82, out_ep: int = 0x01,
                 timeout: float = 10.0, width_dots: int = 576, status_timeout: float = 1.0) -> None:
        super().__init__(name, width_dots)
        self.vendor_id, self.product_id = vendor_id, product_id
        self.in_ep, self.out_ep = in_ep, out_ep
        self.timeout, self.status_timeout = timeout, status_timeout

    def _open(self) -> Escpos:
        prepare_capabilities()
        from escpos.printer import Usb  # here: escpos loads its capabilities on import

        if not Usb.is_usable():
            raise Unavailable(NEEDS_PYUSB)
        printer = Usb(self.vendor_id, self.product_id, timeout=int(self.timeout * 1000),
                      in_ep=self.in_ep, out_ep=self.out_ep, profile=escpos_profile(self.width_dots))
        try:
            printer.open()
        except ValueError as exc:  # pyusb's NoBackendError: libusb itself is missing
            raise Unavailable(f"{NEEDS_PYUSB}: {exc}") from exc
        return printer

    def _read_write(self, printer: Escpos) -> ReadWrite:
        device = printer.device

        def read(seconds: float) -> bytes:
            try:
                return bytes(device.read(self.in_ep, 16, max(1, int(seconds * 1000))))
            except OSError as exc:  # pyusb's USBError is an OSError; a timeout is not a failure
                if exc.errno == errno.ETIMEDOUT or "timed out" in str(exc).lower():
                    return b""
                raise

        return printer._raw, read

    def __repr__(self) -> str:
        return f"UsbPrinter({self.name!r}, 0x{self.vendor_id:04x}:0x{self.product_id:04x})"
