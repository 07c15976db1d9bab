"""The gate desk (门岗): security registers who comes in, with plate, parking spot and what they carry;
reception says whether the host receives them; at the exit the pass is scanned and the items ticked out.

waiting (reception has been asked) -> admitted / turned_away; admitted -> exited. An exited pass
cannot be used again; a difference between items in and out is kept on the entry (discrepancy)."""
from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from shared.changes import Changes, Done
from shared.domain import model as m
from shared.domain.documents import document_to_dict
from shared.domain.errors import InvalidInput, NotActionable, NotFound
from shared.domain.identity import normalise_plate
from shared.domain.text import clean_text
from shared.domain.validation import COMPANY_MAX, mask_mobile, name_problem, normalise_mobile
from shared.store import models as db
from shared.services.common.loading import load
from shared.store.engine import Store
from shared.store.feed import record
from shared.store.types import utcnow

from shared.domain.permissions import NotPermitted, Permission, needs
from shared.services.checkin.attachments import attach_at_gate, check_attachments
from shared.services.security.watchlist import alerting, raise_if_watched
from shared.services.common.boundary import guard_module

KINDS = ("visitor", "driver")
PARKING_MAX = 40
ITEM_MAX = 80
QUANTITY_MAX = 9999
ITEMS_MAX = 50
ANSWER_MAX = 200
NOTE_MAX = 500
NO_HOST = "前台 Reception"  # on a pass whose host is not named (a driver delivering to the store)


@dataclass(frozen=True, slots=True)
class GateItemView:
    id: int
    name: str
    quantity_in: int
    quantity_out: int | None

    @property
    def differs(self) -> bool:
        return self.quantity_out is not None and self.quantity_out != self.quantity_in


@dataclass(frozen=True, slots=True)
class GateEntryView:
    id: int
    pass_no: str
    token: str
    kind: str  # visitor / driver
    person_name: str
    mobile_masked: str
    company: str
    host_id: int | None
    host_name: str
    plate: str
    parking_spot: str
    state: str  # waiting / admitted / turned_away / exited
    reception_answer: str
    answered_by: str
    guard: str
    arrived_at: datetime
    exited_at: datetime | None
    exit_guard: str
    discrepancy: bool
    exit_note: str
    items: tuple[GateItemView, ...]


def plate_text(plate: str) -> str:
    """粤B12345 -> 粤B·12345: how a plate reads on the car and on the pass."""
    return f"{plate[:2]}·{plate[2:]}" if len(plate) > 2 else plate


def _view(row: db.GateEntry, items: Iterable[db.GateItem], host: db.Host | None) -> GateEntryView:
    return GateEntryView(
        id=row.id, pass_no=row.pass_no, token=row.token, kind=row.kind, person_name=row.person_name,
        mobile_masked=mask_mobile(row.mobile) if row.mobile else "", company=row.company, host_id=row.host_id,
        host_name=host.name if host else "", plate=row.plate, parking_spot=row.parking_spot, state=row.state,
        reception_answer=row.reception_answer, answered_by=row.answered_by, guard=row.guard,
        arrived_at=row.arrived_at, exited_at=row.exited_at, exit_guard=row.exit_guard,
        discrepancy=row.discrepancy, exit_note=row.exit_note,
        items=tuple(GateItemView(i.id, i.name, i.quantity_in, i.quantity_out) for i in items))


def _items_of(s: Session, entry_id: int) -> list[db.GateItem]:
    return list(s.scalars(select(db.GateItem).where(db.GateItem.entry_id == entry_id).order_by(db.GateItem.id)))


def _load(s: Session, row: db.GateEntry) -> GateEntryView:
    host = s.get(db.Host, row.host_id) if row.host_id else None
    return _view(row, _items_of(s, row.id), host)


