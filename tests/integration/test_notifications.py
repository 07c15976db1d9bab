"""Host notifications against a real SMTP server (aiosmtpd on loopback) and a real local HTTP
server, on SQLite and PostgreSQL: delivered once, kept while the server is down, retried, leased."""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import shutil
import subprocess
import threading
import time
from dataclasses import replace

import pytest
from aiosmtpd.smtp import AuthResult
from sqlalchemy import select, update

from shared.domain.model import Actor, WalkIn
from shared.services import notifications as notes
from shared.services.notifications import outbox, worker as notify_worker
from shared.services import checkin
from shared.services.desk import flow
from shared.store import engine as engine_module
from shared.store import models as db
from shared.store.engine import open_store
from shared.store.types import utcnow

KIOSK = Actor("kiosk-1")
ADMIN = Actor("desk-1", "boss", "admin")  # site settings are the admin's
DESK = Actor("desk-1", "amy", "receptionist")
MOBILE = "13800138000"
HOST = 1  # 张三 in the demo directory


from tests.support.servers import HttpServer, SmtpServer, free_port  # noqa: E402
from tests.support.actors import STAFF


def smtp_settings(store, port: int, **extra):
    return notes.update_notify_settings(store, ADMIN, smtp_host="127.0.0.1", smtp_port=port,
                                        smtp_security="none", sender="reception@example.com",
                                        timeout_s=5, **extra).value


def check_in(store, name="欧阳娜娜", company="华为", host_id=HOST):
    return checkin.check_in_walk_in(store, KIOSK, WalkIn(name, MOBILE, company, host_id), "badge").value


def note_rows(store):
    with store.read() as s:
        return s.scalars(select(db.Notification).order_by(db.Notification.id)).all()


