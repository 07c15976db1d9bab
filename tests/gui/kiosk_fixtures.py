"""Fixtures and steps the kiosk tests share: a seeded store, a kiosk window, a visitor's taps."""
from __future__ import annotations

import time
from collections.abc import Mapping

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from kiosk.app import build_kiosk
from kiosk.window import KioskWindow
from shared.config import StationConfig
from shared.services.demo import seed_demo
from shared.store.engine import open_store

NAME, MOBILE, MASKED = "欧阳娜娜", "13800138000", "138****8000"
SITE = "测试大厦 Test Tower"


def is_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


@pytest.fixture
def kiosk_store(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 't.sqlite'}")
    seed_demo(store)
    yield store
    store.close()


@pytest.fixture
def make_kiosk(qtbot, kiosk_store, make_translations, tmp_path):
    def make(language: str = "zh_CN", printers: Mapping | None = None, start_worker: bool = False,
             printer_config: dict | None = None, card_reader: str = "", camera: str = "none") -> KioskWindow:
        config = StationConfig(station="lobby-1", database_url=f"sqlite:///{tmp_path / 't.sqlite'}",
                               language=language, site_name=SITE,
                               printers={"badge": printer_config or {"type": "dummy"}}, card_reader=card_reader,
                               camera=camera)
        translations = make_translations(["shared", "kiosk"], language)
        window = build_kiosk(config, kiosk_store, translations, printers=printers, start_worker=start_worker)
        # Tests tap faster than people read; the guard has its own test.
        window.confirm.tap_guard_s = 0
        window.is_this_you.tap_guard_s = 0
        # The kiosk refuses to close for visitors; the test ends it as an admin would.
        qtbot.addWidget(window, before_close_func=lambda w: w.allow_exit())
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        return window
    return make


def fill_form(ui, w: QWidget, name: str = NAME, mobile: str = MOBILE, host_search: str = "zs",
              host: str = "张三") -> None:
    ui.tap(w, "Walk-in")
    ui.type(w, "Visitor name", name)
    ui.type(w, "Mobile number", mobile)
    ui.type(w, "Company", "星河科技")
    ui.type(w, "Host search", host_search)
    ui.choose(w, "Host results", host)


def to_confirm(ui, w: QWidget) -> None:
    """From a filled walk-in form, past the visit details (as they are), to the summary."""
    ui.tap(w, "Next")
    assert ui.showing(w, "Visit details page")
    ui.tap(w, "Next")
    assert ui.showing(w, "Confirm page")


def agree_and_confirm(ui, w: QWidget) -> None:
    ui.tap(w, "I agree")
    ui.tap(w, "Confirm and print badge")


def scan(w: QWidget, text: str) -> None:
    """A USB scanner: the characters in a fast burst to whatever has focus, then Enter."""
    QTest.qWait(100)  # a person's last key press (QTest types at machine speed) is not part of the scan
    target = w.focusWidget() or w
    QTest.keyClicks(target, text)
    QTest.keyClick(target, Qt.Key.Key_Return)


def wait_for(condition, timeout_s: float = 5.0) -> float:
    """Seconds until condition() held (processing events meanwhile); fails after timeout_s."""
    start = time.monotonic()
    while not condition():
        if time.monotonic() - start > timeout_s:
            raise AssertionError("condition not met in time")
        QTest.qWait(10)
    return time.monotonic() - start
