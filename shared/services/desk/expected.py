"""Pre-registration (预约登记): expected visits with their invitation codes, the day's expected list,
imports from the office's spreadsheets, and the day-end no-shows.

An appointment with an e-mail address gets its invitation e-mail through the notification outbox: the
row (kind "invitation", channel "email") is written in the same transaction as the appointment, and a
NotifyWorker delivers it with the QR code attached. The QR carries the bare invitation code, exactly
what the kiosk's scanner accepts (kiosk.flow.is_invitation_code)."""
from __future__ import annotations

import io
import re
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path

import qrcode
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shared.changes import Changes, Done
from shared.domain import model as m
from shared.domain.permissions import Permission, needs
from shared.domain.errors import InvalidInput, NotActionable, NotFound
from shared.domain.expected import (
    AppointmentView,
    ExpectedVisit,
    clean_expected,
    expected_problems,
)
from shared.domain.text import clean_text
from shared.domain.validation import mask_mobile
from shared.store import models as db
from shared.services.common.loading import load
from shared.store.engine import Store
from shared.store.feed import record

from shared.services.common import mapping
from shared.services.checkin import new_invitation_code
from shared.services.common.tables import ImportReport, RejectedRow, read_sheet
from shared.services.privacy.log_rows import sees_confidential, visible_appointment_clause
from shared.services.common.boundary import guard_module

__all__ = [
    "COLUMNS",
    "AppointmentView",
    "ExpectedVisit",
    "active_hosts",
    "appointment",
    "cancel_appointment",
    "expected_visits",
    "import_expected",
    "invitation_qr_png",
    "mark_no_shows",
    "pre_register",
]

# --- the directory, for the dialog -----------------------------------------------------------


def active_hosts(store: Store) -> list[m.Host]:
    """The whole active directory, by name: the desk picks the host from it."""
    with store.read() as s:
        rows = s.scalars(select(db.Host).where(db.Host.active.is_(True)).order_by(db.Host.name, db.Host.id)).all()
        return [mapping.host(r) for r in rows]


# --- creating ------------------------------------------------------------------------------

def _host_problem(s: Session, host_id: int | None) -> dict[str, str]:
    if host_id is None:
        return {"host": "required"}
    host = s.get(db.Host, host_id)
    return {} if host is not None and host.active else {"host": "unknown"}


def _save(s: Session, actor: m.Actor, e: ExpectedVisit, members: list[str]) -> list[db.Appointment]:
    """The leader's (or single guest's) row, one row per member, and the invitation e-mail."""
    common = {"company": e.company, "host_id": e.host_id, "expected_on": e.expected_on, "level": e.level,
                  "purpose": e.purpose, "time_from": e.time_from, "time_to": e.time_to, "transport": e.transport,
                  "pickup_time": e.pickup_time, "pickup_place": e.pickup_place, "created_by": actor.operator,
              "confidential": e.confidential}
    leader = db.Appointment(code=new_invitation_code(), visitor_name=e.visitor_name, mobile=e.mobile,
                            email=e.email, party_size=1 + len(members), lodging=e.lodging, meals=e.meals,
                            notes=e.notes, **common)
    s.add(leader)
    s.flush()
    rows = [leader]
    for name in members:
        rows.append(db.Appointment(code=new_invitation_code(), visitor_name=name, leader_id=leader.id, **common))
    s.add_all(rows[1:])
    s.flush()
    for row in rows:
        record(s, "appointment", row.id)
    if e.email:
        note = db.Notification(kind="invitation", channel="email", appointment_id=leader.id,
                               host_id=e.host_id, target=e.email[:200], payload={"code": leader.code})
        s.add(note)
        s.flush()
        record(s, "notification", note.id)
    return rows


@needs(Permission.DESK)
def pre_register(store: Store, actor: m.Actor, expected: ExpectedVisit, member_names: Iterable[str] = (),
                 today: date | None = None) -> Done[list[AppointmentView]]:
    """An expected guest, or a group (the leader plus member names): each gets an invitation code.

    Everything is checked first; InvalidInput names every problem and nothing is saved."""
    names = list(member_names)
    today = today or date.today()
    problems = expected_problems(expected, names, today)
    with store.write() as s:
        problems.update(_host_problem(s, expected.host_id) if "host" not in problems else {})
        if problems:
            raise InvalidInput(problems)
        clean, members = clean_expected(expected, names, today)
        rows = _save(s, actor, clean, members)
        views = _views(s, rows)
    changes = Changes.APPOINTMENTS | (Changes.NOTIFICATIONS if clean.email else Changes.NONE)
    return Done(views, changes)


