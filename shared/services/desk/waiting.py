"""The desk's live duties: who is waiting (VIPs first, then longest wait) and what to do about it.

Reminders are computed, never stored: a reminder is due from facts already kept (check-in time,
when the host was told, the room's state) and the last acknowledgement (ReminderAck). `now` is
injectable everywhere so tests move the clock instead of sleeping.

A party (团队) waits together: it gets one water and one host-late reminder, on its first member
still waiting; an acknowledgement on any member rests it for the whole party. On the waiting list
each member keeps a row of its own (each has a badge and a state the desk moves on its own), kept
together under the party's place in the order."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import joinedload

from shared.changes import Changes, Done
from shared.domain import model as m
from shared.domain.permissions import Permission, needs
from shared.domain.errors import InvalidInput, NotActionable
from shared.domain.host_answer import Answer
from shared.domain.states import WAITING, VisitAction
from shared.store import models as db
from shared.services.common.loading import load
from shared.services.common.unavailable import store_unavailable
from shared.store.engine import Store
from shared.store.feed import record
from shared.store.types import utcnow

from shared.services.directory.levels import load_levels
from shared.services.site.settings import load_settings
from shared.services.common.boundary import guard_module
from shared.domain.waiting import WaitingRow, is_waiting, minutes_between, party_key, waiting_list  # noqa: F401

WATER, HOST_LATE, TIDY, RELAY = "water", "host_late", "tidy", "relay"
ACK_KINDS = (WATER, HOST_LATE)  # tidy is settled by confirming the room; relay by closing the visit
# The host's "cannot meet" to tell the visitor first, then someone to call, then comfort, then rooms.
_KIND_ORDER = {RELAY: -1, HOST_LATE: 0, WATER: 1, TIDY: 2}


def thresholds(store: Store) -> dict[m.ReceptionLevel, int]:
    """Minutes of waiting after which each level's row warns (set by admins per level)."""
    with store.read() as s:
        return {key: policy.wait_warn_minutes for key, policy in load_levels(s).items()}


# --- reminders ---------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Reminder:
    kind: str  # water / host_late / tidy
    visit_id: int | None  # water / host_late: the visit to acknowledge on
    room_id: int | None  # tidy: the room to confirm; water / host_late: the room they wait in
    room: str
    minutes: int  # water: waited since check-in; host_late: since the host was told; tidy: since freed
    since: datetime
    visitor: str = ""
    party: int = 1
    host: str = ""
    host_phone: str = ""
    assistant: str = ""
    assistant_phone: str = ""
    party_ids: tuple[int, ...] = ()  # water / host_late: the visits of the party it is about
    said: str = ""  # the host's answer on their page (shared.domain.host_answer.Answer), if any
    said_note: str = ""  # their words: for relay, what the desk tells the visitor
    eta: datetime | None = None  # when the host said they would be here

    @property
    def key(self) -> tuple[str, int | None]:
        """Stable while the reminder stays due, so a screen can tell a new one from an old one."""
        return (self.kind, self.room_id if self.kind == TIDY else self.visit_id)


@store_unavailable()  # the polling panels keep what they show when the database is away
@needs(Permission.DESK)
def due_reminders(store: Store, actor: m.Actor, now: datetime | None = None,
                  visit_ids: frozenset[int] | None = None) -> list[Reminder]:
    """Everything the desk should do now: host-late calls first, then water, then rooms to tidy.

    visit_ids: only the parties of these visits (the ones a change touched) and the rooms; the desk
    keeps the others' reminders from its last full check (see ReminderUpdate)."""
    now = now or utcnow()
    with store.read() as s:
        settings = load_settings(s)
        query = select(db.Visit).where(db.Visit.state.in_([str(x) for x in WAITING]),
                                       db.Visit.checked_in_at.is_not(None))
        if visit_ids is not None:
            groups = select(db.Visit.group_id).where(db.Visit.id.in_(visit_ids), db.Visit.group_id.is_not(None))
            query = query.where(or_(db.Visit.id.in_(visit_ids), db.Visit.group_id.in_(groups)))
        # Everything a reminder names, loaded with the visits: not four lookups per party.
        waiting = s.scalars(query.order_by(db.Visit.id).options(
            joinedload(db.Visit.visitor), joinedload(db.Visit.host), joinedload(db.Visit.group),
            joinedload(db.Visit.room))).all()
        ids = [v.id for v in waiting]
        acks = _last_acks(s, ids)
        told = _first_told(s, ids)
        found: list[Reminder] = []
        for party in _parties(waiting):
            lead = party[0]
            if settings.water_after_min:
                found += _water(party, lead, acks, settings.water_after_min, now)
            if lead.host_answer == Answer.CANNOT:
                found.append(Reminder(RELAY, lead.id, minutes=minutes_between(lead.host_answer_at, now),
                                      since=lead.host_answer_at, **_context(lead, party), **_said(lead)))
            elif lead.host_eta is not None:
                found += _host_said(party, lead, acks, now)
            elif settings.host_late_min and lead.host is not None:
                found += _host_late(party, lead, acks, told, settings.host_late_min, now)
        if settings.tidy_reminder:
            for room in s.scalars(select(db.ReceptionRoom).where(db.ReceptionRoom.state == "tidying")):
                since = room.since or now
                found.append(Reminder(TIDY, None, room.id, room.name, minutes_between(since, now), since))
    return sorted(found, key=reminder_order)


def reminder_order(r: Reminder) -> tuple:
    return (_KIND_ORDER[r.kind], -r.minutes, r.key[1] or 0)