def wait_until(predicate, timeout=20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()


def run_worker(worker: notes.NotifyWorker) -> threading.Thread:
    thread = threading.Thread(target=worker.run, daemon=True)
    thread.start()
    return thread


# --- e-mail --------------------------------------------------------------------------------

def test_email_reaches_a_real_smtp_server_once(seeded):
    notes.set_host_notification(seeded, ADMIN, HOST, channel="email", language="zh_CN", email="zhangsan@example.com")
    with SmtpServer() as smtp:
        smtp_settings(seeded, smtp.port)
        t0 = time.monotonic()
        visit = check_in(seeded)
        assert time.monotonic() - t0 < 2  # the check-in does not touch the network
        view = notes.deliver_next(seeded, "desk-1/test")
        assert (view.state, view.attempts, view.channel, view.target) == ("sent", 1, "email", "zhangsan@example.com")
        assert view.sent_at is not None and view.last_error == ""
        assert notes.deliver_next(seeded, "desk-1/test") is None  # nothing left: never twice
        [(mail_from, rcpt, message)] = smtp.received
        assert mail_from == "reception@example.com" and rcpt == ["zhangsan@example.com"]
        assert message["Subject"] == "访客到访通知：欧阳娜娜（华为）"
        assert message["To"] == "zhangsan@example.com" and message["Message-ID"].startswith("<reception-")
        body = message.get_content()
        assert body.startswith("访客到访通知：欧阳娜娜（华为）已到前台，共 1 人。")
        assert f"访客编号：{visit.visit_no}" in body and "被访人：张三" in body
        assert MOBILE not in message.as_string() and "8000" not in body
        [shown] = notes.notifications_for_visit(seeded, STAFF, visit.id)
        assert (shown.state, shown.channel, shown.attempts) == ("sent", "email", 1)

        flow.notify_host(seeded, DESK, visit.id)  # "notify host again": a reminder
        assert notes.deliver_next(seeded, "desk-1/test").state == "sent"
        assert smtp.subjects()[1] == "访客仍在等候：欧阳娜娜（华为）"
        assert [v.state for v in notes.notifications_for_visit(seeded, STAFF, visit.id)] == ["sent", "sent"]


def test_email_in_english_for_an_english_speaking_host(seeded):
    notes.set_host_notification(seeded, ADMIN, 8, channel="email", language="en", email="emily@example.com")
    with SmtpServer() as smtp:
        smtp_settings(seeded, smtp.port)
        check_in(seeded, "Tom Smith", "ACME", host_id=8)
        assert notes.deliver_next(seeded, "w").state == "sent"
        [(_f, rcpt, message)] = smtp.received
        assert rcpt == ["emily@example.com"] and message["Subject"] == "Visitor arrived: Tom Smith (ACME)"
        assert message.get_content().startswith("Visitor arrived: Tom Smith (ACME) is at reception, party of 1.")


def test_smtp_down_loses_nothing_and_delivers_each_once_when_it_is_back(seeded):
    port = free_port()  # nothing listens here yet
    notes.set_host_notification(seeded, ADMIN, HOST, channel="email", email="zhangsan@example.com")
    smtp_settings(seeded, port)
    checked_in = [check_in(seeded, name) for name in ("欧阳娜娜", "司马相如", "Tom")]
    for _ in checked_in:
        view = notes.deliver_next(seeded, "desk-1/w", backoff=(0.5,))
        assert view.state == "queued" and view.attempts == 1
        assert "cannot connect" in view.last_error and view.not_before > utcnow()
    assert notes.deliver_next(seeded, "desk-1/w", backoff=(0.5,)) is None  # backing off
    assert 0 < notes.next_due_in(seeded) <= 0.5
    assert all(r.state == "queued" and r.last_error for r in note_rows(seeded))

    with SmtpServer(port) as smtp:
        worker = notes.NotifyWorker(seeded, "desk-1", backoff=(0.5,))
        thread = run_worker(worker)
        try:
            assert wait_until(lambda: all(r.state == "sent" for r in note_rows(seeded)))
            time.sleep(0.3)  # a second delivery would show up here
        finally:
            worker.stop()
            thread.join(5)
        assert sorted(smtp.subjects()) == sorted(f"访客到访通知：{v.visitor_name}（华为）" for v in checked_in)
        assert [r.attempts for r in note_rows(seeded)] == [2, 2, 2]


def test_after_the_last_attempt_it_fails_and_a_person_can_retry(seeded):
    port = free_port()
    notes.set_host_notification(seeded, ADMIN, HOST, channel="email", email="zhangsan@example.com")
    smtp_settings(seeded, port)
    visit = check_in(seeded)
    states = [notes.deliver_next(seeded, "w", backoff=()).state for _ in range(notes.MAX_ATTEMPTS)]
    assert states == ["queued"] * (notes.MAX_ATTEMPTS - 1) + ["failed"]
    assert notes.deliver_next(seeded, "w", backoff=()) is None
    [failed] = notes.notifications_needing_attention(seeded, STAFF)
    assert failed.visit_id == visit.id and "cannot connect" in failed.last_error
    with SmtpServer(port) as smtp:
        retried = notes.retry_notification(seeded, DESK, failed.id).value
        assert (retried.state, retried.attempts, retried.updated_by) == ("queued", 0, "amy")
        assert notes.deliver_next(seeded, "w").state == "sent"
        assert len(smtp.received) == 1
    assert notes.notifications_needing_attention(seeded, STAFF) == []


def test_starttls_refused_by_the_server_is_not_sent_in_clear_text(seeded):
    notes.set_host_notification(seeded, ADMIN, HOST, channel="email", email="zhangsan@example.com")
    with SmtpServer() as smtp:  # offers no STARTTLS
        notes.update_notify_settings(seeded, ADMIN, smtp_host="127.0.0.1", smtp_port=smtp.port,
                                     smtp_security="starttls", sender="reception@example.com")
        check_in(seeded)
        view = notes.deliver_next(seeded, "w", backoff=())
        assert view.state == "queued" and "STARTTLS" in view.last_error
        assert smtp.received == []


# --- webhooks ------------------------------------------------------------------------------

@pytest.mark.parametrize("channel", ["webhook", "wecom", "dingtalk", "feishu"])
def test_webhook_bodies_reach_a_real_http_server(seeded, channel):
    with HttpServer() as http:
        if channel == "feishu":
            http.default = (200, {"code": 0, "msg": "success", "data": {}})
        urls = {"webhook_url": f"{http.url}/hooks/visitors",
                "wecom_url": f"{http.url}/cgi-bin/webhook/send?key=wecom-key-0123456789",
                "dingtalk_url": f"{http.url}/robot/send?access_token=ding-token-0123456789",
                "feishu_url": f"{http.url}/open-apis/bot/v2/hook/feishu-token-0123456789"}
        notes.update_notify_settings(seeded, ADMIN, dingtalk_secret="SECding", feishu_secret="fs-secret", **urls)
        notes.set_host_notification(seeded, ADMIN, HOST, channel=channel, language="zh_CN")
        visit = check_in(seeded)
        view = notes.deliver_next(seeded, "w")
        assert (view.state, view.channel, view.attempts) == ("sent", channel, 1)
        assert "key" not in view.target and "token-0123456789" not in view.target  # no secret on record
        assert notes.deliver_next(seeded, "w") is None
        [req] = http.requests
        body, first = req["body"], "访客到访通知：欧阳娜娜（华为）已到前台，共 1 人。"
        assert MOBILE not in json.dumps(body, ensure_ascii=False)
        if channel == "webhook":
            assert req["path"] == "/hooks/visitors"
            assert body["event"] == "visitor.arrived" and body["visit"]["visit_no"] == visit.visit_no
            assert body["visit"]["visitor_name"] == "欧阳娜娜" and body["host"]["name"] == "张三"
            assert body["message"]["text"].startswith(first)
            assert req["headers"]["Idempotency-Key"] == body["id"]
        elif channel == "wecom":
            assert req["query"] == {"key": ["wecom-key-0123456789"]}
            assert body["msgtype"] == "text" and body["text"]["content"].startswith(first)
        elif channel == "dingtalk":
            q = req["query"]
            assert q["access_token"] == ["ding-token-0123456789"]
            ts, sign = q["timestamp"][0], q["sign"][0]
            assert abs(int(ts) - time.time() * 1000) < 60_000
            expected = base64.b64encode(hmac.new(b"SECding", f"{ts}\nSECding".encode(), hashlib.sha256).digest())
            assert sign == expected.decode()
            assert body["msgtype"] == "text" and body["text"]["content"].startswith(first)
        else:
            assert body["msg_type"] == "text" and body["content"]["text"].startswith(first)
            ts = body["timestamp"]
            assert abs(int(ts) - time.time()) < 60
            expected = base64.b64encode(hmac.new(f"{ts}\nfs-secret".encode(), b"", hashlib.sha256).digest())
            assert body["sign"] == expected.decode()


@pytest.mark.parametrize("channel, failures", [
    ("wecom", [(500, {"errmsg": "server error"}), (200, {"errcode": 45009, "errmsg": "api freq out of limit"})]),
    ("feishu", [(502, {}), (200, {"code": 9499, "msg": "Bad Request"})]),
])
def test_http_errors_and_robot_error_codes_are_retried(seeded, channel, failures):
    with HttpServer() as http:
        http.script = list(failures)
        if channel == "feishu":
            http.default = (200, {"code": 0, "msg": "success"})
        notes.update_notify_settings(seeded, ADMIN, **{f"{channel}_url": f"{http.url}/robot?key=k"})
        notes.set_host_notification(seeded, ADMIN, HOST, channel=channel)
        check_in(seeded)
        first = notes.deliver_next(seeded, "w", backoff=())
        assert first.state == "queued" and "HTTP 5" in first.last_error
        second = notes.deliver_next(seeded, "w", backoff=())
        assert second.state == "queued" and str(failures[1][1].get("errcode", failures[1][1].get("code"))) \
            in second.last_error
        third = notes.deliver_next(seeded, "w", backoff=())
        assert (third.state, third.attempts, third.last_error) == ("sent", 3, "")
        assert len(http.requests) == 3


def test_a_webhook_that_refuses_the_request_fails_at_once(seeded):
    with HttpServer() as http:
        http.default = (404, {"error": "no such hook"})
        notes.update_notify_settings(seeded, ADMIN, webhook_url=f"{http.url}/gone")
        notes.set_host_notification(seeded, ADMIN, HOST, channel="webhook")
        check_in(seeded)
        view = notes.deliver_next(seeded, "w", backoff=())
        assert (view.state, view.attempts) == ("failed", 1) and "HTTP 404" in view.last_error


# --- nothing to send to --------------------------------------------------------------------

def test_hosts_without_a_channel_or_address_are_skipped_with_a_reason(seeded):
    notes.set_host_notification(seeded, ADMIN, 1, channel="none")
    notes.set_host_notification(seeded, ADMIN, 2, channel="email", email="")
    notes.set_host_notification(seeded, ADMIN, 3, channel="wecom")
    notes.set_host_notification(seeded, ADMIN, 4, channel="email", email="chen@example.com")
    for host_id in (1, 2, 3, 4):
        check_in(seeded, host_id=host_id)
    views = [notes.deliver_next(seeded, "w") for _ in range(4)]
    assert [v.state for v in views] == ["skipped"] * 4
    assert [v.attempts for v in views] == [0] * 4
    assert "no notifications" in views[0].last_error
    assert "no e-mail address" in views[1].last_error
    assert "no wecom URL" in views[2].last_error
    assert "no SMTP server" in views[3].last_error
    assert notes.deliver_next(seeded, "w") is None


def test_a_visit_over_before_the_message_could_go_is_not_notified(seeded):
    notes.set_host_notification(seeded, ADMIN, HOST, channel="email", email="zhangsan@example.com")
    with SmtpServer() as smtp:
        smtp_settings(seeded, smtp.port)
        visit = check_in(seeded)
        flow.check_out(seeded, DESK, visit.id)
        view = notes.deliver_next(seeded, "w")
        assert view.state == "skipped" and "over" in view.last_error and smtp.received == []


# --- leases and workers --------------------------------------------------------------------

def test_an_expired_lease_is_picked_up_again(seeded):
    notes.set_host_notification(seeded, ADMIN, HOST, channel="email", email="zhangsan@example.com")
    with SmtpServer() as smtp:
        smtp_settings(seeded, smtp.port)
        check_in(seeded)
        lost = outbox._claim(seeded, "kiosk-2/dead", None, lease_s=60)  # that station dies mid-send
        assert lost.attempt == 1
        assert notes.deliver_next(seeded, "desk-1/alive") is None  # the lease still holds
        with seeded.write() as s:  # ... and runs out
            s.execute(update(db.Notification).values(lease_until=utcnow()))
        view = notes.deliver_next(seeded, "desk-1/alive")
        assert (view.state, view.attempts) == ("sent", 2)
        assert "twice" in view.last_error  # the record says a duplicate was possible
        assert len(smtp.received) == 1
        # The "dead" station was only slow: its late failure changes nothing, nor does its success.
        assert outbox._finish(seeded, lost, notes.DeliveryError("late"), ()).state == "sent"
        assert outbox._finish(seeded, lost, None, ()).state == "sent"
        assert notes.deliver_next(seeded, "desk-1/alive") is None


def test_a_lease_taken_over_after_the_last_attempt_fails_instead(seeded):
    notes.set_host_notification(seeded, ADMIN, HOST, channel="email", email="zhangsan@example.com")
    smtp_settings(seeded, free_port())
    check_in(seeded)
    with seeded.write() as s:
        s.execute(update(db.Notification).values(state="sending", attempts=notes.MAX_ATTEMPTS,
                                                 lease_owner="kiosk-2/dead", lease_until=utcnow()))
    view = notes.deliver_next(seeded, "w")
    assert view.state == "failed" and "kiosk-2/dead" in view.last_error


def test_two_workers_on_two_connections_deliver_each_notification_exactly_once(seeded, db_url):
    notes.set_host_notification(seeded, ADMIN, HOST, channel="email", email="zhangsan@example.com")
    names = [f"访客{i:02d}" for i in range(20)]
    with SmtpServer() as smtp:
        smtp_settings(seeded, smtp.port)
        checked_in = [check_in(seeded, name) for name in names]
        stores = [open_store(db_url, migrate=False) for _ in range(2)]
        delivered: dict[str, list[int]] = {"a": [], "b": []}
        workers = [notes.NotifyWorker(st, f"station-{who}", backoff=(0.2,),
                                      on_notification=lambda v, who=who: delivered[who].append(v.id))
                   for st, who in zip(stores, "ab")]
        threads = [run_worker(w) for w in workers]
        try:
            assert wait_until(lambda: len(smtp.received) >= 20 and
                              all(r.state == "sent" for r in note_rows(seeded)), timeout=60)
            time.sleep(0.5)  # a duplicate would arrive here
        finally:
            for w in workers:
                w.stop()
            for t in threads:
                t.join(10)
            for st in stores:
                st.close()
        per_visit = {v.visit_no: 0 for v in checked_in}
        for _f, _t, message in smtp.received:
            [visit_no] = [n for n in per_visit if f"访客编号：{n}" in message.get_content()]
            per_visit[visit_no] += 1
        assert set(per_visit.values()) == {1}, per_visit
        assert sorted(delivered["a"] + delivered["b"]) == [r.id for r in note_rows(seeded)]
        assert {r.attempts for r in note_rows(seeded)} == {1}


def test_a_worker_that_sent_but_cannot_record_it_records_it_later_without_resending(tmp_path, monkeypatch):
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)  # a real lock, a short wait
    store = open_store(f"sqlite:///{tmp_path / 'site.sqlite'}")
    from shared.services.demo import seed_demo

    seed_demo(store)
    notes.set_host_notification(store, ADMIN, HOST, channel="email", email="zhangsan@example.com")
    blocker = store.engine.raw_connection()
    real_send = notify_worker._send

    def send_then_lose_the_database(claim):
        outcome = real_send(claim)
        blocker.cursor().execute("BEGIN IMMEDIATE")  # another process holds the write lock
        threading.Timer(1.0, blocker.rollback).start()
        return outcome

    monkeypatch.setattr(notify_worker, "_send", send_then_lose_the_database)
    with SmtpServer() as smtp:
        smtp_settings(store, smtp.port)
        check_in(store)
        worker = notes.NotifyWorker(store, "desk-1")
        worker.ERROR_PAUSE_S = 0.1
        thread = run_worker(worker)
        try:
            assert wait_until(lambda: note_rows(store)[0].state == "sent", timeout=15)
            time.sleep(0.3)
            assert thread.is_alive()  # it survived "database is locked"
        finally:
            worker.stop()
            thread.join(5)
            blocker.close()
            store.close()
        assert len(smtp.received) == 1


