"""Badge printers: one rendering and ESC/POS path, several places to deliver the result.

Every backend implements shared.domain.ports.Printer: print_document() and status() never raise.
"""
from __future__ import annotations

from printers.status import (
    COVER_OPEN,
    PAPER_NEAR_END,
    PAPER_OUT,
    PRINTER_ERROR,
    PRINTER_OFFLINE,
)
from printers.backends.base import Backend, EscposBackend, escpos_profile, write_job
from printers.backends.cups import CupsPrinter
from printers.backends.dummy import DummyPrinter
from printers.backends.file import FilePrinter
from printers.backends.network import NetworkPrinter
from printers.backends.preview import PreviewFolderPrinter
from printers.backends.serial import SerialPrinter
from printers.backends.usb import UsbPrinter

__all__ = [
    "COVER_OPEN", "PAPER_NEAR_END", "PAPER_OUT", "PRINTER_ERROR", "PRINTER_OFFLINE",
    "Backend", "EscposBackend", "escpos_profile", "write_job",
    "CupsPrinter", "DummyPrinter", "FilePrinter", "NetworkPrinter", "PreviewFolderPrinter",
    "SerialPrinter", "UsbPrinter",
]
