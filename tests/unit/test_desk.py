"""The waiting list's order and warnings, and the desk's reminders, on both databases."""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from shared.domain.errors import InvalidInput, NotActionable
from shared.domain.model import Actor, ReceptionLevel, Visit, WalkIn
from shared.domain.states import VisitState as S
from shared.services.desk import waiting as desk
from shared.services.desk import rooms
from shared.services import checkin
from shared.services.desk import flow
from shared.services.checkin import check_in_group
from shared.services.directory.hosts import add_host
from shared.services.directory.levels import update_level
from shared.services.site.settings import update_settings
from shared.store import models as db
from tests.support.actors import STAFF

KIOSK, DESK = Actor("kiosk-1"), Actor("desk-1", "amy", "receptionist")
ADMIN = Actor("desk-1", "boss", "admin")  # site settings are the admin's
T0 = datetime(2025, 3, 3, 1, 0, tzinfo=UTC)
LIMITS = {ReceptionLevel.STANDARD: 15, ReceptionLevel.SENIOR: 10, ReceptionLevel.VIP: 5}


def visit(id, minutes_ago, level=ReceptionLevel.STANDARD, state=S.HOST_NOTIFIED, **extra) -> Visit:
    return Visit(id=id, visit_no=f"V{id}", visitor_name=f"访客{id}", company="", mobile_masked="", host_name="张三",
                 state=state, level=level, party_size=extra.pop("party_size", 1), room="",
                 checked_in_at=T0 - timedelta(minutes=minutes_ago), checked_out_at=None, **extra)


# --- the waiting list (no database) -------------------------------------------------------------

def test_vips_come_first_then_the_longest_wait_and_only_those_still_waiting():
    rows = desk.waiting_list([
        visit(1, 10), visit(2, 30, state=S.WAITING), visit(3, 2, level=ReceptionLevel.VIP),
        visit(4, 60, state=S.WITH_HOST), visit(5, 45, state=S.CHECKED_OUT), visit(6, 1, state=S.CHECKED_IN),
        visit(7, 50, state=S.EXPECTED),
    ], LIMITS, T0)
    assert [r.visit.id for r in rows] == [3, 2, 1, 6]
    assert [r.minutes for r in rows] == [2, 30, 10, 1]


def test_a_row_warns_at_its_levels_threshold():
    rows = {r.visit.id: r for r in desk.waiting_list([
        visit(1, 14), visit(2, 15), visit(3, 4, level=ReceptionLevel.VIP), visit(4, 5, level=ReceptionLevel.VIP),
        visit(5, 99, level=ReceptionLevel.SENIOR)], LIMITS, T0)}
    assert {i: r.overdue for i, r in rows.items()} == {1: False, 2: True, 3: False, 4: True, 5: True}
    # A level without a threshold never warns.
    assert not desk.waiting_list([visit(1, 500)], {}, T0)[0].overdue


def test_a_partys_members_stay_together_in_member_order():
    party = dict(group_name="华为", group_size=3)
    rows = desk.waiting_list([
        visit(1, 20), visit(10, 30, member_no=1, **party), visit(12, 30, member_no=3, **party),
        visit(11, 30, member_no=2, **party), visit(20, 25)], LIMITS, T0)
    assert [r.visit.id for r in rows] == [10, 11, 12, 20, 1]
    assert rows[0].party == 3 and rows[3].party == 1


def test_thresholds_come_from_the_levels(store):
    assert desk.thresholds(store) == {ReceptionLevel.STANDARD: 15, ReceptionLevel.SENIOR: 10, ReceptionLevel.VIP: 5}
    update_level(store, ADMIN, ReceptionLevel.VIP, wait_warn_minutes=3)
    assert desk.thresholds(store)[ReceptionLevel.VIP] == 3


# --- reminders ---------------------------------------------------------------------------------

def host(store, name="张三", **extra):
    return add_host(store, name, **extra).value.id


def walk_in(store, name, host_id=None, party_size=1):
    walk = WalkIn(name, "13800138000", "", host_id, party_size, host_unknown=host_id is None)
    return checkin.check_in_walk_in(store, KIOSK, walk, "badge").value