def merged_reminders(shown: list[Reminder], fresh: list[Reminder], visit_ids: frozenset[int]) -> list[Reminder]:
    """The desk's list after a change: the touched visits' parties and the rooms from `fresh` (asked with
    visit_ids), everyone else's as shown. A party is dropped by its members' ids, so a group whose lead
    changed loses its old reminders too."""
    touched = set(visit_ids) | {r.visit_id for r in fresh if r.visit_id is not None}
    kept = [r for r in shown if r.kind != TIDY and r.visit_id not in touched and not (set(r.party_ids) & touched)]
    return sorted(kept + fresh, key=reminder_order)


def _parties(waiting: list[db.Visit]) -> list[list[db.Visit]]:
    groups: dict[tuple, list[db.Visit]] = {}
    for visit in waiting:  # in id order: a group's lead is its first member still waiting
        key = ("group", visit.group_id) if visit.group_id else ("visit", visit.id)
        groups.setdefault(key, []).append(visit)
    return list(groups.values())


def _last_acks(s, ids: list[int]) -> dict[tuple[str, int], datetime]:
    if not ids:
        return {}
    rows = s.execute(select(db.ReminderAck.kind, db.ReminderAck.visit_id, func.max(db.ReminderAck.at))
                     .where(db.ReminderAck.visit_id.in_(ids))
                     .group_by(db.ReminderAck.kind, db.ReminderAck.visit_id)).all()
    return {(kind, visit_id): _aware(at) for kind, visit_id, at in rows}


def _first_told(s, ids: list[int]) -> dict[int, datetime]:
    """When each host was first told: "not come after N minutes" counts from then, a reminder
    to the host ("notify again") does not restart it."""
    if not ids:
        return {}
    rows = s.execute(select(db.VisitEvent.visit_id, func.min(db.VisitEvent.at))
                     .where(db.VisitEvent.visit_id.in_(ids), db.VisitEvent.action == str(VisitAction.NOTIFY_HOST))
                     .group_by(db.VisitEvent.visit_id)).all()
    return {visit_id: _aware(at) for visit_id, at in rows}


def _aware(at: datetime) -> datetime:
    # Aggregates bypass the column type: SQLite hands back a naive UTC value (or text).
    if isinstance(at, str):
        at = datetime.fromisoformat(at)
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


def _last_ack(party: list[db.Visit], kind: str, acks: Mapping[tuple[str, int], datetime]) -> datetime | None:
    times = [acks[(kind, v.id)] for v in party if (kind, v.id) in acks]
    return max(times) if times else None


def _context(lead: db.Visit, party: list[db.Visit]) -> dict:
    room = next((v.room for v in party if v.room is not None), None)
    host = lead.host
    return dict(room_id=room.id if room else None, room=room.name if room else "",
                visitor=lead.visitor.name, party=lead.group.size if lead.group else lead.party_size,
                host=host.name if host else "", host_phone=host.phone if host else "",
                assistant=host.assistant if host else "", assistant_phone=host.assistant_phone if host else "",
                party_ids=tuple(v.id for v in party))


def _water(party, lead, acks, every_min: int, now: datetime) -> list[Reminder]:
    arrived = min(v.checked_in_at for v in party)
    last = max(arrived, _last_ack(party, WATER, acks) or arrived)
    if now - last < timedelta(minutes=every_min):
        return []
    return [Reminder(WATER, lead.id, minutes=minutes_between(arrived, now), since=arrived, **_context(lead, party))]


def _host_late(party, lead, acks, told, after_min: int, now: datetime) -> list[Reminder]:
    times = [told[v.id] for v in party if v.id in told]
    if not times:
        return []  # the host was never told (reception still has to find them)
    first = min(times)
    last = max(first, _last_ack(party, HOST_LATE, acks) or first)
    if now - last < timedelta(minutes=after_min):
        return []
    return [Reminder(HOST_LATE, lead.id, minutes=minutes_between(first, now), since=first, **_context(lead, party))]


def _said(lead: db.Visit) -> dict:
    return dict(said=lead.host_answer, said_note=lead.host_answer_note, eta=lead.host_eta)


def _host_said(party, lead, acks, now: datetime) -> list[Reminder]:
    """The host gave a time on their page: the desk hears of them once it has passed, not before."""
    eta = lead.host_eta
    last = max(eta, _last_ack(party, HOST_LATE, acks) or eta)
    if now < last or (last > eta and now - last < timedelta(minutes=5)):
        return []  # an acknowledged overdue host is asked about again every five minutes
    return [Reminder(HOST_LATE, lead.id, minutes=minutes_between(eta, now), since=eta, **_context(lead, party),
                     **_said(lead))]


@needs(Permission.DESK)
def acknowledge(store: Store, actor: m.Actor, kind: str, visit_id: int,
                now: datetime | None = None) -> Done[datetime]:
    """Someone refilled the water or called the assistant: the reminder rests until due again.

    Refused (changing nothing) for an unknown kind, or a visitor no longer waiting."""
    if kind not in ACK_KINDS:
        raise InvalidInput({"reminder": "unknown"})
    now = now or utcnow()
    with store.write() as s:
        visit = load(s, db.Visit, visit_id, "visit", visit_id=visit_id)
        if visit.state not in WAITING:
            raise NotActionable(f"visit {visit_id} is no longer waiting")
        s.add(db.ReminderAck(kind=kind, visit_id=visit_id, at=now, operator=actor.operator))
        record(s, "visit", visit_id)  # other consoles re-evaluate their reminders
    return Done(now, Changes.VISITS)


guard_module(globals())
