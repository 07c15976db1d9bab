"""The hidden way to the admin page: several quick taps on the site's name (pure, unit-testable)."""
from __future__ import annotations

from collections import deque

TAPS = 5
WITHIN_S = 3.0


class TapCounter:
    """`tap(at)` returns True on the `taps`-th tap within `within_s` seconds, then starts over."""

    def __init__(self, taps: int = TAPS, within_s: float = WITHIN_S) -> None:
        self.taps, self.within_s = taps, within_s
        self._times: deque[float] = deque(maxlen=taps)

    def tap(self, at: float) -> bool:
        self._times.append(at)
        if len(self._times) == self.taps and at - self._times[0] <= self.within_s:
            self._times.clear()
            return True
        return False
