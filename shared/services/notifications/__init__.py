"""Telling hosts: the notification outbox, delivered by whichever station runs a NotifyWorker.

A check-in (or "notify host again") writes a notification row in its own transaction and never
waits on the network. Afterwards any station's worker delivers it:

    queued --claim--> sending (lease_owner, lease_until) --finish--> sent
                                                          \\-------> queued (not_before: backoff)
                                                          \\-------> failed (MAX_ATTEMPTS, or a
                                                                     permanent refusal)
    queued --claim--> skipped: nothing to send to (channel "none", no address, channel not set up,
                      visit already over, or queued too long ago); last_error says why
    failed / skipped --retry_notification (a person)--> queued

Claiming is one short write transaction: on PostgreSQL the row is taken FOR UPDATE SKIP LOCKED, so
two stations never take the same row; on SQLite writes begin IMMEDIATE, so claims are serialised.
The network I/O happens outside any transaction, and the outcome is written in a second one. The
channel and address are resolved at claim time from the host's current settings, and recorded in
`channel` and `target` (URLs without their keys).

Invitations (kind "invitation", pre-registration): an e-mail to an expected guest with the QR code
attached, always by e-mail whatever the host's channel; skipped when the appointment is no longer open
(cancelled, used, no-show) or its day is over by the time it could go out.

Lease expiry (the decision): a row still 'sending' after lease_until means its station stopped
(or lost the database) in the middle of a send; whether the message went out cannot be known. It is
claimed again and sent again: a host may get a duplicate, but a notification is never lost. This
is the only way a message goes out twice (besides a send whose answer never came: a timeout after
the request left is retried too, for the same reason). To keep it rare:
  - the lease (LEASE_MIN_S, or 10 x the send timeout) is far longer than a send can take;
  - a worker that sent but cannot record it keeps trying to record it (a success is recorded even
    after the lease was lost, so nobody sends it again; a failure reported after losing the lease
    is ignored, the new owner decides);
  - every resend carries the same identity (e-mail Message-ID; the generic webhook's "id" and
    Idempotency-Key header), so receivers that deduplicate show it once;
  - taking over a lease costs an attempt: a message that keeps killing stations ends 'failed'.

The modules: settings (the site's and each host's), views (what a console shows), outbox (claim,
record the outcome, a person's retry), resolve (what to send to whom), sending (the network I/O),
worker (deliver_next and NotifyWorker). This package re-exports their public API.
"""
from __future__ import annotations

from shared.notify.channels import DeliveryError
from shared.notify.settings import NotifySettings

from shared.services.notifications.outbox import (
    BACKOFF_S,
    LEASE_MIN_S,
    MAX_ATTEMPTS,
    lease_seconds,
    next_due_in,
    retry_notification,
)
from shared.services.notifications.resolve import STALE_AFTER, WEBHOOK_CHANNELS
from shared.services.notifications.settings import (
    HostNotify,
    load_notify_settings,
    notify_settings,
    set_host_notification,
    update_notify_settings,
)
from shared.services.notifications.views import (
    NotificationView,
    notification_view,
    notifications_for_visit,
    notifications_needing_attention,
)
from shared.services.notifications.worker import NotifyWorker, deliver_next, make_owner

__all__ = [
    "BACKOFF_S", "LEASE_MIN_S", "MAX_ATTEMPTS", "STALE_AFTER", "WEBHOOK_CHANNELS", "DeliveryError", "HostNotify",
    "NotificationView", "NotifySettings", "NotifyWorker", "deliver_next", "lease_seconds", "load_notify_settings",
    "make_owner", "next_due_in", "notification_view", "notifications_for_visit", "notifications_needing_attention",
    "notify_settings", "retry_notification", "set_host_notification", "update_notify_settings",
]
