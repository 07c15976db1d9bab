"""The stations' log: masked personal data, one line a minute for a repeating cause (with the count), the
station's name, time, level and module on each line, the file rotated by size, and the last errors for doctor."""
from __future__ import annotations

import logging

import pytest

from shared import logs


@pytest.fixture
def log(tmp_path, monkeypatch):
    monkeypatch.setenv("RECEPTION_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("JOURNAL_STREAM", raising=False)
    monkeypatch.delenv("INVOCATION_ID", raising=False)
    root = logging.getLogger()
    level = root.level
    path = logs.setup()
    logs.set_station("lobby-kiosk-1")
    yield path
    for handler in [h for h in root.handlers if getattr(h, "reception", False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
    logging.captureWarnings(False)
    logs.set_station("")


@pytest.mark.parametrize("raw, shown", [
    ("13800138000", "138****8000"), ("+86 13800138000", "+86 138****8000"), ("+8613800138000", "+86138****8000"),
    ("11010519491231002X", "1101**********002X"), ("zhangsan@example.com", "z***@example.com"),
    ("+44 7911 123456", "+44****56"), ("visit 261206-0042 at 09:30", "visit 261206-0042 at 09:30"),
])
def test_personal_data_is_masked_as_the_screens_mask_it(raw, shown):
    assert logs.mask(raw) == shown


def test_each_line_names_time_station_level_and_module_and_hides_numbers(log):
    logging.getLogger("kiosk.flow").error("check-in failed for %s", "13800138000")
    try:
        raise ValueError("mobile 13912345678 refused")
    except ValueError:
        logging.getLogger("shared.qt.print_worker").exception("print failed")
    text = log.read_text(encoding="utf-8")
    first = text.splitlines()[0]
    assert " lobby-kiosk-1 ERROR kiosk.flow: check-in failed for 138****8000" in first and first[:4].isdigit()
    assert "139****5678" in text and "13912345678" not in text and "13800138000" not in text
    assert "Traceback" in text
    assert logs.last_errors(1)[0].endswith("print failed")


def test_a_repeating_cause_is_written_once_a_minute_with_the_count(log, monkeypatch):
    clock = [1000.0]
    monkeypatch.setattr(logs.time, "monotonic", lambda: clock[0])
    feed = logging.getLogger("shared.qt.feed")
    for _ in range(30):  # the change feed retrying a wrong URL every 2 s
        feed.warning("change feed cannot reach %s", "db")
        clock[0] += 2
    clock[0] += 1
    feed.warning("change feed cannot reach %s", "db")
    lines = [line for line in log.read_text(encoding="utf-8").splitlines() if "change feed" in line]
    assert len(lines) == 2 and lines[1].endswith("(and 29 more like it in the last minute)")


def test_the_file_rotates_by_size(log):
    handler = next(h for h in logging.getLogger().handlers if getattr(h, "reception", False))
    assert handler.maxBytes == logs.MAX_BYTES and handler.backupCount == logs.BACKUPS


def test_doctor_says_where_the_log_is_and_shows_the_last_errors(log):
    from reception.doctor_cmd import WARN, check_logs

    [only] = check_logs()
    assert str(log) in only.reason and "no error logged" in only.reason
    logging.getLogger("shared.qt.print_worker").error("printer lobby: paper out")
    head, line = check_logs()
    assert head.level == WARN and str(log) in head.reason and line.reason.endswith("paper out")
