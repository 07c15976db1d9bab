"""A new visit and what it sets going: the host told, the badge queued, each move along the state machine."""
from __future__ import annotations

import secrets
from datetime import datetime, time

from sqlalchemy.orm import Session

from shared.changes import Changes
from shared.domain import model as m
from shared.domain.documents import document_to_dict
from shared.domain.errors import InvalidInput
from shared.domain.identity import mask_id_number
from shared.domain.states import FINAL, WAITING, next_state
from shared.domain.states import VisitAction as A
from shared.domain.states import VisitState as S
from shared.services.checkin.patient import queue_ticket
from shared.services.desk.rooms import vacate
from shared.services.site.settings import load_settings
from shared.store import models as db
from shared.store.feed import record
from shared.store.types import utcnow
from shared.services.common.boundary import guard_module

BADGE_CHANGES = Changes.VISITS | Changes.PRINT_JOBS | Changes.NOTIFICATIONS


def check_consent(walk_in: m.WalkIn, consent: m.Consent | None) -> None:
    if consent is None:
        return
    if not consent.privacy:
        raise InvalidInput({"consent": "required"})
    if walk_in.id_number and not consent.id_number:
        raise InvalidInput({"id_consent": "required"})


def card_extras(s: Session, walk_in: m.WalkIn) -> dict[str, str]:
    """The address and nation read off the card, each only if the site keeps it: dropped here otherwise,
    whatever a station sends."""
    settings = load_settings(s)
    return {"address": walk_in.address if settings.keep_card_address else "",
            "nation": walk_in.nation if settings.keep_card_nation else ""}


def find_host(s: Session, walk_in: m.WalkIn) -> db.Host | None:
    """The chosen host, or None for "my host is not listed"; a host gone since the search is refused."""
    if walk_in.host_unknown:
        return None
    host = s.get(db.Host, walk_in.host_id)
    if host is None or not host.active:
        raise InvalidInput({"host": "unknown"})
    return host


def arrive(s: Session, visit: db.Visit, actor: m.Actor, printer: str) -> None:
    """Tell the host (or, with no host, leave it to reception) and queue the badge: a clinic's patient
    (shared.services.checkin.patient.admit) gets their queue ticket instead."""
    if visit.host is not None:
        apply(s, visit, A.NOTIFY_HOST, actor)
        queue_notification(s, visit)
    if visit.patient_kind:
        queue_ticket(s, visit, actor, printer)
    else:
        queue_badge(s, visit, actor, printer)


def new_visit(s: Session, visitor: db.Visitor, host: db.Host | None, actor: m.Actor,
              walk_in: m.WalkIn | None = None, consent: m.Consent | None = None, **extra) -> db.Visit:
    now = utcnow()
    token = secrets.token_urlsafe(16)
    details = {}
    if walk_in is not None:
        details = dict(party_size=walk_in.party_size, purpose=walk_in.purpose, plate=walk_in.plate,
                       region=walk_in.region, id_source=walk_in.id_source if visitor.id_number else "")
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
        photo=visit.photo.jpeg if visit.photo is not None else b"", signed=tuple(d.title for d in visit.signed),
    )


def queue_badge(s: Session, visit: db.Visit, actor: m.Actor, printer: str) -> None:
    # the site decides whether a masked ID prints
    badge = badge_data(visit, print_id_number=load_settings(s).print_id_number)
    job = db.PrintJob(visit_id=visit.id, kind="badge", station=actor.station, printer=printer,
                      payload=document_to_dict(badge))
    s.add(job)
    s.flush()
    record(s, "print_job", job.id)


def queue_notification(s: Session, visit: db.Visit, message: str = "") -> None:
    payload = {"visit_no": visit.visit_no, "visitor": visit.visitor.name, "company": visit.visitor.company}
    if message:  # the visitor's message, relayed to the absent host
        payload["message"] = message
    note = db.Notification(visit_id=visit.id, host_id=visit.host_id, channel="console", payload=payload)
    s.add(note)
    s.flush()
    record(s, "notification", note.id)


def apply(s: Session, visit: db.Visit, action: A, actor: m.Actor, note: str = "") -> None:
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


guard_module(globals())
