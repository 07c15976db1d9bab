"""What to send to whom, decided when a notification is claimed: the channel and address from the
host's current settings and the site's, the message, or why there is nothing to send."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shared.domain.states import FINAL, VisitState
from shared.notify import messages
from shared.notify.messages import HostInfo, InvitationContext, InvitationGuest, MessageContext
from shared.notify.settings import NotifySettings
from shared.services.hosts.links import ANSWER, SIGNIN, SIGNIN_TTL, WEB_KEY, WebSettings, link_url, new_link
from shared.services.site.settings import load_setting
from shared.store import models as db

STALE_AFTER = timedelta(hours=8)  # a notification nobody could send for this long is old news
WEBHOOK_CHANNELS = ("webhook", "wecom", "dingtalk", "feishu")


def _resolve(s: Session, row: db.Notification, cfg: NotifySettings, now: datetime):
    """(channel, address, target, context, host, language), or why there is nothing to send."""
    if row.kind == "invitation":
        return _resolve_invitation(s, row, cfg)
    if row.kind == "signin":
        return _resolve_signin(s, row, cfg, now)
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
    if not left_message:
        ctx = replace(ctx, answer_url=_answer_url(s, row, visit, host, now))
    info = HostInfo(host.id, host.name, host.name_en, host.email, host.phone)
    return channel, address, target, ctx, info, host.language


def _answer_url(s: Session, row: db.Notification, visit: db.Visit, host: db.Host, now: datetime) -> str:
    """A fresh answer link for this message, when the site runs the hosts' page (a resend gets a new one;
    every link of the visit shows the same answer)."""
    base = load_setting(s, WEB_KEY, WebSettings).base_url
    if not base:
        return ""
    return link_url(base, ANSWER, new_link(s, ANSWER, host.id, visit.id, row.id, now))


def _resolve_signin(s: Session, row: db.Notification, cfg: NotifySettings, now: datetime):
    """(channel, address, target, message, attachments) of a sign-in e-mail, or why not. The link is made
    here, so its token exists only in the e-mail."""
    host = s.get(db.Host, row.host_id) if row.host_id is not None else None
    if host is None or not host.active:
        return "no such host"
    if row.created_at is not None and row.created_at < now - SIGNIN_TTL:
        return "not sent: the sign-in request is older than its link would live"
    base = load_setting(s, WEB_KEY, WebSettings).base_url
    address = host.email.strip()
    if not base or not address or not cfg.smtp_host:
        return "sign-in e-mails need the hosts' page, the host's e-mail address and an SMTP server"
    url = link_url(base, SIGNIN, new_link(s, SIGNIN, host.id, notification_id=row.id, now=now))
    message = messages.render_signin(host.name, url, int(SIGNIN_TTL.total_seconds() // 60), host.language)
    return "email", address, address, message, ()


def _resolve_invitation(s: Session, row: db.Notification, cfg: NotifySettings):
    """(channel, address, target, message, attachments) of an invitation e-mail, or why not.

    A group's leader gets every member's code and QR too: members have no address of their own."""
    from shared.services.desk.expected import invitation_qr_png  # it imports the outbox's neighbours

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

