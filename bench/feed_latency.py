"""Commit in one process to the change seen in another: on one SQLite file, and on a PostgreSQL server
(LISTEN/NOTIFY) when its programs are installed (the server is started as the tests start theirs)."""
from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from shared.services.demo import seed_demo
from shared.store.engine import open_store
from shared.store.feed import open_feed

from bench.stats import percentile

SAMPLES = 100  # a p95 from fewer samples is mostly noise
ROOT = Path(__file__).resolve().parent.parent

# The other process: commit, then print the wall-clock time the commit began (stamped before it, so the
# latency holds the commit itself: a time taken after it could come later than the reader's sighting).
WRITER = r'''
import sys, time, random
from sqlalchemy import event
from sqlalchemy.orm import Session
from shared.domain.model import Actor, WalkIn
from shared.services.checkin import check_in_walk_in
from shared.store.engine import open_store
store = open_store(sys.argv[1])
began = [0.0]
event.listen(Session, "before_commit", lambda _s: began.__setitem__(0, time.time()))
for i in range(int(sys.argv[2])):
    visit = check_in_walk_in(store, Actor("kiosk-2"), WalkIn(f"访客{i}", "13800138000", "", 1), "b").value
    print(visit.id, began[0], flush=True)
    time.sleep(random.uniform(0.03, 0.08))
'''


def _measure(url: str) -> tuple[float, float]:
    """(p95, p50) in ms of commit-to-seen over SAMPLES check-ins by another process."""
    store = open_store(url)
    seed_demo(store)
    feed = open_feed(store.engine)
    seen: dict[int, float] = {}
    proc = subprocess.Popen([sys.executable, "-c", WRITER, url, str(SAMPLES)], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while len(seen) < SAMPLES and time.monotonic() < deadline:
            for change in feed.wait(0.5):
                if change.entity == "visit":
                    seen.setdefault(change.entity_id, time.time())
        out, _ = proc.communicate(timeout=60)
    finally:
        feed.close()
        store.close()
    committed = {int(a): float(b) for a, b in (line.split() for line in out.splitlines())}
    latencies = [(seen[i] - t) * 1000 for i, t in committed.items() if i in seen]
    if len(latencies) < SAMPLES:
        raise RuntimeError(f"only {len(latencies)} of {SAMPLES} changes were seen on {url.split(':')[0]}")
    return percentile(latencies, 95), percentile(latencies, 50)


def _postgresql() -> dict[str, float]:
    from tests.support.postgres import PostgresServer, find_bin_dir

    bin_dir = find_bin_dir()
    if bin_dir is None:
        print("feed_latency: no PostgreSQL server programs (pg_ctl, initdb) found; "
              "feed_latency_ms_p95_postgresql skipped", file=sys.stderr)
        return {}
    server = PostgresServer(bin_dir).start()
    try:
        p95, p50 = _measure(server.create_database())
    finally:
        server.stop()
    return {"feed_latency_ms_p95_postgresql": p95, "feed_latency_ms_p50_postgresql": p50}


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        p95, p50 = _measure(f"sqlite:///{Path(tmp) / 'bench.sqlite'}")
    return {"feed_latency_ms_p95": p95, "feed_latency_ms_p50": p50, **_postgresql()}
