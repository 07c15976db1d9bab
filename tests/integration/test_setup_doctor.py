"""`reception setup` and `reception doctor` as real processes, on SQLite and PostgreSQL, with a
loopback ESC/POS printer, and real SMTP and HTTP servers for the notification checks."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from shared import config
from shared.domain.model import Actor
from shared.domain.pins import verify_pin
from shared.services import notifications as notes
from shared.services.directory.hosts import add_host
from shared.store.engine import make_engine, open_store
from shared.store.feed import record
from shared.store.migrate import head_revision
from tests.support.id_card_reader import SimulatedReader
from tests.support.loopback_printer import LoopbackPrinter
from tests.support.servers import HttpServer, SmtpServer, free_port

ROOT = Path(__file__).resolve().parents[2]
ADMIN = Actor("setup-test", "admin", "admin")


def previous_revision() -> str:
    """The revision just before head: one migration behind, whatever head is now."""
    from alembic.script import ScriptDirectory

    from shared.store.migrate import MIGRATIONS

    return ScriptDirectory(str(MIGRATIONS)).get_revision(head_revision()).down_revision


def reception(*args: str, tmp_path: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("RECEPTION_DATABASE_URL", "RECEPTION_CONFIG")}
    env["RECEPTION_DATA_DIR"] = str(tmp_path / "data")
    return subprocess.run([sys.executable, "-m", "reception", *args], cwd=ROOT, env=env, input=stdin,
                          check=False, capture_output=True, text=True, timeout=90)


@pytest.fixture
def printer():
    lp = LoopbackPrinter().start()
    yield lp
    lp.stop()


@pytest.fixture
def card_reader():
    """A serial server's port with a simulated ID card reader behind it."""
    reader = SimulatedReader()
    yield reader.on_tcp()
    reader.close()


