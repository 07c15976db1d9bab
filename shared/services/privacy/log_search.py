"""Searching the visitor log: the SQL for a query (dates, host, text), pinyin matching of visitor names, pages.

History can hold 100,000+ visits: a page is read with LIMIT/OFFSET (newest first) and a COUNT, never the
whole table. Pinyin is not stored for visitors, so a pinyin query converts only the names of the
candidate rows (the date range and host already applied), each distinct name once per process."""
from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from shared.domain import model as m
from shared.domain.permissions import Permission, needs
from shared.domain.errors import InvalidInput
from shared.domain.pinyin import name_matches, search_key
from shared.domain.text import clean_text
from shared.store import models as db
from shared.store.engine import Store

from shared.services.common import search
from shared.services.privacy.log_rows import MAX_PAGE_SIZE, LogPage, LogQuery, LogRow, row_of, visible_clause
from shared.services.common.boundary import guard_module


def checked_query(query: LogQuery) -> LogQuery:
    if query.date_from and query.date_to and query.date_from > query.date_to:
        raise InvalidInput({"date_to": "before_start"})
    size = min(max(1, query.page_size), MAX_PAGE_SIZE)
    return LogQuery(clean_text(query.text), query.date_from, query.date_to, query.host_id,
                    max(0, query.page), size)


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
    lower, compact = text.lower(), text.lower().replace(" ", "")
    terms = [search.contains(column, lower, ignore_case=True)
             for column in (db.Visitor.name, db.Visitor.company, db.Host.name, db.Host.name_en, db.Visit.plate,
                            db.Visit.purpose)]
    terms += [search.contains(db.Visit.visit_no, lower),
              search.contains(func.replace(db.Host.pinyin, " ", ""), compact),
              search.contains(db.Host.pinyin_alt, compact)]
    digits = re.sub(r"[\s\-+]", "", text)
    if len(digits) >= 3 and digits.isdigit():
        terms.append(search.contains(db.Visitor.mobile, digits))
    return or_(*terms)


def _base(where: list[ColumnElement[bool]]):
    return (select(db.Visit.id).join(db.Visitor, db.Visit.visitor_id == db.Visitor.id)
            .outerjoin(db.Host, db.Visit.host_id == db.Host.id).where(*where))


_NEWEST = (db.Visit.visit_date.desc(), db.Visit.id.desc())


def ordered_ids(s: Session, actor: m.Actor, query: LogQuery, offset: int, limit: int) -> tuple[list[int], int]:
    """One page of matching visit ids, newest first, and how many match in all."""
    where = _filters(actor, query)
    key = search_key(query.text) if query.text else ""
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
        if name and name_matches(name, key):
            found.add((day, visit_id))
    ordered = [i for _, i in sorted(found, reverse=True)]
    return ordered[offset:offset + limit], len(ordered)


def rows_for(s: Session, ids: Sequence[int]) -> list[LogRow]:
    by_id = {v.id: v for v in s.scalars(select(db.Visit).where(db.Visit.id.in_(ids))).unique()}
    return [row_of(by_id[i]) for i in ids if i in by_id]


@needs(Permission.DESK)
def search_log(store: Store, actor: m.Actor, query: LogQuery) -> LogPage:
    query = checked_query(query)
    with store.read() as s:
        ids, total = ordered_ids(s, actor, query, query.page * query.page_size, query.page_size)
        return LogPage(tuple(rows_for(s, ids)), total, query.page, query.page_size)


guard_module(globals())
