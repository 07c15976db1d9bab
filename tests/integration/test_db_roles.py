"""`reception db roles` on a real PostgreSQL server: a lobby kiosk's database role reads no watchlist, no
audit log, no gate, plan or operator rows and no past visits, yet every kiosk flow works under it."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select, text

from shared.domain.errors import InvalidInput, WatchlistMatch
from shared.domain.model import Actor, Consent, WalkIn
from shared.services import checkin
from shared.services.directory.hosts import search_hosts
from shared.services.printing.jobs import jobs_for_visit
from shared.services.printing.queue import mark_in_doubt, next_due_in, print_next, record_status
from shared.services.security.watchlist import add_entry
from shared.services.site.settings import site_settings
from shared.services.demo import seed_demo
from shared.store import db_roles
from shared.store import models as db
from shared.store.engine import open_store
from shared.store.feed import open_feed, record
from tests.support.privacy_data import KIOSK, ZHUGE, age, leave_trail

pytestmark = pytest.mark.postgres
ROOT = Path(__file__).resolve().parents[2]
ADMIN = Actor("desk-1", "root", "admin")
PASSWORDS = {"kiosk": "kiosk-Pw-1", "desk": "desk-Pw-1", "gate": "gate-Pw-1", "web": "web-Pw-1"}


def run_roles(url: str, *extra: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "reception", "db", "roles", "--database", url, *extra],
                          cwd=ROOT, capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})})


def as_role(url: str, role: str) -> str:
    return url.replace("postgresql+psycopg://postgres@", f"postgresql+psycopg://{db_roles.ROLES[role]}:"
                       f"{PASSWORDS[role]}@")


def libpq(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


@pytest.fixture
def site(postgres_server):
    """A seeded site with a past visitor (ten days ago), an old group and a watchlist entry; roles made."""
    url = postgres_server.create_database()
    owner = open_store(url)
    seed_demo(owner)
    trail = leave_trail(owner, ZHUGE)
    age(owner, trail, 10)
    old_group = checkin.check_in_group(owner, KIOSK, WalkIn("欧阳旧团", "13600001111", "旧公司", 1, party_size=2),
                                       ["欧阳二"], "badge").value
    with owner.write() as s:
        group_id = s.get(db.Visit, old_group[0].id).group_id
        s.execute(text("UPDATE visitor SET created_at = created_at - interval '10 days' WHERE id IN "
                       "(SELECT visitor_id FROM visit WHERE id = ANY(:ids) OR group_id = :g)"),
                  {"ids": [trail.visit_id, trail.invited_visit_id], "g": group_id})
        s.execute(text("UPDATE visit SET visit_date = visit_date - 10 WHERE group_id = :g"),
                  {"g": group_id})
        s.execute(text("UPDATE visit_group SET created_at = created_at - interval '10 days' WHERE id = :g"),
                  {"g": group_id})
        s.execute(text("UPDATE print_job SET created_at = created_at - interval '10 days'"))
    add_entry(owner, ADMIN, name="黑名单", reason="曾闹事")
    env = {f"RECEPTION_DB_PASSWORD_{k.upper()}": v for k, v in PASSWORDS.items()}
    done = run_roles(libpq(url), env=env)
    assert done.returncode == 0, done.stderr
    yield url, owner, done.stdout
    owner.close()


def test_the_command_prints_each_roles_url_and_reruns_keeping_passwords(site):
    url, _owner, out = site
    for role in db_roles.ROLES.values():
        assert re.search(rf"postgresql://{role}:[^@\s]+@127\.0\.0\.1:\d+/t_\w+", out), out
    assert "kiosk-Pw-1" in out  # set now: shown this once
    again = run_roles(libpq(url))
    assert again.returncode == 0, again.stderr
    assert "kiosk-Pw-1" not in again.stdout and "password unchanged" in again.stdout
    with psycopg.connect(libpq(as_role(url, "kiosk"))) as conn:  # still the same password
        assert conn.execute("SELECT count(*) FROM host").fetchone()[0] > 0


def test_every_table_is_in_exactly_one_of_the_kiosks_lists():
    names = {*db.Base.metadata.tables, "alembic_version"}
    assert not set(db_roles.KIOSK_GRANTS) & db_roles.KIOSK_NONE
    assert {*db_roles.KIOSK_GRANTS, *db_roles.KIOSK_NONE} == names
    assert set(db_roles.KIOSK_RECENT) <= set(db_roles.KIOSK_GRANTS)
    with pytest.raises(db_roles.UnlistedTable, match="visitor_photo"):
        db_roles.check_lists([*names, "visitor_photo"])


def test_sqlite_has_no_roles(sqlite_url):
    done = run_roles(sqlite_url)
    assert done.returncode == 2 and "PostgreSQL" in done.stderr


@pytest.mark.parametrize("table", sorted(db_roles.KIOSK_NONE))
def test_the_kiosk_may_not_read(site, table):
    url, _owner, _out = site
    with psycopg.connect(libpq(as_role(url, "kiosk"))) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(f"SELECT * FROM {table} LIMIT 1")


@pytest.mark.parametrize("table", ["visit_event", "notification", "security_alert", "audit_log", "audit_detail"])
def test_the_kiosk_only_appends_to(site, table):
    """It writes these rows, but reads back only their ids: no one's events, messages or alerts."""
    url, _owner, _out = site
    with psycopg.connect(libpq(as_role(url, "kiosk"))) as conn:
        assert conn.execute(f"SELECT id FROM {table} LIMIT 1").fetchall() is not None
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(f"SELECT * FROM {table} LIMIT 1")