def setup_station(tmp_path, db_url, printer, *extra: str) -> Path:
    path = tmp_path / "station.toml"
    done = reception("setup", "--role", "kiosk", "--station", "lobby-1", "--database", db_url,
                     "--printer", f"badge=network:host=127.0.0.1,port={printer.port},status_timeout=2",
                     "--admin-pin", "2468", "--config", str(path), "--yes", *extra, tmp_path=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    return path


def doctor(tmp_path, path: Path, *extra: str) -> tuple[int, dict[str, tuple[str, str]], str]:
    """(exit code, {check: (level, reason)}, output) from `reception doctor --json` (and the text form)."""
    done = reception("doctor", "--config", str(path), "--json", *extra, tmp_path=tmp_path)
    report = json.loads(done.stdout)
    assert report["exit"] == done.returncode
    plain = reception("doctor", "--config", str(path), tmp_path=tmp_path)
    assert plain.returncode == done.returncode
    return done.returncode, {c["check"]: (c["level"], c["reason"]) for c in report["checks"]}, plain.stdout


# --- setup ---------------------------------------------------------------------------------

def test_setup_tests_everything_and_writes_a_loadable_config(tmp_path, db_url, printer):
    path = setup_station(tmp_path, db_url, printer)
    cfg = config.load(path)
    assert (cfg.station, cfg.database_url) == ("lobby-1", db_url)
    assert cfg.printers == {"badge": {"type": "network", "host": "127.0.0.1", "port": printer.port,
                                      "status_timeout": 2}}
    assert cfg.badge_printer == "badge"
    assert verify_pin("2468", cfg.admin_pin_hash) and "2468" not in path.read_text()
    assert path.read_text().startswith('role = "kiosk"\n')
    assert printer.status_checks and not printer.jobs  # asked for its status, printed nothing
    store = open_store(db_url, migrate=False)
    try:  # the database was migrated by setup
        from shared.store.migrate import current_revision, head_revision

        assert current_revision(store.engine) == head_revision()
    finally:
        store.close()


@pytest.mark.parametrize("url, said", [
    ("postgresql://reception:secret@127.0.0.1:{port}/reception", "cannot reach postgresql://reception:***@"),
    ("nosuchdb://somewhere/x", "not a usable database URL"),
])
def test_a_database_that_does_not_work_is_named_and_nothing_is_written(tmp_path, printer, url, said):
    path = tmp_path / "station.toml"
    done = reception("setup", "--role", "desk", "--database", url.format(port=free_port()),
                     "--printer", f"network:127.0.0.1,{printer.port}", "--config", str(path), "--yes",
                     tmp_path=tmp_path)
    assert done.returncode == 1
    assert said in done.stderr and "nothing written" in done.stderr
    assert "secret" not in done.stdout + done.stderr
    assert not path.exists()


def test_a_printer_out_of_paper_is_reported_and_kept_with_yes(tmp_path, sqlite_url, printer):
    printer.paper_out = True
    path = tmp_path / "station.toml"
    done = reception("setup", "--database", sqlite_url, "--printer", f"network:127.0.0.1,{printer.port}",
                     "--config", str(path), "--yes", tmp_path=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    line = next(line for line in done.stdout.splitlines() if "printer badge" in line)
    assert line.startswith("  FAIL  printer badge: cannot print:") and "paper out" in line
    assert config.load(path).printers == {"badge": {"type": "network", "host": "127.0.0.1", "port": printer.port}}


@pytest.mark.parametrize("spec, said", [
    ("laser:host=x", "unknown type 'laser'"),
    ("network:port=9100", "needs 'host'"),
    ("network:host=x,port=http", "'port' must be an integer"),
])
def test_a_bad_printer_spec_is_refused_with_a_clear_message(tmp_path, sqlite_url, spec, said):
    path = tmp_path / "station.toml"
    done = reception("setup", "--database", sqlite_url, "--printer", spec, "--config", str(path), "--yes",
                     tmp_path=tmp_path)
    assert done.returncode == 2 and said in done.stderr
    assert not path.exists()


@pytest.mark.parametrize("flag, value, said", [
    ("--station", "lobby\n1", "--station must be one line"),
    ("--station", "前台" * 21, "--station is too long"),
    ("--station", "lobby\x1b[2J", "--station holds control or invalid characters"),
    ("--station", os.fsdecode(b"lobby\xff"), "--station holds control or invalid characters"),  # bad UTF-8
    ("--site-name", "Acme\rHQ", "--site-name must be one line"),
    ("--site-name", "x" * 200, "--site-name is too long"),
])
def test_a_bad_station_or_site_name_is_refused_and_nothing_is_written(tmp_path, sqlite_url, flag, value, said):
    path = tmp_path / "station.toml"
    args = ["setup", "--role", "desk", "--database", sqlite_url, "--config", str(path), "--yes", flag, value]
    if flag != "--station":
        args += ["--station", "desk-1"]
    env = {k: v for k, v in os.environ.items() if k not in ("RECEPTION_DATABASE_URL", "RECEPTION_CONFIG")}
    env["RECEPTION_DATA_DIR"] = str(tmp_path / "data")
    done = subprocess.run([sys.executable, "-m", "reception", *args], cwd=ROOT, env=env, check=False,
                          capture_output=True, timeout=90)
    assert done.returncode == 2 and said in done.stderr.decode("utf-8", "replace")
    assert not path.exists()


def test_a_hand_edited_config_with_a_bad_station_name_is_refused_by_name(tmp_path):
    path = tmp_path / "station.toml"
    path.write_text('station = "lobby\\u0000one"\ndatabase_url = "sqlite:///x.sqlite"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="station invalid_chars"):
        config.load(path)
    path.write_text('station = "lobby-1"\ndatabase_url = "sqlite:///x.sqlite"\n', encoding="utf-8")
    assert config.load(path).station == "lobby-1"


def test_setup_asks_on_the_terminal_for_what_the_flags_do_not_give(tmp_path, sqlite_url, printer, card_reader):
    path = tmp_path / "station.toml"
    answers = "\n".join(["gate", "gate-east", sqlite_url, f"network:127.0.0.1,{printer.port}",
                         "preview:" + str(tmp_path / "png"), "", card_reader, "en", "y", ""])
    done = reception("setup", "--config", str(path), tmp_path=tmp_path, stdin=answers)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"OK    ID card reader {card_reader}: answers" in done.stdout
    cfg = config.load(path)
    assert (cfg.station, cfg.database_url, cfg.language) == ("gate-east", sqlite_url, "en")
    assert cfg.card_reader == card_reader
    assert list(cfg.printers) == ["gate", "printer2"]
    assert cfg.printers["printer2"] == {"type": "preview", "folder": str(tmp_path / "png")}
    assert 'role = "gate"' in path.read_text()
    # Run again: the file's values are the defaults, so Enter everywhere keeps them.
    again = reception("setup", "--config", str(path), tmp_path=tmp_path, stdin="\n" * 9)
    assert again.returncode == 0, again.stdout + again.stderr
    assert config.load(path) == cfg


def test_setup_without_a_terminal_and_without_yes_stops_clearly(tmp_path):
    path = tmp_path / "station.toml"
    done = reception("setup", "--config", str(path), tmp_path=tmp_path, stdin="")
    assert done.returncode == 2 and "give every value as a flag, or add --yes" in done.stderr
    assert not path.exists()


def test_a_card_reader_that_does_not_answer_is_named_and_left_out_when_refused(tmp_path, sqlite_url, printer):
    path = tmp_path / "station.toml"
    done = reception("setup", "--role", "kiosk", "--station", "lobby-1", "--database", sqlite_url,
                     "--printer", f"network:127.0.0.1,{printer.port}", "--card-reader", str(tmp_path / "ttyNONE"),
                     "--language", "en", "--admin-pin", "2468", "--config", str(path), tmp_path=tmp_path,
                     stdin="n\ny\n")
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"FAIL  ID card reader {tmp_path / 'ttyNONE'}: cannot open the port" in done.stdout
    assert config.load(path).card_reader == ""


# --- doctor --------------------------------------------------------------------------------


def test_doctor_tests_the_card_reader_and_fails_one_that_went_silent(tmp_path, sqlite_url, printer):
    reader = SimulatedReader()
    url = reader.on_tcp()
    path = setup_station(tmp_path, sqlite_url, printer, "--card-reader", url)
    try:
        code, checks, plain = doctor(tmp_path, path)
        assert checks[f"ID card reader {url}"] == ("OK", "answers; its security module is ready"), plain
        reader.answer = lambda code, answer=reader.answer: b""  # the reader hangs: no answer to anything
        code, checks, plain = doctor(tmp_path, path)
    finally:
        reader.close()
    assert code == 2 and checks[f"ID card reader {url}"][0] == "FAIL", plain
    assert "did not answer" in checks[f"ID card reader {url}"][1]

def with_camera(path: Path, camera: str) -> None:
    """The station's config with a camera line, as an installer edits it."""
    from dataclasses import replace as replaced

    config.write(path, replaced(config.load(path), camera=camera))


def test_doctor_lists_the_cameras_and_checks_the_configured_one(tmp_path, sqlite_url, printer):
    from assets import DEMO_PHOTO
    from shared.services.site.settings import update_settings

    path = setup_station(tmp_path, sqlite_url, printer)
    code, checks, plain = doctor(tmp_path, path)
    assert checks["camera"] == ("OK", "Qt sees no camera (needed only for photos)"), plain  # this machine has none
    store = open_store(sqlite_url)
    try:
        update_settings(store, ADMIN, take_photo=True)
    finally:
        store.close()
    code, checks, plain = doctor(tmp_path, path)
    assert checks["camera"][0] == "WARN" and "visitors go on without one" in checks["camera"][1]
    with_camera(path, "Logitech C920")
    code, checks, plain = doctor(tmp_path, path)
    assert code == 2 and checks["camera"] == (
        "FAIL", "'Logitech C920' is not connected; Qt sees no camera (set camera = one of them)"), plain
    with_camera(path, f"file:{DEMO_PHOTO}")
    code, checks, plain = doctor(tmp_path, path)
    assert checks["camera"] == ("OK", f"a picture stands in for the camera: {DEMO_PHOTO}")


def test_doctor_on_a_healthy_station_says_ok_everywhere(tmp_path, db_url, printer):
    path = setup_station(tmp_path, db_url, printer)
    store = open_store(db_url)
    with SmtpServer() as smtp, HttpServer() as hook:
        try:
            add_host(store, "王经理", email="wang@example.com")
            notes.update_notify_settings(store, ADMIN, smtp_host="127.0.0.1", smtp_port=smtp.port,
                                         smtp_security="none", webhook_url=hook.url + "/hook")
            code, checks, plain = doctor(tmp_path, path)
        finally:
            store.close()
    assert code == 0, plain
    assert {level for level, _ in checks.values()} == {"OK"}, plain
    assert set(checks) == {"config", "database", "schema", "notifications", "smtp", "webhook", "clock",
                           "printer badge", "camera", "disk", "system libraries", "logs"}
    assert checks["notifications"][1] == "set up: email, webhook"
    assert checks["logs"][1].endswith("no error logged")
    assert plain.splitlines()[-1] == "all checks passed"
    assert all(line.startswith("OK  ") for line in plain.splitlines()[:-1])


@pytest.mark.parametrize("fault, level, said", [
    ("paper_near_end", "WARN", "paper near end"),
    ("paper_out", "FAIL", "paper out"),
    ("cover_open", "FAIL", "cover open"),
    ("silent", "FAIL", "did not answer a status query"),
])
def test_doctor_reports_the_printer_fault_and_sets_the_exit_code(tmp_path, sqlite_url, printer, fault, level, said):
    path = setup_station(tmp_path, sqlite_url, printer)
    if fault == "silent":
        printer.answer_status = False
    else:
        setattr(printer, fault, True)
    code, checks, plain = doctor(tmp_path, path)
    assert checks["printer badge"][0] == level and said in checks["printer badge"][1]
    assert code == {"WARN": 1, "FAIL": 2}[level]
    assert f"{level:<4}  printer badge" in plain


def test_doctor_fails_a_schema_newer_than_the_program(tmp_path, sqlite_url, printer):
    path = setup_station(tmp_path, sqlite_url, printer)
    engine = make_engine(sqlite_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff9999'"))
    engine.dispose()
    code, checks, _ = doctor(tmp_path, path)
    assert code == 2
    assert checks["schema"] == ("FAIL", ("the database is at schema ffff9999, newer than this program knows "
                                         f"({head_revision()}): install the newer version on this station"))
    # Setup refuses it too, and leaves the station's file alone.
    before = path.read_text()
    done = reception("setup", "--database", sqlite_url, "--config", str(path), "--yes", tmp_path=tmp_path)
    assert done.returncode == 1 and "newer than this program knows" in done.stderr
    assert path.read_text() == before


def test_doctor_warns_of_a_schema_behind_and_never_migrates(tmp_path, db_url, printer):
    path = setup_station(tmp_path, db_url, printer)
    engine = make_engine(db_url)
    head, before = head_revision(), previous_revision()
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": before})
    code, checks, _ = doctor(tmp_path, path)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == before
    engine.dispose()
    assert code == 1 and checks["schema"][0] == "WARN"
    assert f"at schema {before}, 1 migration(s) behind {head}" in checks["schema"][1]


def test_doctor_does_not_create_a_missing_database_file(tmp_path, printer):
    missing = tmp_path / "gone" / "reception.sqlite"
    path = tmp_path / "station.toml"
    path.write_text(f'station = "x"\ndatabase_url = "sqlite:///{missing}"\n', encoding="utf-8")
    code, checks, _ = doctor(tmp_path, path)
    assert code == 2 and checks["database"] == ("FAIL", f"no database file at {missing}")
    assert not missing.exists()


def test_doctor_fails_an_smtp_server_that_does_not_answer_and_warns_of_hosts_nobody_can_tell(
        tmp_path, sqlite_url, printer):
    path = setup_station(tmp_path, sqlite_url, printer)
    store = open_store(sqlite_url)
    add_host(store, "李工", notify_channel="wecom")
    notes.update_notify_settings(store, ADMIN, smtp_host="127.0.0.1", smtp_port=free_port(), smtp_security="none")
    store.close()
    code, checks, _ = doctor(tmp_path, path)
    assert code == 2
    assert checks["smtp"][0] == "FAIL" and "cannot connect to 127.0.0.1:" in checks["smtp"][1]
    assert checks["notifications"] == ("WARN", "not set up for 1 host(s) by wecom: they are not told of arrivals")


def test_doctor_compares_the_clock(db_url):
    from reception.doctor_cmd import check_clock

    store = open_store(db_url)
    with store.write() as s:
        record(s, "visit", 1)
    now = datetime.now(UTC)
    try:
        assert check_clock(store.engine, now).level == "OK"
        late = check_clock(store.engine, now - timedelta(minutes=10))
        # SQLite keeps whole seconds: the change may read up to a second early
        assert late.level == "FAIL" and re.match(r"this machine's clock is (599|600) s behind", late.reason)
        assert check_clock(store.engine, now - timedelta(minutes=1)).level == "WARN"
    finally:
        store.close()
