"""The desk itself: who signs in, the lock after a quiet while, the search box, whether each host
was told, and the operators page."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import delete, select

from console.app import build_console
from console.desk.visits_model import COL_TOLD, COL_VISITOR
from shared.config import StationConfig
from shared.domain.model import Actor, WalkIn
from shared.services import notifications as notes
from shared.services.directory import operators
from shared.services import checkin
from shared.services.demo import seed_demo
from shared.services.directory.operators import Role
from shared.services.site.settings import update_settings
from shared.store import models as db
from shared.store.engine import open_store
from tests.support.servers import SmtpServer

KIOSK = Actor("kiosk-1")
SETUP = Actor("desk-1", "setup", "admin")


@pytest.fixture
def store(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'desk.sqlite'}")
    seed_demo(store)
    with store.write() as s:  # each test decides who may sign in
        s.execute(delete(db.Operator))
    yield store
    store.close()


@pytest.fixture
def console(qtbot, store, make_translations):
    def make(**kwargs):
        config = StationConfig(station="desk-1", database_url=str(store.engine.url))
        window = build_console(config, store, make_translations(["shared", "console"], "en"), **kwargs)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        return window
    return make


def walk_in(store, name: str, host_id: int = 1):
    return checkin.check_in_walk_in(store, KIOSK, WalkIn(name, "13800138000", "示例公司", host_id)).value


def activate(qtbot, window) -> None:
    """Shortcuts go to the active window: make this one active, with the list focused."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.table.setFocus()


def sign_in(ui, window, name: str, pin: str) -> None:
    ui.type(window, "Operator name", name)
    ui.type(window, "PIN", pin)
    ui.tap(window, "Sign in")


def test_a_new_site_sets_up_its_first_admin_at_the_console(ui, console, store):
    window = console()
    assert ui.showing(window, "PIN again") and not window.desk.isVisible()
    ui.type(window, "Operator name", "李静")
    ui.type(window, "PIN", "2468")
    ui.type(window, "PIN again", "2460")
    ui.tap(window, "Sign in")
    assert "not the same" in ui.find(window, "Sign-in problem").text()
    assert not operators.has_operators(store)  # a mistyped PIN saved nothing
    ui.type(window, "PIN", "2468")
    ui.type(window, "PIN again", "2468")
    ui.tap(window, "Sign in")
    assert window.desk.isVisible() and window.operator.role == Role.ADMIN
    assert "李静" in ui.find(window, "Signed in as").text()


def test_signing_in_records_the_operator_on_every_action(ui, console, store):
    operators.add_operator(store, SETUP, "Amy", Role.RECEPTIONIST, "2468")
    visit = walk_in(store, "王小明")
    window = console()
    sign_in(ui, window, "Amy", "1111")
    assert "do not match" in ui.find(window, "Sign-in problem").text() and not window.desk.isVisible()
    sign_in(ui, window, "Amy", "2468")
    assert window.desk.isVisible()
    assert window.select_visit(visit.id)
    ui.tap(window, "Host is ready")
    with store.read() as s:
        event = s.scalars(select(db.VisitEvent).where(db.VisitEvent.visit_id == visit.id)
                          .order_by(db.VisitEvent.id.desc())).first()
    assert (event.action, event.operator, event.station) == ("host_ready", "Amy", "desk-1")


def test_the_console_locks_when_quiet_and_the_same_person_unlocks(qtbot, ui, console, store):
    operators.add_operator(store, SETUP, "Amy", Role.RECEPTIONIST, "2468")
    update_settings(store, SETUP, console_lock_min=1)
    window = console()
    sign_in(ui, window, "Amy", "2468")
    window._idle.arm(50)  # the site's minute, shortened: the same timer the setting arms
    qtbot.waitUntil(lambda: not window.desk.isVisible(), timeout=3000)
    assert ui.find(window, "Operator name").text() == "Amy" and ui.showing(window, "Someone else")
    walk_in(store, "锁屏时来的人")  # the lists keep living behind the lock
    ui.type(window, "PIN", "2468")
    ui.tap(window, "Sign in")
    assert window.desk.isVisible() and window.operator.name == "Amy"


