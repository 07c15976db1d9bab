"""The console's list of stations: each as it last reported; a station turning amber or red is said once on the
status line, and the section's title counts the stations that need a look."""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QTableWidget
from sqlalchemy import update

from console.admin.stations_view import StationsView
from shared.domain.model import Actor, PrinterStatus
from shared.services.printing.queue import record_status
from shared.services.site.stations import beat
from shared.store import models as db
from shared.store.types import utcnow

DESK = Actor("desk-1", "amy", "receptionist")


@pytest.fixture
def view(qtbot, demo_store, make_translations):
    make_translations(["shared", "console"], "en")
    view = StationsView(demo_store, lambda: DESK)
    view.timer.stop()  # the test reloads by hand
    qtbot.addWidget(view)
    view.show()
    return view


def cells(view) -> list[list[str]]:
    t = view.findChild(QTableWidget)
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_a_silent_kiosk_and_an_empty_printer_are_said_once_and_counted(ui, view, demo_store, qtbot):
    beat(demo_store, "lobby-kiosk-1", "kiosk", "0.1.0")
    beat(demo_store, "desk-1", "desk", "0.1.0")
    view.reload()
    assert [row[:3] for row in cells(view)] == [["desk-1", "desk", "Running"], ["lobby-kiosk-1", "kiosk", "Running"]]
    assert view.attention == 0
    with demo_store.write() as s:  # the kiosk has not been heard from for three minutes
        s.execute(update(db.StationHeartbeat).where(db.StationHeartbeat.station == "lobby-kiosk-1")
                  .values(beat_at=utcnow() - timedelta(minutes=3)))
    with qtbot.waitSignal(view.said, timeout=1000) as told:
        view.reload()
    assert told.args == ["Station lobby-kiosk-1: Needs a look", "error"]
    assert cells(view)[0][:4] == ["lobby-kiosk-1", "kiosk", "Needs a look", "3 min ago"] and view.attention == 1
    with qtbot.assertNotEmitted(view.said):  # said once
        view.reload()
    record_status(demo_store, "desk-1", "badge", PrinterStatus(online=False, paper="out"))
    beat(demo_store, "desk-1", "desk", "0.1.0")
    with qtbot.waitSignal(view.said, timeout=1000) as told:
        view.reload()
    assert told.args == ["Station desk-1: Needs a look (badge: paper out)", "error"] and view.attention == 2


def test_the_count_shows_on_the_records_group_whichever_group_is_open(qtbot, demo_store, tmp_path):
    from console.app import build_console
    from shared.config import StationConfig
    from shared.qt.i18n import Translations
    from shared.services.directory.operators import OperatorView

    beat(demo_store, "lobby-kiosk-1", "kiosk", "0.1.0")
    with demo_store.write() as s:
        s.execute(update(db.StationHeartbeat).values(beat_at=utcnow() - timedelta(minutes=6)))
    tr = Translations(["shared", "console"])
    tr.switch("en")
    config = StationConfig(station="desk-1", database_url=str(demo_store.engine.url), language="en")
    window = build_console(config, demo_store, tr, operator=OperatorView(1, "amy", "receptionist"))
    qtbot.addWidget(window)
    window.show()
    window.stations_view.reload()
    assert window.sections.group == "desk"
    assert window.sections.group_bar.buttons["records"].text() == "Records (1)"
    tabs = window.sections.tabs
    window.show_section(window.stations_view)
    assert tabs.tabText(tabs.currentIndex()) == "Stations (1)"
