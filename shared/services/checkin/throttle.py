"""The kiosk's brake on guessing: each station's missed look-ups, the growing wait, the alert to security.

A miss is a wrong invitation code, a mobile number with no appointment, a wrong confirming name or an
unknown badge. A few misses are free (people mistype); after that each further try waits longer, and past
a threshold security is alerted. Counts live in the database, so a restarted kiosk keeps them. A found
look-up resets the wait (not the alert count), and a right code is never slowed unless misses came first:
a QR scanned in milliseconds passes as before."""
from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

from shared.domain.errors import InvalidInput, NotFound, TooManyTries
from shared.services.common.boundary import guard_module
from shared.services.security.watchlist import raise_guessing_alert
from shared.store import models as db
from shared.store.engine import Store
from shared.store.types import utcnow

# The problems that mean "nothing matched what was typed": these are what guessing produces.
MISSES = {("invitation", "unknown"), ("name", "mismatch")}
MAX_WAIT_S = 86_400  # no policy makes a kiosk wait more than a day


@dataclass(frozen=True, slots=True)
class Throttle:
    """The policy, and its clock (tests pass their own)."""

    free_misses: int = 3  # misses in a row before the first wait
    first_wait_s: int = 5  # then 5, 10, 20, 40 ... seconds
    max_wait_s: int = 300
    window: timedelta = timedelta(minutes=15)  # a quiet window forgets the station's misses
    alert_at: int = 10  # misses within the window that alert security (once per window)
    clock: Callable[[], datetime] = utcnow

    def __post_init__(self) -> None:
        """A policy that could wait a negative or endless time is refused (its dates would overflow)."""
        counts = (self.free_misses, self.first_wait_s, self.max_wait_s, self.alert_at)
        if not all(isinstance(n, int) and 0 <= n <= MAX_WAIT_S for n in counts) \
                or self.first_wait_s > self.max_wait_s or not timedelta(0) < self.window <= timedelta(days=1):
            raise InvalidInput({"throttle": "invalid"})

    def wait_after(self, misses: int) -> int:
        if misses < self.free_misses:
            return 0
        return min(self.first_wait_s * 2 ** min(misses - self.free_misses, 30), self.max_wait_s)


KIOSK = Throttle()


class Lookup:
    """What a guarded look-up reports when it found nothing without raising (an empty list)."""

    def __init__(self) -> None:
        self.found_nothing = False

    def missed(self) -> None:
        self.found_nothing = True


def _is_miss(err: Exception) -> bool:
    if isinstance(err, NotFound):
        return True
    return isinstance(err, InvalidInput) and not isinstance(err, TooManyTries) and \
        any(item in MISSES for item in err.problems.items())


def wait_left(store: Store, station: str, throttle: Throttle = KIOSK) -> int:
    """Whole seconds this station must still wait before its next look-up; 0: go ahead."""
    with store.read() as s:
        row = s.get(db.KioskThrottle, station)
        until = row.blocked_until if row is not None else None
    now = throttle.clock()
    return math.ceil((until - now).total_seconds()) if until is not None and until > now else 0


@contextmanager
def guarded(store: Store, station: str, throttle: Throttle = KIOSK) -> Iterator[Lookup]:
    """Wrap a kiosk look-up: refused while the station must wait; a miss counted after the look-up's own
    transaction (so a rolled-back check-in still counts); a find resets the wait."""
    if wait := wait_left(store, station, throttle):
        raise TooManyTries(wait)
    lookup = Lookup()
    try:
        yield lookup
    except Exception as err:
        if _is_miss(err):
            _count_miss(store, station, throttle)
        raise
    if lookup.found_nothing:
        _count_miss(store, station, throttle)
    else:
        _reset(store, station)


def _count_miss(store: Store, station: str, throttle: Throttle) -> None:
    now = throttle.clock()
    with store.write() as s:
        row = s.get(db.KioskThrottle, station, with_for_update=True)
        if row is None:
            row = db.KioskThrottle(station=station, misses=0, window_misses=0, alerted=False)
            s.add(row)
        if row.last_miss_at is None or now - row.last_miss_at > throttle.window:
            row.misses, row.window_misses, row.alerted = 0, 0, False
        row.misses += 1
        row.window_misses += 1
        row.last_miss_at = now
        wait = throttle.wait_after(row.misses)
        row.blocked_until = now + timedelta(seconds=wait) if wait else None
        if row.window_misses >= throttle.alert_at and not row.alerted:
            row.alerted = True
            raise_guessing_alert(s, station, row.window_misses, now)


def _reset(store: Store, station: str) -> None:
    """Only a station with misses is written to: a right code costs no extra write."""
    with store.read() as s:
        row = s.get(db.KioskThrottle, station)
        if row is None or (row.misses == 0 and row.blocked_until is None):
            return
    with store.write() as s:
        row = s.get(db.KioskThrottle, station, with_for_update=True)
        row.misses, row.blocked_until = 0, None


guard_module(globals())
