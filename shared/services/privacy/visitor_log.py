"""访客登记表 The visitor log: every visit of the site's history, searched, exported, archived day by day.

Phone and ID numbers leave this module masked; the full value only through `reveal`, with a role and a
typed reason, and audited. Confidential visits (保密) exist only for roles that may see them: for anyone
else a search finds exactly what it finds for a stranger (same rows, same count, same errors).

History can hold 100,000+ visits: a page is read with LIMIT/OFFSET (newest first) and a COUNT, never the
whole table. Pinyin is not stored for visitors, so a pinyin query converts only the names of the
candidate rows (the date range and host already applied), each distinct name once per process."""
from __future__ import annotations

import csv
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import astuple, dataclass
from datetime import date, datetime
from functools import lru_cache

from pypinyin import Style, lazy_pinyin
from sqlalchemy import ColumnElement, func, or_, select, true
from sqlalchemy.orm import Session

from shared.changes import Changes, Done
from shared.domain import model as m
from shared.domain.errors import InvalidInput, NotFound
from shared.domain.identity import mask_id_number, mask_name
from shared.domain.states import VisitState
from shared.domain.text import clean_text
from shared.domain.validation import mask_mobile
from shared.store import models as db
from shared.store.engine import Store
from shared.store.feed import record
from shared.store.types import utcnow

from shared.services.common import mapping
from shared.services.site.audit import audit
from shared.domain.permissions import Permission, can, require

PAGE_SIZE = 200
MAX_PAGE_SIZE = 1000
EXPORT_LIMIT = 50_000  # one file; beyond that the person narrows the date range
REASON_MIN = 4  # characters: "查验" is too short to say why; "家属紧急联系" is not
REVEAL_FIELDS = ("mobile", "id_number")
FORMATS = ("csv", "xlsx", "pdf")
TITLE = "访客登记表"

# The exported table's columns, in Chinese (the printed log is a Chinese document); LogRow fields.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("visit_no", "登记号"), ("visit_date", "日期"), ("checked_in", "来访时间"), ("checked_out", "离开时间"),
    ("visitor_name", "姓名"), ("company", "单位"), ("mobile_masked", "手机号"), ("id_masked", "证件号"),
    ("host_name", "被访人"), ("purpose", "事由"), ("plate", "车牌"), ("state", "状态"),
)
STATE_ZH = {
    VisitState.EXPECTED: "预约待到", VisitState.CHECKED_IN: "已登记", VisitState.HOST_NOTIFIED: "已通知被访人",
    VisitState.WAITING: "等候中", VisitState.WITH_HOST: "已会见", VisitState.AT_DESK: "回到前台",
    VisitState.LEFT: "已离开", VisitState.DECLINED: "已婉拒", VisitState.CHECKED_OUT: "已离场",
    VisitState.NO_SHOW: "未到访",
}

PdfWriter = Callable[[Sequence["LogRow"], str, str, str], None]  # rows, title, subtitle, path


# --- who sees what ------------------------------------------------------------------------------

def sees_confidential(actor: m.Actor | None) -> bool:
    """None is the system itself (a kiosk scanning a badge, the print worker): it sees every visit."""
    return actor is None or can(actor, Permission.SEE_CONFIDENTIAL)


def visible_clause(actor: m.Actor | None) -> ColumnElement[bool]:
    """The WHERE condition every read of visits for a person adds."""
    return true() if sees_confidential(actor) else db.Visit.confidential.is_(False)


def visible_visits(actor: m.Actor | None, visits: Iterable[m.Visit]) -> list[m.Visit]:
    """The same rule on visits already read (a list the console holds)."""
    if sees_confidential(actor):
        return list(visits)
    return [v for v in visits if not v.confidential]


