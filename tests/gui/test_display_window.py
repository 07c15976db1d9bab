"""The display's window on a real SQLite file: the clinic board shows the latest call and the tickets waiting
(never a full name or a mobile number), announces only calls made after it started, and the lobby's welcome
board greets today's VIP guest but never a confidential one. Landscape and portrait, nothing cut off."""
from __future__ import annotations

import wave
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from assets import CHIME
from display.announce import spoken
from display.app import display_screenshots
from display.fit import FitLabel
from display.window import DisplayWindow
from shared.config import StationConfig
from shared.domain.clinic import DoctorStatus, PatientKind
from shared.domain.model import Actor, WalkIn
from shared.services import plans as sp
from shared.services.clinic.calls import Call, call_next
from shared.services.clinic.desk import Registration, register_patient, set_doctor_status
from shared.services.demo import seed_demo
from shared.services.desk.expected import ExpectedVisit, pre_register
from shared.services.site.settings import update_settings
from shared.store.engine import open_store
from shared.store.types import utcnow
from tests.support.actors import STAFF
from tests.support.qt_fixtures import _app_outlives_windows, app_fonts, make_translations  # noqa: F401

DOCTOR = 1  # 张三 in the demo directory
PATIENTS = [("李小娜", "13800000001"), ("王强", "13800000002"), ("欧阳娜娜", "13800000003")]
DESK, LEADER = Actor("desk-1", "amy", "receptionist"), Actor("desk-1", "陈总", "leader")


@pytest.fixture
def site(tmp_path):
    url = f"sqlite:///{tmp_path / 'site.sqlite'}"
    store = open_store(url)
    seed_demo(store)
    yield store, StationConfig(station="display-1", database_url=url, language="zh_CN")
    store.close()


@pytest.fixture
def open_display(qtbot, app_fonts):
    """open_display(store, config, size, **kw): the live window, shown; let close at the end of the test."""
    made: list[DisplayWindow] = []

    def make(store, config, size=(1920, 1080), **kw) -> DisplayWindow:
        window = DisplayWindow(config, store, **kw)
        made.append(window)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        qtbot.wait(50)  # the lines refitted to the new size ask for a layout: let it run
        return window

    yield make
    for window in made:
        window.allow_exit()


def _clinic(store):
    update_settings(store, STAFF, profile="clinic")
    set_doctor_status(store, STAFF, DOCTOR, DoctorStatus.FREE, room="3号诊室")
    now = utcnow()
    for i, (name, mobile) in enumerate(PATIENTS):
        register_patient(store, STAFF, Registration(WalkIn(name, mobile, "", DOCTOR), PatientKind.APPOINTMENT,
                                                    now + timedelta(minutes=10 * i)))


def _everything_said(window: QWidget) -> str:
    """Every text on the window, shown or not, and every accessible name."""
    widgets = [window, *window.findChildren(QWidget)]
    return "\n".join([w.text() for w in widgets if isinstance(w, QLabel)] + [w.accessibleName() for w in widgets])


def _nothing_cut_off(window: QWidget) -> None:
    for label in window.findChildren(FitLabel):
        if not label.isVisibleTo(window) or not label.plain:
            continue
        box = QRect(label.mapTo(window, QPoint(0, 0)), label.size())
        needed = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
        assert window.rect().contains(box), f"{label.plain!r} at {box} is past the window's edge {window.rect()}"
        assert label.height() >= needed - 2, f"{label.plain!r} is cut: {label.height()} px of {needed}"