def test_ctrl_l_locks_and_someone_else_can_take_over(qtbot, ui, console, store):
    operators.add_operator(store, SETUP, "Amy", Role.RECEPTIONIST, "2468")
    operators.add_operator(store, SETUP, "Bo", Role.SECURITY, "1357")
    window = console()
    sign_in(ui, window, "Amy", "2468")
    activate(qtbot, window)
    QTest.keyClick(window.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.desk.isVisible()
    ui.tap(window, "Someone else")
    sign_in(ui, window, "Bo", "1357")
    assert window.operator.name == "Bo" and "Security" in ui.find(window, "Signed in as").text()


def test_the_search_box_finds_by_name_pinyin_initials_company_and_host(qtbot, ui, console, store):
    for name in ("王小明", "Sarah Johnson", "欧阳娜娜"):
        walk_in(store, name, host_id=5 if name == "欧阳娜娜" else 1)
    window = console(operator=operators.OperatorView(0, "amy", Role.RECEPTIONIST))

    def found(query: str) -> list[str]:
        ui.type(window, "Search today's visits", query)
        return sorted(window.proxy.index(r, COL_VISITOR).data() for r in range(window.proxy.rowCount()))

    assert found("wxm") == ["王小明"]
    assert found("wangxiao") == ["王小明"]
    assert found("sarah") == ["Sarah Johnson"]
    assert found("ouyang") == ["欧阳娜娜"]  # the visitor, and her host 欧阳明
    assert found("zhangsan") == ["Sarah Johnson", "王小明"]  # by host
    assert found("示例 ouyang") == ["欧阳娜娜"]  # every word must match
    assert found("nobody") == []
    assert found("") == sorted(["Sarah Johnson", "王小明", "欧阳娜娜"])
    activate(qtbot, window)
    QTest.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()


def test_each_visit_shows_whether_its_host_was_told_and_a_failed_one_can_be_retried(qtbot, ui, console, store):
    notes.update_notify_settings(store, SETUP, smtp_host="127.0.0.1", smtp_port=1, smtp_security="none",
                                 sender="desk@example.com", timeout_s=2)
    notes.set_host_notification(store, SETUP, 1, channel="email", email="zhangsan@example.com")
    visit = walk_in(store, "王小明")
    window = console(operator=operators.OperatorView(0, "amy", Role.RECEPTIONIST))
    row = window.model.row_of(visit.id)
    assert window.model.index(row, COL_TOLD).data() == "Sending…"
    with store.write() as s:  # the SMTP server refused it for good
        note = s.scalars(select(db.Notification).where(db.Notification.visit_id == visit.id)).one()
        note.state, note.last_error = "failed", "connection refused"
    window.refresh_notifications()
    assert window.model.index(row, COL_TOLD).data() == "✗ Failed: call"
    assert window.notify_panel.isVisible() and "王小明" in window.notify_panel.title.text()  # the banner's line
    assert "王小明" in ui.item_texts(ui.find(window, "Host notifications that failed"))[0]
    with SmtpServer() as smtp:
        notes.update_notify_settings(store, SETUP, smtp_port=smtp.port)
        ui.tap(window, "Retry notification")
        assert not window.notify_panel.isVisible()
        assert notes.deliver_next(store, "desk-1")
        window.refresh_notifications()
        assert window.model.index(row, COL_TOLD).data().startswith("✓")
        assert len(smtp.received) == 1


def test_only_an_admin_sees_the_operators_page_and_adds_someone(ui, console, store):
    boss = operators.create_first_admin(store, "Boss", "9090").value
    window = console(operator=operators.OperatorView(0, "amy", Role.RECEPTIONIST))
    assert not window.section_shown_to_operator(window.operators_view)
    window.sign_in_as(boss)
    assert window.section_shown_to_operator(window.operators_view)
    window.show_section(window.operators_view)
    ui.type(window, "New operator name", "Chen")
    ui.type(window, "New operator PIN", "12")
    ui.tap(window, "Add operator")
    assert "4 to 8 digits" in window.status.text()
    assert [o.name for o in operators.operator_list(store)] == ["Boss"]
    ui.type(window, "New operator PIN", "4321")
    ui.tap(window, "Add operator")
    assert operators.sign_in(store, "Chen", "4321").role == Role.RECEPTIONIST
    assert any("Chen" in text for text in ui.item_texts(ui.find(window, "Operators list")))


def test_each_role_sees_its_sections(console, store):
    window = console(operator=operators.OperatorView(0, "amy", Role.RECEPTIONIST))
    shown = lambda: {name for name in ("gate_view", "operators_view", "hosts_view", "onsite_view")  # noqa: E731
                     if window.section_shown_to_operator(getattr(window, name))}
    assert shown() == {"hosts_view", "onsite_view"}
    window.sign_in_as(operators.OperatorView(0, "bo", Role.SECURITY))
    assert shown() == {"hosts_view", "onsite_view", "gate_view"}
    assert window.tabs.currentWidget() is window._pages[window.gate_view]  # the guard starts at the gate
    window.sign_in_as(operators.OperatorView(0, "boss", Role.ADMIN))
    assert shown() == {"hosts_view", "onsite_view", "gate_view", "operators_view"}


def test_every_interactive_widget_of_the_desk_has_an_accessible_name(console, ui, store):
    window = console(operator=operators.OperatorView(0, "amy", Role.ADMIN))
    assert ui.unnamed_interactive(window) == []


def test_guests_of_earlier_days_who_never_came_become_no_shows_when_the_desk_starts(console, store):
    from datetime import date, timedelta

    from shared.services.checkin import create_appointment
    from shared.services.desk.expected import expected_visits

    yesterday, today = date.today() - timedelta(days=1), date.today()
    create_appointment(store, SETUP, "昨天没来", "13800138000", "", 1, yesterday)
    create_appointment(store, SETUP, "今天要来", "13800138001", "", 1, today)
    console(operator=operators.OperatorView(0, "amy", Role.RECEPTIONIST))
    assert [a.state for a in expected_visits(store, SETUP, yesterday)] == ["no_show"]
    assert [a.state for a in expected_visits(store, SETUP, today)] == ["open"]  # today is not over


def test_a_confidential_visit_is_not_on_a_receptionists_desk_and_leaves_it_when_marked(qtbot, ui, console, store):
    from shared.qt.feed import ChangeBus
    from shared.services.privacy.visitor_log import set_confidential

    visit = walk_in(store, "秘密客人")
    other = walk_in(store, "王小明")
    bus = ChangeBus(store.engine)
    bus.start()
    try:
        window = console(bus=bus, operator=operators.OperatorView(0, "amy", Role.RECEPTIONIST))
        assert window.model.row_of(visit.id) is not None
        set_confidential(store, Actor("desk-2", "老赵", "security"), visit.id, True)  # at another desk
        qtbot.waitUntil(lambda: window.model.row_of(visit.id) is None, timeout=5000)
        assert window.model.row_of(visit.id) is None and window.model.row_of(other.id) is not None
        ui.type(window, "Search today's visits", "mimi")
        assert window.proxy.rowCount() == 0  # as for a name nobody has
        assert visit.id not in {r.visit.id for r in window.waiting.model.rows}
        window.sign_in_as(operators.OperatorView(0, "bo", Role.SECURITY))
        assert window.model.row_of(visit.id) is not None  # security may see it
    finally:
        bus.stop()


def test_a_hidden_section_catches_up_when_shown(console, store):
    """The on-site list does not reload behind another tab on every check-in, but is right when opened."""
    from shared.changes import Change, Changes

    window = console(operator=operators.OperatorView(0, "amy", Role.RECEPTIONIST))
    before = len(window.onsite_view.rows())
    visit = walk_in(store, "新来的人")
    window._on_changed(int(Changes.VISITS.value), [Change("visit", visit.id)])
    assert len(window.onsite_view.rows()) == before  # not reloaded while hidden
    window.show_section(window.onsite_view)
    assert "新来的人" in [r.name for r in window.onsite_view.rows()]
