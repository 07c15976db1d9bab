"""Printer backends end to end: ESC/POS over real TCP to a loopback printer, files and previews."""
from __future__ import annotations

import socket
import time
from datetime import date, datetime

import pytest
import zxingcpp
from PIL import Image, ImageChops

from printers.backends import (
    PAPER_NEAR_END, PAPER_OUT, PRINTER_OFFLINE, DummyPrinter, FilePrinter, NetworkPrinter,
    PreviewFolderPrinter,
)
from printers.factory import make_printer
from printers.layout import render_badge
from shared.domain.model import BadgeData
from tests.support.loopback_printer import LoopbackPrinter, raster_images

TOKEN = "Kx7pQ2mZ9vB4nR8tW3yL5a"
BADGE = BadgeData(
    visit_no="V20251127-0007", visitor_name="吉𠮷喆", company="深圳前海微众科技有限公司",
    host_name="李娜", visit_date=date(2025, 11, 27), valid_until=datetime(2025, 11, 27, 17, 30),
    token=TOKEN,
)
CUT = b"\x1dV\x00"  # GS V 0: full cut


def qr_texts(image: Image.Image) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(image.convert("L"))]


def same_pixels(a: Image.Image, b: Image.Image) -> bool:
    return a.size == b.size and ImageChops.logical_xor(a.convert("1"), b.convert("1")).getbbox() is None


@pytest.fixture
def loopback():
    with LoopbackPrinter() as printer:
        yield printer


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # nothing listens once the probe is closed


@pytest.mark.parametrize("width", [384, 576])
def test_network_printer_sends_the_badge_as_a_raster_image(loopback, width):
    printer = NetworkPrinter("lobby", "127.0.0.1", loopback.port, timeout=5, width_dots=width)
    assert printer.print_badge(BADGE).ok

    assert loopback.wait_for_jobs(1, timeout=5)
    page = loopback.page(0)
    assert qr_texts(page) == [TOKEN]
    assert same_pixels(page, render_badge(BADGE, width).image)  # what was rendered is what arrives
    job = loopback.jobs[0]
    assert job.startswith(b"\x10\x04\x01") and b"\x1b@" in job  # status check, then ESC @ reset
    assert job.endswith(CUT)


def test_each_badge_is_one_connection(loopback):
    printer = NetworkPrinter("lobby", "127.0.0.1", loopback.port)
    assert printer.print_badge(BADGE).ok
    assert printer.print_badge(BADGE).ok
    assert loopback.wait_for_jobs(2, timeout=5)
    assert loopback.job_times[0] <= loopback.job_times[1]
    assert all(qr_texts(loopback.page(i)) == [TOKEN] for i in (0, 1))


@pytest.mark.parametrize(("flag", "reason"), [("paper_out", PAPER_OUT), ("offline", PRINTER_OFFLINE)])
def test_network_printer_does_not_print_when_the_printer_cannot(loopback, flag, reason):
    setattr(loopback, flag, True)
    outcome = NetworkPrinter("lobby", "127.0.0.1", loopback.port).print_badge(BADGE)
    assert outcome == type(outcome)(False, reason)
    assert loopback.wait_for_jobs(1, timeout=5)
    assert loopback.images(0) == []  # only the status queries were sent


def test_paper_near_end_prints_and_warns(loopback):
    loopback.paper_near_end = True
    outcome = NetworkPrinter("lobby", "127.0.0.1", loopback.port).print_badge(BADGE)
    assert outcome.ok and outcome.reason == PAPER_NEAR_END
    assert loopback.wait_for_jobs(1, timeout=5)
    assert qr_texts(loopback.page(0)) == [TOKEN]


def test_printer_that_never_answers_status_still_prints(loopback):
    loopback.answer_status = False  # e.g. socat forwarding to a USB printer
    started = time.monotonic()
    outcome = NetworkPrinter("lobby", "127.0.0.1", loopback.port, status_timeout=0.3).print_badge(BADGE)
    assert outcome.ok, outcome.reason
    assert time.monotonic() - started < 3
    assert loopback.wait_for_jobs(1, timeout=5)
    assert qr_texts(loopback.page(0)) == [TOKEN]