def test_the_clinic_board_shows_the_call_and_the_tickets_and_announces_only_new_calls(site, open_display, qtbot):
    store, config = site
    _clinic(store)
    call_next(store, STAFF, DOCTOR)  # A001, before the display starts: shown, not announced
    window = open_display(store, config)
    announced: list[str] = []
    window.call_announced.connect(announced.append)
    assert window.clinic.latest.plain == "A001 李*娜 请到 3号诊室"
    [card] = [c for c in window.clinic.cards if c.isVisibleTo(window)]
    assert card.doctor.plain == "张三 · 3号诊室" and card.tickets.plain.split() == ["A002", "A003"]

    call_next(store, STAFF, DOCTOR)
    qtbot.waitUntil(lambda: announced == ["A002 王* 请到 3号诊室"], timeout=6000)  # the next poll, within 2 s
    assert window.clinic.latest.plain == "A002 王* 请到 3号诊室"
    assert [p.plain for p in window.clinic.previous if p.isVisibleTo(window)] == ["A001 李*娜 请到 3号诊室"]
    assert card.tickets.plain.split() == ["A003"]
    said = _everything_said(window)
    for name, mobile in PATIENTS:
        assert name not in said and mobile not in said and mobile[-4:] not in said
    assert "欧**娜" not in said  # still waiting: their ticket only
    window.refresh()
    assert announced == ["A002 王* 请到 3号诊室"]  # announced once


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (1280, 720)])
def test_the_clinic_board_fits_landscape_and_portrait(site, open_display, qtbot, size, make_translations):
    store, config = site
    _clinic(store)
    for doctor in range(2, 7):
        set_doctor_status(store, STAFF, doctor, DoctorStatus.FREE, room=f"{doctor}号诊室")
        for i in range(7):
            register_patient(store, STAFF, Registration(WalkIn(f"病人{doctor}{i}", f"139{doctor:04d}{i:04d}", "",
                                                               doctor), PatientKind.APPOINTMENT, utcnow()))
    for doctor in (1, 2, 3, 4, 5):
        call_next(store, STAFF, doctor)
    window = open_display(store, config, size, translations=make_translations(["shared", "display"], "en"))
    assert window.clinic.latest.plain.startswith("A") and ", please go to " in window.clinic.latest.plain
    _nothing_cut_off(window)
    assert sum(c.isVisibleTo(window) for c in window.clinic.cards) == 6


def test_esc_and_alt_f4_do_not_close_it(site, open_display):
    store, config = site
    window = open_display(store, config)
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    for key, modifiers in ((Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                           (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)):
        event = QKeyEvent(QEvent.Type.KeyPress, key, modifiers)
        event.ignore()
        QApplication.sendEvent(window, event)
        assert event.isAccepted()
    assert window.close() is False and window.isVisible()


def _vip(store, name, company="华信集团", appointment_id=None):
    request = sp.PlanRequest(guest_name=name, company=company, arrive_on=date.today(), leave_on=date.today(),
                             host_id=DOCTOR, appointment_id=appointment_id, proposed_level="vip", party_size=3)
    sp.approve_plan(store, LEADER, sp.request_plan(store, DESK, request).value.id, "vip")


def test_the_welcome_board_greets_todays_vip_and_never_a_confidential_one(site, open_display, qtbot):
    store, config = site
    window = open_display(store, config, (1080, 1920))
    assert window.welcome.site.isVisibleTo(window) and window.welcome.site.plain == "访客接待 Visitor Reception"
    assert window.welcome.quiet.isVisibleTo(window)
    secret = pre_register(store, DESK, ExpectedVisit(visitor_name="欧阳保密", host_id=DOCTOR, expected_on=date.today(),
                                                     mobile="13912345678", confidential=True)).value[0]
    _vip(store, "欧阳保密", "保密公司", secret.id)
    _vip(store, "周永康")
    window.refresh()
    qtbot.wait(50)
    shown = [x.plain for x in window.welcome.findChildren(FitLabel) if x.isVisibleTo(window)]
    assert any("周永康" in x for x in shown) and "华信集团" in shown
    assert not window.welcome.quiet.isVisibleTo(window)
    said = _everything_said(window)
    assert "欧阳保密" not in said and "保密公司" not in said
    _nothing_cut_off(window)


def test_screenshots_of_both_boards_in_both_orientations(site, make_translations, tmp_path):
    store, config = site
    _clinic(store)
    call_next(store, STAFF, DOCTOR)
    _vip(store, "周永康")
    paths = display_screenshots(config, store, make_translations(["shared", "display"], "zh_CN"), tmp_path / "shots")
    sizes = {p.name: QImage(str(p)).size().toTuple() for p in paths}
    assert sizes == {"display-01-clinic-zh_CN.png": (1920, 1080), "display-01-clinic-portrait-zh_CN.png": (1080, 1920),
                     "display-02-welcome-zh_CN.png": (1920, 1080),
                     "display-02-welcome-portrait-zh_CN.png": (1080, 1920)}


def test_the_voice_says_the_ticket_and_where_to_go_never_the_name_and_the_chime_is_short():
    call = Call("A012", "张*明", "张三", "3号诊室", utcnow())
    assert spoken(call, "zh_CN") == "请 A 0 1 2 号，到 3号诊室 就诊。"
    assert spoken(Call("B003", "W***", "Emily Carter", "", utcnow()), "en") == \
        "Number B 0 0 3, please go to Doctor Emily Carter."
    assert "张" not in spoken(call, "zh_CN") and "*" not in spoken(call, "en")
    with wave.open(str(CHIME)) as chime:
        assert (chime.getnchannels(), chime.getsampwidth()) == (1, 2)
        assert 0.5 < chime.getnframes() / chime.getframerate() < 2
