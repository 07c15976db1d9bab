"""Upgrades, as a site lives them: a database from the first release, upgraded by the real program.

`reception db upgrade`, and the kiosk's own start, bring an older schema to head with every row kept;
a database from a newer version is refused (exit code 3, a clear message) and left untouched.
"""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import MetaData, select, text

from shared.store.engine import make_engine
from shared.store.migrate import MIGRATIONS, current_revision, head_revision
from tests.support.actors import STAFF

ROOT = Path(__file__).resolve().parents[2]
FIRST = "0001"
T0 = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)

# Every table of the first release, with rows as that release wrote them.
FIRST_RELEASE_ROWS: dict[str, list[dict]] = {
    "host": [
        dict(id=1, name="张三", name_en="Zhang San", pinyin="zhang san", initials="zs", department="研发部",
             email="zhang.san@example.com", phone="010-5555-0101", assistant="李秘书", active=True),
        dict(id=2, name="王五", name_en="Wang Wu", pinyin="wang wu", initials="ww", department="财务部",
             email="", phone="", assistant="", active=False),
    ],
    "reception_room": [dict(id=1, name="一号会客室", state="occupied", since=T0)],
    "visitor": [
        dict(id=1, name="欧阳娜娜", mobile="+8613800138000", company="华为", created_at=T0),
        dict(id=2, name="John Smith", mobile="+447700900123", company="ACME Ltd", created_at=T0),
    ],
    "appointment": [
        dict(id=1, code="A7K2QX", visitor_name="欧阳娜娜", mobile="+8613800138000", company="华为", host_id=1,
             expected_on=date(2026, 1, 5), level="vip", state="used", created_at=T0),
    ],
    "visit": [
        dict(id=1, visit_no="260105-0001", visitor_id=1, host_id=1, appointment_id=1, room_id=1, state="with_host",
             level="vip", party_size=3, badge_token="tok-1", message="", visit_date=date(2026, 1, 5),
             station="kiosk-1", checked_in_at=T0, checked_out_at=None, updated_at=T0),
        dict(id=2, visit_no="260105-0002", visitor_id=2, host_id=None, appointment_id=None, room_id=None,
             state="checked_out", level="standard", party_size=1, badge_token="tok-2", message="请在前台等候",
             visit_date=date(2026, 1, 5), station="desk-1", checked_in_at=T0,
             checked_out_at=datetime(2026, 1, 5, 11, 0, tzinfo=UTC), updated_at=T0),
    ],
    "visit_event": [
        dict(id=1, visit_id=1, action="arrive", from_state="expected", to_state="checked_in", at=T0,
             station="kiosk-1", operator="", note=""),
        dict(id=2, visit_id=1, action="notify_host", from_state="checked_in", to_state="host_notified", at=T0,
             station="desk-1", operator="小李", note=""),
        dict(id=3, visit_id=1, action="host_ready", from_state="host_notified", to_state="with_host", at=T0,
             station="desk-1", operator="小李", note="在一号会客室"),
        dict(id=4, visit_id=2, action="arrive", from_state="", to_state="checked_in", at=T0,
             station="desk-1", operator="小李", note=""),
        dict(id=5, visit_id=2, action="check_out", from_state="checked_in", to_state="checked_out", at=T0,
             station="desk-1", operator="小李", note=""),
    ],
    "notification": [
        dict(id=1, visit_id=1, host_id=1, channel="email", state="sent", attempts=1,
             payload={"subject": "访客到访 欧阳娜娜", "to": "zhang.san@example.com"}, created_at=T0, sent_at=T0),
    ],
    "print_job": [
        dict(id=1, visit_id=1, kind="visitor_badge", station="kiosk-1", printer="lobby", state="done", attempts=1,
             payload={"name": "欧阳娜娜", "host": "张三"}, last_error="", created_at=T0, updated_at=T0),
        dict(id=2, visit_id=2, kind="visitor_badge", station="desk-1", printer="desk", state="failed", attempts=3,
             payload={"name": "John Smith"}, last_error="paper out", created_at=T0, updated_at=T0),
    ],
    "change_log": [dict(id=1, entity="visit", entity_id=1, at=T0), dict(id=2, entity="visit", entity_id=2, at=T0)],
}

# What each new column must hold for rows written before it existed.
NEW_COLUMN_DEFAULTS: dict[str, dict] = {
    "host": dict(notify_channel="email", language="zh_CN", assistant_phone=""),
    "appointment": dict(confidential=False, party_size=1, leader_id=None, purpose="", email="", created_by=""),
    "visit": dict(confidential=False, member_no=0, id_consent=False, group_id=None, purpose="", plate="",
                  waited_until=None, consent_at=None),
    "notification": dict(kind="arrival", appointment_id=None, last_error="", lease_owner="", updated_by=""),
    "print_job": dict(updated_by="", not_before=None, printed_at=None),
    "visitor": dict(id_number=""),
}


def reception(*args: str, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "reception", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, **(env or {})}, stdin=subprocess.DEVNULL)


def station_config(tmp_path: Path, url: str) -> Path:
    cfg = tmp_path / "station.toml"
    cfg.write_text(f'station = "kiosk-1"\ndatabase_url = "{url}"\nlanguage = "en"\n', encoding="utf-8")
    return cfg