def later(v, minutes):
    return v.checked_in_at + timedelta(minutes=minutes)


def kinds(store, now):
    return [(r.kind, r.visit_id or r.room_id) for r in desk.due_reminders(store, STAFF, now)]


def test_water_is_due_after_the_set_minutes_and_again_as_long_after_each_refill(store):
    v = walk_in(store, "王伟")  # host unknown: no host-late reminder, water still
    assert kinds(store, later(v, 19)) == []
    [water] = desk.due_reminders(store, STAFF, later(v, 20))
    assert (water.kind, water.visit_id, water.visitor, water.minutes) == ("water", v.id, "王伟", 20)

    desk.acknowledge(store, DESK, "water", v.id, now=later(v, 25))
    assert kinds(store, later(v, 44)) == []
    assert kinds(store, later(v, 45)) == [("water", v.id)]
    assert desk.due_reminders(store, STAFF, later(v, 45))[0].minutes == 45  # the whole wait, not since the refill
    with store.read() as s:
        ack = s.scalars(select(db.ReminderAck)).one()
        assert (ack.kind, ack.visit_id, ack.operator, ack.at) == ("water", v.id, "amy", later(v, 25))


def test_water_can_be_turned_off_or_set(store):
    v = walk_in(store, "王伟")
    update_settings(store, DESK, water_after_min=0)
    assert kinds(store, later(v, 300)) == []
    update_settings(store, DESK, water_after_min=5)
    assert kinds(store, later(v, 5)) == [("water", v.id)]


def test_host_late_names_the_assistant_to_call_until_someone_called(store):
    update_settings(store, DESK, water_after_min=0)
    host_id = host(store, "张三", assistant="刘敏", assistant_phone="13812345678")
    v = walk_in(store, "王伟", host_id)
    with store.read() as s:  # told at check-in, a moment after it: the count starts then
        told = s.scalars(select(db.VisitEvent.at).where(db.VisitEvent.action == "notify_host")).one()
    v = replace(v, checked_in_at=told)
    assert kinds(store, later(v, 9)) == []
    [late] = desk.due_reminders(store, STAFF, later(v, 12))
    assert (late.kind, late.visit_id, late.host, late.assistant, late.minutes) == ("host_late", v.id, "张三", "刘敏", 12)
    assert late.assistant_phone.endswith("13812345678")

    flow.notify_host(store, DESK, v.id)  # telling the host again does not restart the count
    assert desk.due_reminders(store, STAFF, later(v, 13))[0].minutes == 13
    desk.acknowledge(store, DESK, "host_late", v.id, now=later(v, 13))
    assert kinds(store, later(v, 22)) == []
    assert kinds(store, later(v, 23)) == [("host_late", v.id)]

    flow.host_ready(store, DESK, v.id)  # met the host: nothing more to remind
    assert kinds(store, later(v, 60)) == []
    with pytest.raises(NotActionable):
        desk.acknowledge(store, DESK, "host_late", v.id)


def test_host_late_can_be_turned_off(store):
    update_settings(store, DESK, water_after_min=0, host_late_min=0)
    v = walk_in(store, "王伟", host(store))
    assert kinds(store, later(v, 100)) == []


def test_a_room_left_after_a_visit_reminds_to_tidy_it_until_confirmed(store):
    update_settings(store, DESK, water_after_min=0, host_late_min=0)
    with store.write() as s:
        s.add(db.ReceptionRoom(name="接待室一 Room 1"))
    room_id = rooms.rooms(store, STAFF)[0].id
    v = walk_in(store, "王伟", host(store))
    flow.visitor_must_wait(store, DESK, v.id, room_id=room_id)
    occupied = rooms.rooms(store, STAFF)[0]
    assert (occupied.occupant, occupied.host, occupied.party_size, occupied.level) == (
        "王伟", "张三", 1, ReceptionLevel.STANDARD)
    assert kinds(store, later(v, 1)) == []
    flow.host_arrives(store, DESK, v.id)
    [tidy] = desk.due_reminders(store, STAFF, later(v, 30))
    assert (tidy.kind, tidy.room_id, tidy.room, tidy.visit_id) == ("tidy", room_id, "接待室一 Room 1", None)

    update_settings(store, DESK, tidy_reminder=False)
    assert kinds(store, later(v, 30)) == []
    update_settings(store, DESK, tidy_reminder=True)
    rooms.room_tidied(store, DESK, room_id)
    assert kinds(store, later(v, 30)) == []


