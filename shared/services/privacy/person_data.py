"""Everything held about one person, found by their mobile or ID number: exported for them, or erased.

A person is who the desk can identify: visitor rows with that mobile or ID number, and what hangs off
them (their visits' events, badges, notifications, feedback, the expected visit they came by, their
gate entries and passes). Names alone identify nobody (张伟 is thousands of people), so watchlist
alerts and enquiries, which hold only a name, are not matched here: the retention purge clears them.
Both actions need Permission.PERSON_DATA and are audited with the person masked."""
from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from shared.changes import Changes, Done
from shared.domain import model as m
from shared.domain.errors import InvalidInput
from shared.domain.identity import mask_id_number, normalise_id_number
from shared.domain.states import ON_SITE
from shared.domain.text import clean_text
from shared.domain.validation import mask_mobile, normalise_mobile
from shared.store import models as db
from shared.services.common.boundary import guard_module
from shared.store.engine import Store
from shared.store.types import utcnow

from shared.services.common import export
from shared.services.site.audit import audit, forget_audit_details
from shared.domain.permissions import Permission, needs
from shared.services.privacy.retention import (
    GATE_FINAL,
    PURGE_CHANGES,
    Cleanup,
    forget_appointment,
    forget_gate_entry,
    forget_gate_passes,
    forget_visit,
    secure_cleanup,
)

REASON_MAX = 200
# Credentials, not data about the person: a badge's or a pass's token would let someone use it.
_LEFT_OUT = {"badge_token", "token"}


@dataclass(frozen=True, slots=True)
class PersonData:
    mobile: str  # E.164, as searched ("" if not given)
    id_number: str
    exported_at: datetime
    tables: dict[str, list[dict]]  # table -> rows (column -> JSON-ready value), only tables with rows

    @property
    def total(self) -> int:
        return sum(len(rows) for rows in self.tables.values())

    def counts(self) -> dict[str, int]:
        return {table: len(rows) for table, rows in self.tables.items()}


@dataclass(frozen=True, slots=True)
class ErasureReport:
    visits: int
    appointments: int
    gate_entries: int
    cleanup: Cleanup = field(default_factory=Cleanup)

    @property
    def total(self) -> int:
        return self.visits + self.appointments + self.gate_entries


@dataclass
class _Found:
    visitors: list[db.Visitor]
    visits: list[db.Visit]
    appointments: list[db.Appointment]
    gate_entries: list[db.GateEntry]


def person_key(mobile: str = "", id_number: str = "") -> tuple[str, str]:
    """(E.164 mobile, ID number) cleaned, or InvalidInput: at least one, each valid."""
    mobile, id_number = clean_text(mobile), clean_text(id_number)
    if not mobile and not id_number:
        raise InvalidInput({"person": "required"})
    problems: dict[str, str] = {}
    e164 = norm_id = ""
    if mobile:
        try:
            e164 = normalise_mobile(mobile)
        except InvalidInput as err:
            problems.update(err.problems)
    if id_number:
        try:
            norm_id = normalise_id_number(id_number)
        except InvalidInput as err:
            problems.update(err.problems)
    if problems:
        raise InvalidInput(problems)
    return e164, norm_id


def masked_subject(mobile: str, id_number: str) -> str:
    """What the audit log may say about who it was: never the full number."""
    parts = [mask_mobile(mobile) if mobile else "", mask_id_number(id_number) if id_number else ""]
    return "person " + " / ".join(p for p in parts if p)


def _find(s: Session, mobile: str, id_number: str) -> _Found:
    keys = []
    if mobile:
        keys.append(db.Visitor.mobile == mobile)
    if id_number:
        keys.append(db.Visitor.id_number == id_number)
    visitors = list(s.scalars(select(db.Visitor).where(or_(*keys)).order_by(db.Visitor.id)))
    visits = list(s.scalars(select(db.Visit).where(db.Visit.visitor_id.in_([v.id for v in visitors]))
                            .order_by(db.Visit.id)))
    visit_ids = [v.id for v in visits]
    came_by = [v.appointment_id for v in visits if v.appointment_id is not None]
    appointments = list(s.scalars(select(db.Appointment).where(or_(
        db.Appointment.id.in_(came_by), *([db.Appointment.mobile == mobile] if mobile else []))).order_by(
        db.Appointment.id)))
    entries = list(s.scalars(select(db.GateEntry).where(or_(
        db.GateEntry.visit_id.in_(visit_ids), *([db.GateEntry.mobile == mobile] if mobile else []))).order_by(
        db.GateEntry.id)))
    return _Found(visitors, visits, appointments, entries)


