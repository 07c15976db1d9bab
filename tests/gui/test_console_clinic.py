"""The clinic desk at the console, driven by accessible names: a patient registered at the desk (a first visit
without its referral source gets the set reminder and is not saved), the doctor's status from the desk, calling
in the next patient or a nurse to lead them, and seeing a first visit off with the parking card."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit
from sqlalchemy import select

from console.desk.clinic_view import ClinicView
from shared.domain.model import Actor
from shared.services.site.settings import update_settings
from shared.store import models as db
from tests.support.actors import STAFF

DESK = Actor("desk-1", "amy", "receptionist")


@pytest.fixture
def view(qtbot, demo_store, make_translations):
    make_translations(["shared", "console"], "zh_CN")
    update_settings(demo_store, STAFF, profile="clinic")
    view = ClinicView(demo_store, lambda: DESK, printer="badge")
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.reload()
    return view


def patients(store):
    with store.read() as s:
        return [(v.visitor.name, v.patient_kind, v.referral, v.ticket, v.state)
                for v in s.scalars(select(db.Visit).where(db.Visit.patient_kind != "").order_by(db.Visit.id))]


def register(ui, view, kind: int, name: str, mobile: str, doctor: str = "张三", referral: str = "") -> None:
    view.register.kind.setCurrentIndex(kind)
    ui.type(view, "Patient name", name)
    ui.type(view, "Patient mobile", mobile)
    combo = ui.find(view, "Doctor", QComboBox)
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemText(i).startswith(doctor)))
    ui.find(view, "Heard of us", QComboBox).setEditText(referral)
    ui.tap(view, "Register patient")


def test_a_first_visit_without_its_referral_source_gets_the_set_reminder(ui, view, demo_store):
    register(ui, view, 1, "陈晓", "13800000004")
    problem = ui.find(view, "Registration problem", QLabel).text()
    assert "请您填写一下获悉途径，谢谢。" in problem and patients(demo_store) == []
    register(ui, view, 1, "陈晓", "13800000004", referral="网络搜索")
    assert patients(demo_store) == [("陈晓", "first_visit", "网络搜索", "B001", "host_notified")]
    assert ui.find(view, "Registration problem", QLabel).text() == ""
    assert ui.find(view, "Patient name", QLineEdit).text() == ""  # ready for the next patient
    with demo_store.read() as s:
        assert [j.kind for j in s.scalars(select(db.PrintJob))] == ["queue_ticket"]


def test_the_doctor_the_queue_the_call_and_the_parking_card(ui, view, demo_store):
    view.register.slot.setTime((datetime.now() + timedelta(minutes=20)).time())  # not overdue yet
    register(ui, view, 0, "李小娜", "13800000001")
    register(ui, view, 1, "陈晓", "13800000004", referral="亲友介绍")
    table = ui.find(view, "张三: queue")
    # The first visit has no appointment: their arrival is their slot, before 李小娜's in 20 minutes.
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["B001", "A001"]
    ui.tap(view, "张三: preparing")
    assert "张三医生已结束，护士在帮您做准备" in ui.find(view, "张三: what to say", QLabel).text()
    ui.tap(view, "张三: call next")
    assert [p[4] for p in patients(demo_store)] == ["host_notified", "with_host"]
    ui.tap(view, "张三: call nurse")
    with demo_store.read() as s:
        told = [n.payload.get("message", "") for n in s.scalars(select(db.Notification).order_by(db.Notification.id))]
    assert any(m.startswith("请护士带 A001 李*娜") for m in told)
    ui.tap(view, "A001: leaves")  # an appointment: seen off
    assert ui.find(view, "Seeing off: what to say", QLabel).text() == "“再见！”"
    ui.tap(view, "B001: leaves")  # a first visit: the parking card first
    assert ui.find(view, "Seeing off: what to say", QLabel).text() == "“请问您需要停车卡吗？”\n“再见！”"
    assert [p[4] for p in patients(demo_store)] == ["checked_out", "checked_out"]


def test_an_emergency_from_the_kiosk_alerts_the_desk_at_once_on_any_tab(ui, view, demo_store, qtbot):
    from shared.changes import Changes
    from shared.domain.model import Consent, WalkIn
    from shared.services import checkin

    update_settings(demo_store, STAFF, chief_doctor_id=2)
    view.hide()  # the desk is on another tab
    checkin.check_in_walk_in(demo_store, Actor("kiosk-1"), WalkIn("赵六", "13800000003", "", None, host_unknown=True,
                                                                  patient_kind="injury", cause="摔伤"),
                             consent=Consent(True))
    with qtbot.waitSignal(view.said, timeout=2000) as told:
        view.refresh(Changes.VISITS, [])
    text, tone = told.args
    assert tone == "error" and "E001" in text and "赵六" in text and "李四" in text
    with qtbot.assertNotEmitted(view.said):  # told once, not at every change after
        view.refresh(Changes.VISITS, [])


def test_a_clinic_console_has_the_clinic_desk_no_gate_and_words_patients_and_doctors(qtbot, demo_store, tmp_path):
    from PySide6.QtCore import Qt

    from console.app import build_console
    from shared.config import StationConfig
    from shared.qt.i18n import Translations
    from shared.services.directory.operators import OperatorView

    update_settings(demo_store, STAFF, profile="clinic")
    tr = Translations(["shared", "console"])
    tr.switch("en")
    config = StationConfig(station="desk-1", database_url=str(demo_store.engine.url), language="en")
    window = build_console(config, demo_store, tr, operator=OperatorView(1, "amy", "security"))
    qtbot.addWidget(window)
    window.show()
    assert window.section_shown_to_operator(window.clinic_view)
    assert not window.section_shown_to_operator(window.gate_view)  # a clinic has no factory gate
    headers = [window.model.headerData(c, Qt.Orientation.Horizontal) for c in range(window.model.columnCount())]
    assert "Patient" in headers and "Doctor" in headers and "Visitor" not in headers and "Host" not in headers


def test_the_console_shows_the_sites_own_name(qtbot, demo_store):
    from console.app import build_console
    from shared.config import StationConfig
    from shared.qt.i18n import Translations
    from shared.services.directory.operators import OperatorView

    update_settings(demo_store, STAFF, profile="clinic", site_name="明德口腔门诊 Mingde Dental")
    tr = Translations(["shared", "console"])
    tr.switch("en")
    config = StationConfig(station="desk-1", database_url=str(demo_store.engine.url), language="en")
    window = build_console(config, demo_store, tr, operator=OperatorView(1, "amy", "receptionist"))
    qtbot.addWidget(window)
    assert window.header.title.text() == "明德口腔门诊 Mingde Dental"  # as its kiosks and tickets say it
