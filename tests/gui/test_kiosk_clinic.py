"""The kiosk at a clinic, by touch: the start page offers an appointment, a first visit and an emergency; a first
visit must say how they heard of the clinic; an emergency is one page to the chief doctor; each prints a queue
ticket, and every page says patient, doctor and ticket, in Chinese and English."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from shared.qt.problems import problem_text
from shared.services.site.settings import update_settings
from shared.store import models as db
from tests.gui.kiosk_fixtures import is_chinese, kiosk_store, make_kiosk  # noqa: F401
from tests.support.actors import STAFF

CHIEF = 2


@pytest.fixture
def clinic_kiosk(kiosk_store, make_kiosk):  # noqa: F811
    update_settings(kiosk_store, STAFF, profile="clinic", chief_doctor_id=CHIEF)
    return lambda language="zh_CN": make_kiosk(language)


def visits(store):
    with store.read() as s:
        return [(v.visitor.name, v.patient_kind, v.referral, v.cause, v.ticket, v.host_id)
                for v in s.scalars(select(db.Visit).where(db.Visit.patient_kind != "").order_by(db.Visit.id))]


def jobs(store):
    with store.read() as s:
        return [j.kind for j in s.scalars(select(db.PrintJob).order_by(db.PrintJob.id))]


def test_a_first_visit_says_how_they_heard_of_the_clinic_and_gets_a_ticket(ui, clinic_kiosk, kiosk_store):
    w = clinic_kiosk("en")
    assert ui.find(w, "Invitation").text() == "I have an appointment"
    assert ui.find(w, "Walk-in").text() == "First visit" and ui.showing(w, "Emergency")
    ui.tap(w, "Walk-in")
    assert not ui.find(w, "Company").isVisible()
    ui.type(w, "Visitor name", "陈晓")
    ui.type(w, "Mobile number", "13800000004")
    ui.type(w, "Host search", "zs")
    ui.choose(w, "Host results", "张三")
    ui.tap(w, "Next")
    assert ui.showing(w, "How you heard of us page")
    ui.tap(w, "Next")  # forgot the field: the kiosk reminds them, as the desk would
    assert ui.find(w, "How you heard of us problem").text() == problem_text("referral", "required")
    assert ui.showing(w, "How you heard of us page")
    ui.tap(w, "Heard of us: search")
    assert ui.find(w, "How you heard of us problem").text() == ""
    ui.tap(w, "Next")
    assert ui.showing(w, "Confirm page")
    assert ui.find(w, "Summary referral").text() == "网络搜索"
    ui.tap(w, "I agree")
    assert ui.find(w, "Confirm and print badge").text() == "Confirm and print ticket"
    ui.tap(w, "Confirm and print badge")
    assert ui.showing(w, "Done page")
    assert ui.find(w, "Badge message").text() == "Please take your queue ticket."
    assert visits(kiosk_store) == [("陈晓", "first_visit", "网络搜索", "", "B001", 1)]
    assert jobs(kiosk_store) == ["queue_ticket"]


def test_an_emergency_is_one_page_to_the_chief_doctor(ui, clinic_kiosk, kiosk_store):
    w = clinic_kiosk("zh_CN")
    ui.tap(w, "Emergency")
    assert ui.showing(w, "Emergency page") and is_chinese(ui.find(w, "Get help now").text())
    ui.type(w, "Patient name", "赵六")
    ui.type(w, "Mobile number", "13800000003")
    ui.tap(w, "Emergency: other")
    ui.tap(w, "Get help now")  # no cause for a general emergency, no consent: nothing saved
    assert ui.find(w, "What happened problem").text() == problem_text("cause", "required")
    assert visits(kiosk_store) == []
    ui.tap(w, "Emergency: injury")  # an injury needs no words
    ui.tap(w, "Get help now")
    assert ui.find(w, "Consent problem").isVisible() and visits(kiosk_store) == []
    ui.type(w, "What happened", "摔倒磕到门牙")
    ui.tap(w, "I agree")
    ui.tap(w, "Get help now")
    assert ui.showing(w, "Done page")
    assert visits(kiosk_store) == [("赵六", "injury", "", "摔倒磕到门牙", "E001", CHIEF)]
    assert jobs(kiosk_store) == ["queue_ticket"]


def test_an_office_kiosk_has_no_emergency_button_and_words_badges(ui, make_kiosk):  # noqa: F811
    w = make_kiosk("en")
    assert not ui.find(w, "Emergency").isVisible()
    assert ui.find(w, "Walk-in").text() == "I don't have an appointment"


def test_an_appointment_found_by_mobile_prints_a_ticket_at_its_time(ui, clinic_kiosk, kiosk_store):
    from datetime import date

    from PySide6.QtWidgets import QListWidget

    from shared.services.desk.expected import ExpectedVisit, pre_register

    pre_register(kiosk_store, STAFF, ExpectedVisit("周小红", 1, date.today(), mobile="13912340001",
                                                   time_from="09:30", time_to="10:00"))
    w = clinic_kiosk("zh_CN")
    ui.tap(w, "Invitation")
    assert ui.showing(w, "Invitation page")
    ui.type(w, "Appointment mobile", "13912340001")
    ui.tap(w, "Find by mobile")
    matches = ui.find(w, "Appointment results", QListWidget)
    assert matches.count() == 1 and "周*红" in matches.item(0).text() and "张三 医生" in matches.item(0).text()
    ui.choose(w, "Appointment results", "周*红")
    assert ui.showing(w, "Is this you page")
    ui.type(w, "Full name", "周小红")
    ui.tap(w, "I agree")
    ui.tap(w, "Yes, check me in")
    assert ui.showing(w, "Done page")
    [row] = visits(kiosk_store)
    assert row[:2] == ("周小红", "appointment") and row[4] == "A001"
    assert jobs(kiosk_store) == ["queue_ticket"]


def test_a_factory_gate_kiosk_prints_a_site_pass_from_a_contact(ui, make_kiosk, kiosk_store):  # noqa: F811
    from tests.gui.kiosk_fixtures import fill_form, to_confirm

    update_settings(kiosk_store, STAFF, profile="factory")
    w = make_kiosk("zh_CN")
    fill_form(ui, w)
    assert ui.find(w, "Host not listed").text() == "我的接待人不在名单中"
    to_confirm(ui, w)
    assert ui.find(w, "Confirm and print badge").text() == "确认并打印出入证"
    ui.tap(w, "I agree")
    ui.tap(w, "Confirm and print badge")
    assert ui.find(w, "Badge message").text() == "请取走您的出入证。"
    assert not ui.find(w, "Emergency").isVisible()
