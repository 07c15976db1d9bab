"""Leaving: the badge's QR code scanned on any page checks the visitor out, then an optional
rating (five stars, or skip). Unknown or finished badges get a clear message."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from shared.domain.errors import InvalidInput
from shared.domain.model import Actor, WalkIn
from shared.domain.states import VisitState
from shared.qt.problems import problem_text
from shared.services.checkin import record_feedback
from shared.services.directory.hosts import search_hosts
from shared.services.checkin import check_in_walk_in
from shared.store import models as db
from tests.gui.kiosk_fixtures import is_chinese, kiosk_store, make_kiosk, scan  # noqa: F401


def checked_in(store, name: str = "欧阳娜娜") -> tuple[int, str]:
    host = search_hosts(store, "zs")[0]
    visit = check_in_walk_in(store, Actor("kiosk-1"), WalkIn(name, "13800138000", "", host.id), "badge").value
    with store.read() as s:
        return visit.id, s.get(db.Visit, visit.id).badge_token


def visit_state(store, visit_id: int) -> str:
    with store.read() as s:
        return s.get(db.Visit, visit_id).state


def ratings(store) -> list[tuple[int, int]]:
    with store.read() as s:
        return [(f.visit_id, f.rating) for f in s.scalars(select(db.Feedback))]


def test_a_scanned_badge_checks_out_and_takes_a_rating(ui, make_kiosk, kiosk_store, qtbot):
    visit_id, token = checked_in(kiosk_store)
    w = make_kiosk("zh_CN")
    w.feedback_thanks_ms = 200
    ui.tap(w, "Check out")
    assert ui.showing(w, "Check-out page")
    assert "请将访客证上的二维码对准扫码器。" in ui.visible_texts(w)
    scan(w, token)
    assert ui.showing(w, "Feedback page")
    assert visit_state(kiosk_store, visit_id) == VisitState.CHECKED_OUT
    assert ratings(kiosk_store) == []

    ui.tap(w, "4 stars")
    assert "感谢您的评价！" in ui.visible_texts(w)
    assert ratings(kiosk_store) == [(visit_id, 4)]
    assert not ui.find(w, "5 stars").isEnabled()  # once per visit
    qtbot.waitUntil(lambda: ui.showing(w, "Welcome page"), timeout=3000)


def test_the_rating_can_be_skipped(ui, make_kiosk, kiosk_store):
    visit_id, token = checked_in(kiosk_store)
    w = make_kiosk("en")
    scan(w, token)  # from the welcome page: no need to find "Check out" first
    assert ui.showing(w, "Feedback page")
    assert "You are checked out. Thank you for visiting!" in ui.visible_texts(w)
    ui.tap(w, "Skip")
    assert ui.showing(w, "Welcome page")
    assert ratings(kiosk_store) == []
    assert visit_state(kiosk_store, visit_id) == VisitState.CHECKED_OUT


def test_a_badge_scanned_on_the_walk_in_form_checks_out_and_forgets_the_form(ui, make_kiosk, kiosk_store):
    visit_id, token = checked_in(kiosk_store)
    w = make_kiosk("en")
    ui.tap(w, "Walk-in")
    ui.type(w, "Visitor name", "Someone")
    scan(w, token)
    assert ui.showing(w, "Feedback page")
    assert visit_state(kiosk_store, visit_id) == VisitState.CHECKED_OUT
    ui.tap(w, "Skip")
    ui.tap(w, "Walk-in")
    assert ui.find(w, "Visitor name").text() == ""


def test_an_unknown_badge_says_so(ui, make_kiosk, kiosk_store):
    checked_in(kiosk_store)
    w = make_kiosk("zh_CN")
    scan(w, "Zx3_9aQ-7bKmN2pLw8RtYq")
    assert ui.showing(w, "Check-out page")
    problem = ui.find(w, "Check-out problem").text()
    assert problem == "无法识别此访客证，请到前台咨询。" and is_chinese(problem)
    ui.tap(w, "English")
    assert ui.find(w, "Check-out problem").text() == "We do not recognise this badge. Please ask at reception."


def test_a_badge_already_checked_out_says_so(ui, make_kiosk, kiosk_store):
    visit_id, token = checked_in(kiosk_store)
    w = make_kiosk("en")
    scan(w, token)
    ui.tap(w, "Skip")
    scan(w, token)
    assert ui.showing(w, "Check-out page")
    assert ui.find(w, "Check-out problem").text() == "This badge has already been checked out."
    assert ratings(kiosk_store) == []


def test_the_check_out_page_offers_no_typing_and_a_way_back(ui, make_kiosk):
    w = make_kiosk("en")
    ui.tap(w, "Check out")
    assert "No badge, or it does not scan? Please ask at reception." in ui.visible_texts(w)
    assert ui.find(w, "Check-out problem").text() == ""
    ui.tap(w, "Back")
    assert ui.showing(w, "Welcome page")


def test_the_feedback_page_goes_home_by_itself(ui, make_kiosk, kiosk_store, qtbot):
    _visit_id, token = checked_in(kiosk_store)
    w = make_kiosk("en")
    w.done_timeout_ms = 100
    scan(w, token)
    qtbot.waitUntil(lambda: ui.showing(w, "Welcome page"), timeout=3000)


def test_stars_are_offered_only_after_a_check_out(ui, make_kiosk, kiosk_store, qtbot):
    visit_id, token = checked_in(kiosk_store)
    w = make_kiosk("zh_CN")
    w.feedback_thanks_ms = 100
    with pytest.raises(InvalidInput) as refused:  # the core takes no rating while the visit goes on
        record_feedback(kiosk_store, visit_id, 5)
    assert refused.value.problems == {"rating": "too_early"}
    text = problem_text("rating", "too_early")
    assert is_chinese(text) and text != problem_text("rating", "unheard_of")  # its own words

    assert ui.showing(w, "Welcome page") and not ui.find(w, "5 stars").isVisible()
    ui.tap(w, "Check out")
    assert not ui.find(w, "5 stars").isVisible()
    scan(w, "Zx3_9aQ-7bKmN2pLw8RtYq")  # a badge that cannot be checked out: no stars
    assert ui.showing(w, "Check-out page") and not ui.find(w, "5 stars").isVisible()
    scan(w, token)  # checked out: now the visit is over and may be rated
    assert ui.showing(w, "Feedback page") and ui.find(w, "5 stars").isVisible()
    ui.tap(w, "5 stars")
    assert ratings(kiosk_store) == [(visit_id, 5)]
    qtbot.waitUntil(lambda: ui.showing(w, "Welcome page"), timeout=3000)
    scan(w, token)  # the same badge again: already out, no second rating
    assert ui.showing(w, "Check-out page") and not ui.find(w, "5 stars").isVisible()
