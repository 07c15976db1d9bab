"""Service call to the last byte of the badge received by a loopback TCP printer."""
from __future__ import annotations

import tempfile
import threading
import time
from pathlib import Path

from printers.factory import make_printer
from shared.domain.model import Actor, WalkIn
from shared.services.demo import seed_demo
from shared.services.printing.queue import Worker
from shared.services.checkin import check_in_walk_in
from shared.store.engine import open_store
from tests.support.loopback_printer import LoopbackPrinter

from bench.stats import percentile

SAMPLES = 100  # a p95 from fewer samples is mostly noise


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp, LoopbackPrinter() as lobby:
        store = open_store(f"sqlite:///{Path(tmp) / 'bench.sqlite'}")
        seed_demo(store)
        printer = make_printer({"name": "lobby", "type": "network", "host": "127.0.0.1", "port": lobby.port})
        worker = Worker(store, "kiosk-1", {"lobby": printer}, "lobby")
        thread = threading.Thread(target=worker.run, daemon=True)
        thread.start()
        latencies = []
        for i in range(SAMPLES):
            start = time.monotonic()
            check_in_walk_in(store, Actor("kiosk-1"), WalkIn(f"欧阳娜娜{i}", "13800138000", "华为", 1), "lobby")
            worker.wake()
            if not lobby.wait_for_jobs(i + 1, timeout=30):
                raise RuntimeError("the loopback printer received no badge")
            latencies.append((lobby.job_times[i] - start) * 1000)
        worker.stop()
        thread.join(5)
        store.close()
    return {"checkin_to_badge_bytes_ms_p95": percentile(latencies, 95),
            "checkin_to_badge_bytes_ms_p50": percentile(latencies, 50)}
