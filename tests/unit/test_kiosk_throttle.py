"""Guessing at the kiosk is slowed in the core: every kiosk look-up, on both databases."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from shared.domain.errors import InvalidInput, NotFound, TooManyTries
from shared.domain.model import Actor, Consent, WalkIn
from shared.services import checkin
from shared.services.checkin import Throttle
from shared.services.security import watchlist
from shared.store import models as db
from tests.support.clock import Clock

KIOSK = Actor("kiosk-1")
DESK = Actor("desk-1", "amy", "receptionist")
SECURITY = Actor("desk-2", "zhao", "security")
YES = Consent(privacy=True)
MOBILE = "13800138000"




def invite(store, name="张三明") -> str:
    return checkin.create_appointment(store, DESK, name, MOBILE, "华为", 1, date.today()).value


def badge(store) -> str:
    visit = checkin.check_in_walk_in(store, DESK, WalkIn(name="李四", mobile="13900139000", company="", host_id=1),
                                     consent=YES).value
    with store.read() as s:
        return s.get(db.Visit, visit.id).badge_token


# Every kiosk look-up: a miss; what a find needs, made at the desk; the find itself.
LOOKUPS = {
    "code": (lambda st, t: checkin.find_invitation(st, "ZZZZ9999", station="kiosk-1", throttle=t),
             invite, lambda st, t, code: checkin.find_invitation(st, code, station="kiosk-1", throttle=t)),
    "mobile": (lambda st, t: checkin.invitations_for_mobile(st, "13900000000", station="kiosk-1", throttle=t),
               invite, lambda st, t, _: checkin.invitations_for_mobile(st, MOBILE, station="kiosk-1", throttle=t)),
    "check_in_code": (lambda st, t: checkin.check_in_invitation(st, KIOSK, "ZZZZ9999", consent=YES, throttle=t),
                      invite, lambda st, t, code: checkin.check_in_invitation(st, KIOSK, code, consent=YES,
                                                                              throttle=t)),
    "confirm_name": (lambda st, t: checkin.check_in_invitation(st, KIOSK, invite(st), consent=YES,
                                                               confirm_name="王五", throttle=t),
                     invite, lambda st, t, code: checkin.check_in_invitation(st, KIOSK, code, consent=YES,
                                                                             confirm_name="张三明", throttle=t)),
    "badge": (lambda st, t: checkin.check_out_by_badge(st, KIOSK, "not-a-badge", throttle=t),
              badge, lambda st, t, token: checkin.check_out_by_badge(st, KIOSK, token, throttle=t)),
}


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def throttle(clock):
    return Throttle(clock=clock)


def miss(kind, store, throttle) -> None:
    """A miss is refused with its own problem (or finds nothing), never with a wait."""
    try:
        found = LOOKUPS[kind][0](store, throttle)
    except TooManyTries:
        raise AssertionError("a miss was refused with a wait")
    except (InvalidInput, NotFound):
        return
    assert found == []


def find(kind, store, throttle):
    _, prepare, look_up = LOOKUPS[kind]
    found = look_up(store, throttle, prepare(store))
    assert found != []
    return found


def waits(kind, store, throttle) -> int:
    """Even the right answer waits, and nothing is looked up or changed."""
    _, prepare, look_up = LOOKUPS[kind]
    made = prepare(store)
    before = [count(store, model) for model in (db.Visit, db.VisitEvent, db.KioskThrottle)]
    with pytest.raises(TooManyTries) as err:
        look_up(store, throttle, made)
    assert err.value.problems == {"attempts": "wait"}
    assert [count(store, model) for model in (db.Visit, db.VisitEvent, db.KioskThrottle)] == before
    return err.value.wait_s


def count(store, model) -> int:
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(model))


@pytest.mark.parametrize("kind", LOOKUPS)
def test_misses_bring_growing_waits_and_a_right_lookup_after_the_wait_works(seeded, throttle, clock, kind):
    for _ in range(throttle.free_misses - 1):
        miss(kind, seeded, throttle)
    find(kind, seeded, throttle)  # a few mistakes are free, and a find forgets them
    for _ in range(throttle.free_misses):
        miss(kind, seeded, throttle)
    seen = []
    for _ in range(3):
        seen.append(waits(kind, seeded, throttle))
        clock.advance(seen[-1] - 1)
        assert waits(kind, seeded, throttle) == 1
        clock.advance(1)
        miss(kind, seeded, throttle)
    assert seen == [5, 10, 20]
    clock.advance(40)
    find(kind, seeded, throttle)
    for _ in range(throttle.free_misses - 1):  # the find reset the wait
        miss(kind, seeded, throttle)
    find(kind, seeded, throttle)


@pytest.mark.parametrize("kind", LOOKUPS)
def test_security_is_alerted_once_with_the_station_and_count_only(seeded, throttle, clock, kind):
    throttle = replace(throttle, alert_at=6)
    for n in range(1, 9):
        miss(kind, seeded, throttle)
        clock.advance(throttle.wait_after(n))
        if n == 4:
            find(kind, seeded, throttle)  # a find between guesses does not hide them from security
        assert len(watchlist.alerts(seeded, SECURITY)) == (1 if n >= 6 else 0)
    alert, = watchlist.alerts(seeded, SECURITY)
    assert (alert.kind, alert.station, alert.reason, alert.subject) == ("kiosk_guessing", "kiosk-1", "6", "")
    assert alert.at == clock.now - timedelta(seconds=sum(throttle.wait_after(n) for n in range(6, 9)))


def test_stations_are_counted_apart_and_a_quiet_window_forgets(seeded, throttle, clock):
    for _ in range(throttle.free_misses):
        miss("code", seeded, throttle)
    assert waits("code", seeded, throttle) == 5
    other = checkin.find_invitation(seeded, invite(seeded), station="kiosk-2", throttle=throttle)
    assert other.visitor_name == "张三明"
    clock.advance(throttle.window.total_seconds() + 1)
    miss("code", seeded, throttle)
    find("code", seeded, throttle)  # one miss after a quiet window: no wait


def test_a_scanned_right_code_is_never_slowed(seeded, throttle):
    """A QR read at scanner speed: many look-ups within the same instant, all found."""
    code = invite(seeded)
    for _ in range(20):
        assert checkin.find_invitation(seeded, code, station="kiosk-1", throttle=throttle).code == code
    assert count(seeded, db.KioskThrottle) == 0  # and cost no write


@pytest.mark.parametrize("attempt", [
    lambda st, t, c: checkin.find_invitation(st, c, date.today() + timedelta(days=1), station="kiosk-1", throttle=t),
    lambda st, t, c: checkin.invitations_for_mobile(st, "12345", station="kiosk-1", throttle=t),
])
def test_a_mistyped_number_or_a_real_code_for_another_day_is_no_miss(seeded, throttle, attempt):
    code = invite(seeded)
    for _ in range(throttle.free_misses + 2):
        with pytest.raises(InvalidInput) as err:
            attempt(seeded, throttle, code)
        assert not isinstance(err.value, TooManyTries)


def test_misses_are_kept_in_the_database(db_url, throttle):
    from shared.store.engine import open_store

    first = open_store(db_url)
    for _ in range(throttle.free_misses):
        miss("badge", first, throttle)
    first.close()
    again = open_store(db_url)  # a restarted kiosk
    try:
        assert checkin.wait_left(again, "kiosk-1", throttle) == 5
    finally:
        again.close()


@pytest.mark.parametrize("policy", [{"first_wait_s": -60}, {"free_misses": -1}, {"max_wait_s": 10**12},
                                    {"first_wait_s": 600, "max_wait_s": 300}, {"window": timedelta(0)},
                                    {"alert_at": -5}])
def test_a_policy_that_could_wait_negative_or_endless_time_is_refused(policy):
    with pytest.raises(InvalidInput) as refused:
        Throttle(**policy)
    assert refused.value.problems == {"throttle": "invalid"}
