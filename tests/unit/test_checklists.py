"""A visit's protocol checklist and meal budget, on both databases."""
import pytest
from sqlalchemy import select

from shared.changes import Changes
from shared.domain.errors import InvalidInput, NotFound
from shared.domain.model import Actor, ReceptionLevel, WalkIn
from shared.services import checkin
from shared.services.desk import protocol as checklists
from shared.services.directory.levels import update_level
from shared.store import models as db
from tests.support.actors import STAFF

KIOSK, DESK, OTHER = Actor("kiosk-1"), Actor("desk-1", "amy", "receptionist"), Actor("desk-2", "bob", "receptionist")
ADMIN = Actor("desk-1", "boss", "admin")  # site settings are the admin's


def walk_in(store, level="standard", party=1):
    visit = checkin.check_in_walk_in(store, KIOSK, WalkIn("王小明", "13800138000", "", None, party,
                                                         host_unknown=True), "badge").value
    with store.write() as s:  # the level is set when the visit is prepared; here the test arranges it
        s.get(db.Visit, visit.id).level = level
    return visit


def test_a_vip_visit_shows_the_vip_protocol_and_the_budget_for_its_party(seeded):
    visit = walk_in(seeded, "vip", party=4)
    protocol = checklists.visit_protocol(seeded, STAFF, visit.id)
    assert protocol.level == ReceptionLevel.VIP
    assert [i.item for i in protocol.items] == ["badge", "accompany", "room", "refreshments", "vehicle",
                                                "lodging", "meals"]
    assert "贵宾室" in next(i.text for i in protocol.items if i.item == "room")
    # VIP: 300 / 1000 for two guests, +150 per meal for each of the two more.
    assert (protocol.guests, protocol.budget.lunch, protocol.budget.dinner) == (4, 600, 1300)
    assert not any(i.done for i in protocol.items) and not protocol.complete


def test_ticks_record_who_and_when_and_can_be_undone(seeded):
    visit = walk_in(seeded)
    done = checklists.tick(seeded, DESK, visit.id, "room", True)
    assert done.changes == Changes.VISITS
    assert [i.item for i in done.value.items if i.done] == ["room"]
    assert done.value.ticks["room"].operator == "amy" and done.value.ticks["room"].at.tzinfo is not None
    checklists.tick(seeded, OTHER, visit.id, "room", True)  # the other desk ticked it too: still one tick
    assert checklists.visit_protocol(seeded, STAFF, visit.id).ticks["room"].operator == "amy"
    checklists.tick(seeded, OTHER, visit.id, "room", False)
    checklists.tick(seeded, OTHER, visit.id, "room", False)  # already undone: nothing to do
    assert checklists.visit_protocol(seeded, STAFF, visit.id).ticks == {}


def test_a_tick_tells_the_other_consoles(seeded):
    visit = walk_in(seeded)
    with seeded.read() as s:
        last = s.scalar(select(db.ChangeLog.id).order_by(db.ChangeLog.id.desc()).limit(1))
    checklists.tick(seeded, DESK, visit.id, "badge", True)
    with seeded.read() as s:
        new = s.execute(select(db.ChangeLog.entity, db.ChangeLog.entity_id).where(db.ChangeLog.id > last)).all()
    assert ("visit", visit.id) in new


def test_unknown_items_and_visits_are_refused(seeded):
    visit = walk_in(seeded)
    with pytest.raises(InvalidInput) as err:
        checklists.tick(seeded, DESK, visit.id, "fireworks", True)
    assert err.value.problems == {"item": "unknown"}
    update_level(seeded, ADMIN, "standard", vehicle="")
    with pytest.raises(InvalidInput):  # this level no longer asks for a car
        checklists.tick(seeded, DESK, visit.id, "vehicle", True)
    with pytest.raises(NotFound):
        checklists.tick(seeded, DESK, 9999, "room", True)
    with pytest.raises(NotFound):
        checklists.visit_protocol(seeded, STAFF, 9999)
    assert checklists.visit_protocol(seeded, STAFF, visit.id).ticks == {}


def test_a_group_shares_one_protocol_and_budgets_for_the_whole_group(seeded):
    leader = WalkIn("李雷", "13800138000", "ACME", None, 3, host_unknown=True)
    members = checkin.check_in_group(seeded, KIOSK, leader, ["韩梅梅", "Jim Green"], "badge").value
    with seeded.write() as s:
        for member in members:
            s.get(db.Visit, member.id).level = "senior"
    checklists.tick(seeded, DESK, members[2].id, "refreshments", True)
    for member in members:
        protocol = checklists.visit_protocol(seeded, STAFF, member.id)
        assert [i.item for i in protocol.items if i.done] == ["refreshments"]
        # senior: 150 / 500 for two guests, +80 for the third
        assert (protocol.guests, protocol.budget.lunch, protocol.budget.dinner) == (3, 230, 580)


def test_an_admin_change_to_the_level_shows_in_open_visits(seeded):
    visit = walk_in(seeded, "standard", party=2)
    update_level(seeded, ADMIN, "standard", meal_lunch=120, room="会议室 Meeting room")
    protocol = checklists.visit_protocol(seeded, STAFF, visit.id)
    assert protocol.budget.lunch == 120
    assert next(i.text for i in protocol.items if i.item == "room") == "会议室 Meeting room"