# --- reading -------------------------------------------------------------------------------

def _views(s: Session, rows: list[db.Appointment]) -> list[AppointmentView]:
    host_ids = {r.host_id for r in rows if r.host_id is not None}
    hosts = {h.id: h for h in s.scalars(select(db.Host).where(db.Host.id.in_(host_ids)))} if host_ids else {}
    leader_ids = {r.leader_id for r in rows if r.leader_id is not None}
    leaders = dict(s.execute(select(db.Appointment.id, db.Appointment.visitor_name)
                             .where(db.Appointment.id.in_(leader_ids))).all()) if leader_ids else {}
    ids = [r.id for r in rows]
    invitations: dict[int, db.Notification] = {}
    if ids:
        for note in s.scalars(select(db.Notification).where(db.Notification.kind == "invitation",
                                                            db.Notification.appointment_id.in_(ids))
                              .order_by(db.Notification.id)):
            invitations[note.appointment_id] = note  # the latest one counts
    out = []
    for r in rows:
        host = hosts.get(r.host_id)
        note = invitations.get(r.id)
        out.append(AppointmentView(
            id=r.id, code=r.code, visitor_name=r.visitor_name,
            mobile_masked=mask_mobile(r.mobile) if r.mobile else "", company=r.company, host_id=r.host_id,
            host_name=host.name if host is not None and host.active else "", expected_on=r.expected_on,
            time_from=r.time_from, time_to=r.time_to, level=m.ReceptionLevel(r.level), state=r.state,
            purpose=r.purpose, email=r.email, leader_id=r.leader_id, leader_name=leaders.get(r.leader_id, ""),
            party_size=r.party_size, transport=r.transport, pickup_time=r.pickup_time,
            pickup_place=r.pickup_place, lodging=r.lodging, meals=r.meals, notes=r.notes,
            invitation=note.state if note else "", invitation_error=note.last_error if note else ""))
    return out


@needs(Permission.DESK)
def expected_visits(store: Store, actor: m.Actor, day: date) -> list[AppointmentView]:
    """The day's expected guests the actor may see, cancelled ones included (the desk sees what changed):
    by time window (any-time last), each group's members right after their leader."""
    with store.read() as s:
        rows = s.scalars(select(db.Appointment).where(db.Appointment.expected_on == day,
                                                      visible_appointment_clause(actor))
                         .order_by(db.Appointment.id)).all()
        views = _views(s, list(rows))
    by_id = {v.id: v for v in views}

    def order(v: AppointmentView):
        head = by_id.get(v.leader_id, v)
        return (head.time_from == "", head.time_from, head.id, v.leader_id is not None, v.id)

    return sorted(views, key=order)


def _visible(s: Session, actor: m.Actor, appointment_id: int, lock: bool = False) -> db.Appointment:
    """An appointment the actor may see, or the NotFound of one that never existed."""
    row = load(s, db.Appointment, appointment_id, "appointment", lock=lock, appointment_id=appointment_id)
    if row.confidential and not sees_confidential(actor):
        raise NotFound("no such appointment", appointment_id=appointment_id)
    return row


@needs(Permission.DESK)
def appointment(store: Store, actor: m.Actor, appointment_id: int) -> AppointmentView:
    with store.read() as s:
        return _views(s, [_visible(s, actor, appointment_id)])[0]


# --- changing ------------------------------------------------------------------------------

@needs(Permission.DESK)
def cancel_appointment(store: Store, actor: m.Actor, appointment_id: int) -> Done[int]:
    """The guest will not come: the code stops working at the kiosk, and an invitation e-mail still
    waiting is not sent. Cancelling a group's leader cancels the members still expected too.
    Returns how many appointments were cancelled."""
    with store.write() as s:
        row = _visible(s, actor, appointment_id, lock=True)
        if row.state != "open":
            raise NotActionable(f"appointment {appointment_id} is {row.state}", state=row.state)
        rows = [row]
        if row.leader_id is None:
            rows += s.scalars(select(db.Appointment).where(db.Appointment.leader_id == row.id,
                                                           db.Appointment.state == "open")).all()
        for r in rows:
            r.state = "cancelled"
            record(s, "appointment", r.id)
        return Done(len(rows), Changes.APPOINTMENTS)


