"""Invitation e-mails against a real SMTP server (aiosmtpd on loopback), on SQLite and PostgreSQL: the
e-mail carries the QR code the kiosk accepts, whatever the host's own channel; an SMTP server that is
down loses nothing; a cancelled invitation is not sent; no SMTP configured skips it with the reason."""
from __future__ import annotations

import io
import threading
import time
from datetime import date, timedelta

import zxingcpp
from PIL import Image
from sqlalchemy import select

from shared.domain.model import Actor, Consent
from shared.services import checkin
from shared.services import notifications as notes
from shared.services.desk import expected as pre
from shared.services.desk.expected import ExpectedVisit
from shared.store import models as db
from tests.support.servers import SmtpServer, free_port
from tests.support.actors import STAFF

DESK = Actor("desk-1", "amy", "receptionist")
ADMIN = Actor("desk-1", "boss", "admin")  # site settings are the admin's
KIOSK = Actor("kiosk-1", "kiosk")
ZHANG = 1


def smtp_settings(store, port: int):
    return notes.update_notify_settings(store, ADMIN, smtp_host="127.0.0.1", smtp_port=port, smtp_security="none",
                                        sender="reception@example.com", timeout_s=5).value


def invite(store, members=(), day=None, **extra):
    expected = ExpectedVisit(visitor_name="王建明", host_id=ZHANG, expected_on=day or date.today(),
                             email="wang@example.com", company="宏远物流", time_from="09:30", time_to="11:00",
                             purpose="洽谈合作", **extra)
    return pre.pre_register(store, DESK, expected, members).value


def attachments(message) -> dict[str, bytes]:
    return {part.get_filename(): part.get_content() for part in message.iter_attachments()}


def decoded(png: bytes) -> str:
    [found] = zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))
    return found.text


def invitation_rows(store):
    with store.read() as s:
        return s.scalars(select(db.Notification).where(db.Notification.kind == "invitation")
                         .order_by(db.Notification.id)).all()


def test_the_invitation_arrives_with_a_qr_the_kiosk_accepts(seeded):
    # the host wants a WeCom robot: the guest's invitation still goes by e-mail
    notes.set_host_notification(seeded, ADMIN, ZHANG, channel="wecom")
    with SmtpServer() as smtp:
        smtp_settings(seeded, smtp.port)
        [view] = invite(seeded, transport="pickup", pickup_time="08:15", pickup_place="虹桥站 P9")
        sent = notes.deliver_next(seeded, "desk-1/test")
        assert (sent.state, sent.kind, sent.channel, sent.target, sent.appointment_id) == (
            "sent", "invitation", "email", "wang@example.com", view.id)
        assert notes.deliver_next(seeded, "desk-1/test") is None
        [(mail_from, rcpt, message)] = smtp.received
    assert (mail_from, rcpt) == ("reception@example.com", ["wang@example.com"])
    assert view.code in message["Subject"] and "来访邀请" in message["Subject"] and "invitation" in message["Subject"]
    body = message.get_body(preferencelist=("plain",)).get_content()
    for text in (view.code, "王建明，您好", "Dear 王建明", "被访人：张三", "Host: Zhang San", "09:30–11:00",
                 "接送：08:15，虹桥站 P9", "Pickup: 08:15 at 虹桥站 P9", "洽谈合作"):
        assert text in body
    assert "13912345678" not in message.as_string()
    files = attachments(message)
    assert list(files) == [f"invitation-{view.code}.png"]
    code = decoded(files[f"invitation-{view.code}.png"])
    assert code == view.code
    # what the kiosk does with a scan: the code opens "Is this you?", then checks in
    assert checkin.find_invitation(seeded, code).visitor_name == "王建明"
    visit = checkin.check_in_invitation(seeded, KIOSK, code, "badge", Consent(privacy=True)).value
    assert visit.visitor_name == "王建明"
    assert [v.invitation for v in pre.expected_visits(seeded, DESK, date.today())] == ["sent"]


def test_a_group_leader_gets_every_members_code(seeded):
    with SmtpServer() as smtp:
        smtp_settings(seeded, smtp.port)
        leader, *members = invite(seeded, ["李娜", "Anna Schmidt"])
        assert notes.deliver_next(seeded, "w").state == "sent"
        [(_f, _rcpt, message)] = smtp.received
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert "李娜：" + members[0].code in body and "Anna Schmidt: " + members[1].code in body
    files = attachments(message)
    assert {decoded(png) for png in files.values()} == {leader.code, members[0].code, members[1].code}


def test_smtp_down_loses_nothing_and_it_is_delivered_once_when_back(seeded):
    port = free_port()  # nothing listens here yet
    smtp_settings(seeded, port)
    [view] = invite(seeded)
    failed = notes.deliver_next(seeded, "w", backoff=(0.5,))
    assert failed.state == "queued" and "cannot connect" in failed.last_error
    assert pre.appointment(seeded, DESK, view.id).invitation == "queued"
    with SmtpServer(port) as smtp:
        worker = notes.NotifyWorker(seeded, "desk-1", backoff=(0.5,))
        thread = threading.Thread(target=worker.run, daemon=True)
        thread.start()
        try:
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline and invitation_rows(seeded)[0].state != "sent":
                time.sleep(0.02)
            time.sleep(0.3)  # a second delivery would show up here
        finally:
            worker.stop()
            thread.join(5)
        assert len(smtp.received) == 1
        assert decoded(next(iter(attachments(smtp.received[0][2]).values()))) == view.code
    [row] = invitation_rows(seeded)
    assert (row.state, row.attempts) == ("sent", 2)


def test_a_failed_invitation_needs_attention_while_the_guest_is_expected(seeded):
    smtp_settings(seeded, free_port())
    [view] = invite(seeded, day=date.today() + timedelta(days=1))
    for _ in range(notes.MAX_ATTEMPTS):
        notes.deliver_next(seeded, "w", backoff=())
    [failed] = notes.notifications_needing_attention(seeded, STAFF)
    assert (failed.kind, failed.appointment_id, failed.visit_id) == ("invitation", view.id, None)
    assert pre.appointment(seeded, DESK, view.id).invitation == "failed"
    pre.cancel_appointment(seeded, DESK, view.id)
    assert notes.notifications_needing_attention(seeded, STAFF) == []


def test_no_smtp_server_skips_it_with_the_reason(seeded):
    [view] = invite(seeded)
    skipped = notes.deliver_next(seeded, "w")
    assert skipped.state == "skipped" and "no SMTP server" in skipped.last_error
    shown = pre.appointment(seeded, DESK, view.id)
    assert (shown.invitation, shown.invitation_error) == ("skipped", skipped.last_error)


def test_a_cancelled_invitation_is_not_sent(seeded):
    with SmtpServer() as smtp:
        smtp_settings(seeded, smtp.port)
        [view] = invite(seeded)
        pre.cancel_appointment(seeded, DESK, view.id)
        skipped = notes.deliver_next(seeded, "w")
        assert skipped.state == "skipped" and "cancelled" in skipped.last_error
        assert smtp.received == []
