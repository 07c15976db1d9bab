"""The desk's waiting list, rooms and reminders, driven as a person would, with a clock the test moves."""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QPushButton

from console.desk.reminder_settings import ReminderSettingsDialog
from console.desk.reminders_panel import RemindersPanel
from console.desk.rooms_panel import RoomsPanel
from console.desk.waiting_view import COL_LEVEL, COL_VISITOR, COL_WAITED, GOLD, WARN_BACKGROUND, WaitingView
from shared.domain.model import Actor, WalkIn
from shared.services import checkin
from shared.services.desk import flow
from shared.services.directory.hosts import search_hosts
from shared.services.desk.queries import todays_visits
from shared.services.desk.rooms import rooms
from shared.services.site.settings import site_settings, update_settings
from shared.store import models as db
from shared.store.types import utcnow
from tests.support.actors import STAFF

KIOSK, DESK = Actor("kiosk-1"), Actor("desk-1", "amy", "receptionist")
ADMIN = Actor("desk-1", "boss", "admin")  # site settings are the admin's


class Clock:
    """Starts at the real time when first read (after the test's check-ins), then moves only when told."""

    def __init__(self) -> None:
        self.now = None

    def __call__(self):
        if self.now is None:
            self.now = utcnow()
        return self.now

    def advance(self, minutes: int) -> None:
        self.now = self() + timedelta(minutes=minutes)


@pytest.fixture
def clock():
    return Clock()


def check_in(store, name, host="张三", level="standard", minutes_ago=0):
    host_id = search_hosts(store, host)[0].id
    visit = checkin.check_in_walk_in(store, KIOSK, WalkIn(name, "13800138000", "某公司", host_id, 1), "badge").value
    with store.write() as s:  # arrived earlier than now: the test does not sleep
        row = s.get(db.Visit, visit.id)
        row.level = level
        row.checked_in_at -= timedelta(minutes=minutes_ago)
        for event in s.query(db.VisitEvent).filter(db.VisitEvent.visit_id == visit.id):
            event.at -= timedelta(minutes=minutes_ago)
    return visit


def column(view, col):
    model = view.model
    return [model.index(r, col).data() for r in range(model.rowCount())]


def pixel(view, row, col) -> QColor:
    rect = view.table.visualRect(view.model.index(row, col))
    return view.table.viewport().grab().toImage().pixelColor(rect.left() + 3, rect.top() + 3)


def test_the_waiting_list_puts_vips_first_then_the_longest_wait_and_warns_live(qtbot, ui, demo_store, clock):
    early = check_in(demo_store, "李雷", minutes_ago=10)
    late = check_in(demo_store, "韩梅梅", minutes_ago=2)
    vip = check_in(demo_store, "陈总", host="陈建国", level="vip", minutes_ago=1)
    gone = check_in(demo_store, "王芳", minutes_ago=30)
    flow.host_ready(demo_store, DESK, gone.id)  # with the host: not waiting any more

    view = WaitingView(demo_store, lambda: DESK, now=clock, tick_ms=20)
    qtbot.addWidget(view)
    view.resize(1000, 320)
    view.show()
    view.show_visits(todays_visits(demo_store, actor=STAFF))
    assert column(view, COL_VISITOR) == ["陈总", "李雷", "韩梅梅"]
    assert column(view, COL_WAITED) == ["1", "10", "2"]
    assert "2 over" not in ui.find(view, "Waiting counts", QLabel).text()

    # The VIP stands out: bold, and a gold mark a person sees on screen.
    assert view.model.index(0, COL_VISITOR).data(Qt.ItemDataRole.FontRole).bold()
    assert "VIP" in view.model.index(0, COL_LEVEL).data()
    assert pixel(view, 0, COL_LEVEL) == GOLD
    assert pixel(view, 1, COL_VISITOR) != WARN_BACKGROUND

    clock.advance(5)  # the VIP reaches their 5 minutes, 李雷 their 15: the clock ticks without a reload
    qtbot.waitUntil(lambda: column(view, COL_WAITED) == ["⚠ 6", "⚠ 15", "7"], timeout=2000)
    assert pixel(view, 1, COL_VISITOR) == WARN_BACKGROUND
    assert pixel(view, 2, COL_VISITOR) != WARN_BACKGROUND
    assert "2 over the limit" in ui.find(view, "Waiting counts", QLabel).text()
    assert [r.visit.id for r in view.model.rows] == [vip.id, early.id, late.id]