@needs(Permission.NO_SHOWS)
def mark_no_shows(store: Store, actor: m.Actor, before_or_on: date, today: date | None = None) -> Done[int]:
    """Day end: open appointments of that day and earlier become no-shows. Doing it again changes
    nothing. A day still to come cannot be closed: InvalidInput {"day": "future"}."""
    if before_or_on > (today or date.today()):
        raise InvalidInput({"day": "future"})
    with store.write() as s:
        rows = s.scalars(select(db.Appointment).where(db.Appointment.state == "open",
                                                      db.Appointment.expected_on <= before_or_on)
                         .with_for_update()).all()
        for r in rows:
            r.state = "no_show"
            record(s, "appointment", r.id)
        return Done(len(rows), Changes.APPOINTMENTS if rows else Changes.NONE)


# --- the QR code ---------------------------------------------------------------------------

def invitation_qr_png(code: str, box_size: int = 10) -> bytes:
    """A PNG of the QR the kiosk's scanner reads: the bare code, as the kiosk accepts it typed."""
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=box_size, border=4)
    qr.add_data(code)
    qr.make(fit=True)
    out = io.BytesIO()
    qr.make_image(fill_color="black", back_color="white").save(out, format="PNG")
    return out.getvalue()


# --- importing -----------------------------------------------------------------------------

# field -> the headers an office sheet may use for it (English field names match too)
COLUMNS: dict[str, tuple[str, ...]] = {
    "visitor_name": ("姓名", "访客姓名", "访客", "来访人", "name", "visitor", "visitor name", "guest"),
    "mobile": ("手机", "手机号", "手机号码", "电话", "联系电话", "mobile", "phone", "mobile phone"),
    "company": ("单位", "公司", "来访单位", "company", "organisation", "organization"),
    "host": ("被访人", "被访者", "接待人", "host", "host name"),
    "expected_on": ("日期", "来访日期", "到访日期", "预约日期", "date", "visit date"),
    "time_from": ("开始时间", "起始时间", "时间从", "from", "time from", "start"),
    "time_to": ("结束时间", "截止时间", "时间至", "to", "time to", "end"),
    "level": ("接待级别", "级别", "level", "reception level"),
    "purpose": ("事由", "来访事由", "来访目的", "purpose"),
    "email": ("邮箱", "电子邮件", "电子邮箱", "email", "e-mail", "mail"),
    "transport": ("交通", "交通方式", "transport"),
    "pickup_time": ("接送时间", "接站时间", "pickup time"),
    "pickup_place": ("接送地点", "接站地点", "pickup place"),
    "lodging": ("住宿", "住宿需求", "lodging", "accommodation"),
    "meals": ("用餐", "用餐需求", "meals"),
    "notes": ("备注", "notes", "note", "remarks"),
    "members": ("同行人员", "同行人", "随行人员", "members", "group members"),
}
REQUIRED = ("visitor_name", "host", "expected_on")

_LEVELS = {"": "standard", "standard": "standard", "标准": "standard", "普通": "standard", "一般": "standard",
           "senior": "senior", "高级": "senior", "vip": "vip", "特级": "vip", "贵宾": "vip"}
_TRANSPORTS = {"": "", "own": "own", "自行": "own", "自驾": "own", "自行前往": "own", "pickup": "pickup",
               "接送": "pickup", "需接送": "pickup", "接机": "pickup", "接站": "pickup"}
_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y年%m月%d日", "%Y%m%d")
_MEMBER_SEPARATORS = re.compile(r"[,，、;；/|\n]")


def _parse_date(text: str) -> date | None:
    text = text.replace(" ", "")
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _folded(text: str) -> str:
    return clean_text(text).replace(" ", "").casefold()


