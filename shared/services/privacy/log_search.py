"""Searching the visitor log: the SQL for a query (dates, host, text), pages, counts.

Years of history hold a million visits or more, so nothing here reads them all: the text is looked up in
the full-text index (shared.store.visit_index) and in the hosts' search text, a page is the next rows
after the last one shown (keyset, newest first, from the date or host-and-date index), and a count stops
at COUNT_CAP ("more than 1,000")."""
from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, func, or_, select, true, tuple_, union
from sqlalchemy.orm import Session

from shared.domain import model as m
from shared.domain.errors import InvalidInput
from shared.domain.permissions import Permission, needs
from shared.domain.text import clean_text
from shared.domain.visit_search import Wanted, wanted
from shared.store import models as db
from shared.store.engine import Store
from shared.store.visit_index import FTS

from shared.services.common import search
from shared.services.common.text_index import fts_ids, fts_phrase, host_ids
from shared.services.privacy.log_rows import MAX_PAGE_SIZE, LogPage, LogQuery, LogRow, row_of, visible_clause
from shared.services.common.boundary import guard_module

COUNT_CAP = 1000  # counted exactly up to here; beyond it a page says "more than 1,000"


def checked_query(query: LogQuery) -> LogQuery:
    if query.date_from and query.date_to and query.date_from > query.date_to:
        raise InvalidInput({"date_to": "before_start"})
    older = query.older_than
    if older is not None and not (isinstance(older, tuple) and len(older) == 2):
        raise InvalidInput({"page": "invalid"})
    size = min(max(1, query.page_size), MAX_PAGE_SIZE)
    return LogQuery(clean_text(query.text), query.date_from, query.date_to, query.host_id,
                    max(0, query.page), size, older, clean_text(query.signed))


def _indexed_text(dialect: str, want: Wanted) -> ColumnElement[bool]:
    """visit.id is one whose indexed text (visitor, company, mobile, plate, purpose, number) holds a run."""
    if dialect == "sqlite":
        return db.Visit.id.in_(fts_ids(FTS, [fts_phrase("doc", r) for r in want.doc] +
                                       [fts_phrase("spell", r) for r in want.spell]))
    s = db.VisitSearch
    terms = [search.contains(s.doc, r) for r in want.doc] + [search.contains(s.spell, r) for r in want.spell]
    return db.Visit.id.in_(select(s.visit_id).where(or_(*terms)))


def _alternatives(dialect: str, query_text: str) -> list[ColumnElement[bool]]:
    """The ways a visit matches the text: its own indexed text, or its host's. Each is read as its own
    query and the results merged: one OR of the two makes a planner walk every visit by date."""
    want = wanted(query_text)
    if not want:
        return []
    return [_indexed_text(dialect, want), db.Visit.host_id.in_(host_ids(dialect, want.host))]


def _where(actor: m.Actor, query: LogQuery) -> list[ColumnElement[bool]]:
    """Who may see what, the date range and the host: everything but the text and the page."""
    where = [visible_clause(actor)]
    if query.date_from:
        where.append(db.Visit.visit_date >= query.date_from)
    if query.date_to:
        where.append(db.Visit.visit_date <= query.date_to)
    if query.host_id is not None:
        where.append(db.Visit.host_id == query.host_id)
    if query.signed:
        where.append(db.Visit.id.in_(select(db.SignedDocument.visit_id).where(db.SignedDocument.key == query.signed)))
    return where


_NEWEST = (db.Visit.visit_date.desc(), db.Visit.id.desc())


def page_ids(s: Session, actor: m.Actor, query: LogQuery, limit: int, offset: int = 0) -> list[int]:
    """Matching visit ids, newest first: after query.older_than (a row's date and id) when given."""
    where = _where(actor, query)
    if query.older_than is not None:
        where.append(tuple_(db.Visit.visit_date, db.Visit.id) < tuple_(*query.older_than))
    alternatives = _alternatives(s.get_bind().dialect.name, query.text)
    if not alternatives:
        return list(s.scalars(select(db.Visit.id).where(*where).order_by(*_NEWEST).offset(offset).limit(limit)))
    # Each way's newest offset + limit, then the newest of those: never more rows than that per way.
    parts = [select(db.Visit.id, db.Visit.visit_date).where(*where, alternative).order_by(*_NEWEST)
             .limit(offset + limit).subquery() for alternative in alternatives]
    merged = union(*(select(part.c.id, part.c.visit_date) for part in parts)).subquery()
    return list(s.scalars(select(merged.c.id).order_by(merged.c.visit_date.desc(), merged.c.id.desc())
                          .offset(offset).limit(limit)))


def count_capped(s: Session, actor: m.Actor, query: LogQuery, cap: int | None = None) -> int:
    """How many visits match, counted up to cap + 1 (more is "more than cap"; COUNT_CAP by default)."""
    cap = COUNT_CAP if cap is None else cap
    where = _where(actor, query)
    alternatives = _alternatives(s.get_bind().dialect.name, query.text) or [true()]
    parts = [select(db.Visit.id).where(*where, alternative).limit(cap + 1).subquery() for alternative in alternatives]
    merged = union(*(select(part.c.id) for part in parts)).subquery()
    return min(cap + 1, s.scalar(select(func.count()).select_from(merged)) or 0)


def rows_for(s: Session, ids: Sequence[int]) -> list[LogRow]:
    by_id = {v.id: v for v in s.scalars(select(db.Visit).where(db.Visit.id.in_(ids))).unique()}
    return [row_of(by_id[i]) for i in ids if i in by_id]


@needs(Permission.DESK)
def search_log(store: Store, actor: m.Actor, query: LogQuery) -> LogPage:
    query = checked_query(query)
    size = query.page_size
    offset = 0 if query.older_than is not None else query.page * size
    with store.read() as s:
        ids = page_ids(s, actor, query, size + 1, offset)
        total, cap = count_capped(s, actor, query), COUNT_CAP
        return LogPage(tuple(rows_for(s, ids[:size])), min(total, cap), query.page, size,
                       more_than_total=total > cap, has_older=len(ids) > size)


guard_module(globals())
