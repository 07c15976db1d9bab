"""Whether each visit's host was told: the latest arrival notification of each visit, for the desk's list."""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select

from shared.store import models as db
from shared.store.engine import Store

from shared.services.notifications.views import NotificationView, notification_view
from shared.services.common.boundary import guard_module
from shared.domain import model as m
from shared.domain.permissions import Permission, needs

CHUNK = 500  # keeps IN lists well under every database's parameter limit


@needs(Permission.DESK)
def latest_for_visits(store: Store, actor: m.Actor, visit_ids: Iterable[int]) -> dict[int, NotificationView]:
    """visit id -> its newest notification to the host (a group's is on the leader's visit)."""
    ids = sorted(set(visit_ids))
    found: dict[int, NotificationView] = {}
    with store.read() as s:
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            newest = (select(func.max(db.Notification.id))
                      .where(db.Notification.visit_id.in_(chunk), db.Notification.kind == "arrival")
                      .group_by(db.Notification.visit_id))
            for row in s.scalars(select(db.Notification).where(db.Notification.id.in_(newest))):
                found[row.visit_id] = notification_view(row)
    return found


def visits_of_notifications(store: Store, notification_ids: Iterable[int]) -> set[int]:
    ids = sorted(set(notification_ids))
    if not ids:
        return set()
    with store.read() as s:
        return {v for v in s.scalars(select(db.Notification.visit_id).where(db.Notification.id.in_(ids)))
                if v is not None}


guard_module(globals())
