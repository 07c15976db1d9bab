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

ROOT = Path(__file__).resolve().parents[2]


def test_migrations_create_exactly_the_models_tables(db_url):
    store = open_store(db_url)
    tables = set(inspect(store.engine).get_table_names()) - {"alembic_version"}
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