def migrate_to(url: str, revision: str) -> None:
    engine = make_engine(url)
    with engine.begin() as conn:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    engine.dispose()


def first_release_site(url: str) -> dict[str, list[tuple]]:
    """The first release's schema with its rows; returns each table's rows as read back then."""
    migrate_to(url, FIRST)
    engine = make_engine(url)
    meta = MetaData()
    meta.reflect(engine)
    assert set(FIRST_RELEASE_ROWS) == set(meta.tables) - {"alembic_version"}, "a first-release table has no rows"
    with engine.begin() as conn:
        for name in ("host", "reception_room", "visitor", "appointment", "visit", "visit_event", "notification",
                     "print_job", "change_log"):
            conn.execute(meta.tables[name].insert(), FIRST_RELEASE_ROWS[name])
        if conn.dialect.name == "postgresql":  # explicit ids: move the sequences past them, as the app did
            for name in FIRST_RELEASE_ROWS:
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                                  f"(SELECT max(id) FROM {name}))"))
    rows = _old_rows(engine, meta)
    engine.dispose()
    return rows


def _old_rows(engine, first_meta: MetaData) -> dict[str, list[tuple]]:
    """Each first-release table's first-release columns, read through the current schema."""
    now = MetaData()
    now.reflect(engine)
    out = {}
    with engine.connect() as conn:
        for name, old in first_meta.tables.items():
            if name == "alembic_version":
                continue
            table = now.tables[name]
            cols = [table.c[c.name] for c in old.columns]
            out[name] = [tuple(r) for r in conn.execute(select(*cols).order_by(table.c.id))]
    return out


@pytest.mark.parametrize("db_url", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
                         indirect=True)
def test_reception_db_upgrade_takes_a_first_release_site_to_head_with_every_row_kept(tmp_path, db_url):
    before = first_release_site(db_url)
    first_meta = MetaData()
    engine = make_engine(db_url)
    first_meta.reflect(engine)
    engine.dispose()

    proc = reception("--config", str(station_config(tmp_path, db_url)), "db", "upgrade")
    assert proc.returncode == 0, proc.stderr
    assert f"at schema {head_revision()}" in proc.stdout

    engine = make_engine(db_url)
    assert current_revision(engine) == head_revision()
    assert _old_rows(engine, first_meta) == before
    assert all(len(before[t]) == len(FIRST_RELEASE_ROWS[t]) for t in FIRST_RELEASE_ROWS)
    with engine.connect() as conn:
        for table, defaults in NEW_COLUMN_DEFAULTS.items():
            cols = ", ".join(defaults)
            for row in conn.execute(text(f"SELECT {cols} FROM {table}")).mappings():
                got = {k: (bool(v) if isinstance(defaults[k], bool) else v) for k, v in row.items()}
                assert got == defaults, table
        # Data a later release added as part of its schema is there too.
        assert conn.execute(text("SELECT count(*) FROM reception_level")).scalar() > 0
    engine.dispose()

    # The program reads the old rows as its own.
    from shared.services.desk.queries import visits_by_ids
    from shared.store.engine import open_store

    store = open_store(db_url)
    one, two = visits_by_ids(store, [1, 2], actor=STAFF)
    assert (one.visitor_name, one.host_name, one.state, one.party_size, one.room, one.level) == \
        ("欧阳娜娜", "张三", "with_host", 3, "一号会客室", "vip")
    assert (two.visitor_name, two.host_name, two.state, two.checked_out_at) == \
        ("John Smith", "", "checked_out", datetime(2026, 1, 5, 11, 0, tzinfo=UTC))
    store.close()


def test_the_kiosk_upgrades_an_older_database_on_start(tmp_path):
    url = f"sqlite:///{tmp_path / 'reception.sqlite'}"
    before = first_release_site(url)
    proc = reception("--config", str(station_config(tmp_path, url)), "kiosk", "--windowed", "--exit-when-shown",
                     env={"QT_QPA_PLATFORM": "offscreen", "RECEPTION_DATA_DIR": str(tmp_path / "data")})
    assert proc.returncode == 0, proc.stderr
    assert "shown" in proc.stdout
    engine = make_engine(url)
    assert current_revision(engine) == head_revision()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM visit_event")).scalar() == len(before["visit_event"])
    engine.dispose()


@pytest.mark.parametrize("program", [["kiosk", "--exit-when-shown"], ["console"]])
def test_a_station_refuses_a_database_from_a_newer_version(tmp_path, program):
    url = f"sqlite:///{tmp_path / 'reception.sqlite'}"
    migrate_to(url, "head")
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff_from_the_future'"))
    engine.dispose()
    proc = reception("--config", str(station_config(tmp_path, url)), *program, timeout=60,
                     env={"QT_QPA_PLATFORM": "offscreen", "RECEPTION_DATA_DIR": str(tmp_path / "data")})
    assert proc.returncode == 3, (proc.stdout, proc.stderr)
    assert "reception: the database is at schema ffff_from_the_future, newer than this program knows" in proc.stderr
    assert "install the newer version" in proc.stderr
    assert "Traceback" not in proc.stderr
    engine = make_engine(url)
    assert current_revision(engine) == "ffff_from_the_future"  # untouched
    engine.dispose()
