"""The purged values leave SQLite's files even when another station was reading during the purge, and
an upgrade clears free pages written before secure_delete was on; old audit entries lose their texts."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from alembic import command
from sqlalchemy import create_engine, event, select, text

from shared.domain.model import Actor
from shared.services.privacy import retention
from shared.services.site.audit import KEPT_APART, audit_entries
from shared.services.site.housekeeping import run_housekeeping, site_actor
from shared.store import models as db
from shared.store.engine import make_engine, open_store
from shared.store.migrate import _config, current_revision, head_revision
from shared.store.scrub import pending
from tests.support.actors import STAFF
from tests.support.privacy_data import OTHER, ZHUGE, age, leave_trail
from tests.unit.test_retention import found_in_files, print_everything, site  # noqa: F401 (site: a fixture)

ADMIN = Actor("desk-1", "Boss", "admin")

READER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN")
conn.execute("SELECT count(*) FROM visitor").fetchone()  # the read transaction now holds its snapshot
print("reading", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
conn.close()
"""


def test_a_reader_during_the_purge_leaves_it_pending_then_the_next_run_clears_the_files(site):
    path, store = site
    trail = leave_trail(store, ZHUGE)
    leave_trail(store, OTHER)
    print_everything(store)
    age(store, trail, 91)
    reader = subprocess.Popen([sys.executable, "-c", READER, str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout.readline().strip() == "reading"
        report = retention.purge_expired(store, ADMIN).value
        assert report.visits == 2 and report.cleanup.wal_truncated is False and report.cleanup.pending is True
        assert found_in_files(path, ZHUGE)  # honestly pending: the old copies are still in the files
        assert pending(store.engine)["wal"]
    finally:
        reader.communicate("done\n", timeout=30)
    assert reader.returncode == 0
    # The next housekeeping run has nothing new to purge, and still finishes the checkpoint.
    again = run_housekeeping(store, site_actor("desk-1")).purge
    assert again.total == 0 and again.cleanup.wal_truncated is True and again.cleanup.pending is False
    assert found_in_files(path, ZHUGE) == {}
    assert found_in_files(path, OTHER).keys() == {"name", "id_number", "mobile", "photo"}  # kept, and findable
    assert not any(pending(store.engine).values())


def _old_site(url: str) -> None:
    """A database at the release before audit_detail, written with secure_delete off (as before it was
    turned on): a visitor deleted there leaves their values in a free page; a reveal's reason verbatim."""
    engine = create_engine(url) if url.startswith("sqlite") else make_engine(url)
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _off(dbapi_conn, _record):
            dbapi_conn.execute("PRAGMA secure_delete = OFF")
    with engine.begin() as conn:
        command.upgrade(_config(conn), "0008")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO visitor (id, name, mobile, company, id_number, created_at) VALUES "
                          "(77, :n, :m, :c, :i, CURRENT_TIMESTAMP)"),
                     {"n": ZHUGE.name, "m": ZHUGE.e164, "c": ZHUGE.company, "i": ZHUGE.id_number})
        conn.execute(text("DELETE FROM visitor WHERE id = 77"))
        reason = f"家属紧急 {OTHER.name} {OTHER.e164[3:]}"
        conn.execute(text("INSERT INTO audit_log (at, operator, station, action, subject, detail) VALUES "
                          "(CURRENT_TIMESTAMP, '老赵', 'gate-1', 'reveal', 'visit 261127-0003', :d)"),
                     {"d": json.dumps({"field": "mobile", "reason": reason})})
    engine.dispose()


def test_upgrading_moves_old_reasons_out_of_the_audit_entries(db_url):
    _old_site(db_url)
    store = open_store(db_url)
    try:
        assert current_revision(store.engine) == head_revision()
        (entry,) = audit_entries(store, STAFF)
        assert entry.detail == {"field": "mobile", "reason": f"家属紧急 {OTHER.name} {OTHER.e164[3:]}"}
        with store.read() as s:
            raw = s.scalars(select(db.AuditEntry)).one()
        assert raw.detail == {"field": "mobile", "reason": KEPT_APART} and raw.subject == "visit 261127-0003"
        with pytest.raises(Exception, match="append-only"):  # the guard is back
            with store.write() as s:
                s.execute(text("DELETE FROM audit_log"))
    finally:
        store.close()


def test_upgrading_clears_free_pages_written_before_secure_delete(tmp_path):
    path = tmp_path / "site.sqlite"
    url = f"sqlite:///{path}"
    _old_site(url)
    assert found_in_files(path, ZHUGE)  # the deleted visitor's values sit in a free page
    store = open_store(url)
    try:
        assert found_in_files(path, ZHUGE) == {}
        assert not any(pending(store.engine).values())
    finally:
        store.close()
