"""Kiosk mode (frameless, no closing, the hidden admin way out) and the idle reset."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from tests.gui.kiosk_fixtures import fill_form, kiosk_store, make_kiosk, wait_for  # noqa: F401

PIN = "2468"


def test_the_kiosk_is_frameless_and_will_not_close(ui, make_kiosk):
    w = make_kiosk("en")
    assert w.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert w.close() is False
    assert w.isVisible()


def test_escape_and_alt_f4_do_nothing(ui, make_kiosk):
    w = make_kiosk("en")
    fill_form(ui, w)
    for target in (w.focusWidget() or w, w):
        QTest.keyClick(target, Qt.Key.Key_Escape)
        QTest.keyClick(target, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert w.isVisible() and ui.showing(w, "Walk-in page")
    assert ui.find(w, "Visitor name").text() == "欧阳娜娜"


def open_admin(ui, w) -> None:
    for _ in range(5):
        ui.tap(w, "Site name")


def test_the_hidden_gesture_and_the_right_pin_let_an_admin_exit(ui, make_kiosk, monkeypatch):
    monkeypatch.setenv("RECEPTION_ADMIN_PIN", PIN)
    w = make_kiosk("en")
    for _ in range(4):
        ui.tap(w, "Site name")
    assert ui.showing(w, "Welcome page")  # four taps are not enough
    ui.tap(w, "Site name")
    assert ui.showing(w, "Admin page")
    assert not ui.find(w, "Exit kiosk").isVisible()

    ui.type(w, "Admin PIN", "1111")
    ui.tap(w, "Unlock")
    assert ui.find(w, "Admin message").text() == "Wrong PIN."
    assert ui.showing(w, "Admin page") and not ui.find(w, "Exit kiosk").isVisible()
    assert w.close() is False and w.isVisible()  # a wrong PIN changes nothing else
    assert ui.find(w, "Admin PIN").text() == ""  # and is not left on screen

    ui.type(w, "Admin PIN", PIN)
    ui.tap(w, "Unlock")
    assert ui.find(w, "Exit kiosk").isVisible()
    ui.tap(w, "Exit kiosk")
    assert not w.isVisible() and w.exit_unlocked


def test_the_admin_page_goes_back_and_locks_again(ui, make_kiosk, monkeypatch):
    monkeypatch.setenv("RECEPTION_ADMIN_PIN", PIN)
    w = make_kiosk("zh_CN")
    open_admin(ui, w)
    ui.type(w, "Admin PIN", PIN)
    ui.tap(w, "Unlock")
    ui.tap(w, "Back")
    assert ui.showing(w, "Welcome page")
    open_admin(ui, w)
    assert not ui.find(w, "Exit kiosk").isVisible()
    assert w.close() is False


def test_without_a_pin_nothing_unlocks(ui, make_kiosk, monkeypatch):
    monkeypatch.delenv("RECEPTION_ADMIN_PIN", raising=False)
    w = make_kiosk("en")
    open_admin(ui, w)
    assert ui.find(w, "Admin message").text() == "No admin PIN is set for this station."
    ui.type(w, "Admin PIN", "")
    ui.tap(w, "Unlock")
    assert not ui.find(w, "Exit kiosk").isVisible()


def test_the_pin_can_come_from_the_station_config(ui, make_kiosk, monkeypatch):
    monkeypatch.delenv("RECEPTION_ADMIN_PIN", raising=False)
    w = make_kiosk("en")
    from shared.domain.pins import hash_pin

    object.__setattr__(w.config, "admin_pin_hash", hash_pin("9753"))  # only the hash is on disk
    open_admin(ui, w)
    ui.type(w, "Admin PIN", "1234")
    ui.tap(w, "Unlock")
    assert not ui.find(w, "Exit kiosk").isVisible()
    ui.type(w, "Admin PIN", "9753")
    ui.tap(w, "Unlock")
    assert ui.find(w, "Exit kiosk").isVisible()


def test_an_idle_visitor_is_asked_then_the_kiosk_starts_over_empty(ui, make_kiosk, qtbot):
    w = make_kiosk("zh_CN")
    w.idle_timeout_ms = 200
    w.idle_warning_ms = 3000
    fill_form(ui, w)
    ui.tap(w, "English")
    qtbot.waitUntil(lambda: ui.showing(w, "Idle warning"), timeout=3000)
    assert "Are you still there?" in ui.visible_texts(w)
    assert ui.find(w, "Idle countdown").text() == "Starting again in 3 seconds."
    qtbot.waitUntil(lambda: ui.find(w, "Idle countdown").text() == "Starting again in 2 seconds.", timeout=2000)

    ui.tap(w, "Continue")  # still here: everything as it was
    assert not ui.find(w, "Idle warning").isVisible()
    assert ui.showing(w, "Walk-in page") and ui.find(w, "Visitor name").text() == "欧阳娜娜"

    w.idle_warning_ms = 300
    qtbot.waitUntil(lambda: ui.showing(w, "Idle warning"), timeout=3000)
    qtbot.waitUntil(lambda: ui.showing(w, "Welcome page"), timeout=3000)  # nobody answered
    assert not ui.find(w, "Idle warning").isVisible()
    assert "我没有预约" in ui.visible_texts(w)  # the site's language again


def test_after_an_idle_reset_no_field_holds_or_can_undo_the_visitors_text(ui, make_kiosk, qtbot, kiosk_store):
    from shared.domain.model import Actor
    from shared.services.settings import update_settings

    update_settings(kiosk_store, Actor("desk-1", "admin"), ask_plate=True, ask_region=True, ask_id_number=True)
    w = make_kiosk("en")
    w.idle_timeout_ms = 150
    w.idle_warning_ms = 150
    fill_form(ui, w)
    ui.tap(w, "Next")
    ui.type(w, "Purpose of visit", "Audit")
    ui.type(w, "Vehicle plate", "粤B12345")
    ui.type(w, "Region", "Shenzhen")
    ui.type(w, "ID number", "11010519491231002X")
    ui.tap(w, "More people")
    ui.tap(w, "Next")
    ui.type(w, "Member 2 name", "Amy Lee")
    qtbot.waitUntil(lambda: ui.showing(w, "Welcome page"), timeout=3000)
    edits = w.findChildren(QLineEdit)
    assert len(edits) >= 12
    for edit in edits:
        assert edit.text() == "", edit.accessibleName()
        edit.setFocus()
        QTest.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert edit.text() == "", edit.accessibleName()
    ui.tap(w, "Walk-in")
    ui.tap(w, "Next") if ui.find(w, "Next").isEnabled() else None
    assert w.details.party_size.value() == 1


def test_an_idle_invitation_or_admin_page_resets_too(ui, make_kiosk, qtbot, monkeypatch):
    monkeypatch.setenv("RECEPTION_ADMIN_PIN", PIN)
    w = make_kiosk("en")
    w.idle_timeout_ms = 100
    w.idle_warning_ms = 100
    ui.tap(w, "Invitation")
    ui.type(w, "Invitation code", "ABCD")
    qtbot.waitUntil(lambda: ui.showing(w, "Welcome page"), timeout=3000)
    open_admin(ui, w)
    ui.type(w, "Admin PIN", PIN)
    ui.tap(w, "Unlock")
    qtbot.waitUntil(lambda: ui.showing(w, "Welcome page"), timeout=3000)
    open_admin(ui, w)
    assert not ui.find(w, "Exit kiosk").isVisible()  # an unlocked admin page left alone locks again


def test_the_welcome_page_is_quiet_but_forgets_a_switched_language(ui, make_kiosk):
    w = make_kiosk("zh_CN")
    w.idle_timeout_ms = 150
    QTest.qWait(400)
    assert ui.showing(w, "Welcome page") and not ui.find(w, "Idle warning").isVisible()
    ui.tap(w, "English")
    assert "I don't have an appointment" in ui.visible_texts(w)
    wait_for(lambda: "我没有预约" in ui.visible_texts(w), timeout_s=3)
    assert not ui.find(w, "Idle warning").isVisible()
