"""Two real processes on one database: the feed carries another process's commits, and
concurrent writers on one SQLite file queue instead of failing."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from shared.changes import Change
from shared.store import models as db
from shared.store.engine import open_store
from shared.store.feed import SqliteFeed, open_feed

ROOT = Path(__file__).resolve().parents[2]


def writer(url: str, n: int, prefix: str, station: str = "kiosk-2") -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tests.support.writer", url, str(n), prefix, station],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def collect(feed, until, timeout: float = 10.0) -> list[Change]:
    seen: list[Change] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not until(seen):
        seen += feed.wait(0.2)
    return seen


def test_feed_carries_another_process_commits(seeded, db_url):
    feed = open_feed(seeded.engine)
    try:
        proc = writer(db_url, 3, "远程访客")
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        ids = {int(x) for x in out.split()}
        seen = collect(feed, lambda s: ids <= {c.entity_id for c in s if c.entity == "visit"})
    finally:
        feed.close()
    assert ids <= {c.entity_id for c in seen if c.entity == "visit"}
    assert {"visit", "print_job", "notification"} <= {c.entity for c in seen}


def test_feed_is_quiet_without_commits(seeded):
    feed = open_feed(seeded.engine)
    try:
        assert feed.wait(0.3) == []
    finally:
        feed.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="inotify is Linux's; elsewhere the feed polls")
def test_the_sqlite_feed_wakes_on_another_process_commit_not_on_its_poll(seeded, db_url):
    """A poll of 30 s: a commit reaches the reader at once only because the write to the database's
    files woke it (the desk sees a kiosk's check-in in milliseconds, not a poll later)."""
    if seeded.dialect != "sqlite":
        pytest.skip("PostgreSQL's feed is LISTEN/NOTIFY")
    feed = SqliteFeed(seeded.engine, poll_s=30.0)
    try:
        proc = writer(db_url, 1, "唤醒访客")
        start = time.monotonic()
        seen = []
        while not any(c.entity == "visit" for c in seen) and time.monotonic() - start < 20:
            seen += feed.wait(20)
        elapsed = time.monotonic() - start
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
    finally:
        feed.close()
    assert {int(x) for x in out.split()} <= {c.entity_id for c in seen if c.entity == "visit"}
    assert elapsed < 15, elapsed  # the writer's own start takes seconds; a missed wake waits the 30 s poll


def test_two_writers_on_one_sqlite_file_both_succeed(tmp_path):
    url = f"sqlite:///{tmp_path / 'shared.sqlite'}"
    from shared.services.demo import seed_demo

    store = open_store(url)
    seed_demo(store)
    procs = [writer(url, 40, "甲", "kiosk-a"), writer(url, 40, "乙", "kiosk-b")]
    for p in procs:
        _out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err  # no "database is locked"
    with store.read() as s:
        assert s.scalar(select(func.count(db.Visit.id))) == 80
        assert s.scalar(select(func.count(db.PrintJob.id))) == 80
        assert len(set(s.scalars(select(db.Visit.visit_no)))) == 80
    store.close()