def _visible_visit(s: Session, actor: m.Actor, visit_id: int, lock: bool = False) -> db.Visit:
    """A visit this actor may see, or the same NotFound a visit that never existed gives."""
    query = select(db.Visit).where(db.Visit.id == visit_id, visible_clause(actor))
    if lock:
        query = query.with_for_update(of=db.Visit)
    row = s.scalars(query).unique().one_or_none()
    if row is None:
        raise NotFound("no such visit", visit_id=visit_id)
    return row


# --- the rows ------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class LogQuery:
    text: str = ""  # name, pinyin or initials, mobile digits, company, host, visit number, plate
    date_from: date | None = None
    date_to: date | None = None
    host_id: int | None = None
    page: int = 0  # 0 is the newest
    page_size: int = PAGE_SIZE


@dataclass(frozen=True, slots=True)
class LogRow:
    visit_id: int
    visit_no: str
    visit_date: date
    checked_in_at: datetime | None
    checked_out_at: datetime | None
    visitor_name: str
    company: str
    mobile_masked: str  # 138****8000
    id_masked: str  # 1101**********1234, or "" when none was kept
    host_name: str
    purpose: str
    plate: str
    state: VisitState
    party_size: int
    confidential: bool  # True only ever reaches actors who may see confidential visits

    def cells(self) -> list[str]:
        """The exported row, as text (local times), in COLUMNS order."""
        state = STATE_ZH.get(self.state, str(self.state)) + ("（保密）" if self.confidential else "")
        return [self.visit_no, self.visit_date.isoformat(), local_hm(self.checked_in_at),
                local_hm(self.checked_out_at), self.visitor_name, self.company, self.mobile_masked,
                self.id_masked, self.host_name, self.purpose, self.plate, state]


@dataclass(frozen=True, slots=True)
class LogPage:
    rows: tuple[LogRow, ...]
    total: int  # every matching visit, not only this page's
    page: int
    page_size: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.page_size))


def local_hm(at: datetime | None) -> str:
    return at.astimezone().strftime("%H:%M") if at else ""


def _row(visit: db.Visit) -> LogRow:
    visitor = visit.visitor
    return LogRow(
        visit_id=visit.id, visit_no=visit.visit_no, visit_date=visit.visit_date,
        checked_in_at=visit.checked_in_at, checked_out_at=visit.checked_out_at,
        visitor_name=visitor.name, company=visitor.company,
        mobile_masked=mask_mobile(visitor.mobile) if visitor.mobile else "",
        id_masked=mask_id_number(visitor.id_number) if visitor.id_number else "",
        host_name=visit.host.name if visit.host else "", purpose=visit.purpose, plate=visit.plate,
        state=VisitState(visit.state), party_size=visit.party_size, confidential=bool(visit.confidential))


# --- search --------------------------------------------------------------------------------------

def _checked(query: LogQuery) -> LogQuery:
    if query.date_from and query.date_to and query.date_from > query.date_to:
        raise InvalidInput({"date_to": "before_start"})
    size = min(max(1, query.page_size), MAX_PAGE_SIZE)
    return LogQuery(clean_text(query.text), query.date_from, query.date_to, query.host_id,
                    max(0, query.page), size)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _filters(actor: m.Actor, query: LogQuery) -> list[ColumnElement[bool]]:
    """Everything but the text: the date range (indexed), the host, and who may see what."""
    where = [visible_clause(actor)]
    if query.date_from:
        where.append(db.Visit.visit_date >= query.date_from)
    if query.date_to:
        where.append(db.Visit.visit_date <= query.date_to)
    if query.host_id is not None:
        where.append(db.Visit.host_id == query.host_id)
    return where


def _text_clause(text: str) -> ColumnElement[bool]:
    like = f"%{_escape(text.lower())}%"
    compact = _escape(text.lower().replace(" ", ""))
    terms = [db.Visitor.name.ilike(like, escape="\\"), db.Visitor.company.ilike(like, escape="\\"),
             db.Host.name.ilike(like, escape="\\"), db.Host.name_en.ilike(like, escape="\\"),
             func.replace(db.Host.pinyin, " ", "").like(f"%{compact}%", escape="\\"),
             db.Visit.visit_no.like(like, escape="\\"), db.Visit.plate.ilike(like, escape="\\"),
             db.Visit.purpose.ilike(like, escape="\\")]
    digits = re.sub(r"[\s\-+]", "", text)
    if len(digits) >= 3 and digits.isdigit():
        terms.append(db.Visitor.mobile.like(f"%{digits}%"))
    return or_(*terms)


