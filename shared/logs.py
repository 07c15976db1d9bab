"""One logging set-up for every station and command: time, station, level and module on each line; to the
journal when systemd started the process (stderr is the journal then), else a size-rotated file in the data
folder. A cause that repeats is written once a minute with a count, and a line never carries a mobile number,
an ID number or an e-mail address whole (masked as the screens mask them)."""
from __future__ import annotations

import logging
import logging.handlers
import os
import re
import sys
import tempfile
import time
from pathlib import Path

from shared import config

LOG_NAME = "reception.log"
MAX_BYTES, BACKUPS = 2_000_000, 5
REPEAT_WINDOW_S = 60.0
_station = ["-"]

# What a log line must not carry whole: mainland mobiles, E.164 numbers, resident ID numbers, e-mail addresses.
_ID = re.compile(r"(?<![0-9A-Za-z])(\d{4})\d{10}(\d{3}[\dXx])(?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<!\d)(\+?86)?(1[3-9]\d)\d{4}(\d{4})(?!\d)")
_E164 = re.compile(r"\+(\d{1,3})[\d \-]{5,14}(\d{2})(?!\d)")
_EMAIL = re.compile(r"([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")


def mask(text: str) -> str:
    text = _ID.sub(lambda m: m.group(1) + "*" * 10 + m.group(2), text)
    text = _MOBILE.sub(lambda m: (m.group(1) or "") + m.group(2) + "****" + m.group(3), text)
    text = _E164.sub(lambda m: "+" + m.group(1) + "****" + m.group(2), text)
    return _EMAIL.sub(lambda m: m.group(1) + "***@" + m.group(2), text)


def set_station(name: str) -> None:
    """The station's name on every line from now on (once its configuration is read)."""
    _station[0] = name or "-"


class _Station(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.station = _station[0]
        return True


class _Private(logging.Filter):
    """The message and any traceback masked: an exception's text may quote what a visitor typed."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = mask(record.getMessage()), ()
        if record.exc_info:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
            record.exc_info = None  # formatted here, masked below: no handler formats it again unmasked
        if record.exc_text:
            record.exc_text = mask(record.exc_text)
        return True


class _Repeats(logging.Filter):
    """A cause (logger, level, message before its arguments) written once a minute; the next line of it says
    how many were held back."""

    def __init__(self, window_s: float = REPEAT_WINDOW_S) -> None:
        super().__init__()
        self.window_s = window_s
        self._seen: dict[tuple, tuple[float, int]] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.WARNING:
            return True
        key = (record.name, record.levelno, str(record.msg))
        now = time.monotonic()
        last, held = self._seen.get(key, (-self.window_s, 0))
        if now - last < self.window_s:
            self._seen[key] = (last, held + 1)
            return False
        if held:
            record.msg = f"{record.msg} (and {held} more like it in the last minute)"
        self._seen[key] = (now, 0)
        if len(self._seen) > 1000:  # a flood of distinct causes must not grow without end
            self._seen.pop(next(iter(self._seen)))
        return True


class _LastError(logging.Handler):
    """Keeps the newest error line (masked): the station's heartbeat carries it to the consoles."""

    text = ""

    def emit(self, record: logging.LogRecord) -> None:
        _LastError.text = f"{record.name}: {record.getMessage()}"[:200]


def last_error() -> str:
    return _LastError.text


def log_path() -> Path:
    return config.data_dir() / "logs" / LOG_NAME


def _fallback_path() -> Path:
    """Where the lines go when the data folder cannot be written: the trace of an error must land somewhere."""
    return Path(tempfile.gettempdir()) / f"reception-{os.getuid() if hasattr(os, 'getuid') else 'user'}" / LOG_NAME


def under_systemd() -> bool:
    return bool(os.environ.get("JOURNAL_STREAM") or os.environ.get("INVOCATION_ID"))


def setup(verbose: bool = False) -> Path | None:
    """Returns the log file's path, or None when the lines go to the journal (or the file cannot be written:
    then to stderr, which is never lost)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "reception", False)]:  # a second set-up replaces ours
        root.removeHandler(handler)
        handler.close()
    path: Path | None = None
    if under_systemd():
        handler: logging.Handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(station)s %(levelname)s %(name)s: %(message)s"))
    else:
        handler = logging.StreamHandler(sys.stderr)  # when neither folder can be written
        for candidate in (log_path(), _fallback_path()):
            try:
                candidate.parent.mkdir(parents=True, exist_ok=True)
                handler = logging.handlers.RotatingFileHandler(candidate, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                               encoding="utf-8")
            except OSError:
                continue
            path = candidate
            break
        handler.setFormatter(logging.Formatter("%(asctime)s %(station)s %(levelname)s %(name)s: %(message)s"))
    for f in (_Station(), _Repeats(), _Private()):
        handler.addFilter(f)
    handler.reception = True
    root.addHandler(handler)
    keeper = _LastError(logging.ERROR)
    keeper.addFilter(_Private())
    keeper.reception = True
    root.addHandler(keeper)
    if verbose and path is not None:  # and on the terminal too
        echo = logging.StreamHandler(sys.stderr)
        echo.setFormatter(handler.formatter)
        for f in (_Station(), _Private()):
            echo.addFilter(f)
        echo.reception = True
        root.addHandler(echo)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    logging.captureWarnings(True)
    return path


def last_errors(count: int = 5) -> list[str]:
    """The newest error lines of this machine's log, for `reception doctor`."""
    try:
        lines = log_path().read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    return [line for line in lines if " ERROR " in line or " CRITICAL " in line][-count:]