def _find_host(hosts: list[db.Host], text: str) -> tuple[int | None, str | None]:
    """(host id, problem): by name, English name or e-mail, among the active directory."""
    key = _folded(text)
    if not key:
        return None, "required"
    found = [h for h in hosts if key in (_folded(h.name), _folded(h.name_en), _folded(h.email))]
    if not found:
        return None, "unknown"
    if len(found) > 1:
        return None, "ambiguous"
    return found[0].id, None


def _row_input(values: dict[str, str], hosts: list[db.Host]) -> tuple[ExpectedVisit, list[str], dict[str, str]]:
    problems: dict[str, str] = {}
    host_id, host_problem = _find_host(hosts, values.get("host", ""))
    if host_problem:
        problems["host"] = host_problem
    raw_date = values.get("expected_on", "")
    day = _parse_date(raw_date)
    if day is None:
        problems["expected_on"] = "required" if not raw_date else "invalid"
    level = _LEVELS.get(values.get("level", "").casefold(), "?")
    transport = _TRANSPORTS.get(values.get("transport", "").casefold(), "?")
    members = [n.strip() for n in _MEMBER_SEPARATORS.split(values.get("members", "")) if n.strip()]
    expected = ExpectedVisit(
        visitor_name=values.get("visitor_name", ""), host_id=host_id if host_id is not None else -1,
        expected_on=day or date.max, mobile=values.get("mobile", ""), company=values.get("company", ""),
        email=values.get("email", ""), time_from=values.get("time_from", ""), time_to=values.get("time_to", ""),
        level=level, purpose=values.get("purpose", ""), transport=transport,
        pickup_time=values.get("pickup_time", ""), pickup_place=values.get("pickup_place", ""),
        lodging=values.get("lodging", ""), meals=values.get("meals", ""), notes=values.get("notes", ""))
    return expected, members, problems


@needs(Permission.DESK)
def import_expected(store: Store, actor: m.Actor, path: str | Path, today: date | None = None) -> Done[ImportReport]:
    """Expected visits from a CSV or XLSX sheet (Chinese or English headers; a "members" column lists
    a group's other names). Good rows are saved, each bad row is reported by its line with the
    problem codes. A row repeating an expected guest (same name, day and host) is reported as
    {"row": "duplicate"}, so importing the same file twice adds nothing. A file that cannot be read
    or lacks a required column raises InvalidInput and saves nothing."""
    today = today or date.today()
    rows = read_sheet(Path(path), COLUMNS, REQUIRED)
    rejected: list[RejectedRow] = []
    accepted = 0
    emailed = False
    with store.write() as s:
        hosts = list(s.scalars(select(db.Host).where(db.Host.active.is_(True))).all())
        days = {d for r in rows if (d := _parse_date(r.values.get("expected_on", ""))) is not None}
        seen = {(_folded(a.visitor_name), a.expected_on, a.host_id) for a in s.scalars(
            select(db.Appointment).where(db.Appointment.expected_on.in_(days),
                                         db.Appointment.state.in_(("open", "used"))))} if days else set()
        for sheet_row in rows:
            expected, members, problems = _row_input(sheet_row.values, hosts)
            problems.update(sheet_row.problems)
            for field, code in expected_problems(expected, members, today).items():
                problems.setdefault(field, code)  # a host or date that could not be read is named once
            key = (_folded(expected.visitor_name), expected.expected_on, expected.host_id)
            if not problems and key in seen:
                problems = {"row": "duplicate"}
            if problems:
                rejected.append(RejectedRow(sheet_row.line, problems))
                continue
            seen.add(key)
            clean, names = clean_expected(expected, members, today)
            _save(s, actor, clean, names)
            accepted += 1
            emailed = emailed or bool(clean.email)
    changes = (Changes.APPOINTMENTS if accepted else Changes.NONE) | (Changes.NOTIFICATIONS if emailed else Changes.NONE)
    return Done(ImportReport(accepted, tuple(rejected)), changes)


@needs(Permission.DESK)
def count_open(store: Store, actor: m.Actor, day: date) -> int:
    """Expected guests of the day still to come, of those the actor may see."""
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(db.Appointment).where(
            db.Appointment.expected_on == day, db.Appointment.state == "open",
            visible_appointment_clause(actor))) or 0


guard_module(globals())
