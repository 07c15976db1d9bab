"""The small pure parts of the kiosk, by timestamps alone: scanner bursts, the admin gesture,
and when a badge counts as not coming out of the printer."""
from __future__ import annotations

import pytest

from kiosk.badge_watch import badge_failed
from kiosk.flow import is_invitation_code
from kiosk.gestures import PinThrottle, TapCounter
from kiosk.scanner import ScanBurst
from shared.services.printing.jobs import JobView


def feed(burst: ScanBurst, text: str, start: float, gap: float) -> float:
    at = start
    for char in text:
        burst.key(char, at)
        at += gap
    return at - gap


def test_a_fast_burst_ending_in_enter_is_a_scan():
    burst = ScanBurst()
    last = feed(burst, "K7M2QX9P", 10.0, 0.004)
    assert burst.enter(last + 0.004) == "K7M2QX9P"


def test_a_person_typing_is_no_scan_however_long():
    burst = ScanBurst()
    last = feed(burst, "K7M2QX9P", 10.0, 0.12)
    assert burst.enter(last + 0.1) is None


def test_too_short_a_burst_is_no_scan():
    burst = ScanBurst()
    last = feed(burst, "ABCDE", 10.0, 0.005)  # 5 < 6
    assert burst.enter(last + 0.005) is None


def test_an_enter_long_after_the_burst_is_no_scan():
    burst = ScanBurst()
    last = feed(burst, "K7M2QX9P", 10.0, 0.005)
    assert burst.enter(last + 0.5) is None


def test_slow_typing_before_a_scan_is_not_part_of_it():
    burst = ScanBurst()
    feed(burst, "hello", 1.0, 0.2)  # a person typed this, then scanned
    last = feed(burst, "abcdefgh", 3.0, 0.003)
    assert burst.enter(last + 0.003) == "abcdefgh"


def test_a_pause_inside_a_burst_starts_over():
    burst = ScanBurst()
    feed(burst, "ABC", 1.0, 0.003)
    last = feed(burst, "DEFGHI", 1.2, 0.003)  # 200 ms later
    assert burst.enter(last + 0.003) == "DEFGHI"


def test_key_reports_the_start_of_a_burst():
    burst = ScanBurst()
    assert burst.key("a", 1.0) is True
    assert burst.key("b", 1.01) is False
    assert burst.key("c", 2.0) is True


def test_after_an_enter_the_next_burst_starts_fresh():
    burst = ScanBurst()
    last = feed(burst, "ABCDEFGH", 1.0, 0.003)
    assert burst.enter(last + 0.003) == "ABCDEFGH"
    assert burst.enter(last + 0.004) is None  # a second Enter alone


@pytest.mark.parametrize("text, expected", [
    ("K7M2QX9P", True), ("k7m2-qx9p", True), (" K7M2 QX9P ", True),
    ("K7M2QX9", False), ("K7M2QX9P1", False), ("K7M2QX0P", False),  # 0 is not in the code alphabet
    ("Zx3_9aQ-7bKmN2pLw8RtYq", False),  # a 22-character badge token
])
def test_what_counts_as_an_invitation_code(text, expected):
    assert is_invitation_code(text) is expected


def test_five_taps_within_three_seconds_open_the_admin_page():
    taps = TapCounter()
    assert [taps.tap(t) for t in (0.0, 0.5, 1.0, 1.5)] == [False] * 4
    assert taps.tap(2.9) is True
    assert taps.tap(3.0) is False  # and it starts over


def test_five_slow_taps_do_not():
    taps = TapCounter()
    assert not any(taps.tap(t) for t in (0.0, 1.0, 2.0, 3.0, 4.0))
    assert [taps.tap(t) for t in (10.0, 10.5, 11.0, 11.5, 12.0)] == [False] * 4 + [True]


def job(state: str, attempts: int) -> JobView:
    return JobView(1, 1, "badge", "lobby-1", "badge", state, attempts, "", "", None)


@pytest.mark.parametrize("state, attempts, failed", [
    ("queued", 0, False),  # not tried yet
    ("printing", 1, False),  # a real printer may take longer than 2 s: no failure yet
    ("done", 1, False),
    ("queued", 1, True),  # refused (paper out...), waiting to retry
    ("failed", 5, True),
    ("in_doubt", 1, True),
])
def test_when_a_badge_counts_as_not_coming(state, attempts, failed):
    assert badge_failed(job(state, attempts)) is failed


def test_wrong_pins_wait_30_then_60_then_120_seconds_and_a_right_pin_starts_over():
    throttle = PinThrottle()
    waits = []
    now = 100.0
    for _ in range(6):
        throttle.record(False, now)
        waits.append(throttle.wait_s(now))
        now += throttle.wait_s(now)  # the next try comes as soon as it may
    assert waits == [0, 0, 30, 60, 120, 240]
    throttle.record(True, now)
    assert throttle.wait_s(now) == 0 and throttle.wrong == 0
    throttle.record(False, now)
    assert throttle.wait_s(now) == 0  # counted from zero again


def test_the_wait_for_wrong_pins_has_a_ceiling():
    throttle = PinThrottle(max_lock_s=3600)
    for _ in range(1000):
        throttle.record(False, 0.0)
    assert throttle.wait_s(0.0) == 3600
