"""Badge printers: one rendering and ESC/POS path, several places to deliver the result.

Every backend implements shared.domain.ports.BadgePrinter. Delivery failures come back as
PrintOutcome(False, reason) so the print queue can retry or show the reason; they never raise.
"""
from __future__ import annotations

import os
import re
import socket
import time
from pathlib import Path

from escpos.capabilities import Profile, get_profile
from escpos.constants import RT_STATUS_ONLINE, RT_STATUS_PAPER
from escpos.escpos import Escpos
from escpos.exceptions import Error as EscposError
from escpos.printer import Dummy, File, Network
from PIL import Image

from shared.domain.model import BadgeData, Document, GatePass, PrinterStatus, PrintOutcome, TestPage

from .layout import MIN_WIDTH, render_document

PAPER_OUT = "paper out"
PAPER_NEAR_END = "paper near end"
PRINTER_OFFLINE = "printer offline (cover open or printer error)"

# DLE EOT bits (Epson ESC/POS reference): n=1 bit 3 offline; n=4 bits 5+6 paper end, bits 2+3 near end.
_OFFLINE_BIT = 0x08
_PAPER_END_BITS = 0x60
_NEAR_END_BITS = 0x0C


def escpos_profile(width_dots: int) -> Profile:
    """The generic profile plus our paper width.

    The stock "default" profile has media width "Unknown": escpos then print()s a warning to stdout
    on every image. A named profile (e.g. TM-T88V: 512 dots) would refuse our 576-dot image.
    """
    base = get_profile("default")
    profile = Profile(features=dict(base.features))  # Profile() alone has no features, so cut() would not cut
    profile.profile_data = {  # instance attribute: the class-level dict is shared by every printer
        **base.profile_data,
        "media": {"dpi": 203, "width": {"mm": round(width_dots / 8), "pixels": width_dots}},
    }
    return profile


def write_job(printer: Escpos, image: Image.Image) -> None:
    """The one ESC/POS sequence every backend sends: reset, raster image (GS v 0), feed and cut."""
    printer.hw("INIT")  # ESC @ clears modes a previous job (or another program) may have left
    printer.image(image, impl="bitImageRaster")
    printer.cut()


def _safe_file_part(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", text) or "_"


class _Backend:
    def __init__(self, name: str, width_dots: int = 576) -> None:
        if width_dots < MIN_WIDTH:  # fail at configuration time, not at the first visitor
            raise ValueError(f"printer {name!r}: width_dots must be at least {MIN_WIDTH}, got {width_dots}")
        self.name = name
        self.width_dots = width_dots

    def print_document(self, document: Document) -> PrintOutcome:
        return self._deliver(render_document(document, self.width_dots), self._stem(document))

    def print_badge(self, badge: BadgeData) -> PrintOutcome:
        return self.print_document(badge)

    def print_test_page(self) -> PrintOutcome:
        return self.print_document(TestPage(station="", printer=self.name, width_dots=self.width_dots))

    def status(self) -> PrinterStatus:
        return PrinterStatus(online=None, paper="unknown", detail="this backend cannot report status")

    @staticmethod
    def _stem(document: Document) -> str:
        if isinstance(document, BadgeData):
            return f"{_safe_file_part(document.visit_no)}-{_safe_file_part(document.token[:8])}"
        if isinstance(document, GatePass):
            return f"gate-pass-{_safe_file_part(document.pass_no)}-{_safe_file_part(document.token[:8])}"
        return f"test-page-{document.width_dots}"

    def _deliver(self, image: Image.Image, stem: str) -> PrintOutcome:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r})"


class PreviewFolderPrinter(_Backend):
    """Writes each badge as a PNG instead of printing: the demo and kiosks without a printer."""

    def __init__(self, name: str, folder: str | os.PathLike[str], width_dots: int = 576) -> None:
        super().__init__(name, width_dots)
        self.folder = Path(folder)

    def path_for(self, badge: BadgeData) -> Path:
        return self.folder / f"{self._stem(badge)}.png"

    def _deliver(self, image: Image.Image, stem: str) -> PrintOutcome:
        target = self.folder / f"{stem}.png"
        partial = target.with_name(target.name + ".part")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            image.save(partial, format="PNG")
            os.replace(partial, target)  # a folder watcher never sees a half-written file
        except OSError as exc:
            return PrintOutcome(False, f"cannot write preview {target}: {exc}")
        return PrintOutcome(True)


