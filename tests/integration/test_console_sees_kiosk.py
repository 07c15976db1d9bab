"""Two real processes: a kiosk-like process checks a visitor in, the console shows it live;
the console checks the visit out and another process reads the new state from the file."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from console.app import build_console
from console.desk.visits_model import COL_STATE, COL_VISITOR
from shared.config import StationConfig
from shared.qt.feed import ChangeBus
from shared.qt.i18n import Translations
from shared.services.demo import seed_demo
from shared.services.directory.hosts import search_hosts
from shared.store.engine import open_store
from tests.support.qt_fixtures import RECEPTIONIST

ROOT = Path(__file__).resolve().parents[2]

CHECK_IN = """
import sys
from shared.domain.model import Actor, WalkIn
from shared.services.checkin import check_in_walk_in
from shared.store.engine import open_store
store = open_store(sys.argv[1], migrate=False)
visit = check_in_walk_in(store, Actor(station="kiosk-1"), WalkIn("欧阳娜娜", "13800138000", "", int(sys.argv[2]))).value
print(visit.id)
"""

READ_STATE = """
import sys
from shared.services.desk.queries import visits_by_ids
from shared.store.engine import open_store
from tests.support.actors import STAFF
store = open_store(sys.argv[1], migrate=False)
print(visits_by_ids(store, [int(sys.argv[2])], actor=STAFF)[0].state.value)
"""


def other_process(code: str, *args: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.fixture
def shared_file(tmp_path):
    url = f"sqlite:///{tmp_path / 'shared.sqlite'}"
    store = open_store(url)
    seed_demo(store)
    yield url, store
    store.close()


def test_console_sees_a_kiosk_check_in_and_the_kiosk_side_sees_the_check_out(qtbot, qapp, shared_file):
    url, store = shared_file
    translations = Translations(["shared", "console"])
    translations.switch("en")
    bus = ChangeBus(store.engine)
    bus.start()
    try:
        window = build_console(StationConfig(station="desk-1", database_url=url), store, translations, bus, operator=RECEPTIONIST)
        qtbot.addWidget(window)
        window.show()
        assert window.model.rowCount() == 0

        host_id = search_hosts(store, "欧阳明")[0].id
        visit_id = int(other_process(CHECK_IN, url, str(host_id)))
        qtbot.waitUntil(lambda: window.model.row_of(visit_id) is not None, timeout=5000)
        row = window.model.row_of(visit_id)
        assert window.model.index(row, COL_VISITOR).data() == "欧阳娜娜"

        assert window.select_visit(visit_id)
        button = [b for b in window.findChildren(QPushButton) if b.accessibleName() == "Check out"][0]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert window.model.index(row, COL_STATE).data() == "Checked out"

        assert other_process(READ_STATE, url, str(visit_id)) == "checked_out"
    finally:
        bus.stop()
