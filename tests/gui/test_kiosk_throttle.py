"""Guessing at the kiosk: after a few misses the visitor sees "please wait N seconds" counting down (in
their language), then the kiosk is back where they were and a right answer works. Touch alone."""
from __future__ import annotations

from datetime import date

import pytest

from shared.domain.model import Actor, Consent, WalkIn
from shared.services import checkin
from shared.services.checkin import Throttle
from shared.services.directory.hosts import search_hosts
from shared.store import models as db
from tests.support.clock import Clock
from tests.gui.kiosk_fixtures import is_chinese, kiosk_store, make_kiosk, scan, wait_for  # noqa: F401

DESK = Actor("desk-1", "amy", "receptionist")
MOBILE = "13912345678"




def invite(store) -> str:
    host = search_hosts(store, "ls")[0]
    return checkin.create_appointment(store, DESK, "王建明", MOBILE, "宏远物流", host.id, date.today()).value


def badge(store) -> str:
    visit = checkin.check_in_walk_in(store, DESK, WalkIn(name="李四", mobile="13900139000", company="", host_id=1),
                                     consent=Consent(privacy=True)).value
    with store.read() as s:
        return s.get(db.Visit, visit.id).badge_token


def guarded_kiosk(make_kiosk, clock):
    w = make_kiosk("zh_CN")
    w.throttle = Throttle(clock=clock)
    w.wait_page.tick_ms = 200  # the countdown's second, shortened
    return w


def by_code(ui, w, text):
    scan(w, text)


def by_mobile(ui, w, text):
    ui.type(w, "Appointment mobile", text)
    ui.tap(w, "Find by mobile")


@pytest.mark.parametrize("kind, wrong, back_on", [("code", "ZZZZ9999", "Invitation page"),
                                                  ("mobile", "13700000000", "Invitation page"),
                                                  ("badge", "not-a-badge", "Check-out page")])
def test_the_kiosk_shows_the_wait_and_recovers(ui, make_kiosk, kiosk_store, kind, wrong, back_on):
    clock = Clock()
    right = {"code": invite(kiosk_store), "mobile": MOBILE, "badge": badge(kiosk_store)}[kind]
    w = guarded_kiosk(make_kiosk, clock)
    ui.tap(w, "Check out" if kind == "badge" else "Invitation")
    attempt = by_mobile if kind == "mobile" else by_code
    for _ in range(w.throttle.free_misses):
        attempt(ui, w, wrong)
        assert not ui.showing(w, "Wait page")
    attempt(ui, w, right)  # even the right answer must wait now
    assert ui.showing(w, "Wait page")
    title = ui.find(w, "Wait page title").text()
    assert "5" in title and is_chinese(title)
    wait_for(lambda: "4" in ui.find(w, "Wait page title").text(), 5)  # it counts down by itself
    wait_for(lambda: ui.showing(w, back_on), 5)
    clock.advance(5)
    attempt(ui, w, right)
    if kind == "badge":
        assert ui.showing(w, "Feedback page")
    elif kind == "mobile":
        assert ui.showing(w, "Invitation page") and ui.item_texts(ui.find(w, "Appointment results"))
    else:
        assert ui.showing(w, "Is this you page")


def test_back_to_start_leaves_the_wait(ui, make_kiosk, kiosk_store):
    w = guarded_kiosk(make_kiosk, Clock())
    w.wait_page.tick_ms = 60_000
    for _ in range(w.throttle.free_misses + 1):
        scan(w, "ZZZZ9999")
    assert ui.showing(w, "Wait page")
    ui.tap(w, "Back to start")
    assert ui.showing(w, "Welcome page") and not w.wait_page.timer.isActive()
