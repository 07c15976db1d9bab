"""The reception console: today's visits, row-by-row updates, live minutes, check-out, live feed."""
from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTableView, QWidget
from sqlalchemy import text

from console.app import build_console, console_screenshots
from console.desk.visits_model import COL_HOST, COL_STATE, COL_VISITOR, COL_WAITED, VisitsModel
from shared.config import StationConfig
from shared.domain.model import Actor, WalkIn
from shared.domain.states import VisitState
from shared.qt.feed import ChangeBus
from shared.qt.fonts import register_fonts
from shared.qt.i18n import Translations
from shared.services import checkin
from shared.services.desk import flow
from shared.services.demo import seed_demo
from shared.services.directory.hosts import search_hosts
from shared.services.desk.queries import todays_visits, visits_by_ids
from shared.store.engine import open_store
from shared.services.directory.operators import Role
from tests.support.qt_fixtures import RECEPTIONIST
from tests.support.actors import STAFF

KIOSK = Actor(station="kiosk-1")


@pytest.fixture
def console_url(tmp_path):
    return f"sqlite:///{tmp_path / 't.sqlite'}"


@pytest.fixture
def console_store(console_url):
    store = open_store(console_url)
    seed_demo(store)
    yield store
    store.close()


@pytest.fixture
def console_config(console_url):
    return StationConfig(station="desk-1", database_url=console_url, language="en")


@pytest.fixture
def console_tr(qapp):
    tr = Translations(["shared", "console"])
    tr.switch("en")
    yield tr
    tr.switch("en")  # leave the app in English for whatever test runs next


@pytest.fixture
def make_window(qtbot, console_config, console_store, console_tr):
    def make(bus: ChangeBus | None = None):
        window = build_console(console_config, console_store, console_tr, bus, operator=RECEPTIONIST)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        return window
    return make


def walk_in(store, name: str, host: str = "张三", mobile: str = "13800138000"):
    host_id = search_hosts(store, host)[0].id
    return checkin.check_in_walk_in(store, KIOSK, WalkIn(name, mobile, "示例公司", host_id)).value


def named(window: QWidget, cls, name: str):
    found = [w for w in window.findChildren(cls) if w.accessibleName() == name]
    assert len(found) == 1, f"{name!r}: {found}"
    return found[0]


def row_texts(model, visit_id: int) -> list[str]:
    row = model.row_of(visit_id)
    return [model.index(row, c).data() for c in range(model.columnCount())]


def event_count(store, visit_id: int) -> int:
    with store.read() as s:
        return s.execute(text("SELECT count(*) FROM visit_event WHERE visit_id = :v"), {"v": visit_id}).scalar()


def test_window_shows_a_visit_checked_in_through_the_service(make_window, console_store):
    visit = walk_in(console_store, "王小明")
    window = make_window()
    table = named(window, QTableView, "Today's visits")
    assert table.model().rowCount() == 1
    texts = row_texts(window.model, visit.id)
    assert texts[COL_VISITOR] == "王小明"
    assert texts[COL_STATE] == "Host notified"
    assert texts[0] == visit.visit_no
    assert texts[COL_WAITED] == "0 min"


def test_upsert_replaces_one_row_in_place_and_inserts_new_visits(qtbot, console_store):
    first, second = walk_in(console_store, "王小明"), walk_in(console_store, "李雷", "李四")
    model = VisitsModel()
    model.reset(todays_visits(console_store, actor=STAFF))
    assert model.rowCount() == 2

    done = flow.check_out(console_store, STAFF, second.id).value
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.upsert([done])
    top, bottom = changed.args[:2]
    assert top.row() == bottom.row() == model.row_of(second.id)  # one row, not a reset
    assert model.rowCount() == 2
    assert row_texts(model, second.id)[COL_STATE] == "Checked out"
    assert row_texts(model, first.id)[COL_STATE] == "Host notified"

    third = walk_in(console_store, "韩梅梅", "王芳")
    with qtbot.waitSignal(model.rowsInserted):
        model.upsert(visits_by_ids(console_store, [third.id], actor=STAFF))
    assert model.rowCount() == 3
    assert model.visit_at(model.row_of(third.id)).visitor_name == "韩梅梅"

    # A finished visit of another day is not today's list; someone still on site since then is.
    old = dataclasses.replace(done, id=999, checked_in_at=done.checked_in_at - timedelta(days=2))
    model.upsert([old])
    assert model.rowCount() == 3 and model.row_of(999) is None
    overnight = dataclasses.replace(third, id=998, checked_in_at=third.checked_in_at - timedelta(days=1))
    model.upsert([overnight])
    assert model.rowCount() == 4 and model.row_of(998) is not None