def _clean_items(items: Iterable[tuple[str, int]]) -> tuple[list[tuple[str, int]], dict[str, str]]:
    """Rows left wholly empty in the table are dropped; a name without a sensible count is not."""
    cleaned, problems = [], {}
    for name, quantity in items:
        name = clean_text(name)
        if not name and not quantity:
            continue
        if not name:
            problems["item"] = "required"
        elif len(name) > ITEM_MAX:
            problems["item"] = "too_long"
        if not isinstance(quantity, int) or isinstance(quantity, bool) or not 1 <= quantity <= QUANTITY_MAX:
            problems["quantity"] = "invalid"
        cleaned.append((name, quantity))
    if len(cleaned) > ITEMS_MAX:
        problems["items"] = "too_many"
    return cleaned, problems


def _validate(person_name: str, mobile: str, company: str, kind: str, plate: str, parking_spot: str,
              items: Iterable[tuple[str, int]]) -> tuple[dict, dict[str, str]]:
    problems: dict[str, str] = {}
    if problem := name_problem(person_name):
        problems["name"] = problem
    clean_mobile = ""
    if clean_text(mobile):
        try:
            clean_mobile = normalise_mobile(mobile)
        except InvalidInput as err:
            problems.update(err.problems)
    company = clean_text(company)
    if len(company) > COMPANY_MAX:
        problems["company"] = "too_long"
    if kind not in KINDS:
        problems["kind"] = "invalid"
    clean_plate = ""
    if clean_text(plate):
        try:
            clean_plate = normalise_plate(plate)
        except InvalidInput as err:
            problems.update(err.problems)
    elif kind == "driver":  # a driver without a vehicle is a visitor
        problems["plate"] = "required"
    parking_spot = clean_text(parking_spot)
    if len(parking_spot) > PARKING_MAX:
        problems["parking_spot"] = "too_long"
    cleaned_items, item_problems = _clean_items(items)
    problems.update(item_problems)
    fields = dict(person_name=clean_text(person_name), mobile=clean_mobile, company=company, kind=kind,
                  plate=clean_plate, parking_spot=parking_spot)
    return dict(fields=fields, items=cleaned_items), problems


def gate_pass_of(view: GateEntryView) -> m.GatePass:
    return m.GatePass(
        pass_no=view.pass_no, visitor_name=view.person_name, company=view.company,
        host_name=view.host_name or NO_HOST, plate=plate_text(view.plate), parking_spot=view.parking_spot,
        items=tuple(m.CarriedItem(i.name, i.quantity_in) for i in view.items), issued_at=view.arrived_at,
        guard=view.guard, token=view.token)


def _queue_pass(s: Session, view: GateEntryView, station: str, printer: str, operator: str) -> db.PrintJob:
    job = db.PrintJob(kind="gate_pass", station=station, printer=printer,
                      payload=document_to_dict(gate_pass_of(view)), updated_by=operator)
    s.add(job)
    s.flush()
    record(s, "print_job", job.id)
    return job


@needs(Permission.GATE)
def register_at_gate(store: Store, actor: m.Actor, *, person_name: str, company: str = "",
                     host_id: int | None = None, kind: str = "visitor", plate: str = "", parking_spot: str = "",
                     items: Iterable[tuple[str, int]] = (), mobile: str = "",
                     printer: str = "", signatures: tuple[m.Signature, ...] = ()) -> Done[GateEntryView]:
    """Register at the gate, ask reception (state "waiting") and print the pass at this station's
    `printer`, all in one transaction. InvalidInput names every wrong field and changes nothing; the
    site's gate documents must each be signed (signatures), or documents=unsigned."""
    clean, problems = _validate(person_name, mobile, company, kind, plate, parking_spot, items)
    check_attachments(m.Attachments(None, tuple(signatures)))
    if problems:  # what was typed is checked before anything is looked up (the watchlist, the host)
        raise InvalidInput(problems)
    # Someone on the watchlist: nothing is registered, the guard (security) is told why, and the alert stays.
    with alerting(store, actor), store.write() as s:
        raise_if_watched(s, clean["fields"]["person_name"], mobile, subject=person_name)
        host = None
        if host_id is not None:
            host = s.get(db.Host, host_id)
            if host is None or not host.active:
                problems["host"] = "unknown"
        if problems:
            raise InvalidInput(problems)
        now = utcnow()
        token = secrets.token_urlsafe(16)
        row = db.GateEntry(pass_no=token[:24], token=token, host_id=host.id if host else None,
                           state="waiting", station=actor.station, guard=actor.operator, arrived_at=now,
                           **clean["fields"])
        s.add(row)
        s.flush()  # the id numbers the pass, as visits are numbered
        row.pass_no = f"GP{now.astimezone():%Y%m%d}-{row.id:04d}"
        for name, quantity in clean["items"]:
            s.add(db.GateItem(entry_id=row.id, name=name, quantity_in=quantity))
        attach_at_gate(s, row, tuple(signatures))
        s.flush()
        record(s, "gate", row.id)
        view = _view(row, _items_of(s, row.id), host)
        _queue_pass(s, view, actor.station, printer, actor.operator)
        return Done(view, Changes.GATE | Changes.PRINT_JOBS)