def _pinyin_key(text: str) -> str:
    """"zhang san" / "ZS" -> "zhangsan" / "zs"; "" when the text is not pinyin (digits, hanzi)."""
    key = text.lower().replace(" ", "").replace("'", "")
    return key if len(key) >= 2 and key.isascii() and key.isalpha() else ""


@lru_cache(maxsize=8192)
def _char_pinyin(char: str) -> str:
    syllables = lazy_pinyin(char, style=Style.NORMAL, errors="ignore")
    return syllables[0].lower() if syllables else ""


@lru_cache(maxsize=100_000)
def _pinyin_of(name: str) -> tuple[str, str, tuple[int, ...]]:
    """张三丰 -> ("zhangsanfeng", "zsf", (0, 5, 8)): the full pinyin, the initials, where syllables start."""
    syllables = [p for p in map(_char_pinyin, name) if p]
    starts, at = [], 0
    for syllable in syllables:
        starts.append(at)
        at += len(syllable)
    return "".join(syllables), "".join(s[0] for s in syllables), tuple(starts)


def _pinyin_matches(name: str, key: str) -> bool:
    """From the start of any character on: "zhangs", "sanfeng" and "sf" find 张三丰; "angsan" does not."""
    full, initials, starts = _pinyin_of(name)
    return key in initials or any(full.startswith(key, at) for at in starts)


def _base(where: list[ColumnElement[bool]]):
    return (select(db.Visit.id).join(db.Visitor, db.Visit.visitor_id == db.Visitor.id)
            .outerjoin(db.Host, db.Visit.host_id == db.Host.id).where(*where))


_NEWEST = (db.Visit.visit_date.desc(), db.Visit.id.desc())


def _ordered_ids(s: Session, actor: m.Actor, query: LogQuery, offset: int, limit: int) -> tuple[list[int], int]:
    """One page of matching visit ids, newest first, and how many match in all."""
    where = _filters(actor, query)
    key = _pinyin_key(query.text) if query.text else ""
    if not key:
        if query.text:
            where.append(_text_clause(query.text))
        total = s.scalar(select(func.count()).select_from(_base(where).subquery())) or 0
        ids = list(s.scalars(_base(where).order_by(*_NEWEST).offset(offset).limit(limit)))
        return ids, total
    # Pinyin: the SQL text match (an English name, a company) plus names whose pinyin matches.
    found = {(d, i) for i, d in s.execute(_base(where + [_text_clause(query.text)])
                                          .add_columns(db.Visit.visit_date))}
    for visit_id, day, name in s.execute(_base(where).add_columns(db.Visit.visit_date, db.Visitor.name)):
        if name and _pinyin_matches(name, key):
            found.add((day, visit_id))
    ordered = [i for _, i in sorted(found, reverse=True)]
    return ordered[offset:offset + limit], len(ordered)


def _rows_for(s: Session, ids: Sequence[int]) -> list[LogRow]:
    by_id = {v.id: v for v in s.scalars(select(db.Visit).where(db.Visit.id.in_(ids))).unique()}
    return [_row(by_id[i]) for i in ids if i in by_id]


def search_log(store: Store, actor: m.Actor, query: LogQuery) -> LogPage:
    query = _checked(query)
    with store.read() as s:
        ids, total = _ordered_ids(s, actor, query, query.page * query.page_size, query.page_size)
        return LogPage(tuple(_rows_for(s, ids)), total, query.page, query.page_size)


