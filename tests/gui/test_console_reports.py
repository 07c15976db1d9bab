"""The reports tab: the month's figures per level, the charts behind them, moving between months and the
audited export."""
from __future__ import annotations

import csv
from datetime import date

import pytest
from PySide6.QtCharts import QBarSeries, QLineSeries
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget

from console.plans.reports_view import ReportsView
from shared.domain.model import Actor
from shared.services.site.audit import audit_entries
from shared.store.engine import open_store
from tests.unit.test_plan_reports import appointment, plan, t, visit
from tests.support.actors import STAFF

DESK = Actor("desk-1", "amy", "receptionist")


@pytest.fixture
def store(sqlite_url):
    store = open_store(sqlite_url)
    with store.write() as s:
        plan(s, date(2026, 10, 5), "senior", budget={"meals": 2000, "lodging": 1000}, expenses=(1880, 1200),
             due=t(10, 7, 10), done=t(10, 7, 15), rating=5)
        plan(s, date(2026, 10, 20), "senior", budget={"meals": 500}, expenses=(600,), due=t(10, 21, 8),
             done=t(10, 25, 8), rating=4)
        plan(s, date(2026, 10, 15), "standard", budget={"vehicle": 300}, expenses=(280,))
        plan(s, date(2026, 9, 12), "vip", budget={"meals": 3000}, expenses=(3300,))
        visit(s, date(2026, 10, 3), t(10, 3, 9), t(10, 3, 9, 12), met=True)
        visit(s, date(2026, 10, 3), t(10, 3, 10), t(10, 3, 10, 30), met=True)
        visit(s, date(2026, 9, 3), t(9, 3, 10), t(9, 3, 10, 8), met=True)
        for day, state in ((1, "used"), (2, "no_show"), (15, "used"), (16, "used")):
            appointment(s, date(2026, 10, day), state)
    yield store
    store.close()


@pytest.fixture
def view(qtbot, store, app_fonts):
    view = ReportsView(store, lambda: DESK, today=date(2026, 10, 20))
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    return view


def table_rows(view):
    table = view.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_the_month_per_level_and_the_lobby(ui, view):
    assert ui.unnamed_interactive(view) == []
    assert table_rows(view) == [
        ["Standard", "1", "300", "280", "-20", "—", "—"],
        ["Senior", "2", "3,500", "3,680", "+180", "1 of 2 (50%)", "4.5 / 5 (2)"],
        ["VIP", "0", "0", "0", "0", "—", "—"],
        ["Total", "3", "3,800", "3,960", "+160", "1 of 2 (50%)", "4.5 / 5 (2)"],
    ]
    assert ui.find(view, "Lobby figures", QLabel).text() == (
        "Visits: 2 · Average lobby wait: 21.0 min (2 met their host) · No-shows: 1 of 4 appointments (25%)")


def test_the_charts_have_their_series(view):
    (bars,) = view.spending_chart.series()
    assert isinstance(bars, QBarSeries)
    budget, spent = bars.barSets()
    assert [budget.at(i) for i in range(3)] == [300, 3500, 0] and [spent.at(i) for i in range(3)] == [280, 3680, 0]
    (line,) = view.wait_chart.series()
    assert isinstance(line, QLineSeries)
    assert [(p.x(), p.y()) for p in line.points()] == [(4, 8.0), (5, 21.0)]  # May-August had no visits
    (rates,) = view.rates_chart.series()
    no_shows, on_time = rates.barSets()
    assert [no_shows.at(i) for i in range(6)] == [0, 0, 0, 0, 0, 25.0]
    assert on_time.at(5) == 50.0
    assert view.spending_chart.title() == "Budget and spending by level, 2026-10"


def test_moving_to_the_previous_month(ui, view):
    ui.tap(view, "Previous month")
    assert view.report.label == "2026-09"
    assert table_rows(view)[2] == ["VIP", "1", "3,000", "3,300", "+300", "—", "—"]
    assert "Average lobby wait: 8.0 min" in ui.find(view, "Lobby figures", QLabel).text()
    ui.tap(view, "Next month")
    assert view.report.label == "2026-10"


def test_exporting_writes_the_file_and_an_audit_entry(ui, qtbot, view, store, tmp_path):
    ui.tap(view, "Export CSV")
    files = view.file_dialog
    assert files.isVisible()
    target = tmp_path / "report.csv"
    files.selectFile(str(target))
    with qtbot.waitSignal(view.said, timeout=3000) as said:
        files.accept()
    assert said.args == [f"Report 2026-10 exported to {target}", "done"]
    with open(target, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["接待月报 2026-10"] and rows[3][:4] == ["高级", "2", "3500", "3680"]
    (entry,) = audit_entries(store, STAFF, "export")
    assert (entry.operator, entry.subject, entry.detail) == ("amy", "plan report 2026-10", {"format": "csv"})

    with qtbot.waitSignal(view.said, timeout=3000) as said:
        assert not view.export_to(str(tmp_path), "xlsx")  # a folder: nothing written, nothing audited
    assert said.args[1] == "error" and "could not be written" in said.args[0]
    assert len(audit_entries(store, STAFF, "export")) == 1
    assert view.export_to(str(tmp_path / "report.xlsx"))
    assert (tmp_path / "report.xlsx").stat().st_size > 0


def test_a_station_without_an_operator_sees_a_notice(ui, qtbot, store, app_fonts):
    view = ReportsView(store, lambda: Actor("kiosk-1"), today=date(2026, 10, 20))
    qtbot.addWidget(view)
    view.show()
    assert ui.find(view, "Reports notice", QLabel).isVisible()
    assert not ui.find(view, "Receptions by level", QTableWidget).isVisible()
    assert not ui.find(view, "Export CSV", QPushButton).isEnabled()
