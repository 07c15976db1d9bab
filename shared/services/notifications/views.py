"""What a console shows of the outbox: one notification as a plain view, a visit's notifications,
and the failed ones reception should act on."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from shared.domain.states import ON_SITE
from shared.store import models as db
from shared.store.engine import Store
from shared.services.common.boundary import guard_module
from shared.domain import model as m
from shared.domain.permissions import Permission, needs


@dataclass(frozen=True, slots=True)
class NotificationView:
    id: int
    visit_id: int
    host_id: int | None
    channel: str
    state: str  # queued / sending / sent / failed / skipped
    attempts: int
    last_error: str  # why it failed, why it was skipped, or the last retry's reason
    target: str  # where it went: the e-mail address, or the webhook URL without its key
    created_at: datetime | None
    sent_at: datetime | None
    not_before: datetime | None  # the next try, while queued with backoff
    updated_by: str
    kind: str = "arrival"  # arrival / invitation (then visit_id is None and appointment_id says whose)
    appointment_id: int | None = None


def notification_view(row: db.Notification) -> NotificationView:
    return NotificationView(row.id, row.visit_id, row.host_id, row.channel, row.state, row.attempts,
                            row.last_error, row.target, row.created_at, row.sent_at, row.not_before,
                            row.updated_by, row.kind or "arrival", row.appointment_id)


@needs(Permission.DESK)
def notifications_for_visit(store: Store, actor: m.Actor, visit_id: int) -> list[NotificationView]:
    with store.read() as s:
        rows = s.scalars(select(db.Notification).where(db.Notification.visit_id == visit_id)
                         .order_by(db.Notification.id)).all()
        return [notification_view(r) for r in rows]


@needs(Permission.DESK)
def notifications_needing_attention(store: Store, actor: m.Actor, today: date | None = None) -> list[NotificationView]:
    """Failed notifications of visitors still on site: reception should call the host. And failed
    invitation e-mails of guests still expected (open, today or later): reception should tell them."""
    with store.read() as s:
        rows = s.scalars(select(db.Notification).join(db.Visit, db.Visit.id == db.Notification.visit_id)
                         .where(db.Notification.state == "failed",
                                db.Visit.state.in_([str(x) for x in ON_SITE]))
                         .order_by(db.Notification.id)).all()
        invitations = s.scalars(
            select(db.Notification).join(db.Appointment, db.Appointment.id == db.Notification.appointment_id)
            .where(db.Notification.kind == "invitation", db.Notification.state == "failed",
                   db.Appointment.state == "open", db.Appointment.expected_on >= (today or date.today()))
            .order_by(db.Notification.id)).all()
        return [notification_view(r) for r in sorted([*rows, *invitations], key=lambda r: r.id)]


guard_module(globals())
