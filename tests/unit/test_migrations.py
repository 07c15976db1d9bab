"""Schema from Alembic: applied on start, safe to run twice, refuses a newer database."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from shared.store.engine import make_engine, open_store
from shared.store.migrate import SchemaTooNew, current_revision, head_revision, upgrade
from shared.store.models import Base
from shared.store.text_indexes import FTS_TABLES, PG_INDEXES
from tests.support.actors import STAFF

ROOT = Path(__file__).resolve().parents[2]


def test_migrations_create_exactly_the_models_tables(db_url):
    store = open_store(db_url)
    tables = set(inspect(store.engine).get_table_names()) - {"alembic_version"}
    if store.dialect == "sqlite":  # the log's full-text index: FTS5's own tables, no model of ours
        assert FTS_TABLES <= tables
        tables -= FTS_TABLES
    assert tables == set(Base.metadata.tables)
    upgrade(store.engine)  # a second start changes nothing
    assert current_revision(store.engine) == head_revision()
    store.close()


def test_a_newer_schema_is_refused_with_a_clear_message(sqlite_url):
    store = open_store(sqlite_url)
    with store.engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = 'ffff_from_the_future'"))
    with pytest.raises(SchemaTooNew, match="newer than this program"):
        upgrade(make_engine(sqlite_url))
    store.close()


def test_reception_db_upgrade_command(tmp_path):
    cfg = tmp_path / "station.toml"
    db = tmp_path / "site.sqlite"
    cfg.write_text(f'station = "desk-1"\ndatabase_url = "sqlite:///{db}"\n', encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "reception", "--config", str(cfg), "db", "upgrade"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert head_revision() in proc.stdout and db.exists()


def test_reception_version():
    proc = subprocess.run([sys.executable, "-m", "reception", "--version"], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and proc.stdout.startswith("reception ")


def test_upgrade_from_the_first_schema_keeps_the_data(db_url):
    """A site on the first release upgrades in place: its visits, events and jobs survive."""
    from alembic import command
    from alembic.config import Config

    from shared.store.migrate import MIGRATIONS

    engine = make_engine(db_url)
    with engine.begin() as conn:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.execute(text("INSERT INTO host (id, name, name_en, pinyin, initials, department, email, phone, "
                          "assistant, active) VALUES (1, '张三', 'Zhang San', 'zhang san', 'zs', '', '', '', '', true)"))
        conn.execute(text("INSERT INTO visitor (id, name, mobile, company) VALUES (1, '欧阳娜娜', '+8613800138000', '华为')"))
        conn.execute(text("INSERT INTO visit (id, visit_no, visitor_id, host_id, state, level, party_size, badge_token, "
                          "message, visit_date, station) VALUES (1, '260101-0001', 1, 1, 'with_host', 'standard', 1, "
                          "'tok', '', '2026-01-01', 'kiosk-1')"))
        conn.execute(text("INSERT INTO print_job (id, visit_id, kind, station, printer, state, attempts, payload, "
                          "last_error) VALUES (1, 1, 'visitor_badge', 'kiosk-1', 'lobby', 'done', 1, '{}', '')"))
    engine.dispose()
    store = open_store(db_url)
    assert current_revision(store.engine) == head_revision()
    from shared.services.desk.queries import visits_by_ids

    [visit] = visits_by_ids(store, [1], actor=STAFF)
    assert (visit.visitor_name, visit.host_name, visit.state, visit.group_name) == ("欧阳娜娜", "张三", "with_host", "")
    with store.read() as s:
        assert s.execute(text("SELECT state, updated_by FROM print_job WHERE id = 1")).one() == ("done", "")
    store.close()


def _not_search_index(obj, name, kind, _reflected, _compare_to) -> bool:
    """The full-text index's own structures (FTS5 tables, pg_trgm GIN indexes) have no model."""
    return not ((kind == "table" and name in FTS_TABLES) or (kind == "index" and name in PG_INDEXES))


def test_migrated_schema_matches_the_models(db_url):
    """Columns, types and nullability from the migrations equal what the models declare."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    store = open_store(db_url)
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": _not_search_index})
        diff = compare_metadata(context, Base.metadata)
    store.close()
    assert diff == []


def test_each_migration_file_is_named_after_its_revision():
    from shared.store.migrate import head_by_file_name

    assert head_by_file_name() == head_revision()
    for path in (Path(__file__).resolve().parents[2] / "shared/store/migrations/versions").glob("*.py"):
        assert f"revision = '{path.name[:4]}'" in path.read_text(encoding="utf-8"), path.name


def test_a_station_starting_on_a_current_schema_loads_neither_alembic_nor_pypinyin(sqlite_url):
    open_store(sqlite_url).close()  # migrated to head
    code = ("import sys; from shared.store.engine import open_store; import kiosk.app; "
            f"open_store({sqlite_url!r}).close(); "
            "print(sorted(m for m in ('alembic', 'pypinyin') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).resolve().parents[2], check=True,
                          capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "[]", done.stderr
