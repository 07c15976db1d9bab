"""The console refresh bench, at a tiny scale: it must measure changes that really reached the console's
list, never an empty or made-up sample. Not a timing test. SQLite only, as the figure is."""
import math
from datetime import date

from sqlalchemy import func, select

from bench.console_refresh import build_site, measure
from bench.stats import percentile
from shared.domain.states import FINAL, ON_SITE
from shared.store import models as db
from shared.store.engine import open_store
from tests.support.qt_fixtures import (  # noqa: F401
    _app_outlives_windows,
    app_fonts,
    make_translations,
)


def test_the_site_has_the_history_and_the_visitors_on_site_asked_for(sqlite_url):
    site = build_site(sqlite_url, history=200, on_site=20)
    store = open_store(sqlite_url, migrate=False)
    try:
        with store.read() as s:
            def count(*where):
                return s.scalar(select(func.count(db.Visit.id)).where(*where))
            assert count(db.Visit.visit_date < date.today(), db.Visit.state.in_([str(x) for x in FINAL])) == 200
            assert count(db.Visit.visit_date == date.today(), db.Visit.state.in_([str(x) for x in ON_SITE])) == 20
            assert count() == 200 + 20 + site.today_done
            # every visit has its visitor, its events from check-in on, and its badge job
            assert s.scalar(select(func.count(db.Visitor.id))) == count()
            assert s.scalar(select(func.count(func.distinct(db.VisitEvent.visit_id)))) == count()
            assert s.scalar(select(func.count(db.PrintJob.id))) == count()
            assert s.scalar(select(func.count(db.ChangeLog.id))) > count()
    finally:
        store.close()


def test_every_measured_change_reached_the_consoles_model(sqlite_url, make_translations):  # noqa: F811
    site = build_site(sqlite_url, history=200, on_site=20)
    result = measure(sqlite_url, samples=5, starts=1, translations=make_translations(["shared", "console"], "en"),
                     timeout_s=60)

    assert result.rows_at_start == site.on_site + site.today_done
    assert len(result.committed) == 5
    assert len(result.latencies_ms) == 5, "a committed change never showed in the console"
    assert all(math.isfinite(x) for x in result.latencies_ms)
    assert 0 < percentile(result.latencies_ms, 95) < 60_000
    assert len(result.start_ms) == 1 and result.start_ms[0] > 0
    last = {}
    for visit_id, state in result.committed:
        last[visit_id] = state
    assert result.final == last  # the console ends showing what the other process committed last
