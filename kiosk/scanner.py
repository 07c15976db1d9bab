"""A USB barcode scanner types like a keyboard: a fast burst of characters ending in Enter.

`ScanBurst` tells such a burst from a person's typing, by timestamps alone (no Qt, unit-testable).
`ScannerInput` watches every key press of the kiosk window, on any page, and emits `scanned(text)`.
The burst's characters do reach a focused field, but every scan starts the visitor over
(VisitorFlow.on_scanned clears every field), so nothing of them stays; only its Enter is kept
from the field."""
from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

MIN_LENGTH = 6  # an invitation code has 8 characters, a badge token 22
MAX_GAP_S = 0.05  # scanners send a character every few ms; a person manages 80 ms at best


class ScanBurst:
    """Feed every typed character with its time and every Enter; `enter` returns what was scanned."""

    def __init__(self, min_length: int = MIN_LENGTH, max_gap_s: float = MAX_GAP_S) -> None:
        self.min_length, self.max_gap_s = min_length, max_gap_s
        self._chars: list[str] = []
        self._last: float | None = None

    def key(self, char: str, at: float) -> bool:
        """Returns True when this character starts a new burst (the previous one was too long ago)."""
        started = self._last is None or at - self._last > self.max_gap_s
        if started:
            self._chars = []
        self._chars.append(char)
        self._last = at
        return started

    def enter(self, at: float) -> str | None:
        """The scanned text, or None when this Enter ends a person's typing (or nothing)."""
        fast = self._last is not None and at - self._last <= self.max_gap_s
        text = "".join(self._chars) if fast and len(self._chars) >= self.min_length else None
        self.reset()
        return text

    def reset(self) -> None:
        self._chars, self._last = [], None


RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ScannerInput(QObject):
    """An application-level event filter for one window's key presses."""

    scanned = Signal(str)

    def __init__(self, window: QWidget, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(window)
        self._window, self._clock = window, clock
        self.burst = ScanBurst()
        QCoreApplication.instance().installEventFilter(self)

    def release(self) -> None:
        QCoreApplication.instance().removeEventFilter(self)

    def _first_receiver(self, watched: QObject) -> bool:
        """A key press reaches the filter once per widget it propagates through (and once for the
        platform window): count it only at the widget it was sent to, the window's focus widget."""
        if not isinstance(watched, QWidget) or watched.window() is not self._window:
            return False
        focus = self._window.focusWidget()
        return watched is focus if focus is not None else watched is self._window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not self._first_receiver(watched):
            return False
        assert isinstance(event, QKeyEvent)
        now = self._clock()
        if event.key() in RETURN_KEYS:
            text = self.burst.enter(now)
            if text is None:
                return False
            self.scanned.emit(text)
            return True  # the field must not act on the scanner's Enter
        char = event.text()
        if len(char) == 1 and char.isprintable():
            self.burst.key(char, now)
        return False
