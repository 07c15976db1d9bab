"""Database URLs as the station tools handle them: parsed, shown without the password, the file of
a SQLite one. The tools use these instead of SQLAlchemy's own."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

__all__ = ["URL", "NotAUrl", "parse_url", "shown_url", "sqlite_path"]


class NotAUrl(ArgumentError):
    """Text that is not a database URL (still an ArgumentError for code that catches that)."""


def parse_url(url: str) -> URL:
    try:
        return make_url(url)
    except ArgumentError as err:
        raise NotAUrl(*err.args) from err


def shown_url(url: str) -> str:
    """The database URL with any password replaced by ***."""
    try:
        return parse_url(url).render_as_string(hide_password=True)
    except NotAUrl:
        return url


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL; None for another database or an in-memory one. NotAUrl: not a URL."""
    parsed = parse_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)
