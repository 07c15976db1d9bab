"""What every backend shares: rendering, the one ESC/POS job, the status pre-check, outcomes.

Backends never raise from print_document() or status(): a failure is a PrintOutcome with its
reason, an unanswered status is online=None with a detail.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import re
from collections.abc import Callable

from PIL import Image, ImageChops

from shared.domain.evacuation import EvacuationList
from shared.domain.model import (
    BadgeData,
    Document,
    GatePass,
    PrinterStatus,
    PrintOutcome,
    QueueTicket,
    TestPage,
)

from printers.backends.capabilities import prepare as prepare_capabilities
from printers.layout import MIN_WIDTH, render_document
from printers.status import PAPER_NEAR_END, ask_status, blocking_reason, unknown_status

ReadWrite = tuple[Callable[[bytes], None], Callable[[float], bytes]]

if TYPE_CHECKING:  # escpos loads its capability database (half a second) on import: not before a job
    from escpos.capabilities import Profile
    from escpos.escpos import Escpos


class Unavailable(Exception):
    """The backend cannot be used at all (missing library, command or device): a clear reason."""


def escpos_profile(width_dots: int) -> Profile:
    """The generic profile plus our paper width.

    The stock "default" profile has media width "Unknown": escpos then print()s a warning to stdout
    on every image. A named profile (e.g. TM-T88V: 512 dots) would refuse our 576-dot image.
    """
    prepare_capabilities()
    from escpos.capabilities import Profile, get_profile

    base = get_profile("default")
    profile = Profile(features=dict(base.features))  # Profile() alone has no features, so cut() would not cut
    profile.profile_data = {  # instance attribute: the class-level dict is shared by every printer
        **base.profile_data,
        "media": {"dpi": 203, "width": {"mm": round(width_dots / 8), "pixels": width_dots}},
    }
    return profile


FRAGMENT_ROWS = 960  # rows per GS v 0 block, as python-escpos splits tall images (printers' buffers)


def raster(image: Image.Image) -> bytes:
    """The image as GS v 0 raster blocks, byte for byte what escpos's image(impl="bitImageRaster") sends.

    escpos gets there through RGBA, a pasted white background, greyscale and back to 1-bit, and does it
    twice for a tall image (whole, then each block): a third of a badge's time at the printer. Ours is
    already 1-bit (0 = ink), so inverting it gives the dots (1 = burn) directly; padding bits stay 0."""
    dots = ImageChops.invert(image.convert("1"))
    width, height = dots.size
    blocks = []
    for top in range(0, height, FRAGMENT_ROWS):
        rows = min(FRAGMENT_ROWS, height - top)
        block = dots.crop((0, top, width, top + rows))
        header = b"\x1dv0\x00" + ((width + 7) // 8).to_bytes(2, "little") + rows.to_bytes(2, "little")
        blocks.append(header + block.tobytes())
    return b"".join(blocks)


def write_job(printer: Escpos, image: Image.Image) -> None:
    """The one ESC/POS sequence every backend sends: reset, raster image (GS v 0), feed and cut."""
    printer.hw("INIT")  # ESC @ clears modes a previous job (or another program) may have left
    printer._raw(raster(image))  # every escpos transport's one way to send bytes
    printer.cut()


def describe(exc: BaseException) -> str:
    """One line for an exception (escpos messages span lines)."""
    return " ".join(str(exc).split()) or type(exc).__name__


def _safe_file_part(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", text) or "_"


class Backend:
    """Renders a document and hands the picture to _deliver()."""

    def __init__(self, name: str, width_dots: int = 576) -> None:
        if not isinstance(width_dots, int) or width_dots < MIN_WIDTH:  # fail at configuration time
            raise ValueError(f"printer {name!r}: width_dots must be at least {MIN_WIDTH}, got {width_dots!r}")
        self.name = name
        self.width_dots = width_dots

    def print_document(self, document: Document) -> PrintOutcome:
        try:
            image = render_document(document, self.width_dots)
        except Exception as exc:  # a layout gap or bug: nothing was sent
            return PrintOutcome(False, f"cannot render {type(document).__name__}: {describe(exc)}")
        return self._deliver(image, self._stem(document))

    def print_badge(self, badge: BadgeData) -> PrintOutcome:
        return self.print_document(badge)

    def print_test_page(self, station: str = "") -> PrintOutcome:
        return self.print_document(TestPage(station=station, printer=self.name, width_dots=self.width_dots))

    def status(self) -> PrinterStatus:
        return unknown_status("this backend cannot report status")

    def warm(self) -> None:
        """Load what the first job needs, so the first visitor does not wait for it (the print worker
        calls this on its own thread, a moment after the station has started). Never raises."""

    @staticmethod
    def _stem(document: Document) -> str:
        if isinstance(document, BadgeData):
            return f"{_safe_file_part(document.visit_no)}-{_safe_file_part(document.token[:8])}"
        if isinstance(document, GatePass):
            return f"gate-pass-{_safe_file_part(document.pass_no)}-{_safe_file_part(document.token[:8])}"
        if isinstance(document, QueueTicket):
            return f"ticket-{_safe_file_part(document.ticket)}-{_safe_file_part(document.token[:8])}"
        if isinstance(document, EvacuationList):
            return f"evacuation-list-{document.printed_at.astimezone():%Y%m%d-%H%M%S}"
        return f"test-page-{document.width_dots}"

    def _deliver(self, image: Image.Image, stem: str) -> PrintOutcome:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r})"


class EscposBackend(Backend):
    """Open a python-escpos printer, check its status if it can answer, send write_job(), close.

    Subclasses give _open(), and _read_write() when the transport can carry DLE EOT answers.
    status_timeout: seconds to wait for each status answer; 0 never asks.
    """

    status_timeout: float = 0.0
    answers_status = False  # True where _read_write() can carry DLE EOT answers
    no_status_detail = "this printer connection cannot report status"

    def _open(self) -> Escpos:
        raise NotImplementedError

    def warm(self) -> None:
        try:  # the printer library: a fifth of a second alone, seconds beside a busy screen thread
            prepare_capabilities()
            import escpos.printer  # noqa: F401
        except Exception:  # not installed or broken: the job itself will say so
            pass

    def _read_write(self, printer: Escpos) -> ReadWrite | None:
        return None

    def _finish(self, printer: Escpos) -> None:
        """After the job: make sure every byte left, then close."""
        printer.close()

    def _ask(self, printer: Escpos) -> PrinterStatus | None:
        io = self._read_write(printer) if self.status_timeout > 0 else None
        return None if io is None else ask_status(*io, self.status_timeout)

    def status(self) -> PrinterStatus:
        if not (self.answers_status and self.status_timeout > 0):
            return unknown_status(self.no_status_detail)
        printer: Escpos | None = None
        try:
            printer = self._open()
            return self._ask(printer) or unknown_status(self.no_status_detail)
        except Unavailable as exc:
            return unknown_status(str(exc))
        except Exception as exc:
            return unknown_status(f"cannot reach printer {self.name!r}: {describe(exc)}")
        finally:
            _quiet_close(printer)

    def _deliver(self, image: Image.Image, stem: str) -> PrintOutcome:
        printer: Escpos | None = None
        started = False
        warning = ""
        try:
            printer = self._open()
            status = self._ask(printer)
            if status is not None:
                if reason := blocking_reason(status):
                    return PrintOutcome(False, reason)  # nothing was sent but the queries
                if status.paper == "near_end":
                    warning = PAPER_NEAR_END
            started = True
            write_job(printer, image)
            self._finish(printer)
            printer = None
        except Unavailable as exc:
            return PrintOutcome(False, f"printer {self.name!r}: {exc}")
        except Exception as exc:
            if started:  # a blind retry could give a second badge: a person decides
                return PrintOutcome(False, f"printing interrupted on {self.name!r}, badge may be partly "
                                           f"printed: {describe(exc)}", in_doubt=True)
            return PrintOutcome(False, f"cannot open printer {self.name!r}: {describe(exc)}")
        finally:
            _quiet_close(printer)
        return PrintOutcome(True, warning)


def _quiet_close(printer: Escpos | None) -> None:
    if printer is not None:
        try:
            printer.close()
        except Exception:
            pass
