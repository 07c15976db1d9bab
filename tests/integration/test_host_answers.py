"""A host answers from the link in their notification, over real HTTP: the page, each answer moving the visit
as the desk would, a second answer, tampered, expired and finished links, the desk's reminders after it."""
from __future__ import annotations

import json
import re
from datetime import timedelta

import pytest
from sqlalchemy import update

from shared.domain.states import VisitState
from shared.services import notifications as notes
from shared.services.desk import flow, waiting
from shared.services.desk.queries import visits_by_ids
from shared.services.hosts.links import announce_web
from shared.store import models as db
from shared.store.types import utcnow
from tests.integration.test_notifications import ADMIN, DESK, HOST, MOBILE, check_in, smtp_settings
from tests.support.actors import STAFF
from tests.support.servers import SmtpServer
from tests.support.web import Browser, WebServer

LINK = re.compile(r"(http://127\.0\.0\.1:\d+/a/[A-Za-z0-9_\-]+)")
COLLEAGUE = 2  # 李四 in the demo directory


@pytest.fixture
def site(seeded):
    notes.set_host_notification(seeded, ADMIN, HOST, channel="email", language="zh_CN", email="zhangsan@example.com")
    notes.set_host_notification(seeded, ADMIN, COLLEAGUE, channel="email", language="en", email="lisi@example.com")
    with SmtpServer() as smtp, WebServer(seeded) as web:
        smtp_settings(seeded, smtp.port)
        announce_web(seeded, web.base_url)
        yield seeded, smtp, web


def arrive(store, smtp, name="欧阳娜娜"):
    """A walk-in checks in and the host's e-mail goes out: the visit and the answer link it carries."""
    visit = check_in(store, name=name)
    assert notes.deliver_next(store, "desk-1/test").state == "sent"
    body = smtp.received[-1][2].get_content()
    [link] = LINK.findall(body)
    return visit, link


def state_of(store, visit_id):
    return visits_by_ids(store, [visit_id], actor=STAFF)[0]


def test_the_notification_links_to_a_page_that_shows_the_visitor_but_no_numbers(site):
    store, smtp, web = site
    visit, link = arrive(store, smtp)
    body = smtp.received[-1][2].get_content()
    assert body.splitlines()[1].startswith("回复（马上到 / 请稍候 / 无法会见）：http://127.0.0.1")
    page = Browser(web.base_url).get(link)
    assert page.status == 200 and page.has("欧阳娜娜") and page.has("华为") and page.has("已等候 0 分钟")
    assert MOBILE not in page.text and MOBILE[-4:] not in page.text
    assert page.headers["referrer-policy"] == "no-referrer" and "frame-ancestors 'none'" in page.headers[
        "content-security-policy"] and page.headers["cache-control"] == "no-store"
    assert Browser(web.base_url).get(link + "?lang=en").has("Your visitor is at reception")


def test_coming_in_five_minutes_moves_the_visit_and_a_second_answer_changes_nothing(site):
    store, smtp, web = site
    visit, link = arrive(store, smtp)
    before = utcnow()
    # As a browser sends it: the pressed button's minutes, then the empty "other" box's.
    page = Browser(web.base_url).post_pairs(link, [("answer", "coming_in"), ("minutes", "5"), ("minutes", "")])
    assert page.status == 200 and page.has("您已回复") and page.has("5 分钟后到")
    shown = state_of(store, visit.id)
    assert shown.state == VisitState.WAITING and shown.host_answer == "coming_in"
    assert timedelta(minutes=5) <= shown.host_eta - before < timedelta(minutes=5, seconds=30)
    again = Browser(web.base_url).post(link, answer="cannot", message="改天吧")
    assert again.status == 200 and again.has("5 分钟后到") and not again.has("改天吧")
    assert state_of(store, visit.id).host_answer == "coming_in"
    assert Browser(web.base_url).get(link).has("5 分钟后到")


def test_tampered_expired_and_finished_links_are_refused(site):
    store, smtp, web = site
    visit, link = arrive(store, smtp)
    browser = Browser(web.base_url)
    token = link.rsplit("/", 1)[1]
    tampered = link[:-1] + ("A" if token[-1] != "A" else "B")
    assert browser.get(tampered).status == 404 and browser.post(tampered, answer="coming").status == 404
    assert browser.get(link.rsplit("/", 1)[0] + "/" + "x" * 43).status == 404
    assert state_of(store, visit.id).state == VisitState.HOST_NOTIFIED
    with store.write() as s:
        s.execute(update(db.HostLink).values(expires_at=utcnow() - timedelta(seconds=1)))
    expired = browser.post(link, answer="coming")
    assert expired.status == 410 and expired.has("链接已过期")
    assert state_of(store, visit.id).host_answer == ""

    visit2, link2 = arrive(store, smtp, name="王小明")
    flow.check_out(store, DESK, visit2.id)
    over = browser.post(link2, answer="coming")
    assert over.status == 200 and over.has("此次来访已结束") and state_of(store, visit2.id).host_answer == ""


