"""Who is on site (在场人员): every visit checked in and not out, group members included, and everyone
let in at the gate and not out, with their vehicles. For a fire drill it prints as the evacuation
list (疏散名单) and exports as CSV; each print and export is audited.

Confidential visits are counted (evacuation must count everyone) but shown by name only to those
who may see them; to others they are "confidential visitor", with the host who receives them."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from shared.changes import Changes, Done
from shared.domain import model as m
from shared.domain.evacuation import EvacuationLine, EvacuationList, evacuation_to_dict
from shared.domain.states import ON_SITE
from shared.store import models as db
from shared.store.engine import Store
from shared.store.feed import record
from shared.store.types import utcnow

from shared.services.common import export
from shared.services.site.audit import audit
from shared.services.security.gate import inside, plate_text
from shared.domain.permissions import Permission, can, needs
from shared.services.printing.jobs import JobView, job_view
from shared.services.common.boundary import guard_module

SUBJECT = "on-site list"
CONFIDENTIAL = "保密访客 Confidential visitor"  # on paper and in files, which have no language switch
CSV_HEADER = ("类别 Kind", "姓名 Name", "单位 Company", "被访人 Host", "车牌 Plate", "位置 Where",
              "到达 Since", "编号 Ref")
KIND_TEXT = {"visitor": "访客 Visitor", "group": "团体 Group", "gate": "门岗登记 Gate", "driver": "司机 Driver"}


@dataclass(frozen=True, slots=True)
class OnSiteRow:
    kind: str  # visitor / group (a member of a party) / gate (let in at the gate) / driver
    name: str  # "" when hidden: a confidential visit the operator may not see
    company: str
    host_name: str
    since: datetime | None
    plate: str
    where: str  # the reception room, or the parking spot
    ref: str  # visit number or gate pass number
    group_name: str = ""
    hidden: bool = False  # a confidential visit: counted, not named


@dataclass(frozen=True, slots=True)
class OnSiteCounts:
    people: int
    vehicles: int


@needs(Permission.DESK)
def on_site(store: Store, actor: m.Actor) -> list[OnSiteRow]:
    """Everyone on site now, earliest arrival first."""
    may_see = can(actor, Permission.SEE_CONFIDENTIAL)
    rows: list[OnSiteRow] = []
    with store.read() as s:
        visits = s.scalars(select(db.Visit).where(db.Visit.state.in_([str(x) for x in ON_SITE]))
                           .order_by(db.Visit.checked_in_at, db.Visit.id)).unique().all()
        for v in visits:
            hidden = v.confidential and not may_see
            rows.append(OnSiteRow(
                kind="group" if v.group_id else "visitor", name="" if hidden else v.visitor.name,
                company="" if hidden else v.visitor.company, host_name=v.host.name if v.host else "",
                since=v.checked_in_at, plate="" if hidden else v.plate, where=v.room.name if v.room else "",
                ref=v.visit_no, group_name="" if hidden or not v.group else v.group.name, hidden=hidden))
    for e in inside(store, actor):
        rows.append(OnSiteRow(kind="driver" if e.kind == "driver" else "gate", name=e.person_name,
                              company=e.company, host_name=e.host_name, since=e.arrived_at, plate=e.plate,
                              where=e.parking_spot, ref=e.pass_no))
    far_past = datetime.min.replace(tzinfo=utcnow().tzinfo)
    rows.sort(key=lambda r: r.since or far_past)
    return rows


def counts(rows: list[OnSiteRow]) -> OnSiteCounts:
    """People, and vehicles by plate (a visitor's car registered at the gate too counts once)."""
    return OnSiteCounts(len(rows), len({r.plate for r in rows if r.plate}))


def _clock(at: datetime | None) -> str:
    return at.astimezone().strftime("%H:%M") if at else ""


def _since(at: datetime | None) -> str:
    """Today's arrivals by the clock; anyone still here from an earlier day with the date too."""
    if at is None:
        return ""
    local = at.astimezone()
    return local.strftime("%H:%M") if local.date() == datetime.now().astimezone().date() else local.strftime(
        "%m-%d %H:%M")


def _name(row: OnSiteRow) -> str:
    return CONFIDENTIAL if row.hidden else row.name


def _detail(row: OnSiteRow) -> str:
    parts = [KIND_TEXT.get(row.kind, row.kind)]
    if row.group_name:
        parts.append(row.group_name)
    if row.plate:
        parts.append(plate_text(row.plate))
    if row.where:
        parts.append(row.where)
    return " · ".join(parts)


def _csv_rows(rows: list[OnSiteRow]) -> list[tuple[str, ...]]:
    return [tuple(CSV_HEADER), *((KIND_TEXT.get(r.kind, r.kind), _name(r), r.company, r.host_name,
                                  plate_text(r.plate) if r.plate else "", r.where, _since(r.since), r.ref)
                                 for r in rows)]


def csv_text(rows: list[OnSiteRow]) -> str:
    return export.csv_text(_csv_rows(rows))


@needs(Permission.EXPORT_LOG)
def evacuation_csv(store: Store, actor: m.Actor, path: str | Path) -> Done[int]:
    """Write the on-site list as CSV (UTF-8 with BOM, so a spreadsheet reads the Chinese); returns
    how many people it lists. The file is written inside the transaction: no file, no audit entry."""
    rows = on_site(store, actor)
    with store.write() as s:
        audit(s, actor, "export", SUBJECT, format="csv", people=len(rows))
        export.write_csv(path, _csv_rows(rows))
    return Done(len(rows), Changes.AUDIT)


def evacuation_list(rows: list[OnSiteRow], actor: m.Actor) -> EvacuationList:
    people = tuple(EvacuationLine(name=_name(r), company=r.company, host_name=r.host_name, since=_since(r.since),
                                  detail=_detail(r)) for r in rows)
    plates = tuple(dict.fromkeys(plate_text(r.plate) for r in rows if r.plate))
    return EvacuationList(printed_at=utcnow(), station=actor.station, operator=actor.operator, people=people,
                          vehicles=plates)


@needs(Permission.EXPORT_LOG)
def queue_evacuation_list(store: Store, actor: m.Actor, printer: str = "") -> Done[JobView]:
    """Print the evacuation list at this station's printer (the desk's worker prints it)."""
    rows = on_site(store, actor)
    document = evacuation_list(rows, actor)
    with store.write() as s:
        job = db.PrintJob(kind="evacuation_list", station=actor.station, printer=printer,
                          payload=evacuation_to_dict(document), updated_by=actor.operator)
        s.add(job)
        s.flush()
        record(s, "print_job", job.id)
        audit(s, actor, "export", SUBJECT, format="print", people=len(rows), printer=printer)
        return Done(job_view(job), Changes.PRINT_JOBS | Changes.AUDIT)


guard_module(globals())
