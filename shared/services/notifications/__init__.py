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
"""
from __future__ import annotations

import logging
import os
import re
import secrets
import threading
import time
from dataclasses import asdict, dataclass, fields, replace
from datetime import date, datetime, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from shared.changes import Changes, Done
from shared.domain import model as m
from shared.domain.errors import InvalidInput, NotActionable
from shared.domain.states import FINAL, ON_SITE, VisitState
from shared.notify import channels, messages
from shared.notify.channels import DeliveryError
from shared.notify.messages import (
    HostInfo,
    InvitationContext,
    InvitationGuest,
    Message,
    MessageContext,
)
from shared.notify.settings import CHANNELS, LANGUAGES, NotifySettings
from shared.store import models as db
from shared.services.common.loading import load
from shared.store.engine import Store
from shared.store.feed import record
from shared.services.site.audit import audit
from shared.store.types import utcnow

__all__ = [
    "BACKOFF_S", "MAX_ATTEMPTS", "HostNotify", "NotificationView", "NotifySettings", "NotifyWorker", "deliver_next",
    "load_notify_settings", "make_owner", "next_due_in", "notifications_for_visit", "notifications_needing_attention",
    "notify_settings", "retry_notification", "set_host_notification", "update_notify_settings",
]

log = logging.getLogger(__name__)

KEY = "notify"  # site_setting key
MAX_ATTEMPTS = 8
BACKOFF_S = (5, 15, 30, 60, 120, 300, 600)  # wait after attempt 1, 2, ...: about 19 minutes in all
LEASE_MIN_S = 120.0
STALE_AFTER = timedelta(hours=8)  # a notification nobody could send for this long is old news
WEBHOOK_CHANNELS = ("webhook", "wecom", "dingtalk", "feishu")


# --- settings ------------------------------------------------------------------------------

def load_notify_settings(s: Session) -> NotifySettings:
    row = s.get(db.SiteSetting, KEY)
    if row is None:
        return NotifySettings()
    known = {f.name for f in fields(NotifySettings)}
    return NotifySettings(**{k: v for k, v in row.value.items() if k in known})


def notify_settings(store: Store) -> NotifySettings:
    with store.read() as s:
        return load_notify_settings(s)


def update_notify_settings(store: Store, actor: m.Actor, **changes) -> Done[NotifySettings]:
    """Change some fields; every station uses them from its next notification on."""
    try:
        if "smtp_port" in changes:
            changes["smtp_port"] = int(changes["smtp_port"])
        if "timeout_s" in changes:
            changes["timeout_s"] = float(changes["timeout_s"])
    except (TypeError, ValueError) as err:
        raise InvalidInput({"settings": "invalid"}) from err
    with store.write() as s:
        try:
            new = replace(load_notify_settings(s), **changes)
        except TypeError as err:
            raise InvalidInput({"settings": "unknown"}) from err
        if problems := new.problems():
            raise InvalidInput(problems)
        audit(s, actor, "settings", "notifications", changed=sorted(changes))  # names only: some are secrets
        row = s.get(db.SiteSetting, KEY)
        if row is None:
            s.add(db.SiteSetting(key=KEY, value=asdict(new)))
        else:
            row.value = asdict(new)
        record(s, "setting", 0)
    return Done(new, Changes.SETTINGS)


@dataclass(frozen=True, slots=True)
class HostNotify:
    host_id: int
    channel: str
    language: str
    email: str


def set_host_notification(store: Store, actor: m.Actor, host_id: int, *, channel: str | None = None,
                          language: str | None = None, email: str | None = None) -> Done[HostNotify]:
    """How a host wants to be told: channel (email / webhook / wecom / dingtalk / feishu / none),
    language (zh_CN / en), and the e-mail address."""
    problems = {}
    if channel is not None and channel not in CHANNELS:
        problems["channel"] = "invalid"
    if language is not None and language not in LANGUAGES:
        problems["language"] = "invalid"
    if email is not None and (email := email.strip()) and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        problems["email"] = "invalid"
    if problems:
        raise InvalidInput(problems)
    with store.write() as s:
        host = load(s, db.Host, host_id, "host", host_id=host_id)
        if channel is not None:
            host.notify_channel = channel
        if language is not None:
            host.language = language
        if email is not None:
            host.email = email
        record(s, "host", host.id)
        return Done(HostNotify(host.id, host.notify_channel, host.language, host.email), Changes.HOSTS)


# --- what a console shows ------------------------------------------------------------------

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


def notifications_for_visit(store: Store, visit_id: int) -> list[NotificationView]:
    with store.read() as s:
        rows = s.scalars(select(db.Notification).where(db.Notification.visit_id == visit_id)
                         .order_by(db.Notification.id)).all()
        return [notification_view(r) for r in rows]


def notifications_needing_attention(store: Store, today: date | None = None) -> list[NotificationView]:
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


# --- delivery ------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Claim:
    id: int
    attempt: int  # the row's attempts after this claim: with owner, the lease's identity
    owner: str
    channel: str
    address: str  # the e-mail address or the full URL (may hold a key: never stored)
    settings: NotifySettings
    context: MessageContext
    host: HostInfo
    language: str
    message: Message
    key: str  # the same on every resend
    taken_over: bool  # a previous owner's lease expired mid-send
    attachments: tuple[tuple[str, bytes], ...] = ()  # an invitation's QR codes


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
        if row.kind == "invitation":
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


def _resolve(s: Session, row: db.Notification, cfg: NotifySettings, now: datetime):
    """(channel, address, target, context, host, language), or why there is nothing to send."""
    if row.kind == "invitation":
        return _resolve_invitation(s, row, cfg)
    visit = s.get(db.Visit, row.visit_id)
    host = s.get(db.Host, row.host_id) if row.host_id is not None else (visit.host if visit else None)
    if visit is None or host is None:
        return "no host to tell"
    left_message = (row.payload or {}).get("message", "")
    if VisitState(visit.state) in FINAL and not left_message:  # a relayed message goes all the same
        return f"not sent: the visit was over ({visit.state}) before it could go out"
    if not row.updated_by and row.created_at is not None and row.created_at < now - STALE_AFTER:
        return f"not sent: no station could send it within {STALE_AFTER.total_seconds() / 3600:g} hours"
    channel = host.notify_channel or "email"
    if channel == "none":
        return "the host receives no notifications"
    if channel == "email":
        address = target = host.email.strip()
        if not address:
            return "the host has no e-mail address"
        if not cfg.smtp_host:
            return "e-mail is not set up for this site (no SMTP server)"
    elif channel in WEBHOOK_CHANNELS:
        address = cfg.url_for(channel).strip()
        if not address:
            return f"no {channel} URL is set up for this site"
        target = messages.redact_url(address)
    else:
        return f"unknown notification channel {channel!r}"
    earlier = s.scalar(select(func.count()).select_from(db.Notification).where(
        db.Notification.visit_id == row.visit_id, db.Notification.id < row.id))
    ctx = MessageContext(
        visit_no=visit.visit_no, visitor_name=visit.visitor.name, company=visit.visitor.company,
        party_size=visit.party_size, purpose=visit.purpose, host_name=host.name, host_name_en=host.name_en,
        station=visit.station, arrived_at=visit.checked_in_at, reminder=bool(earlier) and not left_message,
        left_message=left_message)
    info = HostInfo(host.id, host.name, host.name_en, host.email, host.phone)
    return channel, address, target, ctx, info, host.language


def _resolve_invitation(s: Session, row: db.Notification, cfg: NotifySettings):
    """(channel, address, target, message, attachments) of an invitation e-mail, or why not.

    A group's leader gets every member's code and QR too: members have no address of their own."""
    from shared.services.desk.expected import invitation_qr_png # it imports the outbox's neighbours, not this module)

    appointment = s.get(db.Appointment, row.appointment_id) if row.appointment_id is not None else None
    if appointment is None:
        return "no invitation to send"
    if appointment.state != "open":
        return f"not sent: the invitation is {appointment.state.replace('_', '-')}"
    if appointment.expected_on < date.today():
        return "not sent: the day of the visit is over"
    address = appointment.email.strip()
    if not address:
        return "the invitation has no e-mail address"
    if not cfg.smtp_host:
        return "e-mail is not set up for this site (no SMTP server)"
    host = s.get(db.Host, appointment.host_id) if appointment.host_id is not None else None
    members = s.scalars(select(db.Appointment).where(db.Appointment.leader_id == appointment.id,
                                                     db.Appointment.state == "open")
                        .order_by(db.Appointment.id)).all()
    ctx = InvitationContext(
        code=appointment.code, visitor_name=appointment.visitor_name, expected_on=appointment.expected_on,
        time_from=appointment.time_from, time_to=appointment.time_to,
        host_name=host.name if host is not None else "", host_name_en=host.name_en if host is not None else "",
        purpose=appointment.purpose, pickup_time=appointment.pickup_time if appointment.transport == "pickup" else "",
        pickup_place=appointment.pickup_place if appointment.transport == "pickup" else "",
        members=tuple(InvitationGuest(r.visitor_name, r.code) for r in members))
    attachments = tuple((messages.invitation_attachment_name(a.code), invitation_qr_png(a.code))
                        for a in (appointment, *members))
    return "email", address, address, messages.render_invitation(ctx), attachments


def _mobile(phone: str) -> str:
    """The host's own mainland mobile, to @-mention them in a group robot; "" for anything else."""
    digits = re.sub(r"[\s-]", "", phone or "").removeprefix("+86")
    return digits if re.fullmatch(r"1\d{10}", digits) else ""


