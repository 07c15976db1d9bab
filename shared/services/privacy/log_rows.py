"""The visitor log's rows and who sees them: the query, a row (masked), a page, the confidential rule."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from collections.abc import Iterable

from sqlalchemy import ColumnElement, select, true
from sqlalchemy.orm import Session

from shared.domain import model as m
from shared.domain.errors import NotFound
from shared.domain.identity import mask_id_number
from shared.domain.permissions import Permission, can
from shared.domain.states import VisitState
from shared.domain.validation import mask_mobile
from shared.store import models as db
from shared.services.common.boundary import guard_module

PAGE_SIZE = 200
MAX_PAGE_SIZE = 1000

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


# --- who sees what ------------------------------------------------------------------------------

def sees_confidential(actor: m.Actor | None) -> bool:
    """None is the system itself (a kiosk scanning a badge, the print worker): it sees every visit."""
    return actor is None or can(actor, Permission.SEE_CONFIDENTIAL)


def visible_clause(actor: m.Actor | None) -> ColumnElement[bool]:
    """The WHERE condition every read of visits for a person adds."""
    return true() if sees_confidential(actor) else db.Visit.confidential.is_(False)


def visible_appointment_clause(actor: m.Actor | None) -> ColumnElement[bool]:
    """The same rule for expected guests: a confidential appointment is a stranger to other roles."""
    return true() if sees_confidential(actor) else db.Appointment.confidential.is_(False)


def visible_visits(actor: m.Actor | None, visits: Iterable[m.Visit]) -> list[m.Visit]:
    """The same rule on visits already read (a list the console holds)."""
    if sees_confidential(actor):
        return list(visits)
    return [v for v in visits if not v.confidential]


def visible_visit(s: Session, actor: m.Actor, visit_id: int, lock: bool = False) -> db.Visit:
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
    older_than: tuple[date, int] | None = None  # the last row shown (its date and visit id): the page after it
    signed: str = ""  # a document's key: only visits whose visitor signed it ("signed the safety rules")


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
    id_source: str = ""  # "card": the number was read off the card by a reader; "typed"; "" none kept

    def cells(self) -> list[str]:
        """The exported row, as text (local times), in COLUMNS order."""
        state = STATE_ZH.get(self.state, str(self.state)) + ("（保密）" if self.confidential else "")
        return [self.visit_no, self.visit_date.isoformat(), local_hm(self.checked_in_at),
                local_hm(self.checked_out_at), self.visitor_name, self.company, self.mobile_masked,
                self.id_masked + ("（读卡）" if self.id_source == "card" else ""), self.host_name, self.purpose,
                self.plate, state]


@dataclass(frozen=True, slots=True)
class LogPage:
    rows: tuple[LogRow, ...]
    total: int  # every matching visit, not only this page's (at most COUNT_CAP: see more_than_total)
    page: int
    page_size: int
    more_than_total: bool = False  # more match than total: the count stopped there
    has_older: bool = False  # a next (older) page exists

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.page_size))

    @property
    def last_key(self) -> tuple[date, int] | None:
        """What LogQuery.older_than takes to read the page after this one."""
        return (self.rows[-1].visit_date, self.rows[-1].visit_id) if self.rows else None


def local_hm(at: datetime | None) -> str:
    return at.astimezone().strftime("%H:%M") if at else ""


def row_of(visit: db.Visit) -> LogRow:
    visitor = visit.visitor
    return LogRow(
        visit_id=visit.id, visit_no=visit.visit_no, visit_date=visit.visit_date,
        checked_in_at=visit.checked_in_at, checked_out_at=visit.checked_out_at,
        visitor_name=visitor.name, company=visitor.company,
        mobile_masked=mask_mobile(visitor.mobile) if visitor.mobile else "",
        id_masked=mask_id_number(visitor.id_number) if visitor.id_number else "",
        host_name=visit.host.name if visit.host else "", purpose=visit.purpose, plate=visit.plate,
        state=VisitState(visit.state), party_size=visit.party_size, confidential=bool(visit.confidential),
        id_source=visit.id_source if visitor.id_number else "")


guard_module(globals())