def test_selecting_a_row_tells_the_window_and_the_window_can_select(qtbot, demo_store, clock):
    first = check_in(demo_store, "李雷", minutes_ago=10)
    second = check_in(demo_store, "韩梅梅", minutes_ago=2)
    view = WaitingView(demo_store, lambda: DESK, now=clock)
    qtbot.addWidget(view)
    view.resize(1000, 320)
    view.show()
    view.show_visits(todays_visits(demo_store, actor=STAFF))

    rect = view.table.visualRect(view.model.index(1, COL_VISITOR))
    with qtbot.waitSignal(view.visit_selected) as picked:
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert picked.args == [second.id]

    with qtbot.assertNotEmitted(view.visit_selected):
        assert view.select_visit(first.id)
        view.show_visits(todays_visits(demo_store, actor=STAFF))  # a live update keeps the selection
    assert view.selected_visit_id() == first.id
    flow.host_ready(demo_store, DESK, first.id)
    view.show_visits(todays_visits(demo_store, actor=STAFF))
    assert not view.select_visit(first.id)  # no longer waiting
    assert view.model.rowCount() == 1


def test_a_changed_level_limit_applies_on_the_next_refresh(qtbot, demo_store, clock):
    from shared.changes import Changes
    from shared.services.directory.levels import update_level

    check_in(demo_store, "李雷", minutes_ago=4)
    view = WaitingView(demo_store, lambda: DESK, now=clock)
    qtbot.addWidget(view)
    view.show_visits(todays_visits(demo_store, actor=STAFF))
    assert column(view, COL_WAITED) == ["4"]
    update_level(demo_store, ADMIN, "standard", wait_warn_minutes=3)
    view.refresh(Changes.SETTINGS, [])
    assert column(view, COL_WAITED) == ["⚠ 4"]


def test_the_rooms_panel_shows_who_is_inside_and_tidied_frees_a_room(qtbot, ui, demo_store):
    room = next(r for r in rooms(demo_store, STAFF) if r.name == "接待室一 Room 1")
    visit = check_in(demo_store, "李雷")
    flow.visitor_must_wait(demo_store, DESK, visit.id, room_id=room.id)
    panel = RoomsPanel(demo_store, lambda: DESK)
    qtbot.addWidget(panel)
    panel.resize(300, 400)
    panel.show()
    texts = ui.visible_texts(panel)
    assert any("李雷" in t and "since" in t for t in texts) and any("waiting for 张三" in t for t in texts)
    assert not [b for b in panel.findChildren(QPushButton) if b.isVisible()]

    flow.host_arrives(demo_store, DESK, visit.id)
    stale = RoomsPanel(demo_store, lambda: DESK)  # another console, showing the same room
    qtbot.addWidget(stale)
    stale.show()
    from shared.changes import Changes

    panel.refresh(Changes.ROOMS, [])
    assert "Needs tidying" in ui.visible_texts(panel)
    with qtbot.waitSignal(panel.said) as said:
        ui.tap(panel, "Tidied 接待室一 Room 1")
    assert said.args[1] == "done"
    assert next(r.state for r in rooms(demo_store, STAFF) if r.id == room.id) == "free"
    assert not [b for b in panel.findChildren(QPushButton) if b.isVisible()]

    with qtbot.waitSignal(stale.said) as said:  # someone else confirmed it first
        ui.tap(stale, "Tidied 接待室一 Room 1")
    assert said.args == ["This room is already free.", "error"]
    assert next(r.state for r in rooms(demo_store, STAFF) if r.id == room.id) == "free"
    assert ui.unnamed_interactive(panel) == []