def test_bad_answers_say_what_is_wrong_and_change_nothing(site):
    store, smtp, web = site
    visit, link = arrive(store, smtp)
    browser = Browser(web.base_url)
    for fields, words in (({"answer": "coming_in", "minutes": "0"}, "1 到 120"),
                          ({"answer": "coming_in", "minutes": "999"}, "1 到 120"),
                          ({"answer": "cannot", "message": "   "}, "请填写给访客的留言"),
                          ({"answer": "cannot", "message": "长" * 501}, "留言过长"),
                          ({"answer": "launch"}, "表单已过期")):
        page = browser.post(link, **fields)
        assert page.status == 422 and page.has(words), fields
    assert state_of(store, visit.id).host_answer == "" and state_of(store, visit.id).state == VisitState.HOST_NOTIFIED


def test_cannot_meet_is_relayed_by_the_desk_which_then_closes_the_visit(site):
    store, smtp, web = site
    visit, link = arrive(store, smtp)
    assert Browser(web.base_url).post(link, answer="cannot", message="今天在外地，请改约").status == 200
    [relay] = [r for r in waiting.due_reminders(store, DESK) if r.kind == waiting.RELAY]
    assert (relay.visit_id, relay.said_note, relay.visitor) == (visit.id, "今天在外地，请改约", "欧阳娜娜")
    assert state_of(store, visit.id).state == VisitState.HOST_NOTIFIED  # still in the lobby until told
    flow.host_declines(store, DESK, visit.id)
    assert state_of(store, visit.id).state == VisitState.DECLINED
    assert not [r for r in waiting.due_reminders(store, DESK) if r.kind == waiting.RELAY]


def test_a_host_said_time_makes_the_late_reminder_wait_for_it(site):
    store, smtp, web = site
    visit, link = arrive(store, smtp)
    Browser(web.base_url).post(link, answer="coming_in", minutes="10")
    now = utcnow()
    late = lambda at: [r for r in waiting.due_reminders(store, DESK, now=at) if r.kind == waiting.HOST_LATE]  # noqa: E731
    assert late(now + timedelta(minutes=9)) == []
    [due] = late(now + timedelta(minutes=11))
    assert (due.said, due.visit_id) == ("coming_in", visit.id) and due.minutes >= 0


def test_sending_a_colleague_tells_the_colleague_with_a_link_of_their_own(site):
    store, smtp, web = site
    visit, link = arrive(store, smtp)
    browser = Browser(web.base_url)
    found = browser.post(link, answer="colleague", colleague_query="李四")
    assert found.status == 200 and found.has("请选择同事") and found.has("李四")
    none = browser.post(link, answer="colleague", colleague_query="没有这个人")
    assert none.has("通讯录中没有找到该同事")
    done = browser.post(link, answer="colleague", colleague_id=str(COLLEAGUE), message="他负责这个项目")
    assert done.status == 200 and done.has("已转交 李四 接待")
    shown = state_of(store, visit.id)
    assert shown.host_name == "李四" and shown.host_answer == ""
    assert notes.deliver_next(store, "desk-1/test").state == "sent"
    (_f, to, mail) = smtp.received[-1]
    assert to == ["lisi@example.com"]
    [colleague_link] = LINK.findall(mail.get_content())
    assert colleague_link != link
    assert Browser(web.base_url).post(colleague_link, answer="coming").has("You answered")  # in her language
    assert state_of(store, visit.id).host_answer == "coming"
    assert Browser(web.base_url).get(link).has("已转交 李四 接待")


def test_answers_are_rate_limited_per_address(site):
    store, smtp, web = site
    visit, link = arrive(store, smtp)
    browser = Browser(web.base_url)
    statuses = [browser.get(link[:-3] + f"{i:03d}").status for i in range(40)]
    assert statuses[:30] == [404] * 30 and set(statuses[30:]) == {429}


def test_please_wait_seats_the_visitor_in_a_free_room_or_leaves_them_in_the_lobby(site):
    store, smtp, web = site
    from shared.services.desk.rooms import rooms
    free = [r for r in rooms(store, DESK) if r.state == "free"]
    assert free
    seated = []
    for i in range(len(free) + 1):
        visit, link = arrive(store, smtp, name=f"访客{i}")
        assert Browser(web.base_url).post(link, answer="wait", message="会议马上结束").status == 200
        seated.append(state_of(store, visit.id).room)
    assert seated[:-1] == [r.name for r in free] and seated[-1] == ""  # every room taken: the lobby
    assert state_of(store, visit.id).state == VisitState.WAITING


@pytest.mark.parametrize("channel", ["webhook", "wecom", "dingtalk", "feishu"])
def test_every_channel_carries_a_working_answer_link(seeded, channel):
    from tests.support.servers import HttpServer
    with HttpServer() as http, WebServer(seeded) as web:
        if channel == "feishu":
            http.default = (200, {"code": 0, "msg": "success", "data": {}})
        notes.update_notify_settings(seeded, ADMIN, **{f"{channel}_url": f"{http.url}/hook/robot-token-0123456789"})
        notes.set_host_notification(seeded, ADMIN, HOST, channel=channel, language="en")
        announce_web(seeded, web.base_url)
        visit = check_in(seeded)
        assert notes.deliver_next(seeded, "w").state == "sent"
        [req] = http.requests
        text = json.dumps(req["body"], ensure_ascii=False)
        [link] = set(LINK.findall(text))  # the webhook has it twice: in the text and as answer_url
        if channel == "webhook":
            assert req["body"]["visit"]["answer_url"] == link
        assert f"Answer (coming / wait / cannot meet): {link}" in text
        assert Browser(web.base_url).post(link, answer="coming").status == 200
        assert state_of(seeded, visit.id).host_answer == "coming"