@needs(Permission.GATE)
def reprint_pass(store: Store, actor: m.Actor, entry_id: int, printer: str = "") -> Done[GateEntryView]:
    """The same pass again (jammed, smudged) while it can still be used."""
    with store.write() as s:
        row = _entry(s, entry_id)
        if row.state not in ("waiting", "admitted"):
            raise InvalidInput({"gate_pass": row.state})
        view = _load(s, row)
        _queue_pass(s, view, actor.station, printer, actor.operator)
        return Done(view, Changes.PRINT_JOBS)


def _entry(s: Session, entry_id: int, lock: bool = False) -> db.GateEntry:
    row = load(s, db.GateEntry, entry_id, "gate entry", lock={"of": db.GateEntry} if lock else None, entry_id=entry_id)
    return row


@needs(Permission.DESK)
def answer_gate(store: Store, actor: m.Actor, entry_id: int, receives: bool,
                message: str = "") -> Done[GateEntryView]:
    """Reception's word to the gate: the host receives them (admitted), or cannot (turned_away) with
    a short polite message the guard reads out. Someone else answering first: NotActionable."""
    if not actor.role:  # a kiosk or the system does not speak for a host
        raise NotPermitted(Permission.GATE)
    message = " ".join((message or "").split())
    if not receives and not message:
        raise InvalidInput({"gate_message": "required"})
    if len(message) > ANSWER_MAX:
        raise InvalidInput({"gate_message": "too_long"})
    with store.write() as s:
        row = _entry(s, entry_id, lock=True)
        if row.state != "waiting":
            raise NotActionable(f"gate entry {row.pass_no} is {row.state}", state=row.state)
        row.state = "admitted" if receives else "turned_away"
        row.reception_answer, row.answered_by = message, actor.operator
        record(s, "gate", row.id)
        return Done(_load(s, row), Changes.GATE)


@needs(Permission.GATE)
def find_pass(store: Store, actor: m.Actor, token: str) -> GateEntryView:
    """The entry a scanned pass belongs to, ready for the exit check.

    NotFound for a code that is no pass of ours; InvalidInput({"gate_pass": state}) for a pass that
    cannot be used to leave: "exited" (used already), "turned_away" (void), "waiting" (not let in)."""
    token = (token or "").strip()
    with store.read() as s:
        row = s.scalars(select(db.GateEntry).where(db.GateEntry.token == token)).first() if token else None
        if row is None:
            raise NotFound("no such gate pass")
        if row.state != "admitted":
            raise InvalidInput({"gate_pass": row.state})
        return _load(s, row)


