"""DLE EOT status: byte-by-byte parsing, asking over a real socket, and `reception printer status|test`."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PIL import ImageChops

from printers.layout import render_document
from printers.status import (
    COVER_OPEN,
    PAPER_OUT,
    PRINTER_OFFLINE,
    ask_status,
    blocking_reason,
    parse_status,
    status_flags,
    unknown_status,
    valid_reply,
)
from shared import config as station_config
from shared.domain import model as domain
from shared.domain.model import PrinterStatus
from tests.support.loopback_printer import LoopbackPrinter

ROOT = Path(__file__).resolve().parents[2]
READY = 0x12  # bits 1 and 4: the fixed bits of every answer


# -- pure parsing ------------------------------------------------------------------------------
@pytest.mark.parametrize("byte", [0x12, 0x16, 0x1A, 0x32, 0x52, 0x7E])
def test_valid_answers(byte):
    assert valid_reply(byte)


@pytest.mark.parametrize("byte", [0x00, 0xFF, 0x13, 0x92, 0x02, 0x10, 0x93, 0x08, 0x1E | 0x80])
def test_garbage_is_not_an_answer(byte):
    assert not valid_reply(byte)
    with pytest.raises(ValueError):
        status_flags(1, byte)


@pytest.mark.parametrize(("n", "byte", "flags"), [
    (1, 0x12, ()),
    (1, 0x16, ()),  # bit 2: drawer connector, not our business
    (1, 0x1A, ("offline",)),
    (1, 0x32, ("waiting for online recovery",)),
    (1, 0x52, ("feed button pressed",)),
    (2, 0x12, ()),
    (2, 0x16, ("cover open",)),
    (2, 0x1A, ("paper fed by the feed button",)),
    (2, 0x32, ("stopped at paper end",)),
    (2, 0x52, ("error",)),
    (2, 0x76, ("cover open", "stopped at paper end", "error")),
    (3, 0x12, ()),
    (3, 0x16, ()),  # bit 2: model specific (black mark), ignored
    (3, 0x1A, ("autocutter error",)),
    (3, 0x32, ("unrecoverable error",)),
    (3, 0x52, ("auto-recoverable error",)),
    (4, 0x12, ()),
    (4, 0x16, ("paper near end",)),  # either near-end bit (two sensors on some models)
    (4, 0x1A, ("paper near end",)),
    (4, 0x1E, ("paper near end",)),
    (4, 0x72, ("paper end",)),
    (4, 0x7E, ("paper near end", "paper end")),
    (4, 0x52, ()),  # bit 6 alone: a presenter sensor on some models, not paper end
])
def test_status_flags_byte_by_byte(n, byte, flags):
    assert status_flags(n, byte) == flags


def test_only_queries_1_to_4_exist():
    with pytest.raises(ValueError, match="DLE EOT 5"):
        status_flags(5, READY)


@pytest.mark.parametrize(("bytes_", "expected"), [
    ((0x12, 0x12, 0x12, 0x12), PrinterStatus(True, "ok", False, False, "ready")),
    ((0x12, 0x12, 0x12, 0x1E), PrinterStatus(True, "near_end", False, False, "paper near end")),
    ((0x1A, 0x32, 0x12, 0x7E),
     PrinterStatus(False, "out", False, False, "offline, stopped at paper end, paper near end, paper end")),
    ((0x1A, 0x32, 0x12, 0x12), PrinterStatus(False, "out", False, False, "offline, stopped at paper end")),
    ((0x1A, 0x16, 0x12, 0x12), PrinterStatus(False, "ok", True, False, "offline, cover open")),
    ((0x1A, 0x52, 0x1A, 0x12),
     PrinterStatus(False, "ok", False, True, "offline, error, autocutter error")),
    ((0x12, 0x12, 0x52, 0x12), PrinterStatus(True, "ok", False, True, "auto-recoverable error")),
    ((0x1A, 0x12, 0x12, 0x12), PrinterStatus(False, "ok", False, False, "offline")),
])
def test_parse_status(bytes_, expected):
    assert parse_status(*bytes_) == expected


def test_parse_status_rejects_a_bad_byte():
    with pytest.raises(ValueError):
        parse_status(0x12, 0x12, 0x00, 0x12)


@pytest.mark.parametrize(("status", "reason"), [
    (PrinterStatus(False, "out", False, False), PAPER_OUT),
    (PrinterStatus(False, "ok", True, False), COVER_OPEN),
    (PrinterStatus(False, "ok", False, True, "autocutter error"), "printer error (autocutter error)"),
    (PrinterStatus(False, "ok", False, False), PRINTER_OFFLINE),
    (PrinterStatus(True, "near_end", False, False), ""),
    (PrinterStatus(True, "ok", False, False), ""),
    (unknown_status("silent"), ""),
])
def test_blocking_reason(status, reason):
    assert blocking_reason(status) == reason


def test_unknown_is_never_ok():
    status = unknown_status("no answer")
    assert (status.online, status.paper, status.answered, status.can_print) == (None, "unknown", False, None)


# -- asking over a real bidirectional transport (a socket pair) --------------------------------
def ask_over_socketpair(answer, timeout=0.3):
    """Run ask_status against a thread that answers each 3-byte query with answer(n) (None: silence)."""
    ours, theirs = socket.socketpair()
    queries: list[bytes] = []

    def printer():
        with theirs:
            while (query := theirs.recv(3)) and len(query) == 3:
                queries.append(query)
                reply = answer(query[2])
                if reply is None:
                    continue
                if reply == b"close":
                    return
                theirs.sendall(reply)

    thread = threading.Thread(target=printer, daemon=True)
    thread.start()

    def read(seconds):
        ours.settimeout(seconds)
        try:
            data = ours.recv(16)
        except TimeoutError:
            return b""
        if not data:
            raise ConnectionError("closed")
        return data

    try:
        return ask_status(ours.sendall, read, timeout), queries
    finally:
        ours.close()
        thread.join(2)


def test_ask_reads_each_answer():
    status, queries = ask_over_socketpair(lambda n: bytes((0x1E if n == 4 else 0x12,)))
    assert queries == [b"\x10\x04\x01", b"\x10\x04\x02", b"\x10\x04\x03", b"\x10\x04\x04"]
    assert (status.online, status.paper) == (True, "near_end")


def test_ask_silence_is_unknown_after_one_timeout():
    started = time.monotonic()
    status, queries = ask_over_socketpair(lambda n: None, timeout=0.3)
    assert time.monotonic() - started < 0.3 + 0.5
    assert (status.online, status.paper) == (None, "unknown")
    assert "no answer to DLE EOT 1" in status.detail and queries == [b"\x10\x04\x01"]


@pytest.mark.parametrize("reply", [b"\x00", b"\xff", b"\x12\x12", b"OK"])
def test_ask_garbage_is_unknown(reply):
    status, _ = ask_over_socketpair(lambda n: reply)
    assert (status.online, status.paper) == (None, "unknown")
    assert "not a status answer to DLE EOT 1" in status.detail


def test_ask_a_later_missing_answer_is_unknown():
    status, queries = ask_over_socketpair(lambda n: None if n == 3 else b"\x12")
    assert status == unknown_status("no answer to DLE EOT 3 within 0.3 s") and len(queries) == 3


def test_ask_a_closed_connection_is_an_error_not_silence():
    with pytest.raises(ConnectionError):
        ask_over_socketpair(lambda n: b"close")


# -- `reception printer status|test` in a subprocess against the loopback printer -------------
def reception(tmp_path, loopback: LoopbackPrinter, *args: str, **printer: object):
    path = tmp_path / "station.toml"
    station_config.write(path, station_config.StationConfig(
        station="kiosk-1", database_url=f"sqlite:///{tmp_path / 'db.sqlite'}", default_printer="lobby",
        printers={
            "lobby": {"type": "network", "host": "127.0.0.1", "port": loopback.port, "status_timeout": 0.5,
                      **printer},
            "desk": {"type": "preview", "folder": str(tmp_path / "previews")},
        },
    ))
    env = {k: v for k, v in os.environ.items() if not k.startswith("RECEPTION_")}
    return subprocess.run([sys.executable, "-m", "reception", "--config", str(path), "printer", *args],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False)


@pytest.fixture
def loopback():
    with LoopbackPrinter() as printer:
        yield printer


def test_cli_status_of_a_ready_printer(tmp_path, loopback):
    done = reception(tmp_path, loopback, "status", "lobby")
    assert done.returncode == 0, done.stderr
    for line in ("online: online", "paper:  ok", "cover:  closed", "error:  none", "detail: ready"):
        assert line in done.stdout


def test_cli_status_defaults_to_the_badge_printer(tmp_path, loopback):
    loopback.paper_near_end = True
    done = reception(tmp_path, loopback, "status")
    assert done.returncode == 0, done.stderr
    assert "printer lobby" in done.stdout and "paper:  near end" in done.stdout
    assert "warning: paper near end" in done.stdout


@pytest.mark.parametrize(("flag", "line"), [("paper_out", "paper:  out"), ("cover_open", "cover:  open"),
                                            ("error", "error:  yes"), ("offline", "online: offline")])
def test_cli_status_of_a_printer_that_cannot_print(tmp_path, loopback, flag, line):
    setattr(loopback, flag, True)
    done = reception(tmp_path, loopback, "status", "lobby")
    assert done.returncode == 1 and line in done.stdout


def test_cli_status_of_a_silent_printer_is_unknown(tmp_path, loopback):
    loopback.answer_status = False
    done = reception(tmp_path, loopback, "status", "lobby")
    assert done.returncode == 1
    assert "online: unknown" in done.stdout and "paper:  unknown" in done.stdout
    assert "no answer to DLE EOT 1" in done.stdout


def test_cli_status_of_the_preview_folder(tmp_path, loopback):
    done = reception(tmp_path, loopback, "status", "desk")
    assert done.returncode == 0 and "preview folder" in done.stdout


def test_cli_unknown_printer_lists_the_configured_ones(tmp_path, loopback):
    for command in ("status", "test"):
        done = reception(tmp_path, loopback, command, "laser")
        assert done.returncode == 2
        assert "'laser'" in done.stderr and "lobby, desk" in done.stderr


def test_cli_bad_printer_config_is_a_usage_error(tmp_path, loopback):
    done = reception(tmp_path, loopback, "status", "lobby", port="nine")
    assert done.returncode == 2 and "'port' must be an integer" in done.stderr


def test_cli_test_page_reaches_the_printer(tmp_path, loopback):
    done = reception(tmp_path, loopback, "test", "lobby", width_dots=384)
    assert done.returncode == 0, done.stderr
    assert "test page printed on lobby" in done.stdout
    assert loopback.wait_for_jobs(1, timeout=5)
    expected = render_document(domain.TestPage(station="kiosk-1", printer="lobby", width_dots=384), 384)
    page = loopback.page(0)
    assert page.size == expected.size
    assert ImageChops.logical_xor(page, expected.convert("1")).getbbox() is None


def test_cli_test_page_with_paper_out_is_not_printed(tmp_path, loopback):
    loopback.paper_out = True
    done = reception(tmp_path, loopback, "test")
    assert done.returncode == 1 and "paper out" in done.stderr
    assert loopback.wait_for_status_checks(1, timeout=5) and loopback.jobs == []


def test_cli_test_page_near_end_prints_with_a_warning(tmp_path, loopback):
    loopback.paper_near_end = True
    done = reception(tmp_path, loopback, "test", "lobby")
    assert done.returncode == 0 and "warning: paper near end" in done.stdout
