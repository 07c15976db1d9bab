"""The site's daily housekeeping: earlier days' no-shows and the retention purge, without any screen."""
from datetime import date, timedelta

from shared.domain.model import Actor, WalkIn
from shared.services import checkin
from shared.services.desk import expected, flow
from shared.services.site import housekeeping
from shared.services.site.audit import audit_entries
from shared.store import models as db
from tests.support.actors import STAFF

KIOSK = Actor("kiosk-1")


def site_with_host(store):
    with store.write() as s:
        s.add(db.Host(id=1, name="张三", name_en="Zhang San", email="zhang.san@example.com"))
    return store


def old_finished_visit(store, days: int = 120) -> int:
    visit = checkin.check_in_walk_in(store, KIOSK, WalkIn("王小明", "13800138000", "示例公司", 1), "badge").value
    flow.check_out(store, STAFF, visit.id)
    with store.write() as s:
        s.get(db.Visit, visit.id).visit_date = date.today() - timedelta(days=days)
    return visit.id


def test_earlier_days_no_shows_are_marked_and_expired_personal_data_purged(store):
    site_with_host(store)
    today = date.today()
    checkin.create_appointment(store, STAFF, "昨天没来", "13800138000", "", 1, today - timedelta(days=1))
    checkin.create_appointment(store, STAFF, "今天要来", "13800138001", "", 1, today)
    old = old_finished_visit(store)

    report = housekeeping.run_housekeeping(store, housekeeping.site_actor("desk-1"))

    assert report.ok and report.no_shows == 1 and report.purge.visits == 1
    assert [a.state for a in expected.expected_visits(store, STAFF, today - timedelta(days=1))] == ["no_show"]
    assert [a.state for a in expected.expected_visits(store, STAFF, today)] == ["open"]  # today is not over
    with store.read() as s:
        assert s.get(db.Visit, old).visitor.name == ""
    (entry,) = audit_entries(store, STAFF, "purge")
    assert (entry.station, entry.operator, entry.detail["visits"]) == ("desk-1", "system", 1)
    again = housekeeping.run_housekeeping(store, housekeeping.site_actor("desk-1"))
    assert (again.no_shows, again.purge.total) == (0, 0)  # a second run, or a console beside it, finds nothing


def test_one_step_failing_does_not_stop_the_other(store, monkeypatch, caplog):
    site_with_host(store)
    old = old_finished_visit(store)

    def locked(*_args, **_kwargs):
        raise RuntimeError("database is locked")
    monkeypatch.setattr(housekeeping, "mark_no_shows", locked)

    report = housekeeping.run_housekeeping(store, housekeeping.site_actor("desk-1"))

    assert (report.ok, report.no_shows, report.purge.visits) == (False, None, 1)
    assert "marking no-shows failed" in caplog.text
    with store.read() as s:
        assert s.get(db.Visit, old).visitor.name == ""
