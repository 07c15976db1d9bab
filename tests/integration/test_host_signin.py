"""Hosts sign in by an e-mailed one-time link (caught by a real SMTP server), see only their own guests, invite a
guest whose QR code then checks in at the kiosk, ask for a higher level, change and cancel; sessions, CSRF and
the limits on the sign-in endpoints."""
from __future__ import annotations

import io
import re
from datetime import date, timedelta

import pytest
import zxingcpp
from PIL import Image
from sqlalchemy import select, update

from shared.domain.model import Actor
from shared.services import notifications as notes
from shared.services.checkin.invitation import check_in_invitation
from shared.services.plans.approval import approve_plan
from shared.store import models as db
from shared.store.types import utcnow
from tests.integration.test_notifications import ADMIN, HOST, smtp_settings
from tests.support.servers import SmtpServer
from tests.support.web import Browser, WebServer

SIGNIN = re.compile(r"(http://127\.0\.0\.1:\d+/signin/[A-Za-z0-9_\-]+)")
KIOSK = Actor("kiosk-1")
LEADER = Actor("desk-1", "wang", "leader")
OTHER_HOST = 2


@pytest.fixture
def site(seeded):
    notes.set_host_notification(seeded, ADMIN, HOST, channel="email", language="zh_CN", email="ZhangSan@Example.com")
    with SmtpServer() as smtp, WebServer(seeded) as web:
        smtp_settings(seeded, smtp.port)
        from shared.services.hosts.links import announce_web
        announce_web(seeded, web.base_url)
        yield seeded, smtp, web


def deliver_all(store):
    while (view := notes.deliver_next(store, "desk-1/test")) is not None:
        assert view.state == "sent", view.last_error


def signed_in(store, smtp, web) -> Browser:
    browser = Browser(web.base_url)
    form = browser.get("/signin")
    asked = browser.post("/signin", form_token=form.field("form_token"), email="zhangsan@example.com")
    assert asked.status == 200 and asked.has("登录链接已发送")
    deliver_all(store)
    [link] = SIGNIN.findall(smtp.received[-1][2].get_content())
    assert smtp.received[-1][1] == ["ZhangSan@Example.com"]
    confirm = browser.get(link)  # a mail scanner's GET does not spend the link
    assert confirm.status == 200 and confirm.has("以 张三 身份登录")
    done = browser.post(link)
    assert done.status == 303 and done.headers["location"] == "/"
    cookie = browser.cookie("reception_session")
    assert cookie is not None and cookie.has_nonstandard_attr("HttpOnly")
    assert "samesite=lax" in done.headers["set-cookie"].lower()
    assert browser.post(link).status == 410  # once only
    return browser


def test_a_host_signs_in_by_mail_and_invites_a_guest_whose_qr_checks_in_at_the_kiosk(site):
    store, smtp, web = site
    browser = signed_in(store, smtp, web)
    home = browser.get("/")
    assert home.status == 200 and home.has("张三") and home.has("暂无")
    invited = browser.post("/invite", csrf=home.field("csrf"), name="陈晓", company="腾讯", email="chen@example.com",
                           day=date.today().isoformat(), time_from="10:00", time_to="11:00", purpose="项目评审",
                           level="standard")
    assert invited.status == 200 and invited.has("已邀请 陈晓")
    code = re.search(r"邀请码 ([A-Z0-9]+)", invited.text).group(1)
    deliver_all(store)
    (_f, to, mail) = smtp.received[-1]
    assert to == ["chen@example.com"] and code in mail.get_body(("plain",)).get_content()
    [png] = [part.get_content() for part in mail.iter_attachments()]
    [found] = zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))
    visit = check_in_invitation(store, KIOSK, found.text).value
    assert (visit.visitor_name, visit.host_name) == ("陈晓", "张三")
    assert browser.get("/").has("今天到访") and browser.get("/").has("陈晓")


def test_unknown_addresses_get_the_same_words_and_no_mail(site):
    store, smtp, web = site
    browser = Browser(web.base_url)
    page = browser.post("/signin", form_token=browser.get("/signin").field("form_token"), email="nobody@example.com")
    assert page.status == 200 and page.has("登录链接已发送")
    assert notes.deliver_next(store, "desk-1/test") is None and smtp.received == []
    assert browser.post("/signin", form_token="forged", email="zhangsan@example.com").status == 400


def test_a_host_sees_and_touches_only_their_own_guests(site):
    store, smtp, web = site
    from shared.domain.expected import ExpectedVisit
    from shared.services.desk.expected import pre_register
    from tests.support.actors import STAFF
    theirs = pre_register(store, STAFF, ExpectedVisit("别人的客人", OTHER_HOST, date.today())).value[0]
    browser = signed_in(store, smtp, web)
    home = browser.get("/")
    assert not home.has("别人的客人")
    for action in ("cancel", "change"):
        refused = browser.post(f"/invitations/{theirs.id}/{action}", csrf=home.field("csrf"),
                               day=date.today().isoformat())
        assert refused.status == 404
    with store.read() as s:
        assert s.get(db.Appointment, theirs.id).state == "open"


