"""Column widths enforced before a flush: text wider than its VARCHAR is a refusal, on every database.

SQLite stores any length and PostgreSQL raises DataError mid-transaction; both become InvalidInput."""
from __future__ import annotations

from sqlalchemy import String, event, inspect
from sqlalchemy.orm import Session

from shared.domain.errors import InvalidInput


@event.listens_for(Session, "before_flush")
def _refuse_over_wide(session: Session, _context, _instances) -> None:
    problems: dict[str, str] = {}
    for obj in (*session.new, *session.dirty):
        for column in inspect(obj).mapper.columns:
            width = getattr(column.type, "length", None) if isinstance(column.type, String) else None
            value = getattr(obj, column.key, None)
            if width and isinstance(value, str) and len(value) > width:
                problems.setdefault(column.key, "too_long")
    if problems:
        raise InvalidInput(problems)
