"""The desk moves a visit along the reception flow: one function per branch of the seed's flowchart."""
from __future__ import annotations

from shared.changes import Changes, Done
from shared.domain import model as m
from shared.domain.permissions import Permission, needs
from shared.domain.errors import InvalidInput
from shared.domain.states import VisitAction as A
from shared.services.checkin.visit import apply, queue_notification
from shared.services.common import mapping
from shared.services.desk.rooms import occupy
from shared.store import models as db
from shared.services.common.loading import load
from shared.store.engine import Store
from shared.services.common.boundary import guard_module


def _transition(store: Store, actor: m.Actor, visit_id: int, action: A, note: str = "",
                room_id: int | None = None) -> Done[m.Visit]:
    with store.write() as s:
        visit = load(s, db.Visit, visit_id, "visit", lock={"of": db.Visit}, visit_id=visit_id)
        apply(s, visit, action, actor, note)
        changes = Changes.VISITS
        if room_id is not None:
            occupy(s, visit, room_id)
            changes |= Changes.ROOMS
        if action == A.NOTIFY_HOST:
            queue_notification(s, visit)
            changes |= Changes.NOTIFICATIONS
        elif action == A.VISITOR_LEAVES and visit.host is not None:
            queue_notification(s, visit, message=note)
            changes |= Changes.NOTIFICATIONS
        return Done(mapping.visit(visit), changes)


@needs(Permission.DESK)
def notify_host(store: Store, actor: m.Actor, visit_id: int) -> Done[m.Visit]:
    return _transition(store, actor, visit_id, A.NOTIFY_HOST)


@needs(Permission.DESK)
def host_ready(store: Store, actor: m.Actor, visit_id: int) -> Done[m.Visit]:
    """Host present and ready: the visitor is led to the host, or the host collects them."""
    return _transition(store, actor, visit_id, A.HOST_READY)


@needs(Permission.DESK)
def visitor_must_wait(store: Store, actor: m.Actor, visit_id: int, room_id: int | None = None) -> Done[m.Visit]:
    """Host present but not ready: the visitor waits, in a reception room when one is given."""
    return _transition(store, actor, visit_id, A.MUST_WAIT, room_id=room_id)


@needs(Permission.DESK)
def host_absent_visitor_waits(store: Store, actor: m.Actor, visit_id: int,
                              room_id: int | None = None) -> Done[m.Visit]:
    return _transition(store, actor, visit_id, A.HOST_ABSENT_WAITS, room_id=room_id)


@needs(Permission.DESK)
def visitor_leaves(store: Store, actor: m.Actor, visit_id: int, message: str) -> Done[m.Visit]:
    """Host absent and the visitor won't wait: the message is kept to relay to the host."""
    message = (message or "").strip()  # the visitor's own words, punctuation and lines kept
    if not message:
        raise InvalidInput({"message": "required"})
    return _transition(store, actor, visit_id, A.VISITOR_LEAVES, note=message)


@needs(Permission.DESK)
def host_declines(store: Store, actor: m.Actor, visit_id: int) -> Done[m.Visit]:
    return _transition(store, actor, visit_id, A.HOST_DECLINES)


@needs(Permission.DESK)
def host_arrives(store: Store, actor: m.Actor, visit_id: int) -> Done[m.Visit]:
    return _transition(store, actor, visit_id, A.HOST_ARRIVES)


@needs(Permission.DESK)
def escort_out(store: Store, actor: m.Actor, visit_id: int) -> Done[m.Visit]:
    return _transition(store, actor, visit_id, A.ESCORT_OUT)


@needs(Permission.DESK)
def back_to_desk(store: Store, actor: m.Actor, visit_id: int) -> Done[m.Visit]:
    return _transition(store, actor, visit_id, A.BACK_TO_DESK)


@needs(Permission.DESK)
def see_out(store: Store, actor: m.Actor, visit_id: int) -> Done[m.Visit]:
    return _transition(store, actor, visit_id, A.SEE_OUT)


@needs(Permission.DESK)
def check_out(store: Store, actor: m.Actor, visit_id: int) -> Done[m.Visit]:
    return _transition(store, actor, visit_id, A.CHECK_OUT)


@needs(Permission.DESK)
def mark_no_show(store: Store, actor: m.Actor, visit_id: int) -> Done[m.Visit]:
    return _transition(store, actor, visit_id, A.NO_SHOW)


guard_module(globals())