def test_closed_port_fails_fast_with_a_reason():
    port = closed_port()
    started = time.monotonic()
    outcome = NetworkPrinter("lobby", "127.0.0.1", port, timeout=2).print_badge(BADGE)
    assert time.monotonic() - started < 2.5
    assert not outcome.ok
    assert "lobby" in outcome.reason and outcome.reason.strip()


def test_preview_folder_printer_writes_a_png(tmp_path):
    folder = tmp_path / "previews" / "kiosk-1"  # created on demand
    printer = PreviewFolderPrinter("demo", folder)
    assert printer.print_badge(BADGE).ok
    written = folder / f"V20251127-0007-{TOKEN[:8]}.png"
    assert sorted(folder.iterdir()) == [written] == [printer.path_for(BADGE)]
    with Image.open(written) as image:
        assert image.width == 576
        assert qr_texts(image) == [TOKEN]


def test_preview_folder_that_cannot_be_created_fails_with_a_reason(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    outcome = PreviewFolderPrinter("demo", blocker / "sub").print_badge(BADGE)
    assert not outcome.ok and outcome.reason


def test_file_printer_writes_escpos(tmp_path):
    path = tmp_path / "lp0"
    assert FilePrinter("usb", path, width_dots=384).print_badge(BADGE).ok
    data = path.read_bytes()
    assert data.endswith(CUT)
    (image,) = raster_images(data)
    assert image.width == 384 and qr_texts(image) == [TOKEN]


def test_file_printer_missing_device_fails_with_a_reason(tmp_path):
    outcome = FilePrinter("usb", tmp_path / "no-such-dir" / "lp0").print_badge(BADGE)
    assert not outcome.ok and "usb" in outcome.reason


def test_dummy_printer_keeps_one_job_per_badge():
    printer = DummyPrinter("test")
    assert printer.print_badge(BADGE).ok and printer.print_test_page().ok
    assert len(printer.jobs) == 2 and printer.output == b"".join(printer.jobs)
    assert qr_texts(raster_images(printer.jobs[0])[0]) == [TOKEN]


def test_factory_builds_each_type(tmp_path):
    preview = make_printer({"name": "lobby", "type": "preview", "folder": str(tmp_path)})
    assert isinstance(preview, PreviewFolderPrinter) and preview.name == "lobby"
    assert preview.folder == tmp_path and preview.width_dots == 576

    network = make_printer({"name": "desk", "type": "network", "host": "10.0.0.9", "port": 9101,
                            "width_dots": 384})
    assert isinstance(network, NetworkPrinter)
    assert (network.host, network.port, network.width_dots) == ("10.0.0.9", 9101, 384)

    file = make_printer({"name": "usb", "type": "file", "path": str(tmp_path / "lp0")})
    assert isinstance(file, FilePrinter) and file.path == tmp_path / "lp0"

    dummy = make_printer({"type": "dummy"})
    assert isinstance(dummy, DummyPrinter) and dummy.name == "dummy"


def test_factory_network_printer_prints(loopback):
    printer = make_printer({"name": "lobby", "type": "network", "host": "127.0.0.1", "port": loopback.port})
    assert printer.print_badge(BADGE).ok
    assert loopback.wait_for_jobs(1, timeout=5)
    assert qr_texts(loopback.page(0)) == [TOKEN]


@pytest.mark.parametrize("config", [
    {"name": "x", "type": "bluetooth"},
    {"name": "x"},
    {"name": "x", "type": "network"},  # no host
    {"name": "x", "type": "preview", "folder": "/tmp/p", "width_dots": 100},
])
def test_factory_rejects_bad_config(config):
    with pytest.raises(ValueError) as error:
        make_printer(config)
    assert "'x'" in str(error.value)


def test_factory_names_the_known_types():
    with pytest.raises(ValueError, match="unknown printer type 'laser'.*preview, network, file, dummy"):
        make_printer({"name": "x", "type": "laser"})
