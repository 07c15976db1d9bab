"""Every branch of the reception flow, driven through the console's action panel by accessible name."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QPlainTextEdit, QPushButton
from sqlalchemy import func, select

from console.app import build_console
from console.desk.visit_actions import ACTIONS
from shared.config import StationConfig
from shared.domain.model import Actor, WalkIn
from shared.domain.states import VisitState as S
from shared.domain.states import allowed_actions
from shared.services import checkin
from shared.services.desk import flow as visit_flow
from shared.services.demo import seed_demo
from shared.services.desk.queries import visits_by_ids
from shared.services.desk.rooms import rooms
from shared.store import models as db
from shared.store.engine import open_store
from tests.support.qt_fixtures import RECEPTIONIST
from tests.support.actors import STAFF

KIOSK = Actor("kiosk-1")
OTHER_DESK = Actor(station="desk-2", operator="reception", role="receptionist")
TRANSITION_BUTTONS = {spec.name: spec.action for spec in ACTIONS if spec.action is not None}


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path / 'branches.sqlite'}"


@pytest.fixture
def store(url):
    store = open_store(url)
    seed_demo(store)
    yield store
    store.close()


@pytest.fixture
def window(qtbot, url, store, make_translations):
    config = StationConfig(station="desk-1", database_url=url, language="en")
    window = build_console(config, store, make_translations(["shared", "console"], "en"), operator=RECEPTIONIST)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def check_in(store, name="王小明", **walk_in):
    return checkin.check_in_walk_in(store, KIOSK, WalkIn(name, "13800138000", "", 1, **walk_in), "badge").value


def show_selected(window, store, visit):
    """The window has no feed here: it learns of a visit checked in after it opened by a reload."""
    window.model.upsert(visits_by_ids(store, [visit.id], actor=STAFF))
    assert window.select_visit(visit.id)


def state_of(store, visit_id):
    return visits_by_ids(store, [visit_id], actor=STAFF)[0].state


def status(window) -> QLabel:
    return [w for w in window.findChildren(QLabel) if w.accessibleName() == "Status"][0]


def room_state(store, name):
    return next(r.state for r in rooms(store, STAFF) if r.name == name)


def event_count(store, visit_id):
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(db.VisitEvent).where(db.VisitEvent.visit_id == visit_id))


def enabled_buttons(ui, window) -> set[str]:
    return {name for name in TRANSITION_BUTTONS if ui.find(window, name, QPushButton).isEnabled()}


def assert_enabled_for_state(ui, window, state):
    expected = {name for name, action in TRANSITION_BUTTONS.items() if action in allowed_actions(state)}
    assert enabled_buttons(ui, window) == expected, state


def tap_ok(ui, window, qtbot):
    ui.tap(window, "OK")
    qtbot.wait(10)


def test_host_ready_then_escorted_out(ui, window, store):
    visit = check_in(store)
    show_selected(window, store, visit)
    assert_enabled_for_state(ui, window, S.HOST_NOTIFIED)

    ui.tap(window, "Host is ready")
    assert state_of(store, visit.id) == S.WITH_HOST
    assert "lead 王小明 to the host" in status(window).text()
    assert status(window).property("tone") == "done"
    assert_enabled_for_state(ui, window, S.WITH_HOST)

    ui.tap(window, "Escorted out")
    assert state_of(store, visit.id) == S.CHECKED_OUT
    assert visit.visit_no in status(window).text()
    assert enabled_buttons(ui, window) == set()


def test_must_wait_in_a_room_then_host_arrives_back_to_desk_and_seen_out(ui, qtbot, window, store):
    visit = check_in(store)
    show_selected(window, store, visit)
    ui.tap(window, "Must wait")
    rooms_list = ui.find(window, "Room list", QListWidget)
    texts = ui.item_texts(rooms_list)
    assert texts[0].startswith("No room") and "接待室一 Room 1" in texts
    ui.choose(window, "Room list", "接待室二 Room 2")
    tap_ok(ui, window, qtbot)

    after = visits_by_ids(store, [visit.id], actor=STAFF)[0]
    assert after.state == S.WAITING and after.room == "接待室二 Room 2"
    assert room_state(store, "接待室二 Room 2") == "occupied"
    assert status(window).text() == "王小明 waits in 接待室二 Room 2."
    assert "Room: 接待室二 Room 2" in ui.find(window, "Selected visit", QLabel).text()
    assert_enabled_for_state(ui, window, S.WAITING)

    ui.tap(window, "Host arrived")
    assert state_of(store, visit.id) == S.WITH_HOST
    assert room_state(store, "接待室二 Room 2") == "tidying"  # the visitor left the room
    ui.tap(window, "Back to desk")
    assert state_of(store, visit.id) == S.AT_DESK
    assert_enabled_for_state(ui, window, S.AT_DESK)
    ui.tap(window, "Seen out")
    assert state_of(store, visit.id) == S.CHECKED_OUT
    assert room_state(store, "接待室二 Room 2") == "tidying"


def test_an_occupied_room_is_not_offered(ui, qtbot, window, store):
    first, second = check_in(store, "王小明"), check_in(store, "李雷")
    visit_flow.visitor_must_wait(store, OTHER_DESK, first.id, room_id=rooms(store, STAFF)[0].id)
    show_selected(window, store, second)
    ui.tap(window, "Host absent: waits")
    texts = ui.item_texts(ui.find(window, "Room list", QListWidget))
    assert rooms(store, STAFF)[0].name not in texts and len(texts) == len(rooms(store, STAFF))  # "No room" + two free


def test_host_absent_waits_without_a_room_then_leaves_a_message(ui, qtbot, window, store):
    visit = check_in(store)
    show_selected(window, store, visit)
    ui.tap(window, "Host absent: waits")
    ui.choose(window, "Room list", "No room")
    tap_ok(ui, window, qtbot)
    after = visits_by_ids(store, [visit.id], actor=STAFF)[0]
    assert after.state == S.WAITING and after.room == ""
    assert status(window).text() == "王小明 waits in the lobby."
    assert all(r.state == "free" for r in rooms(store, STAFF))

    ui.tap(window, "Leaves (message)")
    field = ui.find(window, "Visitor's message", QPlainTextEdit)
    QTest.keyClicks(field, "Please call me back")
    tap_ok(ui, window, qtbot)

    assert state_of(store, visit.id) == S.LEFT
    with store.read() as s:
        assert s.get(db.Visit, visit.id).message == "Please call me back"
    assert "Their message goes to the host" in status(window).text()
    with store.read() as s:  # queued for the host, in the same transaction (the outbox delivers it)
        payloads = [n.payload for n in s.scalars(select(db.Notification).where(db.Notification.visit_id == visit.id))]
    assert {"message": "Please call me back"}.items() <= payloads[-1].items()
    assert enabled_buttons(ui, window) == set()


def test_an_empty_message_is_refused_and_saves_nothing(ui, qtbot, window, store):
    visit = check_in(store)
    events = event_count(store, visit.id)
    show_selected(window, store, visit)
    ui.tap(window, "Leaves (message)")
    field = ui.find(window, "Visitor's message", QPlainTextEdit)
    QTest.keyClicks(field, "   ")
    tap_ok(ui, window, qtbot)

    problem = ui.find(window, "Dialog problem", QLabel)
    assert problem.isVisible() and problem.text() == "Please write the visitor's message."
    assert status(window).text() == "Please write the visitor's message."
    assert field.isVisible()  # the dialog stays open to write it
    assert state_of(store, visit.id) == S.HOST_NOTIFIED and event_count(store, visit.id) == events
    with store.read() as s:
        assert s.get(db.Visit, visit.id).message == ""

    ui.tap(window, "Cancel")
    qtbot.waitUntil(lambda: not field.isVisible())
    assert state_of(store, visit.id) == S.HOST_NOTIFIED


def test_host_declines(ui, window, store):
    visit = check_in(store)
    show_selected(window, store, visit)
    ui.tap(window, "Host declines")
    assert state_of(store, visit.id) == S.DECLINED
    assert status(window).text() == "The host declines: please tell 王小明 politely."
    assert enabled_buttons(ui, window) == set()


def test_notify_host_again_keeps_the_state_and_queues_a_notification(ui, window, store):
    visit = check_in(store)
    with store.read() as s:
        before = s.scalar(select(func.count()).select_from(db.Notification))
    show_selected(window, store, visit)
    ui.tap(window, "Notify host again")
    assert state_of(store, visit.id) == S.HOST_NOTIFIED
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(db.Notification)) == before + 1


def test_buttons_follow_the_selected_visits_state(ui, window, store):
    assert enabled_buttons(ui, window) == set()  # nothing selected
    lost = checkin.check_in_walk_in(store, KIOSK, WalkIn("赵六", "13800138000", "", None, host_unknown=True)).value
    notified = check_in(store, "王小明")
    waiting = check_in(store, "李雷")
    visit_flow.visitor_must_wait(store, OTHER_DESK, waiting.id)
    with_host = check_in(store, "韩梅梅")
    visit_flow.host_ready(store, OTHER_DESK, with_host.id)
    at_desk = check_in(store, "李四")
    visit_flow.host_ready(store, OTHER_DESK, at_desk.id)
    visit_flow.back_to_desk(store, OTHER_DESK, at_desk.id)
    declined = check_in(store, "张三")
    visit_flow.host_declines(store, OTHER_DESK, declined.id)
    window.model.reset(visits_by_ids(store, [lost.id, notified.id, waiting.id, with_host.id, at_desk.id,
                                             declined.id], actor=STAFF))
    for visit, state in [(lost, S.CHECKED_IN), (notified, S.HOST_NOTIFIED), (waiting, S.WAITING),
                         (with_host, S.WITH_HOST), (at_desk, S.AT_DESK), (declined, S.DECLINED)]:
        assert window.select_visit(visit.id)
        assert_enabled_for_state(ui, window, state)
    assert enabled_buttons(ui, window) == set()  # the declined visit: nothing left to do
    assert not ui.find(window, "Check out", QPushButton).isEnabled()


def test_a_visit_moved_on_by_another_desk_is_refused_and_shows_the_truth(ui, window, store, url):
    visit = check_in(store)
    show_selected(window, store, visit)  # no feed: the row stays stale until the refusal reloads it
    other = open_store(url, migrate=False)
    try:
        visit_flow.host_declines(other, OTHER_DESK, visit.id)
    finally:
        other.close()
    events = event_count(store, visit.id)
    ui.tap(window, "Host is ready")  # still enabled: this desk has not heard yet

    assert status(window).text() == "This action is not possible for a visit in this state."
    assert status(window).property("tone") == "error"
    assert state_of(store, visit.id) == S.DECLINED and event_count(store, visit.id) == events
    assert window.selected_visit().state == S.DECLINED  # the row was reloaded
    assert enabled_buttons(ui, window) == set()


def test_a_room_taken_meanwhile_is_refused_and_offered_again(ui, qtbot, window, store):
    first, second = check_in(store, "王小明"), check_in(store, "李雷")
    show_selected(window, store, second)
    ui.tap(window, "Must wait")
    ui.choose(window, "Room list", "接待室一 Room 1")
    room_id = next(r.id for r in rooms(store, STAFF) if r.name == "接待室一 Room 1")
    visit_flow.visitor_must_wait(store, OTHER_DESK, first.id, room_id=room_id)  # another desk was quicker
    tap_ok(ui, window, qtbot)

    assert ui.find(window, "Dialog problem", QLabel).text() == "That room is no longer free. Please choose another."
    assert "接待室一 Room 1" not in ui.item_texts(ui.find(window, "Room list", QListWidget))
    assert state_of(store, second.id) == S.HOST_NOTIFIED


def test_every_action_has_a_shortcut_in_its_tooltip(ui, window):
    for spec in ACTIONS:
        button = ui.find(window, spec.name, QPushButton)
        assert button.shortcut().toString() == spec.shortcut
        assert f"Shortcut: {spec.shortcut}" in button.toolTip()
    assert len({spec.shortcut for spec in ACTIONS}) == len(ACTIONS)


def test_a_shortcut_acts_on_the_selected_visit(qtbot, window, store):
    visit = check_in(store)
    show_selected(window, store, visit)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(window.table, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: state_of(store, visit.id) == S.WITH_HOST)
