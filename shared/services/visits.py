"""Check-in and every transition of the visit state machine, one function each."""
from __future__ import annotations

import secrets
from datetime import datetime, time

from sqlalchemy.orm import Session

from shared.changes import Changes, Done
from shared.domain import model as m
from shared.domain.documents import document_to_dict
from shared.domain.errors import InvalidInput, NotFound
from shared.domain.states import VisitAction as A
from shared.domain.states import VisitState as S
from shared.domain.states import FINAL, WAITING, next_state
from shared.domain.identity import mask_id_number
from shared.domain.validation import validate_walk_in
from shared.store import models as db
from shared.store.engine import Store
from shared.store.feed import record
from shared.store.types import utcnow

from . import mapping
from .rooms import occupy, vacate
from .watchlist import alerting, raise_if_watched

BADGE_CHANGES = Changes.VISITS | Changes.PRINT_JOBS | Changes.NOTIFICATIONS


def check_in_walk_in(store: Store, actor: m.Actor, walk_in: m.WalkIn, printer: str = "",
                     consent: m.Consent | None = None) -> Done[m.Visit]:
    """Register a walk-in, notify the host and queue the badge, all in one transaction.

    consent: what the visitor accepted at the kiosk (the desk asks in person and passes None)."""
    clean = validate_walk_in(walk_in)
    check_consent(clean, consent)
    with alerting(store, actor), store.write() as s:
        raise_if_watched(s, clean.name, clean.mobile, clean.id_number)
        host = find_host(s, clean)
        visitor = db.Visitor(name=clean.name, mobile=clean.mobile, company=clean.company,
                             id_number=clean.id_number)
        visit = _new_visit(s, visitor, host, actor, clean, consent)
        arrive(s, visit, actor, printer)
        return Done(mapping.visit(visit), BADGE_CHANGES)


def check_consent(walk_in: m.WalkIn, consent: m.Consent | None) -> None:
    if consent is None:
        return
    if not consent.privacy:
        raise InvalidInput({"consent": "required"})
    if walk_in.id_number and not consent.id_number:
        raise InvalidInput({"id_consent": "required"})


def find_host(s: Session, walk_in: m.WalkIn) -> db.Host | None:
    """The chosen host, or None for "my host is not listed"; a host gone since the search is refused."""
    if walk_in.host_unknown:
        return None
    host = s.get(db.Host, walk_in.host_id)
    if host is None or not host.active:
        raise InvalidInput({"host": "unknown"})
    return host


def arrive(s: Session, visit: db.Visit, actor: m.Actor, printer: str) -> None:
    """Tell the host (or, with no host, leave it to reception) and queue the badge."""
    if visit.host is not None:
        _apply(s, visit, A.NOTIFY_HOST, actor)
        _queue_notification(s, visit)
    _queue_badge(s, visit, actor, printer)


def _new_visit(s: Session, visitor: db.Visitor, host: db.Host | None, actor: m.Actor,
               walk_in: m.WalkIn | None = None, consent: m.Consent | None = None, **extra) -> db.Visit:
    now = utcnow()
    token = secrets.token_urlsafe(16)
    details = {}
    if walk_in is not None:
        details = dict(party_size=walk_in.party_size, purpose=walk_in.purpose, plate=walk_in.plate,
                       region=walk_in.region)
    if consent is not None:
        details.update(consent_at=now, id_consent=consent.id_number)
    visit = db.Visit(visitor=visitor, host=host, state=S.CHECKED_IN, badge_token=token,
                     visit_no=token, visit_date=now.astimezone().date(), station=actor.station,
                     checked_in_at=now, updated_at=now, **details, **extra)
    s.add(visit)
    s.flush()  # the id numbers the visit: unique without a counter every station must share
    visit.visit_no = f"{visit.visit_date:%y%m%d}-{visit.id:04d}"
    s.add(db.VisitEvent(visit_id=visit.id, action="check_in", from_state="", to_state=S.CHECKED_IN,
                        at=now, station=actor.station, operator=actor.operator))
    record(s, "visit", visit.id)
    return visit


RECEPTION = "前台 Reception"  # on a badge whose host reception still has to find


def badge_data(visit: db.Visit, print_id_number: bool = False) -> m.BadgeData:
    local_day = visit.visit_date
    valid_until = datetime.combine(local_day, time(23, 59)).astimezone()
    id_masked = mask_id_number(visit.visitor.id_number) if print_id_number and visit.visitor.id_number else ""
    return m.BadgeData(
        visit_no=visit.visit_no, visitor_name=visit.visitor.name, company=visit.visitor.company,
        host_name=visit.host.name if visit.host else RECEPTION, visit_date=local_day,
        valid_until=valid_until, token=visit.badge_token, level=m.ReceptionLevel(visit.level),
        group_name=visit.group.name if visit.group else "", member_no=visit.member_no if visit.group else 0,
        group_size=visit.group.size if visit.group else 0, id_number_masked=id_masked,
    )