def test_waited_minutes_tick_while_on_site_and_stop_at_check_out(qtbot, console_store):
    on_site, gone = walk_in(console_store, "王小明"), walk_in(console_store, "李雷", "李四")
    gone = flow.check_out(console_store, STAFF, gone.id).value
    clock = [on_site.checked_in_at + timedelta(seconds=30)]
    model = VisitsModel(now=lambda: clock[0])
    model.reset(todays_visits(console_store, actor=STAFF))
    assert row_texts(model, on_site.id)[COL_WAITED] == "0 min"

    clock[0] += timedelta(minutes=7)
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.tick()
    top, bottom = changed.args[:2]
    assert top.column() == bottom.column() == COL_WAITED
    assert row_texts(model, on_site.id)[COL_WAITED] == "7 min"
    stay = int((gone.checked_out_at - gone.checked_in_at).total_seconds() // 60)
    assert row_texts(model, gone.id)[COL_WAITED] == f"{stay} min"  # frozen, not 7
    # Sorting by Waited is numeric, not textual.
    assert model.index(model.row_of(on_site.id), COL_WAITED).data(Qt.ItemDataRole.UserRole) == 7


def test_check_out_button_checks_the_selected_visit_out(qtbot, make_window, console_store):
    visit = walk_in(console_store, "王小明")
    window = make_window()
    button = named(window, QPushButton, "Check out")
    assert not button.isEnabled()  # nothing selected

    assert window.select_visit(visit.id)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert row_texts(window.model, visit.id)[COL_STATE] == "Checked out"
    assert visits_by_ids(console_store, [visit.id], actor=STAFF)[0].state == VisitState.CHECKED_OUT
    assert not button.isEnabled()
    assert visit.visit_no in named(window, QLabel, "Status").text()


def test_check_out_of_a_checked_out_visit_is_refused_and_changes_nothing(qtbot, make_window, console_store):
    visit = walk_in(console_store, "王小明")
    window = make_window()  # no feed: its row stays stale, as if the news had not arrived yet
    window.select_visit(visit.id)
    before = flow.check_out(console_store, Actor(station="desk-2", operator="reception", role="receptionist"), visit.id).value
    events = event_count(console_store, visit.id)
    button = named(window, QPushButton, "Check out")
    assert button.isEnabled()

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    status = named(window, QLabel, "Status")
    assert status.text() == "This action is not possible for a visit in this state."
    assert status.property("tone") == "error"
    after = visits_by_ids(console_store, [visit.id], actor=STAFF)[0]
    assert after == before and event_count(console_store, visit.id) == events
    # The refused row now shows the truth, so the button cannot be pressed again.
    assert row_texts(window.model, visit.id)[COL_STATE] == "Checked out"
    assert not button.isEnabled()


def test_window_follows_commits_made_through_another_engine(qtbot, make_window, console_store, console_url):
    bus = ChangeBus(console_store.engine)
    bus.start()
    other = open_store(console_url, migrate=False)
    try:
        window = make_window(bus)
        assert window.model.rowCount() == 0
        visit = walk_in(other, "欧阳娜娜", "欧阳明")
        qtbot.waitUntil(lambda: window.model.row_of(visit.id) is not None, timeout=5000)
        assert row_texts(window.model, visit.id)[COL_VISITOR] == "欧阳娜娜"

        flow.host_ready(other, STAFF, visit.id)
        qtbot.waitUntil(lambda: row_texts(window.model, visit.id)[COL_STATE] == "With host", timeout=5000)
        assert window.model.rowCount() == 1
    finally:
        bus.stop()
        other.close()



def test_a_commit_right_after_the_bus_starts_is_not_missed(qtbot, make_window, console_store, console_url):
    # The feed fixes its starting point inside start(), so nothing committed after it is lost.
    bus = ChangeBus(console_store.engine)
    window = make_window(bus)
    other = open_store(console_url, migrate=False)
    try:
        bus.start()
        visit = walk_in(other, "王小明")
        qtbot.waitUntil(lambda: window.model.row_of(visit.id) is not None, timeout=3000)
    finally:
        bus.stop()
        other.close()


def test_language_toggle_retranslates_the_window(qtbot, make_window, console_store, console_tr):
    walk_in(console_store, "王小明")
    window = make_window()
    language = named(window, QPushButton, "Language")
    assert language.text() == "简体中文"
    qtbot.mouseClick(language, Qt.MouseButton.LeftButton)
    assert console_tr.language == "zh_CN"
    check_out = named(window, QPushButton, "Check out")
    qtbot.waitUntil(lambda: check_out.text() == "签出")  # LanguageChange is a posted event
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "来访编号"
    assert window.model.index(0, COL_STATE).data() == "已通知被访人"
    assert language.text() == "English"
    qtbot.mouseClick(language, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: check_out.text() == "Check out")


def test_every_interactive_widget_has_an_accessible_name(make_window):
    window = make_window()
    for widget in window.findChildren(QPushButton) + window.findChildren(QTableView):
        assert widget.accessibleName(), widget


def test_console_screenshots(qapp, console_config, console_store, console_tr, tmp_path):
    register_fonts(qapp)
    for name, host in [("王小明", "张三"), ("Sarah Johnson", "Emily Carter"), ("欧阳娜娜", "欧阳明")]:
        walk_in(console_store, name, host)
    first = todays_visits(console_store, actor=STAFF)[0]
    flow.check_out(console_store, STAFF, first.id)
    out = Path(os.environ.get("CONSOLE_SCREENSHOT_DIR") or tmp_path)
    paths = console_screenshots(console_config, console_store, console_tr, out)
    stems = ["console-01-waiting", "console-02-visits", "console-03-expected", "console-04-hosts",
             "console-05-levels", "console-06-sign-in", "console-07-gate", "console-08-on-site",
             "console-09-security", "console-10-visitor-log", "console-11-plans", "console-12-reports",
             "console-14-stations"]
    assert [p.name for p in paths] == [name for lang in ("zh_CN", "en") for name in
                                       [f"{s}-{lang}.png" for s in stems] + [f"console-13-waiting-1366x768-{lang}.png"]]
    assert all(p.stat().st_size > 10_000 for p in paths)
    assert console_tr.language == "en"  # restored



RUN_CONSOLE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from console.app import run
from shared.config import StationConfig
from tests.support.qt_fixtures import RECEPTIONIST

app = QApplication(sys.argv[:1])
def report():
    print([w.accessibleName() for w in app.allWidgets() if w.isVisible() and w.accessibleName()], flush=True)
    app.quit()
QTimer.singleShot(500, report)
sys.exit(run(StationConfig(station="desk-1", database_url=sys.argv[1], language="zh_CN"), sys.argv[:1]))
"""


def test_run_opens_at_the_sign_in_and_returns_when_the_app_quits(console_url, console_store):
    """Nobody is signed in at start: the sign-in shows, the visits do not."""
    from shared.services.directory.operators import add_operator

    add_operator(console_store, Actor("desk-1", "admin", "admin"), "Amy", Role.RECEPTIONIST, "2468")
    # Its own process: quitting an app with a shown window ends every later event loop here.
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", RUN_CONSOLE, console_url], cwd=root, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Operator name" in done.stdout and "PIN" in done.stdout
    assert "PIN again" not in done.stdout and "Today's visits" not in done.stdout


def test_a_host_unknown_walk_in_and_a_group_read_clearly(qtbot, console_store):
    from shared.domain.model import Consent
    from shared.services.checkin import check_in_group

    lost = checkin.check_in_walk_in(console_store, KIOSK, WalkIn("赵六", "13800138000", "", None, host_unknown=True)).value
    party = check_in_group(console_store, KIOSK, WalkIn("王经理", "13800138000", "华东经销商", 1, party_size=2),
                           ["李一"], "", Consent(True)).value
    model = VisitsModel()
    model.reset(todays_visits(console_store, actor=STAFF))
    assert row_texts(model, lost.id)[COL_HOST] == "Host unknown: please find"
    assert row_texts(model, party[1].id)[COL_VISITOR] == "李一  (2/2)"


def test_opening_the_console_purges_personal_data_past_retention(make_window, console_store):
    from datetime import date, timedelta

    from shared.store import models as db

    old = walk_in(console_store, "王小明")
    flow.check_out(console_store, STAFF, old.id)
    with console_store.write() as s:
        s.get(db.Visit, old.id).visit_date = date.today() - timedelta(days=120)
    window = make_window()
    window.purge_thread.join(timeout=30)  # the purge runs beside the desk, not on its thread
    with console_store.read() as s:
        assert s.get(db.Visit, old.id).visitor.name == ""
    from shared.services.site.audit import audit_entries

    (entry,) = audit_entries(console_store, STAFF, "purge")
    assert entry.operator == "system" and entry.detail["visits"] == 1
