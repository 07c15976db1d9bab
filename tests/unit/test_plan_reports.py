"""The monthly reception report, on both databases: each figure from rows built directly, month edges,
an empty month, the trend, permissions and the audited export."""
from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta
from itertools import count

import pytest

from shared.domain.errors import InvalidInput
from shared.domain.model import Actor
from shared.services.plans import reports as pr
from shared.services.site.audit import audit_entries
from shared.domain.permissions import NotPermitted
from shared.store import models as db
from tests.support.actors import STAFF

DESK = Actor("desk-1", "amy", "receptionist")
LEADER = Actor("desk-1", "王总", "leader")
KIOSK = Actor("kiosk-1")
NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
_numbers = count(1)


def t(month: int, day: int, hour: int = 9, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


def plan(s, arrive_on: date, level: str = "", proposed: str = "standard", state: str = "approved",
         budget: dict | None = None, expenses: tuple[int, ...] = (), due: datetime | None = None,
         done: datetime | None = None, rating: int | None = None) -> db.ReceptionPlan:
    n = next(_numbers)
    row = db.ReceptionPlan(plan_no=f"P{n:04d}", state=state, requested_at=t(9, 1), guest_name=f"来宾{n}",
                           arrive_on=arrive_on, leave_on=arrive_on + timedelta(days=1), level=level,
                           proposed_level=proposed, followup_due_at=due, followup_done_at=done,
                           followup_rating=rating)
    s.add(row)
    s.flush()
    for category, planned in (budget or {}).items():
        s.add(db.PlanBudget(plan_id=row.id, category=category, planned=planned))
    for amount in expenses:
        s.add(db.PlanExpense(plan_id=row.id, category="meals", amount=amount, at=t(10, 1)))
    return row


def visit(s, day: date, checked_in: datetime | None, waited_until: datetime | None, met: bool) -> None:
    n = next(_numbers)
    visitor = db.Visitor(name=f"访客{n}")
    s.add(visitor)
    s.flush()
    row = db.Visit(visit_no=f"V{n:05d}", visitor_id=visitor.id, state="checked_out" if met else "left",
                   badge_token=f"token-{n}", visit_date=day, checked_in_at=checked_in, waited_until=waited_until)
    s.add(row)
    s.flush()
    s.add(db.VisitEvent(visit_id=row.id, action="host_ready" if met else "visitor_leaves",
                        from_state="host_notified", to_state="with_host" if met else "left",
                        at=waited_until or checked_in or t(day.month, day.day), station="desk-1", operator="amy"))


def appointment(s, day: date, state: str) -> None:
    n = next(_numbers)
    s.add(db.Appointment(code=f"A{n:05d}", visitor_name=f"预约{n}", expected_on=day, state=state))


@pytest.fixture
def data(store):
    with store.write() as s:
        # October: two senior receptions, two standard (one not yet approved), a cancelled VIP one.
        plan(s, date(2026, 10, 5), "senior", budget={"meals": 2000, "lodging": 1000}, expenses=(1880, 1200),
             due=t(10, 7, 10), done=t(10, 7, 15), rating=5, state="done")
        plan(s, date(2026, 10, 20), "senior", budget={"meals": 500}, expenses=(600,), due=t(10, 21, 8),
             done=t(10, 22, 8), rating=3)  # exactly a day late: still on time
        plan(s, date(2026, 10, 31), "", proposed="standard", state="requested")
        plan(s, date(2026, 10, 15), "standard", budget={"vehicle": 300}, due=t(10, 16, 8),
             done=t(10, 17, 8, 1))  # a minute past the grace: late
        plan(s, date(2026, 10, 16), "", proposed="standard", due=t(10, 18, 8))  # due, never called
        plan(s, date(2026, 10, 10), "vip", budget={"meals": 9000}, expenses=(100,), state="cancelled")
        # The month's edges: 30 September and 1 November belong to their own months.
        plan(s, date(2026, 9, 30), "vip", budget={"gifts": 800}, expenses=(750,))
        plan(s, date(2026, 11, 1), "vip", due=t(11, 28, 8))  # due tomorrow: not counted yet
        # Visits: two met their host after 12 and 30 minutes; one left without; one is still waiting.
        visit(s, date(2026, 10, 3), t(10, 3, 9), t(10, 3, 9, 12), met=True)
        visit(s, date(2026, 10, 3), t(10, 3, 10), t(10, 3, 10, 30), met=True)
        visit(s, date(2026, 10, 4), t(10, 4, 11), t(10, 4, 11, 5), met=False)
        visit(s, date(2026, 10, 31), t(10, 31, 16), None, met=False)
        visit(s, date(2026, 11, 1), t(11, 1, 9), t(11, 1, 10), met=True)
        for day, state in ((1, "used"), (2, "no_show"), (15, "no_show"), (20, "cancelled"), (31, "open")):
            appointment(s, date(2026, 10, day), state)
        appointment(s, date(2026, 11, 10), "used")
        appointment(s, date(2026, 11, 28), "open")  # its day has not come
    return store


def by_level(report):
    return {row.level: row for row in report.levels}


def test_each_figure_of_a_month(data):
    report = pr.monthly_report(data, LEADER, 2026, 10, now=NOW)
    assert [row.level for row in report.levels] == ["standard", "senior", "vip"]
    rows = by_level(report)
    assert rows["senior"] == pr.LevelRow("senior", 2, 3500, 3680, 2, 2, 4.0, 2)
    assert rows["standard"] == pr.LevelRow("standard", 3, 300, 0, 2, 0, None, 0)
    assert rows["vip"] == pr.LevelRow("vip", 0, 0, 0, 0, 0, None, 0)  # the cancelled one does not count
    assert report.total == pr.LevelRow("", 5, 3800, 3680, 4, 2, 4.0, 2)
    assert (report.total.over_budget, report.total.on_time_rate) == (-120, 0.5)
    assert rows["senior"].over_budget == 180
    assert (report.visits, report.met_host, report.average_wait_minutes) == (4, 2, 21.0)
    assert (report.appointments, report.no_shows, report.no_show_rate) == (4, 2, 0.5)
    assert report.label == "2026-10"


def test_the_months_around_it_and_an_empty_month(data):
    september = pr.monthly_report(data, DESK, 2026, 9, now=NOW)
    assert by_level(september)["vip"] == pr.LevelRow("vip", 1, 800, 750, 0, 0, None, 0)
    november = pr.monthly_report(data, DESK, 2026, 11, now=NOW)
    assert by_level(november)["vip"] == pr.LevelRow("vip", 1, 0, 0, 0, 0, None, 0)  # the call is due tomorrow
    assert (november.visits, november.met_host, november.average_wait_minutes) == (1, 1, 60.0)
    assert (november.appointments, november.no_shows, november.no_show_rate) == (1, 0, 0.0)
    empty = pr.monthly_report(data, DESK, 2026, 8, now=NOW)
    assert empty.total == pr.LevelRow("", 0, 0, 0, 0, 0, None, 0)
    assert [row.receptions for row in empty.levels] == [0, 0, 0]
    assert (empty.visits, empty.average_wait_minutes, empty.appointments, empty.no_show_rate) == (0, None, 0, None)
    assert empty.total.on_time_rate is None


def test_the_trend_over_months(data):
    months = pr.report_range(data, LEADER, (2026, 8), (2026, 11), now=NOW)
    assert [r.label for r in months] == ["2026-08", "2026-09", "2026-10", "2026-11"]
    assert [r.total.receptions for r in months] == [0, 1, 5, 1]
    assert [r.average_wait_minutes for r in months] == [None, None, 21.0, 60.0]
    assert pr.months_back(2026, 2, 6) == (2025, 9) and pr.months_back(2026, 11, 1) == (2026, 11)
    with pytest.raises(InvalidInput) as err:
        pr.report_range(data, LEADER, (2026, 11), (2026, 8))
    assert err.value.problems == {"month": "range"}


def test_who_may_read_it_and_what_is_not_a_month(data):
    with pytest.raises(NotPermitted):
        pr.monthly_report(data, KIOSK, 2026, 10)
    with pytest.raises(NotPermitted):
        pr.report_range(data, KIOSK, (2026, 9), (2026, 10))
    with pytest.raises(InvalidInput) as err:
        pr.monthly_report(data, LEADER, 2026, 13)
    assert err.value.problems == {"month": "invalid"}


def test_exporting_csv_and_excel_is_audited(data, tmp_path):
    report = pr.monthly_report(data, DESK, 2026, 10, now=NOW)
    path = tmp_path / "report.csv"
    pr.export_report_csv(data, DESK, report, str(path))
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["接待月报 2026-10"] and rows[1][:4] == ["接待级别", "接待次数", "预算（元）", "实际费用（元）"]
    assert rows[3] == ["高级", "2", "3500", "3680", "180", "2", "2", "100.0%", "4", "2"]
    assert rows[5] == ["合计", "5", "3800", "3680", "-120", "4", "2", "50.0%", "4", "2"]
    assert rows[-1] == ["4", "2", "21", "4", "2", "50.0%"]

    from openpyxl import load_workbook

    xlsx = tmp_path / "report.xlsx"
    pr.export_report_xlsx(data, LEADER, report, str(xlsx))
    sheet = load_workbook(xlsx).active
    assert sheet.title == "2026-10" and sheet["A4"].value == "高级" and sheet["C4"].value == 3500
    entries = audit_entries(data, STAFF, "export")
    assert [(e.operator, e.subject, e.detail) for e in entries] == [
        ("王总", "plan report 2026-10", {"format": "xlsx"}), ("amy", "plan report 2026-10", {"format": "csv"})]


def test_an_unwritable_file_is_a_problem_and_not_audited(data, tmp_path):
    report = pr.monthly_report(data, DESK, 2026, 10, now=NOW)
    with pytest.raises(InvalidInput) as err:
        pr.export_report_csv(data, DESK, report, str(tmp_path))  # a folder
    assert err.value.problems == {"path": "unwritable"}
    with pytest.raises(InvalidInput):
        pr.export_report(data, DESK, report, "pdf", str(tmp_path / "x.pdf"))
    with pytest.raises(NotPermitted):
        pr.export_report_csv(data, KIOSK, report, str(tmp_path / "x.csv"))
    assert audit_entries(data, STAFF, "export") == []


def test_a_plan_made_through_the_plan_services_counts(store):
    from shared.services import plans
    from shared.services.demo import seed_demo

    seed_demo(store)
    start = date.today() + timedelta(days=1)
    request = plans.PlanRequest(guest_name="欧阳建国", arrive_on=start, leave_on=start + timedelta(days=1),
                                party_size=3, proposed_level="vip")
    before = pr.monthly_report(store, LEADER, start.year, start.month)
    detail = plans.request_plan(store, DESK, request).value
    detail = plans.approve_plan(store, LEADER, detail.id, level="senior").value
    plans.add_expense(store, DESK, detail.id, plans.Category.MEALS, 500, "午餐")
    after = pr.monthly_report(store, LEADER, start.year, start.month)
    planned = sum(line.planned for line in detail.budget)
    assert by_level(after)["senior"].receptions == by_level(before)["senior"].receptions + 1
    assert after.total.budget - before.total.budget == planned
    assert after.total.spent - before.total.spent == 500
    plans.cancel_plan(store, LEADER, detail.id, "客户行程取消")
    assert pr.monthly_report(store, LEADER, start.year, start.month).total == before.total