def test_forms_without_the_session_token_change_nothing(site):
    store, smtp, web = site
    browser = signed_in(store, smtp, web)
    refused = browser.post("/invite", csrf="wrong", name="陈晓", day=date.today().isoformat())
    assert refused.status == 400
    with store.read() as s:
        assert s.scalars(select(db.Appointment).where(db.Appointment.visitor_name == "陈晓")).first() is None
    assert Browser(web.base_url).post("/invite", name="陈晓").status == 303  # no session: to the sign-in page


def test_a_higher_level_goes_to_a_leader_and_the_approval_raises_the_invitation(site):
    store, smtp, web = site
    browser = signed_in(store, smtp, web)
    home = browser.get("/")
    page = browser.post("/invite", csrf=home.field("csrf"), name="赵总", day=(date.today() + timedelta(days=2)).isoformat(),
                        level="vip")
    assert page.status == 200 and page.has("特级接待待审批")
    with store.read() as s:
        appointment = s.scalars(select(db.Appointment).where(db.Appointment.visitor_name == "赵总")).one()
        plan = s.scalars(select(db.ReceptionPlan).where(db.ReceptionPlan.appointment_id == appointment.id)).one()
        assert (appointment.level, plan.proposed_level, plan.state) == ("standard", "vip", "requested")
    approve_plan(store, LEADER, plan.id)
    with store.read() as s:
        assert s.get(db.Appointment, appointment.id).level == "vip"


def test_change_and_cancel_an_invitation(site):
    store, smtp, web = site
    browser = signed_in(store, smtp, web)
    home = browser.get("/")
    browser.post("/invite", csrf=home.field("csrf"), name="陈晓", email="chen@example.com", day=date.today().isoformat(),
                 purpose="项目评审")
    with store.read() as s:
        appointment = s.scalars(select(db.Appointment).where(db.Appointment.visitor_name == "陈晓")).one()
    later = (date.today() + timedelta(days=3)).isoformat()
    assert browser.post(f"/invitations/{appointment.id}/change", csrf=home.field("csrf"), day=later,
                        time_from="14:00", time_to="15:00").status == 303
    bad = browser.post(f"/invitations/{appointment.id}/change", csrf=home.field("csrf"), day="2001-01-01")
    assert bad.status == 422 and bad.has("请修改以下内容")
    with store.read() as s:
        row = s.get(db.Appointment, appointment.id)
        assert (row.expected_on.isoformat(), row.time_from, row.purpose) == (later, "14:00", "项目评审")
    assert browser.post(f"/invitations/{appointment.id}/cancel", csrf=home.field("csrf")).status == 303
    with store.read() as s:
        assert s.get(db.Appointment, appointment.id).state == "cancelled"


def test_sessions_end_when_idle_or_signed_out(site):
    store, smtp, web = site
    browser = signed_in(store, smtp, web)
    assert browser.get("/").status == 200
    with store.write() as s:
        s.execute(update(db.HostSession).values(last_seen_at=utcnow() - timedelta(minutes=31)))
    assert browser.get("/").status == 303
    with store.write() as s:  # one sign-in e-mail a minute: the first is a minute old now
        s.execute(update(db.Notification).values(created_at=utcnow() - timedelta(minutes=2)))
    browser = signed_in(store, smtp, web)
    home = browser.get("/")
    assert browser.post("/signout", csrf=home.field("csrf")).status == 303
    assert browser.get("/").status == 303
    with store.read() as s:
        assert all(row.ended_at is not None or utcnow() - row.last_seen_at > timedelta(minutes=30)
                   for row in s.scalars(select(db.HostSession)))


def test_sign_in_requests_are_rate_limited_per_address_and_per_mailbox(site):
    store, smtp, web = site
    browser = Browser(web.base_url)
    token = browser.get("/signin").field("form_token")
    same = [browser.post("/signin", form_token=token, email="zhangsan@example.com").status for _ in range(4)]
    assert same == [200, 200, 200, 429]  # three a mailbox in ten minutes
    many = [browser.post("/signin", form_token=token, email=f"x{i}@example.com").status for i in range(18)]
    assert many[:16] == [200] * 16 and many[16:] == [429, 429]  # twenty an address a minute


def test_a_host_invites_a_group_each_member_with_a_code_of_their_own(site):
    store, smtp, web = site
    browser = signed_in(store, smtp, web)
    home = browser.get("/")
    page = browser.post("/invite", csrf=home.field("csrf"), name="陈晓", email="chen@example.com",
                        day=date.today().isoformat(), members="张一\n\n 张二 ")
    assert page.status == 200 and page.has("共 3 人")
    deliver_all(store)
    mail = smtp.received[-1][2]
    text = mail.get_body(("plain",)).get_content()
    with store.read() as s:
        rows = s.scalars(select(db.Appointment).where(db.Appointment.host_id == HOST).order_by(db.Appointment.id)).all()
        codes = {r.visitor_name: r.code for r in rows}
    assert set(codes) == {"陈晓", "张一", "张二"} and all(code in text for code in codes.values())
    assert len(list(mail.iter_attachments())) == 3