def _queue_badge(s: Session, visit: db.Visit, actor: m.Actor, printer: str) -> None:
    from .settings import load_settings  # the site decides whether a masked ID prints

    badge = badge_data(visit, print_id_number=load_settings(s).print_id_number)
    job = db.PrintJob(visit_id=visit.id, kind="badge", station=actor.station, printer=printer,
                      payload=document_to_dict(badge))
    s.add(job)
    s.flush()
    record(s, "print_job", job.id)


def _queue_notification(s: Session, visit: db.Visit, message: str = "") -> None:
    payload = {"visit_no": visit.visit_no, "visitor": visit.visitor.name, "company": visit.visitor.company}
    if message:  # the visitor's message, relayed to the absent host
        payload["message"] = message
    note = db.Notification(visit_id=visit.id, host_id=visit.host_id, channel="console", payload=payload)
    s.add(note)
    s.flush()
    record(s, "notification", note.id)


def _apply(s: Session, visit: db.Visit, action: A, actor: m.Actor, note: str = "") -> None:
    """Move a visit along the state machine; ForbiddenTransition leaves it untouched."""
    from_state = S(visit.state)
    to_state = next_state(from_state, action)
    now = utcnow()
    s.add(db.VisitEvent(visit_id=visit.id, action=action, from_state=visit.state, to_state=to_state,
                        at=now, station=actor.station, operator=actor.operator, note=note))
    visit.state = to_state
    visit.updated_at = now
    if action == A.VISITOR_LEAVES:
        visit.message = note
    if from_state in WAITING and to_state not in WAITING:
        visit.waited_until = now
        if visit.room is not None:  # the visitor left the room: it needs tidying (收拾接待室)
            vacate(s, visit.room, now)
    if to_state in FINAL:
        visit.checked_out_at = now
    record(s, "visit", visit.id)


def _transition(store: Store, actor: m.Actor, visit_id: int, action: A, note: str = "",
                room_id: int | None = None) -> Done[m.Visit]:
    with store.write() as s:
        visit = s.get(db.Visit, visit_id, with_for_update={"of": db.Visit})
        if visit is None:
            raise NotFound(f"no visit {visit_id}", visit_id=visit_id)
        _apply(s, visit, action, actor, note)
        changes = Changes.VISITS
        if room_id is not None:
            occupy(s, visit, room_id)
            changes |= Changes.ROOMS
        if action == A.NOTIFY_HOST:
            _queue_notification(s, visit)
            changes |= Changes.NOTIFICATIONS
        elif action == A.VISITOR_LEAVES and visit.host is not None:
            _queue_notification(s, visit, message=note)
            changes |= Changes.NOTIFICATIONS
        return Done(mapping.visit(visit), changes)


def notify_host(store: Store, actor: m.Actor, visit_id: int) -> Done[m.Visit]:
    return _transition(store, actor, visit_id, A.NOTIFY_HOST)


def host_ready(store: Store, actor: m.Actor, visit_id: int) -> Done[m.Visit]:
    """Host present and ready: the visitor is led to the host, or the host collects them."""
    return _transition(store, actor, visit_id, A.HOST_READY)


def visitor_must_wait(store: Store, actor: m.Actor, visit_id: int, room_id: int | None = None) -> Done[m.Visit]:
    """Host present but not ready: the visitor waits, in a reception room when one is given."""
    return _transition(store, actor, visit_id, A.MUST_WAIT, room_id=room_id)


def host_absent_visitor_waits(store: Store, actor: m.Actor, visit_id: int,
                              room_id: int | None = None) -> Done[m.Visit]:
    return _transition(store, actor, visit_id, A.HOST_ABSENT_WAITS, room_id=room_id)


def visitor_leaves(store: Store, actor: m.Actor, visit_id: int, message: str) -> Done[m.Visit]:
    """Host absent and the visitor won't wait: the message is kept to relay to the host."""
    message = (message or "").strip()  # the visitor's own words, punctuation and lines kept
    if not message:
        raise InvalidInput({"message": "required"})
    return _transition(store, actor, visit_id, A.VISITOR_LEAVES, note=message)


def host_declines(store: Store, actor: m.Actor, visit_id: int) -> Done[m.Visit]:
    return _transition(store, actor, visit_id, A.HOST_DECLINES)


def host_arrives(store: Store, actor: m.Actor, visit_id: int) -> Done[m.Visit]:
    return _transition(store, actor, visit_id, A.HOST_ARRIVES)


def escort_out(store: Store, actor: m.Actor, visit_id: int) -> Done[m.Visit]:
    return _transition(store, actor, visit_id, A.ESCORT_OUT)


def back_to_desk(store: Store, actor: m.Actor, visit_id: int) -> Done[m.Visit]:
    return _transition(store, actor, visit_id, A.BACK_TO_DESK)


def see_out(store: Store, actor: m.Actor, visit_id: int) -> Done[m.Visit]:
    return _transition(store, actor, visit_id, A.SEE_OUT)


def check_out(store: Store, actor: m.Actor, visit_id: int) -> Done[m.Visit]:
    return _transition(store, actor, visit_id, A.CHECK_OUT)


def mark_no_show(store: Store, actor: m.Actor, visit_id: int) -> Done[m.Visit]:
    return _transition(store, actor, visit_id, A.NO_SHOW)