def test_reminders_come_due_are_done_and_come_back(qtbot, ui, demo_store, clock):
    update_settings(demo_store, DESK, host_late_min=0)  # water alone here
    visit = check_in(demo_store, "李雷")
    panel = RemindersPanel(demo_store, lambda: DESK, now=clock)
    qtbot.addWidget(panel)
    panel.resize(300, 400)
    panel.show()
    assert "Nothing to do right now." in ui.visible_texts(panel)

    clock.advance(21)
    with qtbot.waitSignal(panel.count_changed) as counted:
        panel.check()
    assert counted.args == [1]
    assert "Refill water: 李雷 has waited 21 min" in ui.visible_texts(panel)
    with qtbot.waitSignal(panel.count_changed) as counted:
        ui.tap(panel, "Water refilled for 李雷")
    assert counted.args == [0]
    with demo_store.read() as s:
        ack = s.query(db.ReminderAck).one()
        assert (ack.kind, ack.visit_id, ack.operator) == ("water", visit.id, "amy")
    clock.advance(19)
    panel.check()
    assert panel.reminders == []
    clock.advance(1)  # 20 minutes after the refill: again
    panel.check()
    assert [r.kind for r in panel.reminders] == ["water"]


def test_a_host_late_reminder_names_the_assistant_and_a_tidy_reminder_frees_the_room(qtbot, ui, demo_store, clock):
    update_settings(demo_store, DESK, water_after_min=0)
    with demo_store.write() as s:
        host = s.get(db.Host, search_hosts(demo_store, "张三")[0].id)
        host.assistant, host.assistant_phone = "刘敏", "13812345678"
    room = next(r for r in rooms(demo_store, STAFF) if r.name == "接待室二 Room 2")
    waiting = check_in(demo_store, "李雷", minutes_ago=12)
    done = check_in(demo_store, "韩梅梅")
    flow.visitor_must_wait(demo_store, DESK, done.id, room_id=room.id)
    flow.host_arrives(demo_store, DESK, done.id)

    panel = RemindersPanel(demo_store, lambda: DESK, now=clock)
    qtbot.addWidget(panel)
    panel.resize(300, 400)
    panel.show()
    texts = ui.visible_texts(panel)
    assert any(t.startswith("Host 张三 has not come for 12 min: call assistant 刘敏 13812345678") for t in texts)
    assert "Tidy 接待室二 Room 2 (empty for 0 min)" in texts

    ui.tap(panel, "Room tidied: 接待室二 Room 2")
    assert next(r.state for r in rooms(demo_store, STAFF) if r.id == room.id) == "free"
    ui.tap(panel, "Assistant called for 李雷")
    assert panel.reminders == []
    flow.host_ready(demo_store, DESK, waiting.id)
    clock.advance(60)
    panel.check()
    assert panel.reminders == []  # met the host: nothing more
    assert ui.unnamed_interactive(panel) == []


def test_the_settings_dialog_refuses_bad_values_and_saves_good_ones(qtbot, ui, demo_store):
    dialog = ReminderSettingsDialog(demo_store, lambda: DESK)
    qtbot.addWidget(dialog)
    dialog.show()
    before = site_settings(demo_store)
    for bad in ("abc", "300", "-5", "12.5", ""):
        ui.type(dialog, "Water after minutes", bad)
        ui.tap(dialog, "Save")
        problem = ui.find(dialog, "Dialog problem", QLabel)
        assert problem.isVisible() and "0 to 240" in problem.text(), bad
        assert site_settings(demo_store) == before
        assert dialog.isVisible()

    ui.type(dialog, "Water after minutes", "30")
    ui.type(dialog, "Host late after minutes", "0")
    ui.tap(dialog, "Tidy reminder")
    with qtbot.waitSignal(dialog.saved):
        ui.tap(dialog, "Save")
    after = site_settings(demo_store)
    assert (after.water_after_min, after.host_late_min, after.tidy_reminder) == (30, 0, False)
    assert not dialog.isVisible()
    assert ui.unnamed_interactive(dialog) == []