def _row(obj) -> dict:
    out = {}
    for column in obj.__table__.columns:
        if column.key in _LEFT_OUT:
            continue
        value = getattr(obj, column.key)
        if isinstance(value, (date, datetime)):
            value = value.isoformat()
        elif isinstance(value, bytes):  # a photo or a signed copy's PDF: JSON has no bytes
            value = base64.b64encode(value).decode("ascii")
        elif isinstance(value, dict):
            value = {k: v for k, v in value.items() if k not in _LEFT_OUT}
        out[column.key] = value
    return out


def _tables(s: Session, found: _Found) -> dict[str, list[dict]]:
    visit_ids = [v.id for v in found.visits]
    appointment_ids = [a.id for a in found.appointments]
    passes = {e.pass_no for e in found.gate_entries}

    def by_visit(model) -> list:
        return list(s.scalars(select(model).where(model.visit_id.in_(visit_ids)).order_by(model.id)))

    jobs = by_visit(db.PrintJob) + [j for j in s.scalars(select(db.PrintJob).where(db.PrintJob.visit_id.is_(None))
                                                           .order_by(db.PrintJob.id))
                                    if (j.payload or {}).get("pass_no") in passes]
    notifications = list(s.scalars(select(db.Notification).where(or_(
        db.Notification.visit_id.in_(visit_ids), db.Notification.appointment_id.in_(appointment_ids)))
        .order_by(db.Notification.id)))
    groups = list(s.scalars(select(db.VisitGroup).where(db.VisitGroup.id.in_(
        [v.group_id for v in found.visits if v.group_id is not None and v.member_no == 1]))))
    items = list(s.scalars(select(db.GateItem).where(
        db.GateItem.entry_id.in_([e.id for e in found.gate_entries])).order_by(db.GateItem.id)))
    tables = {
        "visitor": found.visitors, "visit": found.visits, "visit_group": groups, "visit_event": by_visit(db.VisitEvent),
        "visit_photo": list(s.scalars(select(db.VisitPhoto).where(db.VisitPhoto.visit_id.in_(visit_ids))
                                      .order_by(db.VisitPhoto.visit_id))),
        "signed_document": list(s.scalars(select(db.SignedDocument).where(or_(
            db.SignedDocument.visit_id.in_(visit_ids),
            db.SignedDocument.gate_entry_id.in_([e.id for e in found.gate_entries]))).order_by(db.SignedDocument.id))),
        "feedback": by_visit(db.Feedback), "print_job": jobs, "notification": notifications,
        "appointment": found.appointments, "gate_entry": found.gate_entries, "gate_item": items,
    }
    return {name: [_row(r) for r in rows] for name, rows in tables.items() if rows}


@needs(Permission.PERSON_DATA)
def person_export(store: Store, actor: m.Actor, mobile: str = "", id_number: str = "") -> Done[PersonData]:
    """Everything held about the person with this mobile or ID number (either matches)."""
    e164, id_number = person_key(mobile, id_number)
    with store.write() as s:
        data = PersonData(e164, id_number, utcnow(), _tables(s, _find(s, e164, id_number)))
        audit(s, actor, "export", masked_subject(e164, id_number), kind="person", **data.counts())
    return Done(data, Changes.AUDIT)


def write_person_json(data: PersonData, path: str | Path) -> Path:
    path = Path(path)
    document = {"mobile": data.mobile, "id_number": data.id_number, "exported_at": data.exported_at.isoformat(),
                "tables": data.tables}
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def write_person_csv(data: PersonData, path: str | Path) -> Path:
    """One line per value (table, row id, field, value): the tables differ, and this opens in Excel
    (UTF-8 with a byte-order mark, so Chinese shows). A photo or a signed copy is named, not inlined: it
    is a file of its own (write_person_files)."""
    path = Path(path)
    export.write_csv(path, [("table", "id", "field", "value"), *_value_lines(data, path.stem)])
    return path


# Files in an export: (table, column) -> the file's name from the export's stem and the row.
_FILES = {("visit_photo", "jpeg"): lambda stem, row: f"{stem}-photo-visit{row['visit_id']}.jpg",
          ("signed_document", "pdf"): lambda stem, row: f"{stem}-{row['key']}-v{row['version']}-{row['id']}.pdf"}


