"""The reminder services the polling panels call turn a locked or lost database into StoreUnavailable, so the
console never needs the database library to keep what it shows."""
from __future__ import annotations

from contextlib import contextmanager
from datetime import UTC, datetime

import pytest
from sqlalchemy.exc import OperationalError

from shared.domain.errors import DomainError, StoreUnavailable
from shared.services import plans
from shared.services.desk import waiting
from tests.support.actors import STAFF


class LockedStore:
    @contextmanager
    def read(self):
        raise OperationalError("SELECT 1", {}, Exception("database is locked"))
        yield  # pragma: no cover


@pytest.mark.parametrize("due", [waiting.due_reminders, plans.due_reminders], ids=["desk", "plans"])
def test_a_locked_database_is_store_unavailable(due):
    with pytest.raises(StoreUnavailable) as raised:
        due(LockedStore(), STAFF, datetime(2026, 1, 5, 9, tzinfo=UTC))
    assert isinstance(raised.value, DomainError) and isinstance(raised.value.__cause__, OperationalError)
