"""Reception rooms through the visit flow, on both databases."""
import pytest

from shared.domain.errors import InvalidInput
from shared.domain.model import Actor, WalkIn
from shared.services.desk import rooms
from shared.services import checkin
from shared.services.desk import flow as visit_flow
from tests.support.actors import STAFF

KIOSK, DESK = Actor("kiosk-1"), Actor("desk-1", "amy", "receptionist")


def walk_in(store, name):
    return checkin.check_in_walk_in(store, KIOSK, WalkIn(name, "13800138000", "", 1), "badge").value


def room_named(store, prefix):
    return next(r for r in rooms.rooms(store, STAFF) if r.name.startswith(prefix))


def test_a_waiting_visitor_occupies_a_room_and_leaving_it_needs_tidying(seeded):
    room = room_named(seeded, "接待室一")
    assert room.state == "free"
    visit = walk_in(seeded, "欧阳娜娜")
    waiting = visit_flow.visitor_must_wait(seeded, DESK, visit.id, room_id=room.id).value
    assert waiting.room == room.name
    occupied = room_named(seeded, "接待室一")
    assert (occupied.state, occupied.occupant, occupied.visit_id) == ("occupied", "欧阳娜娜", visit.id)

    other = walk_in(seeded, "李雷")
    with pytest.raises(InvalidInput) as err:
        visit_flow.host_absent_visitor_waits(seeded, DESK, other.id, room_id=room.id)
    assert err.value.problems == {"room": "occupied"}
    from shared.services.desk.queries import visits_by_ids

    assert visits_by_ids(seeded, [other.id], actor=STAFF)[0].state == "host_notified"  # refused: nothing changed

    visit_flow.host_arrives(seeded, DESK, visit.id)
    assert room_named(seeded, "接待室一").state == "tidying"
    with pytest.raises(InvalidInput):
        visit_flow.visitor_must_wait(seeded, DESK, other.id, room_id=room.id)  # not tidied yet
    rooms.room_tidied(seeded, DESK, room.id)
    assert room_named(seeded, "接待室一").state == "free"
    with pytest.raises(InvalidInput):
        rooms.room_tidied(seeded, DESK, room.id)  # already free


def test_waiting_without_a_room_is_fine(seeded):
    visit = walk_in(seeded, "王芳")
    assert visit_flow.visitor_must_wait(seeded, DESK, visit.id).value.room == ""
    assert {r.state for r in rooms.rooms(seeded, STAFF)} == {"free"}