# --- TLS -----------------------------------------------------------------------------------

@pytest.fixture
def certificate(tmp_path, monkeypatch):
    """A self-signed certificate for 127.0.0.1, trusted by this test only (SSL_CERT_FILE)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-keyout", str(key), "-out", str(cert), "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
                   check=True, capture_output=True, timeout=60)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    return cert, key


def _server_tls(certificate):
    import ssl

    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(*map(str, certificate))
    return ctx


def _authenticator(server, session, envelope, mechanism, auth_data):
    ok = (auth_data.login, auth_data.password) == (b"reception", b"s3cret")
    return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535 itself


@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_email_over_starttls_and_implicit_tls_with_login(certificate, security, monkeypatch, tmp_path):
    from shared.notify.channels import DeliveryError, send_email
    from shared.notify.settings import NotifySettings

    tls = _server_tls(certificate)
    if security == "starttls":
        kwargs = {"tls_context": tls, "require_starttls": True, "auth_require_tls": True}
    else:  # implicit TLS: aiosmtpd does not count it as TLS for AUTH, though the line is encrypted
        kwargs = {"ssl_context": tls, "auth_require_tls": False}
    with SmtpServer(authenticator=_authenticator, **kwargs) as smtp:
        cfg = NotifySettings(smtp_host="127.0.0.1", smtp_port=smtp.port, smtp_security=security,
                             smtp_user="reception", smtp_password="s3cret", sender="reception@example.com",
                             timeout_s=5)
        send_email(cfg, "zhangsan@example.com", "访客到访通知：欧阳娜娜（华为）", "访客到访通知")
        [(_f, rcpt, message)] = smtp.received
        assert rcpt == ["zhangsan@example.com"] and message["Subject"] == "访客到访通知：欧阳娜娜（华为）"
        with pytest.raises(DeliveryError, match="login refused"):
            send_email(replace(cfg, smtp_password="wrong"), "a@example.com", "s", "t")
        monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "trust-nothing.pem"))
        with pytest.raises(DeliveryError, match="TLS failed.*CERTIFICATE_VERIFY_FAILED"):
            send_email(cfg, "a@example.com", "s", "t")  # a certificate nobody vouches for is refused
        assert len(smtp.received) == 1


# --- upgrade -------------------------------------------------------------------------------

def test_upgrade_skips_notifications_queued_before_delivery_existed(db_url):
    """Rows queued by earlier releases are old visits: the upgrade must not send them now."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import text

    from shared.store.engine import make_engine
    from shared.store.migrate import MIGRATIONS

    engine = make_engine(db_url)
    with engine.begin() as conn:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003")
        conn.execute(text("INSERT INTO host (id, name, name_en, pinyin, initials, department, email, phone, "
                          "assistant, active) VALUES (1, '张三', '', '', '', '', 'z@example.com', '', '', true)"))
        conn.execute(text("INSERT INTO visitor (id, name, mobile, company, id_number) "
                          "VALUES (1, '欧阳娜娜', '', '', '')"))
        conn.execute(text("INSERT INTO visit (id, visit_no, visitor_id, host_id, state, level, party_size, "
                          "badge_token, message, visit_date, station, purpose, plate, region, member_no, "
                          "id_consent) VALUES (1, '260101-0001', 1, 1, 'host_notified', 'standard', 1, 'tok', "
                          "'', '2026-01-01', 'kiosk-1', '', '', '', 0, false)"))
        conn.execute(text("INSERT INTO notification (visit_id, host_id, channel, state, attempts, payload) "
                          "VALUES (1, 1, 'console', 'queued', 0, '{}')"))
    engine.dispose()
    store = open_store(db_url)
    try:
        with store.read() as s:
            host = s.get(db.Host, 1)
            assert (host.notify_channel, host.language) == ("email", "zh_CN")
        [row] = note_rows(store)
        assert row.state == "skipped" and "before notifications were delivered" in row.last_error
        assert (row.lease_owner, row.lease_until, row.target) == ("", None, "")
        assert notes.deliver_next(store, "w") is None
    finally:
        store.close()