def _send(claim: _Claim) -> DeliveryError | None:
    """The network I/O, outside any transaction. None: the other side accepted it."""
    cfg, msg = claim.settings, claim.message
    timeout = float(cfg.timeout_s)
    mention = tuple(x for x in (_mobile(claim.host.phone),) if x)
    try:
        if claim.channel == "email":
            domain = (cfg.sender or cfg.smtp_user).rpartition("@")[2] or "reception.invalid"
            channels.send_email(cfg, claim.address, msg.subject, msg.text, message_id=f"<{claim.key}@{domain}>",
                                attachments=claim.attachments)
        elif claim.channel == "webhook":
            body = messages.webhook_body(claim.context, msg, claim.host, claim.language, claim.key)
            channels.post_json(claim.address, body, timeout, headers={"Idempotency-Key": claim.key})
        elif claim.channel == "wecom":
            channels.post_json(claim.address, messages.wecom_body(msg, mention), timeout, check_code=True)
        elif claim.channel == "dingtalk":
            url = messages.dingtalk_signed_url(claim.address, cfg.dingtalk_secret, int(time.time() * 1000))
            channels.post_json(url, messages.dingtalk_body(msg, mention), timeout, check_code=True)
        elif claim.channel == "feishu":
            body = messages.feishu_body(msg, cfg.feishu_secret, int(time.time()))
            channels.post_json(claim.address, body, timeout, check_code=True)
        else:
            return DeliveryError(f"unknown channel {claim.channel!r}", permanent=True)
    except DeliveryError as exc:
        return exc
    except Exception as exc:  # a bug in a sender: say what, and retry within the attempts
        log.exception("notification %s: sender failed", claim.id)
        return DeliveryError(f"{type(exc).__name__}: {exc}")
    return None


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
            delay = backoff[min(row.attempts, len(backoff)) - 1] if backoff else 0
            row.state, row.last_error = "queued", str(error)
            row.not_before = now + timedelta(seconds=delay)
        if ours or error is None:
            row.lease_owner, row.lease_until = "", None
        row.updated_at = now
        record(s, "notification", row.id)
        return notification_view(row)