@pytest.mark.parametrize("table", sorted(db_roles.KIOSK_RECENT))
def test_the_kiosk_sees_no_past_rows_of(site, table):
    url, owner, _out = site
    old = db_roles.KIOSK_RECENT[table].replace(">=", "<")
    with owner.read() as s:
        assert s.scalar(text(f"SELECT count(*) FROM {table} WHERE {old}")) > 0
    with psycopg.connect(libpq(as_role(url, "kiosk"))) as conn:
        assert conn.execute(f"SELECT count(*) FROM {table} WHERE {old}").fetchone()[0] == 0
        for column in ("name", "mobile", "visitor_name"):  # not even by asking for the person
            if column in {c.name for c in db.Base.metadata.tables[table].columns}:
                assert conn.execute(f"SELECT count(*) FROM {table} WHERE {column} LIKE %s",
                                    (f"%{ZHUGE.name[:2]}%",)).fetchone()[0] == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # nor change or remove them
            conn.execute(f"DELETE FROM {table}")


def test_every_kiosk_flow_works_under_the_kiosks_role(site, tmp_path):
    url, owner, _out = site
    kiosk = open_store(as_role(url, "kiosk"))
    try:
        assert site_settings(kiosk) is not None
        host = search_hosts(kiosk, "zhang")[0]
        consent = Consent(True, False)
        walk = checkin.check_in_walk_in(kiosk, KIOSK, WalkIn("钱七", "13800138001", "钱庄", host.id), "badge",
                                        consent).value
        group = checkin.check_in_group(kiosk, KIOSK, WalkIn("孙八", "13800138002", "孙记", host.id, party_size=2),
                                       ["孙九"], "badge", consent).value
        code = checkin.create_appointment(owner, ADMIN, "周十", "13800138003", "周氏", host.id, date.today()).value
        assert [m.code for m in checkin.invitations_for_mobile(kiosk, "13800138003")] == [code]
        with pytest.raises(InvalidInput):  # a miss is counted for the station, under the kiosk's role too
            checkin.find_invitation(kiosk, "ZZZZ2222", station="kiosk-1")
        assert checkin.find_invitation(kiosk, code, station="kiosk-1").host_name == host.name
        invited = checkin.check_in_invitation(kiosk, KIOSK, code, "badge", consent, confirm_name="周十").value
        with pytest.raises(WatchlistMatch):
            checkin.check_in_walk_in(kiosk, KIOSK, WalkIn("黑 名 单", "13800138004", "", host.id), "badge", consent)
        with owner.read() as s:
            token = s.get(db.Visit, walk.id).badge_token
        left = checkin.check_out_by_badge(kiosk, KIOSK, token).value
        assert checkin.record_feedback(kiosk, left.id, 5).value == 5
        assert jobs_for_visit(kiosk, invited.id)
        # its print worker: claims, prints and records its printer's state
        from printers.factory import make_printers

        printers = make_printers({"badge": {"type": "file", "path": str(tmp_path / "badges.bin")}})
        assert mark_in_doubt(kiosk, "kiosk-1") == 0
        printed = [print_next(kiosk, "kiosk-1", printers, "badge") for _ in range(4)]
        assert all(p is not None and p.state == "done" for p in printed), printed
        assert next_due_in(kiosk, "kiosk-1") is None
        status = printers["badge"].status()
        assert record_status(kiosk, "kiosk-1", "badge", status) is True
        feed = open_feed(kiosk.engine)
        try:
            with kiosk.write() as s:
                record(s, "visit", walk.id)
            assert feed.wait(5)
        finally:
            feed.close()
    finally:
        kiosk.close()
    with owner.read() as s:  # all written, and the alert carries the entry's reason the kiosk never read
        alert = s.scalars(select(db.SecurityAlert).order_by(db.SecurityAlert.id.desc())).first()
        alert = s.scalars(select(db.SecurityAlert).where(db.SecurityAlert.kind == "watchlist")
                          .order_by(db.SecurityAlert.id.desc())).first()
        assert (alert.subject, alert.reason) == ("黑 名 单", "曾闹事")
        assert s.get(db.KioskThrottle, "kiosk-1") is not None
        assert s.get(db.Visit, walk.id).state == "checked_out" and len(group) == 2
        assert s.scalar(text("SELECT count(*) FROM visit WHERE visitor_id IN (SELECT id FROM visitor "
                             "WHERE name = '黑 名 单' OR name = '黑名单')")) == 0


