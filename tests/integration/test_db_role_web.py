"""The hosts' page under its own PostgreSQL role (`reception db roles`): answering, signing in, inviting and its
outbox worker all work, while operators, the watchlist, the gate, photos and other columns stay out of reach."""
from __future__ import annotations

from datetime import date

import psycopg
import pytest

from shared.domain.expected import ExpectedVisit
from shared.domain.host_answer import Answer, HostAnswer
from shared.domain.model import Actor
from shared.services import notifications as notes
from shared.services.hosts import guests, sessions
from shared.services.hosts.answering import answer_visit
from shared.services.hosts.links import ANSWER, announce_web, new_link
from shared.store import db_roles
from shared.store.engine import open_store
from tests.integration.test_db_roles import as_role, libpq, site  # noqa: F401  (the fixture)
from tests.integration.test_notifications import ADMIN, HOST, check_in

pytestmark = pytest.mark.postgres
HOST_ACTOR = Actor("web", "host 张三", "host")


def test_the_web_role_answers_signs_in_and_invites(site):  # noqa: F811
    url, owner, _out = site
    notes.set_host_notification(owner, ADMIN, HOST, channel="email", language="zh_CN", email="zhangsan@example.com")
    visit = check_in(owner, name="欧阳娜娜")
    web = open_store(as_role(url, "web"), migrate=False)
    try:
        announce_web(web, "https://reception.example.com")
        with web.write() as s:
            token = new_link(s, ANSWER, HOST, visit.id)
        page = answer_visit(web, token, HostAnswer(Answer.COMING_IN, minutes=5)).value
        assert (page.status, page.answer, page.visitor_name) == ("answered", "coming_in", "欧阳娜娜")
        second = check_in(owner, name="王小明")
        with web.write() as s:
            token = new_link(s, ANSWER, HOST, second.id)
        assert answer_visit(web, token, HostAnswer(Answer.WAIT)).value.answer == "wait"  # seated in a free room
        assert sessions.request_signin(web, "zhangsan@example.com").value is True
        done = guests.invite(web, HOST_ACTOR, HOST, ExpectedVisit("陈晓", HOST, date.today(), email="c@example.com"),
                             level="vip")
        assert done.value[0].level_requested == "vip"
        assert [g.name for g in guests.my_guests(web, HOST_ACTOR, HOST) if g.kind == "invitation"] == ["陈晓"]
        # Its worker claims what is due (no SMTP here: skipped with a reason, not refused by the database).
        view = notes.deliver_next(web, "web-1/test")
        assert view is not None and view.state in ("skipped", "failed")
    finally:
        web.close()


@pytest.mark.parametrize("table", ["operator", "watchlist_entry", "gate_entry", "visit_photo", "signed_document",
                                   "enquiry", "reminder_ack", "log_archive", "visit_search"])
def test_the_web_role_may_not_read(site, table):  # noqa: F811
    url, _owner, _out = site
    with psycopg.connect(libpq(as_role(url, "web"))) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(f"SELECT * FROM {table} LIMIT 1")


def test_the_web_role_changes_only_a_visits_answer_and_state(site):  # noqa: F811
    url, _owner, _out = site
    with psycopg.connect(libpq(as_role(url, "web"))) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE visit SET confidential = false")
    with psycopg.connect(libpq(as_role(url, "web"))) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE visitor SET name = 'x'")
    with psycopg.connect(libpq(as_role(url, "web"))) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM audit_log")
    assert "web" in db_roles.ROLES
