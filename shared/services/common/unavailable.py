"""The store's own errors (a locked or lost database) turned into the domain's StoreUnavailable, so the
screens that poll catch that and never import the database library."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import SQLAlchemyError

from shared.domain.errors import StoreUnavailable


@contextmanager
def store_unavailable() -> Iterator[None]:
    """Within it, any SQLAlchemyError raises StoreUnavailable (chained to the cause)."""
    try:
        yield
    except SQLAlchemyError as err:
        raise StoreUnavailable(str(err)) from err
