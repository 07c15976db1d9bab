"""Loading one row by its key, or the domain's NotFound: the one way every service does it."""
from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.orm import Session

from shared.domain.errors import NotFound

Row = TypeVar("Row")


def load(s: Session, model: type[Row], key: Any, what: str, lock: Any = None, **context: Any) -> Row:
    """The row, or NotFound("no <what> <key>"). lock: SQLAlchemy's with_for_update (True, or {"of": ...})."""
    row = s.get(model, key, with_for_update=lock or None)
    if row is None:
        raise NotFound(f"no {what} {key}", **context)
    return row
