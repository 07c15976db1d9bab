"""Printer backends end to end: ESC/POS over real TCP to a loopback printer, files and previews."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
import threading
import time
from datetime import date, datetime
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image, ImageChops

from printers.backends import (
    COVER_OPEN,
    PAPER_NEAR_END,
    PAPER_OUT,
    PRINTER_OFFLINE,
    CupsPrinter,
    DummyPrinter,
    FilePrinter,
    NetworkPrinter,
    PreviewFolderPrinter,
    SerialPrinter,
    UsbPrinter,
)
from printers.backends.cups import NEEDS_LP
from printers.backends.serial import NEEDS_PYSERIAL
from printers.backends.usb import NEEDS_PYUSB
from printers.factory import make_printer, make_printers
from printers.layout import render_badge
from shared.domain.model import BadgeData, GatePass, PrinterStatus, PrintOutcome
from tests.support.loopback_printer import (
    LoopbackPrinter,
    _StreamScanner,
    raster_images,
)

ROOT = Path(__file__).resolve().parents[2]

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


@pytest.mark.parametrize(("flag", "reason"), [
    ("paper_out", PAPER_OUT), ("offline", PRINTER_OFFLINE), ("cover_open", COVER_OPEN),
    ("error", "printer error (offline, error, autocutter error)"),
])
def test_network_printer_does_not_print_when_the_printer_cannot(loopback, flag, reason):
    setattr(loopback, flag, True)
    outcome = NetworkPrinter("lobby", "127.0.0.1", loopback.port).print_badge(BADGE)
    assert outcome == PrintOutcome(False, reason)
    assert loopback.wait_for_status_checks(1, timeout=5)  # only the status queries were sent
    assert loopback.jobs == []


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


# -- status over the network ------------------------------------------------------------------
@pytest.mark.parametrize(("flags", "expected"), [
    ((), PrinterStatus(True, "ok", False, False, "ready")),
    (("paper_near_end",), PrinterStatus(True, "near_end", False, False, "paper near end")),
    (("paper_out",), PrinterStatus(False, "out", False, False,
                                   "offline, stopped at paper end, paper near end, paper end")),
    (("cover_open",), PrinterStatus(False, "ok", True, False, "offline, cover open")),
    (("offline",), PrinterStatus(False, "ok", False, False, "offline")),
    (("error",), PrinterStatus(False, "ok", False, True, "offline, error, autocutter error")),
    (("cover_open", "paper_near_end"), PrinterStatus(False, "near_end", True, False,
                                                     "offline, cover open, paper near end")),
])
def test_network_status_reports_each_condition(loopback, flags, expected):
    for flag in flags:
        setattr(loopback, flag, True)
    assert NetworkPrinter("lobby", "127.0.0.1", loopback.port).status() == expected
    assert loopback.wait_for_status_checks(1, timeout=5) and loopback.jobs == []  # nothing else sent
    assert loopback.status_checks == [b"".join(b"\x10\x04" + bytes((n,)) for n in (1, 2, 3, 4))]


def test_silent_printer_status_is_unknown_within_the_timeout(loopback):
    loopback.answer_status = False
    started = time.monotonic()
    status = NetworkPrinter("lobby", "127.0.0.1", loopback.port, status_timeout=0.4).status()
    assert time.monotonic() - started < 0.4 + 0.5
    assert (status.online, status.paper, status.can_print) == (None, "unknown", None)
    assert "no answer" in status.detail


def test_slow_answer_beyond_the_timeout_is_unknown(loopback):
    loopback.status_delay = 0.6
    started = time.monotonic()
    status = NetworkPrinter("lobby", "127.0.0.1", loopback.port, status_timeout=0.3).status()
    assert time.monotonic() - started < 0.3 + 0.5
    assert (status.online, status.paper) == (None, "unknown")


def test_slow_answer_within_the_timeout_is_read(loopback):
    loopback.status_delay = 0.1
    status = NetworkPrinter("lobby", "127.0.0.1", loopback.port, status_timeout=1.0).status()
    assert (status.online, status.paper) == (True, "ok")


def test_slow_printer_still_prints_with_status_unknown(loopback):
    loopback.status_delay = 0.6
    outcome = NetworkPrinter("lobby", "127.0.0.1", loopback.port, status_timeout=0.2).print_badge(BADGE)
    assert outcome == type(outcome)(True, "")  # unknown blocks nothing, and is not a warning either
    assert loopback.wait_for_jobs(1, timeout=5)
    assert qr_texts(loopback.page(0)) == [TOKEN]


def test_status_of_a_closed_port_is_unknown_with_the_reason():
    status = NetworkPrinter("lobby", "127.0.0.1", closed_port(), timeout=2).status()
    assert (status.online, status.paper) == (None, "unknown")
    assert "cannot reach printer 'lobby'" in status.detail and "refused" in status.detail.lower()


def test_status_check_can_be_turned_off(loopback):
    status = NetworkPrinter("lobby", "127.0.0.1", loopback.port, status_timeout=0).status()
    assert status.online is None
    loopback.paper_out = True  # not asked, so not known: the job goes out
    assert NetworkPrinter("lobby", "127.0.0.1", loopback.port, status_timeout=0).print_badge(BADGE).ok


def test_connection_dropped_mid_job_is_in_doubt(loopback):
    loopback.drop_after_bytes = 5000
    outcome = NetworkPrinter("lobby", "127.0.0.1", loopback.port).print_badge(BADGE)
    assert not outcome.ok and outcome.in_doubt
    assert "lobby" in outcome.reason and "partly printed" in outcome.reason
    assert loopback.wait_for_partial_jobs(1, timeout=5)
    (partial,) = loopback.partial_jobs
    assert len(partial) == 5000 and partial.startswith(b"\x10\x04\x01") and b"\x1b@" in partial
    assert loopback.jobs == []


def test_connection_dropped_during_the_status_check_is_not_in_doubt(loopback):
    loopback.drop_after_bytes = 2  # mid-way through the first DLE EOT
    outcome = NetworkPrinter("lobby", "127.0.0.1", loopback.port).print_badge(BADGE)
    assert not outcome.ok and not outcome.in_doubt and "cannot open printer 'lobby'" in outcome.reason


def test_a_document_without_a_layout_fails_without_sending(loopback):
    gate_pass = GatePass("G1", "张三", "", "李娜", "粤B12345", "A-3", (), datetime(2025, 11, 27, 9), "王", TOKEN)
    outcome = NetworkPrinter("lobby", "127.0.0.1", loopback.port).print_document(gate_pass)
    if outcome.ok:  # the layout learnt gate passes meanwhile
        return
    assert "GatePass" in outcome.reason and not outcome.in_doubt
    assert not loopback.wait_for_jobs(1, timeout=0.2)


# -- status of the other backends -------------------------------------------------------------
def test_dummy_status_is_what_it_is_told():
    printer = DummyPrinter("test")
    assert printer.status().can_print is True
    printer.reported = PrinterStatus(False, "out", False, False, "no paper")
    assert printer.status() == printer.reported
    assert printer.print_badge(BADGE) == PrintOutcome(False, PAPER_OUT)
    assert printer.jobs == []
    printer.reported = PrinterStatus(True, "near_end", False, False)
    assert printer.print_badge(BADGE) == PrintOutcome(True, PAPER_NEAR_END)
    assert len(printer.jobs) == 1
    printer.reported = PrinterStatus(None, "unknown")
    assert printer.print_badge(BADGE) == PrintOutcome(True, "") and len(printer.jobs) == 2


def test_preview_folder_status(tmp_path):
    status = PreviewFolderPrinter("demo", tmp_path / "new").status()
    assert (status.online, status.paper, status.can_print) == (True, "ok", True)
    assert "preview folder" in status.detail
    blocker = tmp_path / "file"
    blocker.write_text("x")
    status = PreviewFolderPrinter("demo", blocker / "sub").status()
    assert status.can_print is False and "not writable" in status.detail


def test_file_printer_status_is_unknown_and_touches_nothing(tmp_path):
    path = tmp_path / "lp0"
    path.write_bytes(b"earlier job")
    status = FilePrinter("usb", path).status()
    assert (status.online, status.paper) == (None, "unknown") and status.detail
    assert path.read_bytes() == b"earlier job"


# -- USB, serial and CUPS: what can run here ---------------------------------------------------
def run_without(modules: tuple[str, ...], code: str) -> str:
    """Run code in a fresh interpreter where the given top-level modules cannot be imported."""
    script = textwrap.dedent(f"""
        import sys
        class Block:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in {modules!r}:
                    raise ImportError(name + " is absent in this test")
        sys.meta_path.insert(0, Block())
    """) + textwrap.dedent(code)
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_usb_without_pyusb_says_so():
    out = run_without(("usb",), """
        from printers.factory import make_printer, make_printers
        from tests.unit.test_printer_backends import BADGE
        printer = make_printer({"name": "desk", "type": "usb", "vendor_id": "04b8", "product_id": "0x0202"})
        print(printer.print_badge(BADGE).reason)
        print(printer.status().detail)
    """)
    assert out.splitlines() == [f"printer 'desk': {NEEDS_PYUSB}", NEEDS_PYUSB]


def test_usb_printer_that_is_not_there_fails_with_a_reason():
    printer = UsbPrinter("desk", 0x04B8, 0x0E15, timeout=1)
    outcome = printer.print_badge(BADGE)
    assert not outcome.ok and not outcome.in_doubt and "desk" in outcome.reason
    assert printer.status().online is None


def test_serial_port_that_does_not_exist(tmp_path):
    printer = SerialPrinter("till", str(tmp_path / "ttyUSB9"))
    outcome = printer.print_badge(BADGE)
    assert not outcome.ok and not outcome.in_doubt
    assert outcome.reason == f"printer 'till': serial port {tmp_path / 'ttyUSB9'} does not exist (is the printer connected?)"
    status = printer.status()
    assert status.online is None and "does not exist" in status.detail


def test_serial_without_pyserial_says_so():
    out = run_without(("serial",), """
        from printers.factory import make_printer, make_printers
        from tests.unit.test_printer_backends import BADGE
        printer = make_printer({"name": "till", "type": "serial", "devfile": "/dev/null"})
        print(printer.print_badge(BADGE).reason)
    """)
    assert out.strip() == f"printer 'till': {NEEDS_PYSERIAL}"


def test_serial_printer_over_a_pseudo_terminal():
    """A real serial line: pyserial on a pty, a thread on the other end answers like a printer."""
    pytest.importorskip("serial", reason="pyserial is not installed")
    master, slave = os.openpty()
    received = bytearray()
    stop = threading.Event()

    def printer_end():
        scanner = _StreamScanner(lambda n: 0x1E if n == 4 else 0x12)  # paper near end
        os.set_blocking(master, False)
        while not stop.is_set():
            try:
                chunk = os.read(master, 65536)
            except BlockingIOError:
                time.sleep(0.005)
                continue
            except OSError:
                break
            received.extend(chunk)
            for reply in scanner.feed(chunk):
                os.write(master, reply)

    thread = threading.Thread(target=printer_end, daemon=True)
    thread.start()
    try:
        printer = SerialPrinter("till", os.ttyname(slave), baudrate=115200, width_dots=384)
        assert printer.status() == PrinterStatus(True, "near_end", False, False, "paper near end")
        assert printer.print_badge(BADGE) == PrintOutcome(True, PAPER_NEAR_END)
    finally:
        time.sleep(0.2)
        stop.set()
        thread.join(2)
        os.close(master)
        os.close(slave)
    images = raster_images(bytes(received))
    assert len(images) == 1 and qr_texts(images[0]) == [TOKEN]


@pytest.fixture
def fake_lp(tmp_path):
    """A stand-in for the CUPS `lp` command (no CUPS here): records its arguments and input."""
    lp = tmp_path / "bin" / "lp"
    lp.parent.mkdir()
    lp.write_text(textwrap.dedent(f"""\
        #!{sys.executable}
        import sys
        from pathlib import Path
        if "missing" in sys.argv:
            sys.exit("lp: The printer or class does not exist.")
        Path(__file__).with_name("argv").write_text(" ".join(sys.argv[1:]))
        Path(__file__).with_name("stdin").write_bytes(sys.stdin.buffer.read())
        print("request id is missing-1 (1 file(s))")
    """))
    lp.chmod(0o755)
    return lp


def test_cups_printer_sends_raw_escpos_through_lp(fake_lp):
    printer = CupsPrinter("office", "TM-T20", lp_command=str(fake_lp), width_dots=384)
    assert printer.print_badge(BADGE).ok
    assert (fake_lp.parent / "argv").read_text() == f"-d TM-T20 -o raw -t V20251127-0007-{TOKEN[:8]}"
    (image,) = raster_images((fake_lp.parent / "stdin").read_bytes())
    assert image.width == 384 and qr_texts(image) == [TOKEN]


def test_cups_queue_that_refuses_gives_its_reason(fake_lp):
    outcome = CupsPrinter("office", "missing", lp_command=str(fake_lp)).print_badge(BADGE)
    assert outcome == type(outcome)(False, "CUPS queue 'missing' refused the job: "
                                           "lp: The printer or class does not exist.")


def test_cups_without_lp_says_so(tmp_path):
    printer = CupsPrinter("office", "TM-T20", lp_command=str(tmp_path / "no-lp"))
    assert printer.print_badge(BADGE) == PrintOutcome(False, f"printer 'office': {NEEDS_LP}")
    status = printer.status()
    assert (status.online, status.paper) == (None, "unknown")
    assert "CUPS queue 'TM-T20' cannot report paper or cover" in status.detail


# -- factory ----------------------------------------------------------------------------------
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
    assert isinstance(dummy, DummyPrinter) and dummy.name == "dummy" and dummy.status().can_print

    usb = make_printer({"name": "desk", "type": "usb", "vendor_id": "0x04b8", "product_id": 3605,
                        "in_ep": "81", "status_timeout": 0.5})
    assert isinstance(usb, UsbPrinter)
    assert (usb.vendor_id, usb.product_id, usb.in_ep, usb.out_ep, usb.status_timeout) == (0x04B8, 0x0E15, 0x81, 1, 0.5)

    serial = make_printer({"name": "till", "type": "serial", "devfile": "/dev/ttyS0", "baudrate": 19200,
                           "parity": "E", "dsrdtr": False})
    assert isinstance(serial, SerialPrinter)
    assert (serial.devfile, serial.baudrate, serial.parity, serial.dsrdtr) == ("/dev/ttyS0", 19200, "E", False)

    cups = make_printer({"name": "office", "type": "cups", "queue": "TM-T20", "server": "cups.local:631"})
    assert isinstance(cups, CupsPrinter) and (cups.queue, cups.server) == ("TM-T20", "cups.local:631")

    paper_out = make_printer({"name": "x", "type": "dummy", "paper": "out"})
    assert paper_out.status().paper == "out" and not paper_out.print_badge(BADGE).ok


def test_factory_network_printer_prints(loopback):
    printer = make_printer({"name": "lobby", "type": "network", "host": "127.0.0.1", "port": loopback.port})
    assert printer.print_badge(BADGE).ok
    assert loopback.wait_for_jobs(1, timeout=5)
    assert qr_texts(loopback.page(0)) == [TOKEN]


@pytest.mark.parametrize(("config", "message"), [
    ({"name": "x", "type": "bluetooth"}, "unknown printer type 'bluetooth'"),
    ({"name": "x"}, "unknown printer type None"),
    ({"name": "x", "type": "network"}, "needs 'host'"),
    ({"name": "x", "type": "network", "host": "h", "port": 70000}, "'port' must be between 1 and 65535"),
    ({"name": "x", "type": "network", "host": "h", "port": "nine"}, "'port' must be an integer, got 'nine'"),
    ({"name": "x", "type": "network", "host": "h", "timeout": True}, "'timeout' must be a number"),
    ({"name": "x", "type": "network", "host": "h", "status_timeout": -1}, "'status_timeout' must be between"),
    ({"name": "x", "type": "preview", "folder": "/tmp/p", "width_dots": 100}, "at least 240"),
    ({"name": "x", "type": "preview", "folder": "/tmp/p", "width_dots": 576.5}, "'width_dots' must be an integer"),
    ({"name": "x", "type": "usb", "product_id": 1}, "needs 'vendor_id'"),
    ({"name": "x", "type": "usb", "vendor_id": "epson", "product_id": 1}, "'vendor_id' must be an integer"),
    ({"name": "x", "type": "usb", "vendor_id": 0x10000, "product_id": 1}, "'vendor_id' must be between"),
    ({"name": "x", "type": "serial"}, "needs 'devfile'"),
    ({"name": "x", "type": "serial", "devfile": "/dev/ttyS0", "parity": "X"}, "'parity' must be one of N, E"),
    ({"name": "x", "type": "serial", "devfile": "/dev/ttyS0", "bytesize": 9}, "'bytesize' must be one of"),
    ({"name": "x", "type": "serial", "devfile": "/dev/ttyS0", "dsrdtr": "yes"}, "'dsrdtr' must be true or false"),
    ({"name": "x", "type": "serial", "devfile": "/dev/ttyS0", "baudrate": 0}, "'baudrate' must be between"),
    ({"name": "x", "type": "cups"}, "needs 'queue'"),
    ({"name": "x", "type": "file"}, "needs 'path'"),
    ({"name": "x", "type": "dummy", "paper": "low"}, "'paper' must be one of ok, near_end, out, unknown"),
])
def test_factory_rejects_bad_config(config, message):
    with pytest.raises(ValueError) as error:
        make_printer(config)
    assert "'x'" in str(error.value) and message in str(error.value)


def test_make_printers_builds_a_station_by_name(tmp_path):
    printers = make_printers({"lobby": {"type": "dummy"}, "desk": {"type": "preview", "folder": str(tmp_path)}})
    assert {name: (type(p), p.name) for name, p in printers.items()} == {
        "lobby": (DummyPrinter, "lobby"), "desk": (PreviewFolderPrinter, "desk")}
    with pytest.raises(ValueError, match="'desk'.*needs 'folder'"):
        make_printers({"lobby": {"type": "dummy"}, "desk": {"type": "preview"}})


def test_factory_names_the_known_types():
    with pytest.raises(ValueError, match="unknown printer type 'laser'.*preview, network, usb, serial, cups, file, dummy"):
        make_printer({"name": "x", "type": "laser"})
