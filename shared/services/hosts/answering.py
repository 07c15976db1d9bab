"""A host answers a visit from the link in their notification: coming now, coming in N minutes, please
wait, cannot meet (with words the desk relays), or a colleague instead.

The link is the credential: whoever holds it answers for the host it was sent to, once, while the visit
is on. Each answer moves the visit through the desk's own transitions and is written to the visit's
events and the audit log; the console shows it at once through the change feed."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from shared.changes import Changes, Done
from shared.domain import model as m
from shared.domain.errors import InvalidInput, NotActionable
from shared.domain.host_answer import Answer, HostAnswer, answer_problems, clean_message, due_at
from shared.domain.states import FINAL, VisitAction, VisitState
from shared.domain.waiting import minutes_between
from shared.services.checkin.visit import apply, queue_notification
from shared.services.common.boundary import guard_module
from shared.services.desk.rooms import occupy
from shared.services.hosts.links import ANSWER, find_link
from shared.services.site.audit import audit
from shared.store import models as db
from shared.store.engine import Store
from shared.store.feed import record
from shared.store.types import utcnow

OPEN, ANSWERED, OVER = "open", "answered", "over"
ANSWERED_EVENT = "host_answered"  # a visit event that records the answer without moving the state


@dataclass(frozen=True, slots=True)
class AnswerPage:
    """What the answer page shows: never the visitor's phone or ID number."""

    status: str  # open / answered / over
    visitor_name: str
    company: str
    party: int
    waited_min: int
    host_name: str
    language: str  # the host's: the page opens in it
    answer: str = ""
    minutes: int = 0
    note: str = ""
    answered_at: datetime | None = None
    eta: datetime | None = None
    colleague: str = ""  # who took the visit over (the answer was "colleague")


def _page(visit: db.Visit, link: db.HostLink, host: db.Host, now: datetime) -> AnswerPage:
    waited = minutes_between(visit.checked_in_at, visit.waited_until or now) if visit.checked_in_at else 0
    base = dict(visitor_name=visit.visitor.name, company=visit.visitor.company,
                party=visit.group.size if visit.group else visit.party_size, waited_min=waited,
                host_name=host.name, language=host.language or "zh_CN")
    handed_over = visit.host_id != link.host_id
    if link.used_at is not None or handed_over or visit.host_answer:
        answer = Answer.COLLEAGUE.value if handed_over else visit.host_answer
        minutes = minutes_between(visit.host_answer_at, visit.host_eta) if visit.host_eta and visit.host_answer_at else 0
        return AnswerPage(ANSWERED, answer=answer, minutes=minutes, note=visit.host_answer_note,
                          answered_at=visit.host_answer_at or link.used_at, eta=visit.host_eta,
                          colleague=visit.host.name if handed_over and visit.host else "", **base)
    if VisitState(visit.state) in FINAL:
        return AnswerPage(OVER, **base)
    return AnswerPage(OPEN, **base)


def _load(s: Session, token: str, now: datetime, lock: bool = False) -> tuple[db.HostLink, db.Visit, db.Host]:
    link = find_link(s, token, ANSWER, now, lock=lock)
    visit = s.get(db.Visit, link.visit_id, with_for_update={"of": db.Visit} if lock else None)
    host = s.get(db.Host, link.host_id)
    if visit is None or host is None:  # the visit was erased since
        raise NotActionable("the visit is no longer kept", reason="over")
    return link, visit, host


def answer_page(store: Store, token: str, now: datetime | None = None) -> AnswerPage:
    """The page behind a link: NotFound for a bad token, NotActionable("expired") for an old one."""
    now = now or utcnow()
    with store.read() as s:
        link, visit, host = _load(s, token, now)
        return _page(visit, link, host, now)


def answer_visit(store: Store, token: str, given: HostAnswer, now: datetime | None = None) -> Done[AnswerPage]:
    """Record the host's answer and move the visit. A second answer (through any of the visit's links)
    changes nothing and returns the page with the first one; so does a visit already over."""
    now = now or utcnow()
    problems = answer_problems(given)
    if problems:
        raise InvalidInput(problems)
    note = clean_message(given.message)
    with store.write() as s:
        link, visit, host = _load(s, token, now, lock=True)
        page = _page(visit, link, host, now)
        if page.status != OPEN:
            return Done(page, Changes.NONE)
        actor = m.Actor(station="web", operator=f"host {host.name}"[:80], role="host")
        changes = Changes.VISITS
        if given.answer == Answer.COLLEAGUE:
            changes |= _hand_over(s, visit, host, given.colleague_id, actor, note)
        else:
            _record_answer(s, visit, given, note, actor, now)
            if given.answer == Answer.WAIT and visit.room is None and _seat(s, visit):
                changes |= Changes.ROOMS
        link.used_at = now
        # The host's words stay with the visit (and go with it at the purge), not in the audit log.
        audit(s, actor, "host_answer", visit.visit_no, visit_id=visit.id, answer=str(given.answer),
              minutes=given.minutes or 0)
        record(s, "visit", visit.id)
        return Done(_page(visit, link, host, now), changes)


def _record_answer(s: Session, visit: db.Visit, given: HostAnswer, note: str, actor: m.Actor, now: datetime) -> None:
    visit.host_answer, visit.host_answer_note, visit.host_answer_at = str(given.answer), note, now
    visit.host_eta = due_at(given.answer, now, given.minutes)
    words = f"{given.answer}" + (f" {given.minutes} min" if given.answer == Answer.COMING_IN else "")
    words += f": {note}" if note else ""
    if given.answer != Answer.CANNOT and VisitState(visit.state) == VisitState.HOST_NOTIFIED:
        # Host present, not with the visitor yet: the flowchart's "visitor waits" (the desk's own action).
        apply(s, visit, VisitAction.MUST_WAIT, actor, words)
    else:  # cannot meet: the visitor stays until the desk has told them and closes the visit
        _event(s, visit, actor, words, now)


def _seat(s: Session, visit: db.Visit) -> bool:
    """"Have them wait in a room": the first free reception room is theirs (the desk leads them there);
    with none free they wait in the lobby, as the waiting list shows."""
    room = s.scalars(select(db.ReceptionRoom).where(db.ReceptionRoom.state == "free")
                     .order_by(db.ReceptionRoom.id).limit(1).with_for_update(skip_locked=True)).first()
    if room is None:
        return False
    occupy(s, visit, room.id)
    return True


def _hand_over(s: Session, visit: db.Visit, host: db.Host, colleague_id: int | None, actor: m.Actor,
               note: str) -> Changes:
    colleague = s.get(db.Host, colleague_id) if colleague_id is not None else None
    if colleague is None or not colleague.active or colleague.id == host.id:
        raise InvalidInput({"colleague": "unknown"})
    visit.host_id = colleague.id
    visit.host = colleague
    visit.host_answer, visit.host_answer_note, visit.host_answer_at, visit.host_eta = "", "", None, None
    _event(s, visit, actor, f"colleague: {colleague.name}" + (f": {note}" if note else ""), utcnow())
    queue_notification(s, visit)  # the colleague is told, with a link of their own
    return Changes.NOTIFICATIONS


def _event(s: Session, visit: db.Visit, actor: m.Actor, note: str, now: datetime) -> None:
    s.add(db.VisitEvent(visit_id=visit.id, action=ANSWERED_EVENT, from_state=visit.state, to_state=visit.state,
                        at=now, station=actor.station, operator=actor.operator, note=note))
    visit.updated_at = now


guard_module(globals())
