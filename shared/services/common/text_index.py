"""Searching the trigram indexes (shared.store.visit_index, shared.store.host_index) in either database:
on SQLite an FTS5 MATCH of quoted phrases (taken literally), on PostgreSQL LIKEs that pg_trgm answers."""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import ColumnElement, or_, select, text

from shared.domain.pinyin import SHORT_MARK, WORD_MARK
from shared.domain.visit_search import MIN_RUN
from shared.store import host_index
from shared.store import models as db

from shared.services.common import search

def fts_phrase(column: str, run: str) -> str:
    """column : "run", the run's quotes doubled: FTS5 reads nothing in it as syntax."""
    return f'{column} : "{run.replace(chr(34), chr(34) * 2)}"'


def fts_ids(table: str, phrases: Iterable[str]):
    """SELECT rowid FROM table WHERE table MATCH 'a OR b ...' as a subquery of ids."""
    name = f"{table}_query"  # one per table: a query may ask two indexes
    statement = text(f"SELECT rowid FROM {table} WHERE {table} MATCH :{name}")
    return statement.bindparams(**{name: " OR ".join(phrases)}).columns(db.Host.id)


def _host_terms(texts: Iterable[str], prefix: str) -> list[tuple[str, str]]:
    """(column, run) pairs: a text found anywhere in search_text (a short one through its marked runs),
    initials from a word's start in search_prefix (one letter is already a run of the pinyin)."""
    terms = []
    for typed in dict.fromkeys(t for t in texts if t):
        terms.append(("search_text", typed) if len(typed) >= MIN_RUN else
                     ("search_runs", SHORT_MARK * (MIN_RUN - len(typed)) + typed))
    if len(prefix) >= 2:
        terms.append(("search_prefix", WORD_MARK + prefix))
    return terms


def host_ids(dialect: str, texts: Iterable[str], prefix: str = ""):
    """A subquery of the ids of hosts (active or not) whose search columns hold what was typed."""
    terms = _host_terms(texts, prefix)
    if dialect == "sqlite":
        return fts_ids(host_index.FTS, (fts_phrase(column, run) for column, run in terms))
    return select(db.Host.id).where(or_(*(search.contains(getattr(db.Host, column), run) for column, run in terms)))


def host_clause(dialect: str, texts: Iterable[str], prefix: str = "") -> ColumnElement[bool]:
    return db.Host.id.in_(host_ids(dialect, texts, prefix))