def _all_rows(s: Session, actor: m.Actor, query: LogQuery) -> Iterator[LogRow]:
    ids, total = _ordered_ids(s, actor, query, 0, EXPORT_LIMIT + 1)
    if total > EXPORT_LIMIT:
        raise InvalidInput({"log": "too_many_rows"})
    for start in range(0, len(ids), 1000):
        yield from _rows_for(s, ids[start:start + 1000])


# --- export and archive --------------------------------------------------------------------------

def range_text(query: LogQuery) -> str:
    """2025-03-01 – 2025-03-31, or 全部 (all history)."""
    if query.date_from and query.date_to and query.date_from == query.date_to:
        return query.date_from.isoformat()
    if not query.date_from and not query.date_to:
        return "全部"
    return f"{query.date_from.isoformat() if query.date_from else '…'} – " \
           f"{query.date_to.isoformat() if query.date_to else '…'}"


def _masked_filter(text: str) -> str:
    """What was searched, for the audit log (it outlives retention): people only masked."""
    if not text:
        return ""
    digits = re.sub(r"[\s\-+]", "", text)
    if digits.isdigit():
        return "*" * len(digits) if len(digits) <= 4 else digits[:3] + "*" * (len(digits) - 3)
    return mask_name(text)


def _safe_cell(text: str) -> str:
    """A name typed at the kiosk must not become a spreadsheet formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _write_csv(rows: Iterable[LogRow], path: str) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as f:  # the BOM: Excel reads it as UTF-8
        writer = csv.writer(f)
        writer.writerow([zh for _, zh in COLUMNS])
        for row in rows:
            writer.writerow([_safe_cell(c) for c in row.cells()])


def _write_xlsx(rows: Iterable[LogRow], path: str) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet(TITLE)
    for letter, width in zip("ABCDEFGHIJKL", (13, 11, 9, 9, 12, 24, 14, 21, 12, 18, 11, 11)):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    header = []
    for _, zh in COLUMNS:
        cell = WriteOnlyCell(sheet, value=zh)
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    for row in rows:
        sheet.append([_safe_cell(c) for c in row.cells()])
    book.save(path)


def export_log(store: Store, actor: m.Actor, query: LogQuery, fmt: str, path: str,
               pdf_writer: PdfWriter | None = None) -> Done[int]:
    """Every matching visit (not only the page shown) to a file; the value is the row count.

    pdf: the console passes its writer (the core has no Qt): pdf_writer(rows, title, subtitle, path).
    The export is audited in the same transaction; a file that could not be written is not."""
    require(actor, Permission.EXPORT_LOG)
    if fmt not in FORMATS or (fmt == "pdf" and pdf_writer is None):
        raise InvalidInput({"format": "invalid"})
    query = _checked(query)
    with store.write() as s:
        rows = list(_all_rows(s, actor, query))
        try:
            if fmt == "csv":
                _write_csv(rows, path)
            elif fmt == "xlsx":
                _write_xlsx(rows, path)
            else:
                pdf_writer(rows, TITLE, range_text(query), path)
        except OSError:
            raise InvalidInput({"path": "unwritable"}) from None
        detail = dict(format=fmt, rows=len(rows))
        if query.text:
            detail["filter"] = _masked_filter(query.text)
        if query.host_id is not None:
            detail["host_id"] = query.host_id
        audit(s, actor, "export", f"visitor log {range_text(query)}", **detail)
        return Done(len(rows), Changes.AUDIT)


def log_digest(rows: Iterable[LogRow]) -> str:
    """SHA-256 over the archived rows as handed over (masked), one JSON line per row."""
    digest = hashlib.sha256()
    for row in rows:
        values = [v.isoformat() if isinstance(v, (date, datetime)) else v for v in astuple(row)]
        digest.update(json.dumps(values, ensure_ascii=False, default=str).encode() + b"\n")
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class Archive:
    day: date
    archived_by: str
    handed_to: str
    at: datetime
    rows: int
    digest: str
    path: str


def _archive(row: db.LogArchive) -> Archive:
    return Archive(row.day, row.archived_by, row.handed_to, row.at, row.rows, row.digest, row.path)


def archive_day(store: Store, actor: m.Actor, day: date, handed_to: str, pdf_path: str = "",
                pdf_writer: PdfWriter | None = None, today: date | None = None) -> Done[Archive]:
    """Close the day's log and hand it over: the rows this operator's log shows for that day, their
    digest, who handed it to whom. With pdf_writer and pdf_path, the PDF is written from the very rows
    digested, inside the same transaction. Once per day."""
    require(actor, Permission.EXPORT_LOG)
    handed_to = clean_text(handed_to)
    if not handed_to:
        raise InvalidInput({"handed_to": "required"})
    if len(handed_to) > 80:
        raise InvalidInput({"handed_to": "too_long"})
    if day > (today or date.today()):
        raise InvalidInput({"log_day": "future"})
    query = LogQuery(date_from=day, date_to=day)
    with store.write() as s:
        if s.scalar(select(db.LogArchive.id).where(db.LogArchive.day == day)) is not None:
            raise InvalidInput({"log_day": "archived"})
        rows = list(_all_rows(s, actor, query))
        if pdf_writer is not None and pdf_path:
            try:
                pdf_writer(rows, TITLE, range_text(query), pdf_path)
            except OSError:
                raise InvalidInput({"path": "unwritable"}) from None
        entry = db.LogArchive(day=day, archived_by=actor.operator, handed_to=handed_to, at=utcnow(),
                              rows=len(rows), digest=log_digest(rows), path=pdf_path)
        s.add(entry)
        s.flush()
        audit(s, actor, "archive", f"visitor log {day.isoformat()}", handed_to=handed_to, rows=len(rows),
              digest=entry.digest)
        return Done(_archive(entry), Changes.AUDIT)


def archive_of(store: Store, day: date) -> Archive | None:
    with store.read() as s:
        row = s.scalars(select(db.LogArchive).where(db.LogArchive.day == day)).one_or_none()
        return _archive(row) if row else None


# --- reveal and confidential ---------------------------------------------------------------------

def reveal(store: Store, actor: m.Actor, visit_id: int, field: str, reason: str) -> Done[str]:
    """The full mobile (13800138000) or ID number, for a role that may, with a typed reason; audited."""
    require(actor, Permission.REVEAL)
    if field not in REVEAL_FIELDS:
        raise InvalidInput({"field": "invalid"})
    reason = clean_text(reason)
    if not reason:
        raise InvalidInput({"reason": "required"})
    if len(reason) < REASON_MIN:
        raise InvalidInput({"reason": "too_short"})
    with store.write() as s:
        visit = _visible_visit(s, actor, visit_id)
        value = getattr(visit.visitor, field)
        if not value:
            raise InvalidInput({field: "not_held"})
        audit(s, actor, "reveal", f"visit {visit.visit_no}", field=field, reason=reason)
        if field == "mobile" and value.startswith("+86"):
            value = value.removeprefix("+86")
        return Done(value, Changes.AUDIT)


def set_confidential(store: Store, actor: m.Actor, visit_id: int, confidential: bool) -> Done[m.Visit]:
    """Mark a visit confidential, or not. Someone who may mark but not see (a receptionist) can hide a
    visit, and afterwards finds it no more than a stranger would."""
    require(actor, Permission.MARK_CONFIDENTIAL)
    with store.write() as s:
        visit = _visible_visit(s, actor, visit_id, lock=True)
        if bool(visit.confidential) == confidential:
            return Done(mapping.visit(visit), Changes.NONE)
        visit.confidential = confidential
        visit.updated_at = utcnow()
        record(s, "visit", visit.id)
        audit(s, actor, "confidential", f"visit {visit.visit_no}", confidential=confidential)
        s.flush()
        return Done(mapping.visit(visit), Changes.VISITS | Changes.AUDIT)