class _EscposBackend(_Backend):
    """Render, open a python-escpos printer, send write_job(), close. Subclasses say where bytes go."""

    def _open(self) -> Escpos:
        raise NotImplementedError

    def _status_problem(self, printer: Escpos) -> tuple[bool, str] | None:
        """(can_print, reason) from the printer's status, or None when unknown or fine."""
        return None

    def _close(self, printer: Escpos) -> None:
        printer.close()

    def _deliver(self, image: Image.Image, stem: str) -> PrintOutcome:
        printer: Escpos | None = None
        started = False
        warning = ""
        try:
            printer = self._open()
            status = self._status_problem(printer)
            if status is not None:
                can_print, warning = status
                if not can_print:
                    return PrintOutcome(False, warning)
            started = True
            write_job(printer, image)
            self._close(printer)
            printer = None
        except (OSError, EscposError) as exc:
            if started:  # a blind retry could give a second badge: a person decides
                return PrintOutcome(False, f"printing interrupted, badge may be partly printed: {exc}",
                                    in_doubt=True)
            return PrintOutcome(False, f"cannot open printer {self.name!r}: {exc}")
        finally:
            if printer is not None:
                try:
                    printer.close()
                except (OSError, EscposError):
                    pass
        return PrintOutcome(True, warning)


class NetworkPrinter(_EscposBackend):
    """Raw TCP (JetDirect, port 9100) ESC/POS printer."""

    def __init__(self, name: str, host: str, port: int = 9100, timeout: float = 5.0,
                 width_dots: int = 576, status_timeout: float = 1.0) -> None:
        super().__init__(name, width_dots)
        self.host, self.port, self.timeout = host, port, timeout
        self.status_timeout = status_timeout  # 0 skips the DLE EOT status check

    def _open(self) -> Escpos:
        # We connect ourselves: escpos 3.1 Network.open() drops (leaks) its socket when connect fails.
        sock = socket.create_connection((self.host, self.port), timeout=self.timeout)
        printer = Network(self.host, self.port, self.timeout, profile=escpos_profile(self.width_dots))
        printer.device = sock
        return printer

    def _status_problem(self, printer: Escpos) -> tuple[bool, str] | None:
        """Ask DLE EOT 1 and 4. Printers or forwarders that never answer are printed to anyway."""
        if not self.status_timeout:
            return None
        sock: socket.socket = printer.device
        sock.settimeout(self.status_timeout)
        try:
            online = printer.query_status(RT_STATUS_ONLINE)
            paper = printer.query_status(RT_STATUS_PAPER)
        except TimeoutError:
            return None
        finally:
            sock.settimeout(self.timeout)
        if not online or not paper:
            return None  # peer closed: the send that follows reports it
        if paper[0] & _PAPER_END_BITS:
            return False, PAPER_OUT
        if online[0] & _OFFLINE_BIT:
            return False, PRINTER_OFFLINE
        if paper[0] & _NEAR_END_BITS:
            return True, PAPER_NEAR_END
        return None

    def _close(self, printer: Escpos) -> None:
        """Half-close, then read until the printer hangs up.

        Closing a socket with unread input (a late status byte) makes Linux send RST and drop
        data still queued for sending, which would cut the badge short. Waiting for the peer's
        close also tells us the printer has received every byte.
        """
        sock: socket.socket = printer.device
        sock.shutdown(socket.SHUT_WR)
        deadline = time.monotonic() + min(self.timeout, 2.0)
        try:
            while (left := deadline - time.monotonic()) > 0:
                sock.settimeout(left)
                if not sock.recv(4096):
                    break
        except TimeoutError:
            pass  # a printer that keeps the connection open: the data was sent, close anyway
        printer.close()

    def __repr__(self) -> str:
        return f"NetworkPrinter({self.name!r}, {self.host!r}, {self.port})"


class FilePrinter(_EscposBackend):
    """ESC/POS bytes to a device file such as /dev/usb/lp0. A regular file is overwritten per job."""

    def __init__(self, name: str, path: str | os.PathLike[str], width_dots: int = 576) -> None:
        super().__init__(name, width_dots)
        self.path = Path(path)

    def _open(self) -> Escpos:
        printer = File(str(self.path), profile=escpos_profile(self.width_dots))
        printer.open()  # open now so a missing device is reported before rendering is sent
        return printer


class DummyPrinter(_EscposBackend):
    """Keeps each job's ESC/POS bytes in memory, for tests and dry runs."""

    def __init__(self, name: str = "dummy", width_dots: int = 576) -> None:
        super().__init__(name, width_dots)
        self.jobs: list[bytes] = []

    @property
    def output(self) -> bytes:
        return b"".join(self.jobs)

    def _open(self) -> Escpos:
        return Dummy(profile=escpos_profile(self.width_dots))

    def _close(self, printer: Escpos) -> None:
        self.jobs.append(printer.output)
