"""`reception db copy`: a demo site on SQLite moves to a real PostgreSQL server and keeps working there."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from reception.cli import main
from shared import config
from shared.domain.model import Actor, WalkIn
from shared.services.demo import seed_demo, seed_morning
from shared.services.desk.queries import visits_by_ids
from shared.services.checkin import check_in_walk_in
from shared.store import models as db
from shared.store.engine import open_store
from tests.support.actors import STAFF

pytestmark = pytest.mark.postgres


def counts(store) -> dict[str, int]:
    with store.read() as s:
        return {t.name: s.scalar(select(func.count()).select_from(t)) for t in db.Base.metadata.sorted_tables}


@pytest.fixture
def demo_site(tmp_path, sqlite_url):
    store = open_store(sqlite_url)
    seed_demo(store)
    seed_morning(store)
    path = tmp_path / "station.toml"
    config.write(path, config.StationConfig(station="desk-1", database_url=sqlite_url))
    yield store, path
    store.close()


def test_a_demo_site_moves_to_postgresql_and_keeps_working(demo_site, postgres_server, capsys):
    source, path = demo_site
    target_url = postgres_server.create_database().replace("postgresql+psycopg://", "postgresql://")
    before = counts(source)
    with source.read() as s:
        visit_ids = sorted(s.scalars(select(db.Visit.id)))
        max_visit = max(visit_ids)

    assert main(["db", "copy", "--to", target_url, "--config", str(path), "--batch", "7"]) == 0
    assert "row counts match" in capsys.readouterr().out

    target = open_store(target_url)
    try:
        assert counts(target) == before and before["visit"] > 5 and before["visit_event"] > before["visit"]
        assert visits_by_ids(target, visit_ids, actor=STAFF) == visits_by_ids(source, visit_ids, actor=STAFF)  # same values, zones and all
        visit = check_in_walk_in(target, Actor("kiosk-1"), WalkIn("新访客", "13800138000", "", 1), "badge").value
        assert visit.id == max_visit + 1  # the sequence continues after the copied rows
        with target.read() as s:
            assert s.scalar(select(func.count(db.PrintJob.id)).where(db.PrintJob.visit_id == visit.id)) == 1
    finally:
        target.close()


def test_a_database_that_holds_data_is_refused_and_left_alone(demo_site, postgres_server, capsys):
    _source, path = demo_site
    target_url = postgres_server.create_database()
    target = open_store(target_url)
    seed_demo(target)
    before = counts(target)
    try:
        assert main(["--config", str(path), "db", "copy", "--to", target_url]) == 2
        err = capsys.readouterr().err
        assert "is not empty" in err and "host (" in err and "new, empty database" in err
        assert counts(target) == before
    finally:
        target.close()


def test_a_migrated_but_empty_database_is_accepted(demo_site, postgres_server):
    """`reception db upgrade` on the new server first is fine: the levels' defaults give way to the site's."""
    source, path = demo_site
    target_url = postgres_server.create_database()
    open_store(target_url).close()
    assert main(["--config", str(path), "db", "copy", "--to", target_url]) == 0
    target = open_store(target_url)
    try:
        assert counts(target) == counts(source)
    finally:
        target.close()
