"""The one declarative Base every model shares, so Alembic sees a single metadata."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from shared.store.types import UTCDateTime


class Base(DeclarativeBase):
    pass


def now_col() -> Mapped[datetime]:
    return mapped_column(UTCDateTime(), server_default=func.now())
