"""The outbox's writes: claiming a due notification under a lease, recording how its delivery went
(sent, retry later, failed), and a person's retry. Each is one short write transaction."""
from __future__ import annotations

import logging
from datetime import timedelta

from sqlalchemy import and_, or_, select

from shared.changes import Changes, Done
from shared.domain import model as m
from shared.domain.permissions import Permission, needs
from shared.domain.errors import NotActionable
from shared.notify import messages
from shared.notify.channels import DeliveryError
from shared.notify.messages import HostInfo
from shared.notify.settings import NotifySettings
from shared.services.common.loading import load
from shared.services.common.worker import retry_delay
from shared.store import models as db
from shared.store.engine import Store
from shared.store.feed import record
from shared.store.types import utcnow

from shared.services.notifications.resolve import _resolve
from shared.services.notifications.sending import _Claim
from shared.services.notifications.settings import load_notify_settings
from shared.services.notifications.views import NotificationView, notification_view
from shared.services.common.boundary import guard_module

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
BACKOFF_S = (5, 15, 30, 60, 120, 300, 600)  # wait after attempt 1, 2, ...: about 19 minutes in all
LEASE_MIN_S = 120.0


def lease_seconds(settings: NotifySettings) -> float:
    return max(LEASE_MIN_S, 10 * float(settings.timeout_s))


def _due():
    now = utcnow()
    n = db.Notification
    return now, or_(and_(n.state == "queued", or_(n.not_before.is_(None), n.not_before <= now)),
                    and_(n.state == "sending", n.lease_until < now))


def _claim(store: Store, owner: str, settings: NotifySettings | None,
           lease_s: float | None) -> _Claim | NotificationView | None:
    """Take the oldest due notification: a _Claim to send, a view when it was settled without
    sending (skipped, or failed after a last interrupted attempt), None when nothing is due."""
    with store.write() as s:
        now, due = _due()
        row = s.scalars(select(db.Notification).where(due).order_by(db.Notification.id)
                        .limit(1).with_for_update(skip_locked=True)).first()
        if row is None:
            return None
        cfg = settings or load_notify_settings(s)
        taken_over = row.state == "sending"
        previous = row.lease_owner
        row.updated_at, row.lease_owner, row.lease_until, row.not_before = now, "", None, None
        if taken_over and row.attempts >= MAX_ATTEMPTS:
            row.state = "failed"
            row.last_error = (f"{previous} stopped while sending (attempt {row.attempts}); "
                              "it may or may not have been sent")
            record(s, "notification", row.id)
            return notification_view(row)
        resolved = _resolve(s, row, cfg, now)
        if isinstance(resolved, str):
            if taken_over:
                resolved += f"; {previous} stopped while sending it before, so it may have gone out"
            row.state, row.last_error = "skipped", resolved
            record(s, "notification", row.id)
            return notification_view(row)
        if row.kind in ("invitation", "signin"):
            channel, address, target, message, attachments = resolved
            ctx, host, language = None, HostInfo(row.host_id, ""), "zh_CN"
        else:
            channel, address, target, ctx, host, language = resolved
            message, attachments = messages.render(ctx, language), ()
        row.state, row.attempts, row.channel, row.target = "sending", row.attempts + 1, channel, target[:200]
        row.lease_owner = owner
        row.lease_until = now + timedelta(seconds=lease_s if lease_s is not None else lease_seconds(cfg))
        if taken_over:
            row.last_error = (f"{previous} stopped while sending; sending again "
                              "(the host may get this twice)")
        record(s, "notification", row.id)
        created = row.created_at or now
        key = f"reception-{row.id}-{created:%Y%m%d%H%M%S}"
        return _Claim(row.id, row.attempts, owner, channel, address, cfg, ctx, host, language,
                      message, key, taken_over, attachments)


def _finish(store: Store, claim: _Claim, error: DeliveryError | None,
            backoff: tuple[float, ...]) -> NotificationView:
    now = utcnow()
    with store.write() as s:
        row = s.get(db.Notification, claim.id, with_for_update=True)
        ours = row.state == "sending" and row.lease_owner == claim.owner and row.attempts == claim.attempt
        if error is None:
            if row.state == "sent":
                log.warning("notification %s was sent by another station too (lease taken over)", row.id)
                return notification_view(row)
            if not ours:
                log.warning("notification %s: sent after the lease was lost; recording it", row.id)
            row.state, row.sent_at, row.not_before = "sent", now, None
            row.last_error = ("sent again after an interrupted attempt; the host may have got it twice"
                              if claim.taken_over or not ours else "")
        elif not ours:  # the lease expired and another station took over: it decides
            log.warning("notification %s: failure after the lease was lost, ignored: %s", row.id, error)
            return notification_view(row)
        elif error.permanent or row.attempts >= MAX_ATTEMPTS:
            row.state, row.last_error = "failed", str(error)
        else:
            row.state, row.last_error = "queued", str(error)
            row.not_before = now + timedelta(seconds=retry_delay(backoff, row.attempts))
        if ours or error is None:
            row.lease_owner, row.lease_until = "", None
        row.updated_at = now
        record(s, "notification", row.id)
        return notification_view(row)


def next_due_in(store: Store) -> float | None:
    """Seconds until a notification is due (0 if now: queued without backoff), counting leases
    that run out; None when nothing is queued or being sent."""
    n = db.Notification
    with store.read() as s:
        queued = s.scalars(select(n.not_before).where(n.state == "queued")
                           .order_by(n.not_before.is_not(None), n.not_before).limit(1)).all()
        leases = s.scalars(select(n.lease_until).where(n.state == "sending", n.lease_until.is_not(None))
                           .order_by(n.lease_until).limit(1)).all()
    if queued and queued[0] is None:
        return 0.0
    times = queued + leases
    if not times:
        return None
    return max(0.0, (min(times) - utcnow()).total_seconds())


@needs(Permission.DESK)
def retry_notification(store: Store, actor: m.Actor, notification_id: int) -> Done[NotificationView]:
    """Send a failed (or skipped) notification again, e.g. after the mail server or the host's
    address was fixed. It goes out however old it is."""
    with store.write() as s:
        row = load(s, db.Notification, notification_id, "notification", lock=True, notification_id=notification_id)
        if row.state not in ("failed", "skipped"):
            raise NotActionable(f"notification {notification_id} is {row.state}", state=row.state)
        row.state, row.attempts, row.not_before, row.last_error = "queued", 0, None, ""
        row.lease_owner, row.lease_until = "", None
        row.updated_by, row.updated_at = actor.operator, utcnow()
        record(s, "notification", row.id)
        return Done(notification_view(row), Changes.NOTIFICATIONS)


guard_module(globals())
