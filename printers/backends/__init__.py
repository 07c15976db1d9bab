"""Badge printers: one rendering and ESC/POS path, several places to deliver the result.

Every backend implements shared.domain.ports.Printer: print_document() and status() never raise.
"""
from __future__ import annotations

from ..status import (
    COVER_OPEN,
    PAPER_NEAR_END,
    PAPER_OUT,
    PRINTER_ERROR,
    PRINTER_OFFLINE,
)
from .base import Backend, EscposBackend, escpos_profile, write_job
from .cups import CupsPrinter
from .dummy import DummyPrinter
from .file import FilePrinter
from .network import NetworkPrinter
from .preview import PreviewFolderPrinter
from .serial import SerialPrinter
from .usb import UsbPrinter

__all__ = [
    "COVER_OPEN", "PAPER_NEAR_END", "PAPER_OUT", "PRINTER_ERROR", "PRINTER_OFFLINE",
    "Backend", "EscposBackend", "escpos_profile", "write_job",
    "CupsPrinter", "DummyPrinter", "FilePrinter", "NetworkPrinter", "PreviewFolderPrinter",
    "SerialPrinter", "UsbPrinter",
]
