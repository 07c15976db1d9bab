"""Invited guests: a scanned or typed invitation code, or today's appointment by mobile number,
opens "Is this you?"; one touch (after the privacy notice) checks in. Driven by accessible names."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from shared.domain.model import Actor, Consent
from shared.qt.problems import problem_text
from shared.services import checkin
from shared.services.directory.hosts import search_hosts
from shared.services.printing.jobs import jobs_for_visit
from shared.services.desk.queries import todays_visits
from shared.store import models as db
from tests.gui.kiosk_fixtures import is_chinese, kiosk_store, make_kiosk, scan  # noqa: F401
from tests.support.actors import STAFF

DESK = Actor("desk-1", "amy", "receptionist")
GUEST, GUEST_MASKED, GUEST_MOBILE = "王建明", "王*明", "13912345678"


def invite(store, name: str = GUEST, day: date | None = None, mobile: str = GUEST_MOBILE,
           host_query: str = "ls") -> str:
    host = search_hosts(store, host_query)[0]
    return checkin.create_appointment(store, DESK, name, mobile, "宏远物流", host.id,
                                       day or date.today()).value


def appointment_state(store, code: str) -> str:
    with store.read() as s:
        return s.scalars(select(db.Appointment.state).where(db.Appointment.code == code)).one()


def test_a_scan_while_the_walk_in_form_is_open_opens_is_this_you(ui, make_kiosk, kiosk_store):
    code = invite(kiosk_store)
    w = make_kiosk("zh_CN")
    ui.tap(w, "Walk-in")
    ui.type(w, "Visitor name", "某人")
    assert w.focusWidget() is ui.find(w, "Visitor name")
    scan(w, code)
    assert ui.showing(w, "Is this you page")
    texts = ui.visible_texts(w)
    assert GUEST in texts and "李四" in texts and "宏远物流" in texts
    assert todays_visits(kiosk_store, actor=STAFF) == []  # "Is this you?" saves nothing
    assert not ui.find(w, "Full name").isVisible()  # a scanned code is the guest's own: no name to type
    # Every scan starts over: the form is forgotten, and with it what the scanner typed into it.
    assert ui.find(w, "Visitor name").text() == ""

    ui.tap(w, "I agree")
    ui.tap(w, "Yes, check me in")
    assert ui.showing(w, "Done page")
    [visit] = todays_visits(kiosk_store, actor=STAFF)
    assert (visit.visitor_name, visit.host_name) == (GUEST, "李四")
    assert [j.state for j in jobs_for_visit(kiosk_store, visit.id)] == ["queued"]
    assert appointment_state(kiosk_store, code) == "used"
    with kiosk_store.read() as s:
        assert s.get(db.Visit, visit.id).consent_at is not None


def test_a_scan_works_on_the_welcome_page_too(ui, make_kiosk, kiosk_store):
    code = invite(kiosk_store)
    w = make_kiosk("en")
    assert ui.showing(w, "Welcome page")
    scan(w, code)
    assert ui.showing(w, "Is this you page") and GUEST in ui.visible_texts(w)


def test_a_person_typing_fast_enough_is_not_taken_for_a_scanner(ui, make_kiosk, kiosk_store):
    code = invite(kiosk_store)
    w = make_kiosk("en")
    ui.tap(w, "Walk-in")
    name = ui.find(w, "Visitor name")
    name.setFocus()
    QTest.keyClicks(name, code, delay=90)  # a person's pace
    QTest.keyClick(name, Qt.Key.Key_Return)
    assert ui.showing(w, "Walk-in page") and name.text() == code


def test_a_typed_code_opens_is_this_you(ui, make_kiosk, kiosk_store):
    code = invite(kiosk_store)
    w = make_kiosk("en")
    ui.tap(w, "Invitation")
    assert ui.showing(w, "Invitation page")
    assert not ui.find(w, "Find invitation").isEnabled()
    ui.type(w, "Invitation code", f"{code[:4].lower()} {code[4:].lower()}")  # as people type it
    ui.tap(w, "Find invitation")
    assert ui.showing(w, "Is this you page")
    assert ui.find(w, "Invited guest").text() == GUEST
    assert ui.find(w, "Invitation host").text() == "李四"

    ui.tap(w, "Not me")  # someone else's invitation: back, and nothing saved
    assert ui.showing(w, "Invitation page") and ui.find(w, "Invitation code").text() == ""
    assert todays_visits(kiosk_store, actor=STAFF) == []


def test_the_mobile_number_finds_todays_appointments_with_names_masked(ui, make_kiosk, kiosk_store):
    code = invite(kiosk_store)
    invite(kiosk_store, name="王芳芳", host_query="chen")
    invite(kiosk_store, name="王明天", day=date.today() + timedelta(days=1))  # not today: not listed
    invite(kiosk_store, name="李别人", mobile="13700001111")
    w = make_kiosk("zh_CN")
    ui.tap(w, "Invitation")
    ui.type(w, "Appointment mobile", GUEST_MOBILE)
    ui.tap(w, "Find by mobile")
    results = ui.item_texts(ui.find(w, "Appointment results"))
    assert len(results) == 2
    assert GUEST_MASKED in results[0] and "李四" in results[0] and "王*芳" in results[1]
    joined = " ".join(ui.visible_texts(w))
    for secret in (GUEST, "王芳芳", "王明天", "李别人", code):
        assert secret not in joined

    ui.choose(w, "Appointment results", GUEST_MASKED)
    assert ui.showing(w, "Is this you page")
    assert ui.find(w, "Invited guest").text() == GUEST_MASKED  # a known number must not reveal the name
    assert GUEST not in " ".join(ui.visible_texts(w))
    ui.tap(w, "I agree")
    ui.type(w, "Full name", f" {GUEST[0]} {GUEST[1:]} ")  # spaces do not matter
    ui.tap(w, "Yes, check me in")
    assert ui.showing(w, "Done page")
    assert [v.visitor_name for v in todays_visits(kiosk_store, actor=STAFF)] == [GUEST]


def test_a_mobile_number_without_appointment_or_invalid_says_so(ui, make_kiosk, kiosk_store):
    w = make_kiosk("zh_CN")
    ui.tap(w, "Invitation")
    ui.type(w, "Appointment mobile", "13700001111")
    ui.tap(w, "Find by mobile")
    message = ui.find(w, "Appointment message").text()
    assert is_chinese(message) and "没有预约" in message
    assert ui.find(w, "Appointment results").count() == 0
    ui.type(w, "Appointment mobile", "123")
    ui.tap(w, "Find by mobile")
    assert ui.find(w, "Appointment message").text() == problem_text("mobile", "invalid")
    ui.tap(w, "Walk-in instead")
    assert ui.showing(w, "Walk-in page")


@pytest.mark.parametrize("problem", ["unknown", "used", "expired", "not_today"])
def test_a_code_that_cannot_be_used_says_why_and_leads_to_the_walk_in_form(ui, make_kiosk, kiosk_store,
                                                                          problem):
    day = {"expired": date.today() - timedelta(days=1), "not_today": date.today() + timedelta(days=2)}
    code = invite(kiosk_store, day=day.get(problem))
    if problem == "used":
        checkin.check_in_invitation(kiosk_store, Actor("kiosk-1"), code, "badge", Consent(True))
    if problem == "unknown":
        code = "ABCDEFGH"
    before = len(todays_visits(kiosk_store, actor=STAFF))
    w = make_kiosk("zh_CN")
    ui.tap(w, "Walk-in")
    ui.type(w, "Visitor name", "某人")
    scan(w, code)
    assert ui.showing(w, "Invitation problem page")
    title = ui.find(w, "Invitation problem page title").text()
    assert title == problem_text("invitation", problem) and is_chinese(title)
    assert len(todays_visits(kiosk_store, actor=STAFF)) == before

    ui.tap(w, "Register as walk-in")
    assert ui.showing(w, "Walk-in page")
    assert ui.find(w, "Visitor name").text() == ""  # a fresh form


def test_try_again_goes_back_to_the_code(ui, make_kiosk):
    w = make_kiosk("en")
    ui.tap(w, "Invitation")
    ui.type(w, "Invitation code", "ZZZZZZZZ")
    ui.tap(w, "Find invitation")
    assert ui.find(w, "Invitation problem page title").text() == "We cannot find this invitation."
    ui.tap(w, "Try again")
    assert ui.showing(w, "Invitation page") and ui.find(w, "Invitation code").text() == ""


def test_an_invited_guest_who_declines_is_sent_to_reception_and_nothing_is_saved(ui, make_kiosk, kiosk_store):
    code = invite(kiosk_store)
    w = make_kiosk("zh_CN")
    scan(w, code)
    ui.tap(w, "Yes, check me in")  # without ticking "I agree"
    assert ui.showing(w, "Is this you page")
    assert ui.find(w, "Consent problem").text() == problem_text("consent", "required")
    assert todays_visits(kiosk_store, actor=STAFF) == []

    ui.tap(w, "Decline")
    assert ui.showing(w, "See reception page")
    assert "请到前台办理" in ui.visible_texts(w)
    assert todays_visits(kiosk_store, actor=STAFF) == []
    assert appointment_state(kiosk_store, code) == "open"  # they may still check in at the desk
    ui.tap(w, "Back to start")
    assert ui.showing(w, "Welcome page")


def found_by_mobile(ui, w, masked: str = GUEST_MASKED) -> None:
    ui.tap(w, "Invitation")
    ui.type(w, "Appointment mobile", GUEST_MOBILE)
    ui.tap(w, "Find by mobile")
    ui.choose(w, "Appointment results", masked)
    assert ui.showing(w, "Is this you page")


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_knowing_a_guests_mobile_number_is_not_enough_to_take_the_badge(ui, make_kiosk, kiosk_store, language):
    code = invite(kiosk_store, name="Wang Jianming")
    w = make_kiosk(language)
    found_by_mobile(ui, w, masked="W*** J*******")
    field = ui.find(w, "Full name")
    assert field.isVisible() and field.text() == ""
    caption = {"zh_CN": "请输入您的完整姓名以确认", "en": "Please type your full name to confirm"}[language]
    assert caption in ui.visible_texts(w)
    ui.tap(w, "I agree")

    ui.tap(w, "Yes, check me in")  # no name typed
    assert ui.find(w, "Full name problem").text() == problem_text("name", "required")
    ui.type(w, "Full name", "Wang Jianmin")  # a guess, one letter short
    assert ui.find(w, "Full name problem").text() == ""  # typing clears the old message
    ui.tap(w, "Yes, check me in")
    message = ui.find(w, "Full name problem").text()
    assert message == problem_text("name", "mismatch") and message != problem_text("name", "required")
    assert is_chinese(message) == (language == "zh_CN")
    assert ui.showing(w, "Is this you page")
    assert ui.find(w, "Invited guest").text() == "W*** J*******"  # the page does not give the name away
    assert "Wang Jianming" not in " ".join(ui.visible_texts(w))
    assert todays_visits(kiosk_store, actor=STAFF) == [] and appointment_state(kiosk_store, code) == "open"

    ui.type(w, "Full name", "wang jianming")  # case and spaces do not matter
    ui.tap(w, "Yes, check me in")
    assert ui.showing(w, "Done page")
    assert [v.visitor_name for v in todays_visits(kiosk_store, actor=STAFF)] == ["Wang Jianming"]


def test_a_typed_code_needs_no_name(ui, make_kiosk, kiosk_store):
    code = invite(kiosk_store)
    w = make_kiosk("en")
    ui.tap(w, "Invitation")
    ui.type(w, "Invitation code", code)
    ui.tap(w, "Find invitation")
    assert ui.showing(w, "Is this you page") and not ui.find(w, "Full name").isVisible()
    ui.tap(w, "I agree")
    ui.tap(w, "Yes, check me in")
    assert ui.showing(w, "Done page")


def test_the_typed_name_is_gone_for_the_next_guest(ui, make_kiosk, kiosk_store, qtbot):
    code = invite(kiosk_store)
    w = make_kiosk("en")

    def assert_forgotten() -> None:
        edit = ui.find(w, "Full name")
        assert edit.text() == ""
        edit.setFocus()
        QTest.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert edit.text() == ""  # no undo history either

    found_by_mobile(ui, w)
    ui.type(w, "Full name", "Wang")
    ui.tap(w, "Not me")
    assert_forgotten()

    ui.tap(w, "Back")
    found_by_mobile(ui, w)
    ui.type(w, "Full name", "Wang")
    scan(w, code)  # the guest's own code after all: no name to type, none left over
    assert ui.showing(w, "Is this you page") and not ui.find(w, "Full name").isVisible()
    assert_forgotten()

    ui.tap(w, "Not me")
    ui.tap(w, "Back")
    w.idle_timeout_ms = w.idle_warning_ms = 100
    found_by_mobile(ui, w)
    ui.type(w, "Full name", "Wang")
    qtbot.waitUntil(lambda: ui.showing(w, "Welcome page"), timeout=3000)
    assert_forgotten()
