"""`reception housekeeping`, run as the real program on a SQLite file no console has open: the site still
forgets on time and closes earlier days' expected visits."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from shared.domain.model import Actor, WalkIn
from shared.services.checkin import check_in_walk_in, create_appointment
from shared.services.desk.expected import expected_visits
from shared.services.desk.flow import check_out
from shared.services.site.audit import audit_entries
from shared.store import models as db
from shared.store.engine import open_store
from tests.support.actors import STAFF

ROOT = Path(__file__).resolve().parents[2]
KIOSK = Actor("kiosk-1")


def test_housekeeping_purges_and_marks_no_shows_without_a_console(tmp_path):
    url = f"sqlite:///{tmp_path / 'site.sqlite'}"
    yesterday = date.today() - timedelta(days=1)
    store = open_store(url)
    with store.write() as s:
        s.add(db.Host(id=1, name="张三", name_en="Zhang San", email="zhang.san@example.com"))
    old = check_in_walk_in(store, KIOSK, WalkIn("王小明", "13800138000", "示例公司", 1), "badge").value
    check_out(store, STAFF, old.id)
    with store.write() as s:
        s.get(db.Visit, old.id).visit_date = date.today() - timedelta(days=120)
    create_appointment(store, STAFF, "昨天没来", "13800138001", "", 1, yesterday)
    store.close()
    cfg = tmp_path / "station.toml"
    cfg.write_text(f'station = "desk-1"\ndatabase_url = "{url}"\n', encoding="utf-8")

    env = {**os.environ, "RECEPTION_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "reception", "--config", str(cfg), "housekeeping"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)

    assert done.returncode == 0, done.stderr
    assert "no-shows: 1 " in done.stdout and "retention purge:" in done.stdout and "1 visits" in done.stdout
    store = open_store(url)
    try:
        with store.read() as s:
            visit = s.get(db.Visit, old.id)
            assert (visit.visitor.name, visit.visitor.mobile) == ("", "")
        assert [a.state for a in expected_visits(store, STAFF, yesterday)] == ["no_show"]
        (entry,) = audit_entries(store, STAFF, "purge")
        assert (entry.station, entry.operator) == ("desk-1", "system")
    finally:
        store.close()
