"""Reception rooms (接待室): free, occupied by a waiting visitor, or to be tidied after use."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from shared.changes import Changes, Done
from shared.domain import model as m
from shared.domain.permissions import Permission, needs
from shared.domain.errors import InvalidInput
from shared.domain.states import WAITING
from shared.store import models as db
from shared.services.common.loading import load
from shared.store.engine import Store
from shared.store.feed import record
from shared.store.types import utcnow
from shared.services.common.boundary import guard_module


@dataclass(frozen=True, slots=True)
class RoomView:
    id: int
    name: str
    state: str  # free / occupied / tidying
    since: datetime | None
    occupant: str  # the waiting visitor's name, when occupied
    visit_id: int | None
    host: str = ""  # whom the occupant waits for ("" when reception still has to find the host)
    party_size: int = 0  # how many wait in the room (the whole party, for a group)
    level: m.ReceptionLevel | None = None  # the occupant's reception level


def occupy(s: Session, visit: db.Visit, room_id: int) -> None:
    """Within a visit transition: the room must be free; it is the visitor's until they move on."""
    room = s.get(db.ReceptionRoom, room_id, with_for_update=True)
    if room is None:
        raise InvalidInput({"room": "unknown"})
    if room.state != "free":
        raise InvalidInput({"room": room.state})  # occupied / tidying: changes nothing
    if visit.room is not None and visit.room.id != room.id:
        vacate(s, visit.room, utcnow())
    room.state, room.since = "occupied", utcnow()
    visit.room = room
    record(s, "room", room.id)


def vacate(s: Session, room: db.ReceptionRoom, now: datetime) -> None:
    room.state, room.since = "tidying", now
    record(s, "room", room.id)


@needs(Permission.DESK)
def room_tidied(store: Store, actor: m.Actor, room_id: int) -> Done[RoomView]:
    """Someone confirmed the room is tidy (water, cups, chairs): free for the next visitor."""
    with store.write() as s:
        room = load(s, db.ReceptionRoom, room_id, "room", lock=True)
        if room.state != "tidying":
            raise InvalidInput({"room": room.state})
        room.state, room.since = "free", utcnow()
        record(s, "room", room.id)
        return Done(_view(s, room), Changes.ROOMS)


@needs(Permission.DESK)
def rooms(store: Store, actor: m.Actor) -> list[RoomView]:
    with store.read() as s:
        all_rooms = s.scalars(select(db.ReceptionRoom).order_by(db.ReceptionRoom.name)).all()
        occupied = [r.id for r in all_rooms if r.state == "occupied"]
        occupants: dict[int, db.Visit] = {}
        if occupied:  # one query for every occupied room, not one (and three lazy loads) per room
            found = s.scalars(select(db.Visit).where(db.Visit.room_id.in_(occupied), _waiting())
                              .options(joinedload(db.Visit.visitor), joinedload(db.Visit.group),
                                       joinedload(db.Visit.host))
                              .order_by(db.Visit.id))
            for visit in found:
                occupants.setdefault(visit.room_id, visit)
        return [_room_view(r, occupants.get(r.id)) for r in all_rooms]


def _waiting():
    return db.Visit.state.in_([str(x) for x in WAITING])


def _view(s: Session, room: db.ReceptionRoom) -> RoomView:
    occupant = None
    if room.state == "occupied":
        occupant = s.scalars(select(db.Visit).where(db.Visit.room_id == room.id, _waiting())
                             .order_by(db.Visit.id)).first()
    return _room_view(room, occupant)


def _room_view(room: db.ReceptionRoom, occupant: db.Visit | None) -> RoomView:
    if room.state != "occupied" or occupant is None:
        return RoomView(room.id, room.name, room.state, room.since, "", None)
    party = occupant.group.size if occupant.group else occupant.party_size
    return RoomView(room.id, room.name, room.state, room.since, occupant.visitor.name, occupant.id,
                    occupant.host.name if occupant.host else "", party, m.ReceptionLevel(occupant.level))


guard_module(globals())
