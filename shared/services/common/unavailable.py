"""The store's own errors (a locked or lost database) turned into the domain's StoreUnavailable, so the
screens that poll catch that and never import the database library."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import SQLAlchemyError

from shared.domain.errors import StoreUnavailable


def first_line(err: BaseException) -> str:
    """The driver's first line, which names the problem (the rest is SQL and a link)."""
    text = str(getattr(err, "orig", None) or err).strip()
    return text.splitlines()[0] if text else type(err).__name__


@contextmanager
def store_unavailable() -> Iterator[None]:
    """Within it, any SQLAlchemyError raises StoreUnavailable (chained to the cause)."""
    try:
        yield
    except SQLAlchemyError as err:
        raise StoreUnavailable(first_line(err)) from err
