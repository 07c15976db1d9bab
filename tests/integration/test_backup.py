"""`reception backup` / `reception restore`, run as the real program against real databases.

SQLite: a second process keeps checking visitors in while the backup runs; the copy must be one moment
of the database. PostgreSQL: pg_dump and pg_restore against the test server.
"""
from __future__ import annotations

import os
import shlex
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from shared.domain.model import Actor, WalkIn
from shared.services.checkin import check_in_walk_in
from shared.services.desk.flow import check_out
from shared.store import models as db
from shared.store.engine import open_store
from shared.store.migrate import head_revision

ROOT = Path(__file__).resolve().parents[2]
DESK = Actor("desk-1", "amy", "receptionist")


def reception(cfg: Path, *args: str, data_dir: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    env = {**os.environ, "RECEPTION_DATA_DIR": str(data_dir)}
    return subprocess.run([sys.executable, "-m", "reception", "--config", str(cfg), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)


def station_config(tmp_path: Path, url: str) -> Path:
    cfg = tmp_path / "station.toml"
    cfg.write_text(f'station = "desk-1"\ndatabase_url = "{url}"\n', encoding="utf-8")
    return cfg


def backup_file(proc: subprocess.CompletedProcess) -> Path:
    assert proc.returncode == 0, proc.stderr
    path = Path(proc.stdout.split()[0])
    assert path.is_file() and path.stat().st_size > 0
    return path


def new_site(url: str) -> None:
    """The schema and host 1, whom every walk-in here (and tests.support.writer) visits."""
    store = open_store(url)
    with store.write() as s:
        s.add(db.Host(id=1, name="张三", name_en="Zhang San", email="zhang.san@example.com"))
    store.close()


def check_in(store, n: int, prefix: str = "访客") -> list[int]:
    return [check_in_walk_in(store, DESK, WalkIn(f"{prefix}{i}", "13800138000", "", 1), "badge").value.id
            for i in range(n)]


# --- SQLite ---------------------------------------------------------------------------------------

def test_a_backup_taken_while_a_station_checks_visitors_in_is_one_moment(tmp_path):
    db = tmp_path / "reception.sqlite"
    url = f"sqlite:///{db}"
    new_site(url)
    cfg = station_config(tmp_path, url)
    writer = subprocess.Popen([sys.executable, "-m", "tests.support.writer", url, "5000", "访客", "kiosk-2"],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(30):  # the station is well under way before the backup starts
            assert writer.stdout.readline(), writer.stderr.read()
        live = sqlite3.connect(db, timeout=30)
        before = live.execute("SELECT count(*) FROM visit").fetchone()[0]
        proc = reception(cfg, "backup", "--to", str(tmp_path / "backups"), data_dir=tmp_path / "data")
        after = live.execute("SELECT count(*) FROM visit").fetchone()[0]
        still_writing = writer.poll() is None
        live_ids = [r[0] for r in live.execute("SELECT id FROM visit ORDER BY id")]
        live.close()
    finally:
        writer.terminate()
        writer.wait(timeout=30)
    assert still_writing, "the writer finished before the backup did: the test proves nothing"
    copy = backup_file(proc)
    assert after > before, "no visit was checked in while the backup ran"
    assert copy.name.startswith("reception-") and copy.suffix == ".sqlite"
    assert copy.stat().st_mode & 0o077 == 0, "visitors' personal data readable by other accounts"
    assert not Path(f"{copy}-wal").exists() and not list(copy.parent.glob("*.partial"))

    c = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    assert c.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert c.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    ids = [r[0] for r in c.execute("SELECT id FROM visit ORDER BY id")]
    assert before <= len(ids) <= after
    assert ids == live_ids[:len(ids)], "the copy is not a prefix of what the station committed"
    # Every visit in the copy has what its check-in wrote in the same transaction.
    assert c.execute("SELECT count(*) FROM visit v WHERE NOT EXISTS "
                     "(SELECT 1 FROM visit_event e WHERE e.visit_id = v.id)").fetchone() == (0,)
    assert c.execute("SELECT count(*) FROM visit v WHERE NOT EXISTS "
                     "(SELECT 1 FROM visitor p WHERE p.id = v.visitor_id)").fetchone() == (0,)
    assert c.execute("SELECT count(*) FROM visit_event e WHERE NOT EXISTS "
                     "(SELECT 1 FROM visit v WHERE v.id = e.visit_id)").fetchone() == (0,)
    assert c.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)
    c.close()


def test_restore_brings_back_the_backed_up_state(tmp_path):
    url = f"sqlite:///{tmp_path / 'reception.sqlite'}"
    new_site(url)
    store = open_store(url)
    first, second = check_in(store, 2)
    store.close()
    cfg = station_config(tmp_path, url)
    copy = backup_file(reception(cfg, "backup", "--to", str(tmp_path / "backups"), data_dir=tmp_path / "data"))

    store = open_store(url)
    check_out(store, DESK, first)
    with store.write() as s:  # a visit deleted by mistake, with its history
        for table in ("visit_event", "print_job", "notification", "checklist_tick", "reminder_ack"):
            s.execute(text(f"DELETE FROM {table} WHERE visit_id = :v"), {"v": second})
        s.execute(text("DELETE FROM visit WHERE id = :v"), {"v": second})
    check_in(store, 1, "后来")

    # Refused while a station has the database open; nothing changes.
    refused = reception(cfg, "restore", str(copy), "--yes", data_dir=tmp_path / "data")
    assert refused.returncode == 1 and "in use" in refused.stderr
    with store.read() as s:
        assert s.execute(text("SELECT count(*) FROM visit")).scalar() == 2
    store.close()

    # Without --yes and without a terminal to ask on: not confirmed, nothing changes.
    unconfirmed = reception(cfg, "restore", str(copy), data_dir=tmp_path / "data")
    assert unconfirmed.returncode == 1 and "--yes" in unconfirmed.stderr

    done = reception(cfg, "restore", str(copy), "--yes", data_dir=tmp_path / "data")
    assert done.returncode == 0, done.stderr
    kept = Path(done.stdout.split("the database as it was before: ")[1].split()[0])
    store = open_store(url)
    with store.read() as s:
        rows = s.execute(text("SELECT id, state FROM visit ORDER BY id")).all()
        events = s.execute(text("SELECT count(*) FROM visit_event WHERE visit_id = :v"), {"v": second}).scalar()
    store.close()
    assert [r.id for r in rows] == [first, second]
    assert rows[0].state != "checked_out" and events >= 1
    # The replaced state was saved first: the restore itself can be undone.
    old = sqlite3.connect(f"file:{kept}?mode=ro", uri=True)
    assert old.execute("SELECT count(*) FROM visit").fetchone() == (2,)
    assert old.execute("SELECT state FROM visit WHERE id = ?", (first,)).fetchone() == ("checked_out",)
    old.close()


def test_keep_prunes_the_oldest_backups(tmp_path):
    url = f"sqlite:///{tmp_path / 'reception.sqlite'}"
    open_store(url).close()
    cfg = station_config(tmp_path, url)
    folder = tmp_path / "backups"
    folder.mkdir()
    older = [folder / "reception-20250101-020000.sqlite", folder / "reception-20250102-020000.sqlite",
             folder / "reception-20250102-020000-1.sqlite"]
    for path in older:
        path.write_bytes(b"an earlier backup")
    other = folder / "notes.sqlite"  # not one of ours: never pruned
    other.write_bytes(b"x")
    made = backup_file(reception(cfg, "backup", "--to", str(folder), "--keep", "2", data_dir=tmp_path / "d"))
    assert sorted(folder.glob("reception-*.sqlite")) == sorted([older[2], made])
    assert other.exists()
    bad = reception(cfg, "backup", "--to", str(folder), "--keep", "0", data_dir=tmp_path / "d")
    assert bad.returncode == 2 and "--keep" in bad.stderr


def test_a_backup_from_a_newer_version_is_not_restored(tmp_path):
    url = f"sqlite:///{tmp_path / 'reception.sqlite'}"
    open_store(url).close()
    cfg = station_config(tmp_path, url)
    copy = backup_file(reception(cfg, "backup", "--to", str(tmp_path / "b"), data_dir=tmp_path / "d"))
    c = sqlite3.connect(copy)
    c.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    c.commit()
    c.close()
    proc = reception(cfg, "restore", str(copy), "--yes", data_dir=tmp_path / "d")
    assert proc.returncode == 3 and "newer than this program" in proc.stderr
    assert open_store(url).engine.dispose() is None  # the live database still opens: untouched


def test_a_file_that_is_not_a_backup_is_refused(tmp_path):
    url = f"sqlite:///{tmp_path / 'reception.sqlite'}"
    open_store(url).close()
    cfg = station_config(tmp_path, url)
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database" * 100)
    proc = reception(cfg, "restore", str(junk), "--yes", data_dir=tmp_path / "d")
    assert proc.returncode == 1 and "not a reception SQLite backup" in proc.stderr
    dump = tmp_path / "x.dump"
    dump.write_bytes(b"PGDMP")
    proc = reception(cfg, "restore", str(dump), "--yes", data_dir=tmp_path / "d")
    assert proc.returncode == 2 and "not a SQLite backup" in proc.stderr


def test_the_postgres_password_goes_through_the_environment_only():
    from reception.backup_cmd import _pg_conn_args, _pg_env, _url

    url = _url("postgresql+psycopg://reception:s3cret@db.example:5433/site?sslmode=require")
    args = _pg_conn_args(url)
    assert "s3cret" not in " ".join(args)
    assert args[-2:] == ["--dbname", "site"] and "--no-password" in args
    env = _pg_env(url)
    assert env["PGPASSWORD"] == "s3cret" and env["PGSSLMODE"] == "require"


# --- PostgreSQL -----------------------------------------------------------------------------------

@pytest.mark.postgres
def test_postgres_backup_and_restore(tmp_path, postgres_server):
    url = postgres_server.create_database()
    new_site(url)
    store = open_store(url)
    first, second = check_in(store, 2)
    store.close()
    cfg = station_config(tmp_path, url)
    copy = backup_file(reception(cfg, "backup", "--to", str(tmp_path / "backups"), "--keep", "3",
                                 data_dir=tmp_path / "data"))
    assert copy.suffix == ".dump" and copy.read_bytes()[:5] == b"PGDMP"
    assert copy.stat().st_mode & 0o077 == 0

    store = open_store(url)
    check_out(store, DESK, first)
    with store.write() as s:
        for table in ("visit_event", "print_job", "notification"):
            s.execute(text(f"DELETE FROM {table} WHERE visit_id = :v"), {"v": second})
        s.execute(text("DELETE FROM visit WHERE id = :v"), {"v": second})
    check_in(store, 1, "后来")
    refused = reception(cfg, "restore", str(copy), "--yes", data_dir=tmp_path / "data")
    assert refused.returncode == 1 and "in use" in refused.stderr
    store.close()

    done = reception(cfg, "restore", str(copy), "--yes", data_dir=tmp_path / "data")
    assert done.returncode == 0, done.stderr
    assert list((tmp_path / "data" / "backups").glob("reception-*.dump"))  # the replaced state, kept
    store = open_store(url)
    with store.read() as s:
        rows = s.execute(text("SELECT id, state FROM visit ORDER BY id")).all()
        events = s.execute(text("SELECT count(*) FROM visit_event WHERE visit_id = :v"), {"v": second}).scalar()
    assert [r.id for r in rows] == [first, second] and rows[0].state != "checked_out" and events >= 1
    # The sequences came back too: the next check-in does not collide with a restored id.
    [third] = check_in(store, 1, "再来")
    assert third > second
    store.close()


# --- the daily timer ------------------------------------------------------------------------------

def _unit(path: Path) -> dict[str, dict[str, list[str]]]:
    sections: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
        elif line and not line.startswith("#") and "=" in line:
            key, value = line.split("=", 1)
            current.setdefault(key, []).append(value)
    return sections


def test_the_daily_backup_timer_runs_a_backup(tmp_path):
    folder = ROOT / "packaging" / "linux"
    service, timer = _unit(folder / "reception-backup.service"), _unit(folder / "reception-backup.timer")
    assert service["Service"]["Type"] == ["oneshot"]
    assert service["Service"]["User"] == _unit(folder / "reception-kiosk.service")["Service"]["User"]
    assert timer["Timer"]["Persistent"] == ["true"] and timer["Timer"]["Unit"] == ["reception-backup.service"]
    assert timer["Install"]["WantedBy"] == ["timers.target"]

    # The unit's command line, with the unit's environment, makes a backup (the program and the
    # station's config and data folder swapped for this test's).
    env = dict(shlex.split(e)[0].split("=", 1) for e in service["Service"]["Environment"])
    assert env["RECEPTION_CONFIG"] == "/etc/reception/station.toml"
    program = tmp_path / "reception"
    program.write_text(f"#!/bin/sh\ncd {ROOT} && exec {sys.executable} -m reception \"$@\"\n", encoding="utf-8")
    program.chmod(0o755)
    url = f"sqlite:///{tmp_path / 'reception.sqlite'}"
    open_store(url).close()
    env.update(RECEPTION_BIN=str(program), RECEPTION_CONFIG=str(station_config(tmp_path, url)),
               RECEPTION_DATA_DIR=str(tmp_path / "data"))
    [exec_start] = service["Service"]["ExecStart"]
    proc = subprocess.run(shlex.split(exec_start), env={**os.environ, **env}, capture_output=True, text=True,
                          timeout=120)
    backup_file(proc)
    assert len(list((tmp_path / "data" / "backups").glob("reception-*.sqlite"))) == 1

    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        return  # the checks above stand where systemd is not installed
    proc = subprocess.run([analyze, "verify", str(folder / "reception-backup.timer"),
                           str(folder / "reception-backup.service")], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    calendar = subprocess.run([analyze, "calendar", *timer["Timer"]["OnCalendar"]], capture_output=True,
                              text=True, timeout=60)
    assert calendar.returncode == 0 and "Next elapse" in calendar.stdout