@pytest.mark.parametrize("role", ["desk", "gate"])
def test_a_console_role_reads_the_days_and_past_visits_but_cannot_rewrite_the_audit_log(site, role):
    url, owner, _out = site
    with owner.read() as s:
        everyone = s.scalar(text("SELECT count(*) FROM visit"))
    with psycopg.connect(libpq(as_role(url, role))) as conn:
        assert conn.execute("SELECT count(*) FROM visit").fetchone()[0] == everyone
        assert conn.execute("SELECT count(*) FROM watchlist_entry").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] > 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM audit_log")


def run_setup(path: Path, url: str, *extra: str, env: dict | None = None) -> subprocess.CompletedProcess:
    args = ["setup", "--role", "kiosk", "--station", "lobby-1", "--database", libpq(url), "--printer", "dummy",
            "--config", str(path), "--yes", *extra]
    environ = {k: v for k, v in os.environ.items() if not k.startswith("RECEPTION_")}
    return subprocess.run([sys.executable, "-m", "reception", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env={**environ, "RECEPTION_DATA_DIR": str(path.parent), **(env or {})})


def test_setting_up_a_kiosk_writes_the_kiosk_roles_url(site, tmp_path):
    from shared import config

    url, _owner, _out = site
    path = tmp_path / "station.toml"
    refused = run_setup(path, url)  # the site has roles: the owner's URL is not what a kiosk keeps
    assert refused.returncode == 2 and "--db-role-password" in refused.stderr and not path.exists()
    for extra, env in ((["--db-role-password", PASSWORDS["kiosk"]], None),
                       ([], {"RECEPTION_DB_PASSWORD_KIOSK": PASSWORDS["kiosk"]})):
        done = run_setup(path, url, *extra, env=env)
        assert done.returncode == 0, done.stderr
        written = config.load(path).database_url
        assert written.startswith("postgresql://reception_kiosk:") and "postgres@" not in written
        path.unlink()
    assert run_setup(path, as_role(url, "kiosk")).returncode == 0  # already the role's URL: kept
    assert config.load(path).database_url == libpq(as_role(url, "kiosk"))


def test_a_site_without_roles_keeps_the_given_url_and_says_how_to_get_one(postgres_server, tmp_path):
    from shared import config

    url = postgres_server.create_database()
    done = run_setup(tmp_path / "station.toml", url)
    assert done.returncode == 0, done.stderr
    assert config.load(tmp_path / "station.toml").database_url == libpq(url)
    assert "reception db roles" in done.stdout


def test_a_clinic_kiosk_and_the_treatment_room_work_under_their_roles(site):
    """A clinic's kiosk reads the doctors' states and calls for the ticket's estimate; the doctor's own page
    (the web role) sets their status and calls their next patient in."""
    from shared.domain.clinic import DoctorStatus
    from shared.services.clinic.desk import set_doctor_status
    from shared.services.clinic.room import call_my_next, my_room, set_my_status
    from shared.services.site.settings import update_settings

    url, owner, _out = site
    update_settings(owner, ADMIN, profile="clinic")
    host = search_hosts(owner, "zhang")[0]
    set_doctor_status(owner, ADMIN, host.id, DoctorStatus.FREE, room="3号诊室")
    kiosk, web = open_store(as_role(url, "kiosk")), open_store(as_role(url, "web"))
    try:
        patient = checkin.check_in_walk_in(kiosk, KIOSK, WalkIn("钱七", "13800138001", "", host.id,
                                                               patient_kind="first_visit", referral="网络搜索"),
                                           "badge", Consent(True, False)).value
        doctor = Actor("web", f"host {host.name}", "host")
        assert set_my_status(web, doctor, host.id, "preparing").value == DoctorStatus.PREPARING
        assert [t for t, _n, _w in my_room(web, doctor, host.id).waiting] == ["B001"]
        assert call_my_next(web, doctor, host.id).value.ticket == "B001"
    finally:
        kiosk.close()
        web.close()
    with owner.read() as s:
        assert s.get(db.Visit, patient.id).state == "with_host"
        assert [j.kind for j in s.scalars(select(db.PrintJob).where(db.PrintJob.visit_id == patient.id))] == [
            "queue_ticket"]
