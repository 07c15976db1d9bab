"""The store and the services on a real SQLite file and a real PostgreSQL server."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from shared.changes import Changes
from shared.domain.errors import ForbiddenTransition, InvalidInput, NotFound
from shared.domain.model import Actor, WalkIn
from shared.domain.states import VisitState as S
from shared.services.directory import hosts
from shared.services.desk import queries
from shared.services import checkin
from shared.services.desk import flow
from shared.store import models as db
from shared.store.migrate import current_revision, head_revision
from tests.support.actors import STAFF

KIOSK = Actor("kiosk-1", "kiosk")
DESK = Actor("desk-1", "amy", "receptionist")


def count(store, model) -> int:
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def walk_in(store, name="欧阳娜娜", query="zs"):
    host = hosts.search_hosts(store, query)[0]
    return checkin.check_in_walk_in(store, KIOSK, WalkIn(name, "13800138000", "华为", host.id), "badge").value


def test_schema_comes_from_migrations(store):
    assert current_revision(store.engine) == head_revision()


def test_sqlite_pragmas(sqlite_url):
    from shared.store.engine import open_store

    store = open_store(sqlite_url)
    with store.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert c.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    store.close()


def test_check_in_writes_visit_event_badge_job_and_notification_together(seeded):
    done = checkin.check_in_walk_in(seeded, KIOSK, WalkIn("欧阳娜娜", "13800138000", "华为", 1), "badge")
    visit = done.value
    assert visit.state == S.HOST_NOTIFIED and visit.host_name == "张三"
    assert visit.mobile_masked == "138****8000"
    assert done.changes & Changes.PRINT_JOBS and done.changes & Changes.NOTIFICATIONS
    with seeded.read() as s:
        row = s.get(db.Visit, visit.id)
        assert row.visitor.mobile == "+8613800138000"
        assert [(e.action, e.to_state, e.station) for e in s.scalars(
            select(db.VisitEvent).where(db.VisitEvent.visit_id == visit.id).order_by(db.VisitEvent.id))] == [
            ("check_in", "checked_in", "kiosk-1"), ("notify_host", "host_notified", "kiosk-1")]
        job = s.scalars(select(db.PrintJob).where(db.PrintJob.visit_id == visit.id)).one()
        assert job.state == "queued" and job.station == "kiosk-1"
        assert job.payload["token"] == row.badge_token and job.payload["visitor_name"] == "欧阳娜娜"
        assert "13800138000" not in str(job.payload) and "8000" not in job.payload["token"]
        assert s.scalars(select(db.Notification).where(db.Notification.visit_id == visit.id)).one().host_id == 1


def test_badge_tokens_are_unique_and_unguessable(seeded):
    tokens = set()
    for i in range(20):
        v = walk_in(seeded, name=f"访客{i}")
        with seeded.read() as s:
            tokens.add(s.get(db.Visit, v.id).badge_token)
    assert len(tokens) == 20 and all(len(t) >= 20 for t in tokens)


def test_bad_input_saves_nothing(seeded):
    with pytest.raises(InvalidInput) as err:
        checkin.check_in_walk_in(seeded, KIOSK, WalkIn("张三", "12345", "", 1), "badge")
    assert err.value.problems == {"mobile": "invalid"}
    with pytest.raises(InvalidInput) as err:
        checkin.check_in_walk_in(seeded, KIOSK, WalkIn("张三", "13800138000", "", 999), "badge")
    assert err.value.problems == {"host": "unknown"}
    assert (count(seeded, db.Visit), count(seeded, db.Visitor), count(seeded, db.PrintJob)) == (0, 0, 0)


def test_forbidden_transition_changes_nothing(seeded):
    visit = walk_in(seeded)
    events = count(seeded, db.VisitEvent)
    with pytest.raises(ForbiddenTransition):
        flow.escort_out(seeded, DESK, visit.id)
    assert queries.visits_by_ids(seeded, [visit.id], actor=STAFF)[0].state == S.HOST_NOTIFIED
    assert count(seeded, db.VisitEvent) == events


def test_unknown_visit_is_not_found(seeded):
    with pytest.raises(NotFound):
        flow.check_out(seeded, DESK, 12345)


PATHS = [
    (["host_ready", "escort_out"], S.CHECKED_OUT),
    (["host_ready", "back_to_desk", "see_out"], S.CHECKED_OUT),
    (["visitor_must_wait", "host_arrives", "escort_out"], S.CHECKED_OUT),
    (["host_absent_visitor_waits", "notify_host", "host_arrives", "back_to_desk"], S.AT_DESK),
    (["host_declines"], S.DECLINED),
    (["host_absent_visitor_waits", "check_out"], S.CHECKED_OUT),
]


@pytest.mark.parametrize("steps,final", PATHS)
def test_each_branch_through_the_services(seeded, steps, final):
    visit = walk_in(seeded)
    for step in steps:
        visit = getattr(flow, step)(seeded, DESK, visit.id).value
    assert visit.state == final
    with seeded.read() as s:
        ops = s.scalars(select(db.VisitEvent.operator).where(db.VisitEvent.visit_id == visit.id)).all()
    assert ops[2:] == ["amy"] * len(steps)  # every action records who did it


def test_visitor_who_leaves_must_leave_a_message(seeded):
    visit = walk_in(seeded)
    with pytest.raises(InvalidInput):
        flow.visitor_leaves(seeded, DESK, visit.id, "   ")
    left = flow.visitor_leaves(seeded, DESK, visit.id, "请回电 call me back").value
    assert left.state == S.LEFT
    with seeded.read() as s:
        assert s.get(db.Visit, visit.id).message == "请回电 call me back"


def test_checked_out_visit_keeps_its_times(seeded):
    visit = walk_in(seeded)
    out = flow.check_out(seeded, DESK, visit.id).value
    assert out.checked_out_at >= out.checked_in_at
    assert out.checked_in_at.tzinfo is not None
    with pytest.raises(ForbiddenTransition):
        flow.check_out(seeded, DESK, visit.id)


@pytest.mark.parametrize("query,expected", [
    ("张三", "张三"), ("zhangsan", "张三"), ("zhang san", "张三"), ("zs", "张三"), ("ZS", "张三"),
    ("emily", "Emily Carter"), ("Zhang San", "张三"), ("ouyang", "欧阳明"), ("oym", "欧阳明"),
])
def test_host_search(seeded, query, expected):
    assert expected in [h.name for h in hosts.search_hosts(seeded, query)]


def test_host_search_shows_a_few_and_no_contact_details(seeded):
    hosts.add_host(seeded, "张伟", "Zhang Wei", "IT", phone="13900000000", email="zw@example.com")
    found = hosts.search_hosts(seeded, "z")
    assert 0 < len(found) <= hosts.SEARCH_LIMIT
    assert "13900000000" not in repr(found) and "example.com" not in repr(found)
    assert hosts.search_hosts(seeded, "   ") == []


def test_todays_visits_and_badge_lookup(seeded):
    a, b = walk_in(seeded, "甲"), walk_in(seeded, "乙")
    assert [v.id for v in queries.todays_visits(seeded, actor=STAFF)] == [a.id, b.id]
    with seeded.read() as s:
        token = s.get(db.Visit, b.id).badge_token
    assert queries.visit_by_badge(seeded, token, actor=STAFF).id == b.id
    with pytest.raises(NotFound):
        queries.visit_by_badge(seeded, "not-a-token", actor=STAFF)


def test_a_visitor_still_on_site_from_yesterday_stays_on_the_list(seeded):
    from datetime import date, timedelta

    stayed, left = walk_in(seeded, "过夜"), walk_in(seeded, "已走")
    flow.check_out(seeded, DESK, left.id)
    with seeded.write() as s:
        for visit_id in (stayed.id, left.id):
            s.get(db.Visit, visit_id).visit_date = date.today() - timedelta(days=1)
    assert [v.id for v in queries.todays_visits(seeded, actor=STAFF)] == [stayed.id]


def test_the_lobby_wait_ends_when_the_visitor_meets_the_host_or_goes(seeded):
    met, gone = walk_in(seeded, "甲"), walk_in(seeded, "乙")
    assert met.waited_until is None
    waiting = flow.visitor_must_wait(seeded, DESK, met.id).value
    assert waiting.waited_until is None  # still waiting, in a room now
    with_host = flow.host_arrives(seeded, DESK, met.id).value
    assert with_host.waited_until is not None and with_host.checked_out_at is None
    out = flow.escort_out(seeded, DESK, met.id).value
    assert out.waited_until == with_host.waited_until and out.checked_out_at >= out.waited_until
    left = flow.visitor_leaves(seeded, DESK, gone.id, "改天再来").value
    assert left.waited_until is not None and left.checked_out_at is not None  # leaving ends the visit


def test_the_visit_keeps_whether_its_id_number_was_read_off_the_card_or_typed(seeded):
    from shared.domain.model import Consent

    consent = Consent(privacy=True, id_number=True)
    card = checkin.check_in_walk_in(seeded, KIOSK, WalkIn("欧阳娜娜", "13800138000", "", 1,
                                                          id_number="11010519491231002X", id_source="card"),
                                    "badge", consent).value
    typed = checkin.check_in_walk_in(seeded, KIOSK, WalkIn("张伟", "13800138001", "", 1,
                                                           id_number="11010519491231002X"), "badge", consent).value
    none = walk_in(seeded, "李娜")
    group = checkin.check_in_group(seeded, KIOSK, WalkIn("王芳", "13800138002", "", 1, party_size=2,
                                                         id_number="11010519491231002X", id_source="card"),
                                   ["赵磊"], "badge", consent).value
    assert [v.id_source for v in (card, typed, none, *group)] == ["card", "typed", "", "card", ""]
    with seeded.read() as s:
        assert s.get(db.Visit, card.id).id_source == "card"
    from shared.services.privacy import visitor_log as vl

    rows = {r.visitor_name: r for r in vl.search_log(seeded, STAFF, vl.LogQuery()).rows}
    assert (rows["欧阳娜娜"].id_source, rows["张伟"].id_source, rows["李娜"].id_source) == ("card", "typed", "")
    assert rows["欧阳娜娜"].cells()[7] == "1101**********002X（读卡）"  # the export says so too
    assert rows["张伟"].cells()[7] == "1101**********002X"