def deliver_next(store: Store, owner: str, settings: NotifySettings | None = None,
                 backoff: tuple[float, ...] = BACKOFF_S, lease_s: float | None = None) -> NotificationView | None:
    """Deliver one due notification: claim it under a lease, send it outside any transaction,
    record the outcome. None when nothing is due. settings: None reads the site's (every time).
    owner: unique per running worker (see make_owner)."""
    claimed = _claim(store, owner, settings, lease_s)
    if claimed is None or isinstance(claimed, NotificationView):
        return claimed
    return _finish(store, claimed, _send(claimed), backoff)


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


def make_owner(station: str) -> str:
    """A lease owner unique to this running worker: station, process and a random part."""
    return f"{station}/{os.getpid()}/{secrets.token_hex(4)}"[:80]


class NotifyWorker:
    """Delivers notifications, Qt-free: any number of stations may run one on the same database.

    run() loops until stop(): delivers what is due, else sleeps until woken (wake() after a
    check-in), the next retry, or IDLE_WAKE_S. A database error pauses and tries again."""

    IDLE_WAKE_S = 1.0
    ERROR_PAUSE_S = 2.0

    def __init__(self, store: Store, station: str, settings: NotifySettings | None = None,
                 on_notification=None, backoff: tuple[float, ...] = BACKOFF_S,
                 lease_s: float | None = None) -> None:
        self.store, self.station = store, station
        self.owner = make_owner(station)
        self.settings, self.backoff, self.lease_s = settings, backoff, lease_s
        self.on_notification = on_notification or (lambda view: None)
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._unrecorded: tuple[_Claim, DeliveryError | None] | None = None

    def wake(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()

    def run(self) -> None:
        while not self._stop.is_set():
            try:
                self._step()
            except Exception:  # a locked or restarted database: the outbox is safe, try again soon
                log.exception("notify worker: database error, retrying")
                self._stop.wait(self.ERROR_PAUSE_S)
        if self._unrecorded is not None:  # stopping: one last try to record what was sent
            try:
                self._record_outcome()
            except Exception:
                log.exception("notify worker: could not record notification %s", self._unrecorded[0].id)

    def _record_outcome(self) -> None:
        claim, error = self._unrecorded
        view = _finish(self.store, claim, error, self.backoff)
        self._unrecorded = None
        self.on_notification(view)

    def _step(self) -> None:
        if self._unrecorded is not None:  # sent, but the database was away: record it first
            self._record_outcome()
            return
        claimed = _claim(self.store, self.owner, self.settings, self.lease_s)
        if isinstance(claimed, NotificationView):
            self.on_notification(claimed)
            return
        if claimed is not None:
            self._unrecorded = (claimed, _send(claimed))
            self._record_outcome()
            return
        due = next_due_in(self.store)
        self._wake.wait(self.IDLE_WAKE_S if due is None else min(due, self.IDLE_WAKE_S))
        self._wake.clear()
