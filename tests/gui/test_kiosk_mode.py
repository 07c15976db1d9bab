"""Kiosk mode (frameless, no closing, the hidden admin way out) and the idle reset."""
from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.gui.kiosk_fixtures import (  # noqa: F401
    fill_form,
    is_chinese,
    kiosk_store,
    make_kiosk,
    wait_for,
)

PIN = "2468"


def test_the_kiosk_is_frameless_and_will_not_close(ui, make_kiosk):
    w = make_kiosk("en")
    assert w.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert w.close() is False
    assert w.isVisible()


def test_escape_and_alt_f4_do_nothing(ui, make_kiosk):
    w = make_kiosk("en")
    fill_form(ui, w)
    field = ui.find(w, "Visitor name")
    field.setFocus()
    for target in (field, w):
        for key, modifiers in ((Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                               (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)):
            # A plain window ignores these (and a window manager may act on an ignored one): the
            # kiosk takes them, whether sent to it or come up from the field that has focus.
            event = QKeyEvent(QEvent.Type.KeyPress, key, modifiers)
            event.ignore()
            QApplication.sendEvent(target, event)
            assert event.isAccepted(), (target.accessibleName(), key)
    assert w.close() is False  # and a window manager's close (what Alt+F4 asks for) is refused
    assert w.isVisible() and ui.showing(w, "Walk-in page")
    assert field.text() == "欧阳娜娜"


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
    from shared.services.site.settings import update_settings

    update_settings(kiosk_store, Actor("desk-1", "admin", "admin"), ask_plate=True, ask_region=True, ask_id_number=True)
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


def try_pin(ui, w, pin: str) -> None:
    ui.type(w, "Admin PIN", pin)
    ui.tap(w, "Unlock")


def message(ui, w) -> str:
    return ui.find(w, "Admin message").text()


def test_three_wrong_pins_lock_the_admin_page_and_it_stays_locked(ui, make_kiosk, monkeypatch):
    monkeypatch.setenv("RECEPTION_ADMIN_PIN", PIN)
    w = make_kiosk("en")
    open_admin(ui, w)
    for guess in ("0000", "0001"):
        try_pin(ui, w, guess)
        assert message(ui, w) == "Wrong PIN." and ui.find(w, "Unlock").isEnabled()
    try_pin(ui, w, "0002")
    assert message(ui, w) == "Too many wrong PINs. Try again in 30 s."
    assert not ui.find(w, "Unlock").isEnabled()

    ui.type(w, "Admin PIN", PIN)  # the right PIN, and Enter as a person presses it
    QTest.qWait(80)
    QTest.keyClick(ui.find(w, "Admin PIN"), Qt.Key.Key_Return)
    assert not ui.find(w, "Exit kiosk").isVisible()
    assert message(ui, w).startswith("Too many wrong PINs.")

    ui.tap(w, "Back")  # leaving and coming back does not start over
    open_admin(ui, w)
    assert message(ui, w).startswith("Too many wrong PINs.") and not ui.find(w, "Unlock").isEnabled()
    ui.tap(w, "Chinese")
    assert is_chinese(message(ui, w)) and "30" in message(ui, w)


def test_the_wait_grows_with_every_further_wrong_pin_and_the_right_pin_starts_over(ui, make_kiosk, monkeypatch):
    monkeypatch.setenv("RECEPTION_ADMIN_PIN", PIN)
    w = make_kiosk("en")
    w.admin_throttle.first_lock_s = 0.5
    open_admin(ui, w)
    for guess in ("0000", "0001", "0002"):
        try_pin(ui, w, guess)
    started = time.monotonic()
    assert message(ui, w) == "Too many wrong PINs. Try again in 1 s."
    wait_for(lambda: ui.find(w, "Unlock").isEnabled(), timeout_s=5)
    first = time.monotonic() - started
    assert message(ui, w) == ""  # the wait is over: no old message

    try_pin(ui, w, "0003")  # one more wrong PIN: twice as long
    started = time.monotonic()
    assert not ui.find(w, "Unlock").isEnabled()
    wait_for(lambda: ui.find(w, "Unlock").isEnabled(), timeout_s=5)
    second = time.monotonic() - started
    assert first >= 0.45 and second >= 0.95 and second - first >= 0.3, (first, second)  # 0.5 s, then 1 s

    try_pin(ui, w, PIN)
    assert ui.find(w, "Exit kiosk").isVisible()
    ui.tap(w, "Back")
    open_admin(ui, w)
    for guess in ("0000", "0001"):  # counted from zero again
        try_pin(ui, w, guess)
        assert message(ui, w) == "Wrong PIN." and ui.find(w, "Unlock").isEnabled()


def test_a_keyboard_emulator_cannot_try_pins_at_machine_speed(ui, make_kiosk, monkeypatch):
    monkeypatch.setenv("RECEPTION_ADMIN_PIN", PIN)
    w = make_kiosk("en")
    open_admin(ui, w)
    pin = ui.find(w, "Admin PIN")
    assert w.focusWidget() is pin
    for guess in ("0000", "0001", "1357", PIN):  # too short for a scan, each ending in Enter at once
        QTest.keyClicks(pin, guess)
        QTest.keyClick(pin, Qt.Key.Key_Return)
    assert not ui.find(w, "Exit kiosk").isVisible()
    assert message(ui, w) == ""  # not even tried: no PIN was counted as wrong
    assert w.admin_throttle.wrong == 0

    ui.type(w, "Admin PIN", PIN)  # a person: the Enter comes a moment after the last digit
    QTest.qWait(80)
    QTest.keyClick(pin, Qt.Key.Key_Return)
    assert ui.find(w, "Exit kiosk").isVisible()