def write_person_files(data: PersonData, folder: str | Path, stem: str) -> list[Path]:
    """The photos and signed copies as the files they are (JPEG, PDF), beside the JSON and the CSV."""
    written = []
    for (table, column), name in _FILES.items():
        for row in data.tables.get(table, []):
            if row.get(column):
                path = Path(folder) / name(stem, row)
                path.write_bytes(base64.b64decode(row[column]))
                written.append(path)
    return written


def _value_lines(data: PersonData, stem: str):
    for table, rows in data.tables.items():
        for row in rows:
            for key, value in row.items():
                if key != "id":
                    if (table, key) in _FILES and value:
                        value = _FILES[table, key](stem, row)
                    text = json.dumps(value, ensure_ascii=False) if isinstance(value, dict) else value
                    yield table, row.get("id", ""), key, text


def export_file_stem(data: PersonData) -> str:
    """person-138xxxx8000-20261127: names the files without the full number."""
    who = (mask_mobile(data.mobile) if data.mobile else mask_id_number(data.id_number)).replace("*", "x")
    return f"person-{who}-{data.exported_at.astimezone():%Y%m%d-%H%M}"


@needs(Permission.PERSON_DATA)
def erasure_preview(store: Store, actor: m.Actor, mobile: str = "", id_number: str = "") -> ErasureReport:
    """How many records an erasure would blank, for the confirmation (counts only: not audited)."""
    e164, id_number = person_key(mobile, id_number)
    with store.read() as s:
        found = _find(s, e164, id_number)
        return ErasureReport(len(found.visits), len(found.appointments), len(found.gate_entries))


@needs(Permission.PERSON_DATA)
def erase_person(store: Store, actor: m.Actor, mobile: str = "", id_number: str = "",
                 reason: str = "") -> Done[ErasureReport]:
    """Blank, as the retention purge does, every record of this person, in one transaction.

    Refused (InvalidInput person=on_site) while they are on site or inside the gate: their badge, pass
    and the desk's list still need them. Expected visits still open are cancelled, since nobody could
    be recognised by them any more."""
    e164, id_number = person_key(mobile, id_number)
    reason = clean_text(reason)
    if not reason:
        raise InvalidInput({"reason": "required"})
    with store.write() as s:
        found = _find(s, e164, id_number)
        if any(v.state in {str(x) for x in ON_SITE} for v in found.visits) or any(
                e.state not in GATE_FINAL for e in found.gate_entries):
            raise InvalidInput({"person": "on_site"})
        # What was typed about them into audited actions: a reveal's reason on their visit, or any text
        # naming them (before their names are blanked below).
        forget_audit_details(s, visit_ids=[v.id for v in found.visits], mentioning=_identifiers(e164, id_number, found))
        for visit in found.visits:
            forget_visit(s, visit)
        for visitor in found.visitors:  # a visitor row with no visit (none today, but cheap to be sure)
            visitor.name, visitor.mobile, visitor.company, visitor.id_number = "", "", "", ""
            visitor.address, visitor.nation = "", ""
        for row in found.appointments:
            if row.state == "open":
                row.state = "cancelled"
            forget_appointment(s, row)
        for entry in found.gate_entries:
            forget_gate_entry(s, entry)
        forget_gate_passes(s, {e.pass_no for e in found.gate_entries})
        report = ErasureReport(len(found.visits), len(found.appointments), len(found.gate_entries))
        audit(s, actor, "erase", masked_subject(e164, id_number), reason=reason[:REASON_MAX],
              visits=report.visits, appointments=report.appointments, gate_entries=report.gate_entries)
    cleanup = secure_cleanup(store)  # always: typed texts may have gone even with no records
    return Done(ErasureReport(report.visits, report.appointments, report.gate_entries, cleanup), PURGE_CHANGES)


def _identifiers(e164: str, id_number: str, found: _Found) -> set[str]:
    """The person's mobile (as stored and as typed in China), ID number and full names."""
    names = [v.name for v in found.visitors] + [a.visitor_name for a in found.appointments] + \
        [e.person_name for e in found.gate_entries]
    values = {e164, e164.removeprefix("+86"), e164.lstrip("+"), id_number, *names}
    return {v for v in values if len(v) >= 2}


guard_module(globals())