@needs(Permission.GATE)
def check_out_at_gate(store: Store, actor: m.Actor, entry_id: int, items_out: Mapping[int, int],
                      note: str = "") -> Done[GateEntryView]:
    """Record what left. An item not in items_out left none; any count unlike the one that came in
    flags the entry. The pass is then used: a second scan is refused."""
    note = clean_text(note)
    if len(note) > NOTE_MAX:
        raise InvalidInput({"exit_note": "too_long"})
    with store.write() as s:
        row = _entry(s, entry_id, lock=True)
        if row.state != "admitted":
            raise InvalidInput({"gate_pass": row.state})
        items = _items_of(s, row.id)
        known = {i.id for i in items}
        if set(items_out) - known:
            raise InvalidInput({"item": "unknown"})
        if any(not isinstance(q, int) or isinstance(q, bool) or not 0 <= q <= QUANTITY_MAX
               for q in items_out.values()):
            raise InvalidInput({"quantity": "invalid"})
        for item in items:
            item.quantity_out = items_out.get(item.id, 0)
        row.discrepancy = any(i.quantity_out != i.quantity_in for i in items)
        row.state, row.exited_at, row.exit_guard, row.exit_note = "exited", utcnow(), actor.operator, note
        record(s, "gate", row.id)
        if row.discrepancy:  # the security desk follows it up, whoever was at the gate
            differences = "; ".join(f"{i.name}: {i.quantity_in} → {i.quantity_out}" for i in items
                                    if i.quantity_out != i.quantity_in)
            alert = db.SecurityAlert(kind="gate_items", subject=f"{row.pass_no} {row.person_name}"[:120],
                                     reason=f"{differences}. {note}".strip(), station=actor.station, at=utcnow())
            s.add(alert)
            s.flush()
            record(s, "alert", alert.id)
        return Done(_load(s, row), Changes.GATE | Changes.SECURITY)


def _day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time.min).astimezone()
    end = datetime.combine(day, time.max).astimezone()
    return start, end


def _views(s: Session, rows: list[db.GateEntry]) -> list[GateEntryView]:
    ids = [r.id for r in rows]
    items: dict[int, list[db.GateItem]] = {i: [] for i in ids}
    if ids:
        for item in s.scalars(select(db.GateItem).where(db.GateItem.entry_id.in_(ids)).order_by(db.GateItem.id)):
            items[item.entry_id].append(item)
    host_ids = {r.host_id for r in rows if r.host_id}
    hosts = {h.id: h for h in s.scalars(select(db.Host).where(db.Host.id.in_(host_ids)))} if host_ids else {}
    return [_view(r, items[r.id], hosts.get(r.host_id)) for r in rows]


@needs(Permission.DESK)
def gate_entries(store: Store, actor: m.Actor, day: date | None = None) -> list[GateEntryView]:
    """The day's entries at every gate (local day), newest first; admitted ones from earlier days
    still inside are listed too, so nobody drops off the desk at midnight."""
    start, end = _day_bounds(day or date.today())
    with store.read() as s:
        rows = list(s.scalars(select(db.GateEntry).where(
            ((db.GateEntry.arrived_at >= start) & (db.GateEntry.arrived_at <= end))
            | ((db.GateEntry.state == "admitted") & (db.GateEntry.arrived_at < start))
        ).order_by(db.GateEntry.arrived_at.desc(), db.GateEntry.id.desc())))
        return _views(s, rows)


@needs(Permission.DESK)
def waiting_at_gate(store: Store, actor: m.Actor) -> list[GateEntryView]:
    """Who is at the gate waiting for reception's answer, oldest first."""
    with store.read() as s:
        rows = list(s.scalars(select(db.GateEntry).where(db.GateEntry.state == "waiting")
                              .order_by(db.GateEntry.arrived_at, db.GateEntry.id)))
        return _views(s, rows)


@needs(Permission.DESK)
def gate_entry(store: Store, actor: m.Actor, entry_id: int) -> GateEntryView:
    with store.read() as s:
        return _load(s, _entry(s, entry_id))


@needs(Permission.DESK)
def inside(store: Store, actor: m.Actor) -> list[GateEntryView]:
    """Let in at the gate and not yet out: for the on-site list."""
    with store.read() as s:
        rows = list(s.scalars(select(db.GateEntry).where(db.GateEntry.state == "admitted")
                              .order_by(db.GateEntry.arrived_at, db.GateEntry.id)))
        return _views(s, rows)


guard_module(globals())
