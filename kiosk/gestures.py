"""The hidden way to the admin page: several quick taps on the site's name, then the staff PIN (pure,
unit-testable)."""
from __future__ import annotations

import hmac
import time
import os
from collections import deque
from collections.abc import Callable

from shared.domain.pins import verify_pin

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


FREE_TRIES = 3  # wrong PINs before the admin page makes the next try wait
FIRST_LOCK_S = 30.0  # then 60, 120, ... (doubling with every further wrong PIN)
MAX_LOCK_S = 3600.0


class PinThrottle:
    """Wrong admin PINs in a row: after `free_tries` of them, no PIN is tried for `first_lock_s`,
    and every further wrong PIN doubles the wait (up to `max_lock_s`). A right PIN starts over.

    The kiosk window owns one for its lifetime, so leaving and re-opening the admin page does not
    start over. The attributes are the delays; a test may shorten them."""

    def __init__(self, free_tries: int = FREE_TRIES, first_lock_s: float = FIRST_LOCK_S,
                 max_lock_s: float = MAX_LOCK_S) -> None:
        self.free_tries, self.first_lock_s, self.max_lock_s = free_tries, first_lock_s, max_lock_s
        self.wrong = 0
        self._until: float | None = None

    def wait_s(self, now: float) -> float:
        """How long until the next PIN may be tried; 0 when it may be now."""
        return 0.0 if self._until is None else max(0.0, self._until - now)

    def record(self, right: bool, now: float) -> None:
        if right:
            self.wrong, self._until = 0, None
            return
        self.wrong += 1
        if self.wrong >= self.free_tries:
            doublings = min(self.wrong - self.free_tries, 32)  # 2**n stays a float-sized number
            self._until = now + min(self.max_lock_s, self.first_lock_s * 2 ** doublings)


ADMIN_PIN_ENV = "RECEPTION_ADMIN_PIN"


def pin_check(pin_hash: str) -> Callable[[str], bool] | None:
    """How to check the staff PIN: the config's hashed PIN, else RECEPTION_ADMIN_PIN (a demo or a test);
    None when neither is set, and then nothing unlocks."""
    if pin_hash:
        return lambda entered: verify_pin(entered, pin_hash)
    plain = os.environ.get(ADMIN_PIN_ENV, "")
    if plain:
        return lambda entered: hmac.compare_digest(entered.encode(), plain.encode())
    return None


class AdminExit:
    """A mixin of the kiosk window: taps on the site's name open the admin page; its PIN lets the kiosk close.
    Expects the window's config, admin page, _admin_taps, clear_visitor, show_page and close."""

    exit_unlocked = False

    def admin_pin_check(self) -> Callable[[str], bool] | None:
        return pin_check(self.config.admin_pin_hash)

    def _on_site_tapped(self) -> None:
        if self._admin_taps.tap(time.monotonic()):
            self.clear_visitor()
            self.admin.open(self.admin_pin_check())
            self.show_page(self.admin)

    def exit_kiosk(self) -> None:
        if self.admin.unlocked:
            self.allow_exit()
            self.close()

    def allow_exit(self) -> None:
        """After the admin PIN (or for a test, or a screenshot run): close() closes."""
        self.exit_unlocked = True