def test_a_party_gets_one_reminder_of_each_kind_and_one_refill_rests_it(store):
    host_id = host(store, "张三", assistant="刘敏")
    members = check_in_group(store, KIOSK, WalkIn("王伟", "13800138000", "华为", host_id, 3),
                             ["李娜", "赵强"]).value
    first = members[0]
    due = desk.due_reminders(store, STAFF, later(first, 25))
    assert [(r.kind, r.visit_id, r.party) for r in due] == [("host_late", first.id, 3), ("water", first.id, 3)]
    desk.acknowledge(store, DESK, "water", members[2].id, now=later(first, 25))
    assert kinds(store, later(first, 26)) == [("host_late", first.id)]

    flow.host_ready(store, DESK, first.id)  # the leader went in: the party's reminders move to the next
    assert kinds(store, later(first, 26)) == [("host_late", members[1].id)]


def test_an_unknown_reminder_kind_is_refused_and_changes_nothing(store):
    v = walk_in(store, "王伟")
    with pytest.raises(InvalidInput) as err:
        desk.acknowledge(store, DESK, "tidy", v.id)
    assert err.value.problems == {"reminder": "unknown"}
    with store.read() as s:
        assert s.scalars(select(db.ReminderAck)).all() == []


def test_an_acknowledgement_is_announced_to_other_consoles(store):
    v = walk_in(store, "王伟")
    with store.read() as s:
        before = s.scalar(select(db.ChangeLog.id).order_by(db.ChangeLog.id.desc()).limit(1))
    done = desk.acknowledge(store, DESK, "water", v.id)
    assert done.changes & desk.Changes.VISITS
    with store.read() as s:
        logged = s.execute(select(db.ChangeLog.entity, db.ChangeLog.entity_id).where(db.ChangeLog.id > before)).all()
    assert [tuple(r) for r in logged] == [("visit", v.id)]


def test_reading_only_the_changed_visits_reminders_gives_what_reading_all_gives(store):
    """The desk reads a change's parties only and keeps the rest: after each change of a busy lobby
    (a group's lead going in, a refill, a visitor leaving, a new arrival), the same list as a full read."""
    host_id = host(store, "张三", assistant="刘敏")
    members = check_in_group(store, KIOSK, WalkIn("王伟", "13800138000", "华为", host_id, 3), ["李娜", "赵强"]).value
    alone = [walk_in(store, name, host_id) for name in ("周杰", "吴敏")] + [walk_in(store, "郑和")]
    now = later(members[0], 40)
    shown = desk.due_reminders(store, STAFF, now)
    assert {r.visit_id for r in shown} >= {members[0].id, alone[0].id, alone[2].id}
    changes = [
        lambda: flow.host_ready(store, DESK, members[0].id).value.id,  # the lead goes in: the party moves on
        lambda: desk.acknowledge(store, DESK, "water", alone[0].id, now=now) and alone[0].id,
        lambda: flow.visitor_leaves(store, DESK, alone[1].id, message="改天").value.id,
        lambda: walk_in(store, "新来的", host_id).id,
        lambda: flow.host_ready(store, DESK, members[1].id).value.id,
    ]
    for change in changes:
        changed = frozenset({change()})
        fresh = desk.due_reminders(store, STAFF, now, changed)
        merged = desk.merged_reminders(shown, fresh, changed)
        assert merged == desk.due_reminders(store, STAFF, now)
        shown = merged
    assert shown != [] and all(r.visit_id != members[0].id for r in shown)