def test_a_password_never_goes_over_a_plain_connection(seeded):
    with pytest.raises(Exception):
        notes.update_notify_settings(seeded, ADMIN, smtp_host="127.0.0.1", smtp_port=25, smtp_security="none",
                                     smtp_user="desk@example.com", smtp_password="S3cret-pass")
    assert notes.notify_settings(seeded).smtp_user == ""  # refused: nothing saved


def test_a_malformed_robot_url_never_shows_its_key(seeded):
    with pytest.raises(Exception):
        notes.update_notify_settings(seeded, ADMIN, wecom_url="https://127.0.0.1:9/send?key=SECRET 4e2b")
    from shared.notify.channels import DeliveryError, post_json

    with pytest.raises(DeliveryError) as err:
        post_json("https://127.0.0.1:9/send?key=SECRET\x014e2b", {"a": 1}, timeout=2)
    assert "SECRET" not in str(err.value) and err.value.permanent


def test_a_visitor_who_could_not_wait_has_the_message_relayed_to_the_host(seeded):
    notes.set_host_notification(seeded, ADMIN, HOST, channel="email", language="zh_CN", email="zhangsan@example.com")
    with SmtpServer() as smtp:
        smtp_settings(seeded, smtp.port)
        visit = check_in(seeded)
        assert notes.deliver_next(seeded, "desk-1/test").state == "sent"  # the host was told of the arrival
        flow.visitor_leaves(seeded, DESK, visit.id, "合同已放前台，请回电")
        assert notes.deliver_next(seeded, "desk-1/test").state == "sent"  # the visit is over; the message goes
        assert smtp.subjects() == ["访客到访通知：欧阳娜娜（华为）", "访客留言：欧阳娜娜（华为）"]
        body = smtp.received[1][2].get_content().replace("\r\n", "\n")
        assert body.startswith("访客欧阳娜娜（华为）未能等候，留言如下：\n合同已放前台，请回电")
        assert [v.state for v in notes.notifications_for_visit(seeded, STAFF, visit.id)] == ["sent", "sent"]


def test_a_declined_visit_sends_nothing_more(seeded):
    notes.set_host_notification(seeded, ADMIN, HOST, channel="email", email="zhangsan@example.com")
    with SmtpServer() as smtp:
        smtp_settings(seeded, smtp.port)
        visit = check_in(seeded)
        flow.host_declines(seeded, DESK, visit.id)
        assert notes.deliver_next(seeded, "desk-1/test").state == "skipped"  # over before it went
        assert smtp.received == []
