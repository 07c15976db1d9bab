"""访客登记表 The visitor log: every visit of the site's history, searched, exported, archived day by day.

Phone and ID numbers leave this package masked; the full value only through `reveal`, with a role and a
typed reason, and audited. Confidential visits (保密) exist only for roles that may see them: for anyone
else a search finds exactly what it finds for a stranger (same rows, same count, same errors).

This module owns exports and the day's archive, and is the log's one import: rows and visibility live in
log_rows, searching in log_search, reveal and confidential in log_reveal."""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import astuple, dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from shared.changes import Changes, Done
from shared.domain import model as m
from shared.domain.permissions import Permission, needs
from shared.domain.errors import InvalidInput
from shared.domain.identity import mask_name
from shared.domain.text import clean_text
from shared.store import models as db
from shared.store.engine import Store
from shared.store.types import utcnow

from shared.services.common import export
from shared.services.privacy.log_reveal import REASON_MIN, REVEAL_FIELDS, reveal, set_confidential
from shared.services.privacy.log_rows import (COLUMNS, MAX_PAGE_SIZE, PAGE_SIZE, STATE_ZH, LogPage, LogQuery,
                                              LogRow, local_hm, sees_confidential, visible_clause,
                                              visible_visits)
from shared.services.privacy.log_search import checked_query, page_ids, rows_for, search_log
from shared.services.site.audit import audit
from shared.services.common.boundary import guard_module

__all__ = [
    "COLUMNS", "EXPORT_LIMIT", "FORMATS", "MAX_PAGE_SIZE", "PAGE_SIZE", "REASON_MIN", "REVEAL_FIELDS", "STATE_ZH",
    "TITLE", "Archive", "LogPage", "LogQuery", "LogRow", "archive_day", "archive_of", "export_log", "local_hm",
    "log_digest", "range_text", "reveal", "search_log", "sees_confidential", "set_confidential",
    "visible_clause", "visible_visits",
]

EXPORT_LIMIT = 50_000  # one file; beyond that the person narrows the date range
FORMATS = ("csv", "xlsx", "pdf")
TITLE = "访客登记表"

PdfWriter = Callable[[Sequence[LogRow], str, str, str], None]  # rows, title, subtitle, path


def _all_rows(s: Session, actor: m.Actor, query: LogQuery) -> Iterator[LogRow]:
    ids = page_ids(s, actor, query, EXPORT_LIMIT + 1)
    if len(ids) > EXPORT_LIMIT:
        raise InvalidInput({"log": "too_many_rows"})
    for start in range(0, len(ids), 1000):
        yield from rows_for(s, ids[start:start + 1000])


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


def _cells(rows: Iterable[LogRow]) -> Iterator[tuple[str, ...]]:
    yield tuple(zh for _, zh in COLUMNS)
    for row in rows:
        yield row.cells()


def _write_xlsx(rows: Iterable[LogRow], path: str) -> None:
    export.write_xlsx(path, TITLE, _cells(rows), widths=(13, 11, 9, 9, 12, 24, 14, 21, 12, 18, 11, 11),
                      freeze="A2")


@needs(Permission.EXPORT_LOG)
def export_log(store: Store, actor: m.Actor, query: LogQuery, fmt: str, path: str,
               pdf_writer: PdfWriter | None = None) -> Done[int]:
    """Every matching visit (not only the page shown) to a file; the value is the row count.

    pdf: the console passes its writer (the core has no Qt): pdf_writer(rows, title, subtitle, path).
    The export is audited in the same transaction; a file that could not be written is not."""
    if fmt not in FORMATS or (fmt == "pdf" and pdf_writer is None):
        raise InvalidInput({"format": "invalid"})
    query = checked_query(query)
    with store.write() as s:
        rows = list(_all_rows(s, actor, query))
        try:
            if fmt == "csv":
                export.write_csv(path, _cells(rows))
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


@needs(Permission.EXPORT_LOG)
def archive_day(store: Store, actor: m.Actor, day: date, handed_to: str, pdf_path: str = "",
                pdf_writer: PdfWriter | None = None, today: date | None = None) -> Done[Archive]:
    """Close the day's log and hand it over: the rows this operator's log shows for that day, their
    digest, who handed it to whom. With pdf_writer and pdf_path, the PDF is written from the very rows
    digested, inside the same transaction. Once per day."""
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


@needs(Permission.EXPORT_LOG)
def archive_of(store: Store, actor: m.Actor, day: date) -> Archive | None:
    with store.read() as s:
        row = s.scalars(select(db.LogArchive).where(db.LogArchive.day == day)).one_or_none()
        return _archive(row) if row else None


guard_module(globals())
