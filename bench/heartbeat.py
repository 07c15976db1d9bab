"""A station's heartbeat write, as every kiosk, desk and display makes it every half minute: one transaction on
the site's SQLite file (synchronous=FULL), on a site with fifty stations' rows and printer states.

heartbeat_ms_p50 / _p95 over SAMPLES beats; heartbeat_statements: the SQL statements one beat sends; and
stations_list_ms_p50: the console's read of the fifty stations (it reads every 15 s)."""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

from sqlalchemy import event

from shared.domain.model import Actor, PrinterStatus
from shared.services.printing.queue import record_status
from shared.services.site.stations import beat, stations
from shared.store.engine import open_store

from bench.stats import percentile

SAMPLES, STATIONS = 300, 50


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{Path(tmp) / 'bench.sqlite'}")
        try:
            for n in range(STATIONS):
                record_status(store, f"kiosk-{n}", "badge", PrinterStatus(online=True, paper="ok"))
                beat(store, f"kiosk-{n}", "kiosk", "0.1.0")
            statements: list[int] = []
            event.listen(store.engine, "before_cursor_execute", lambda *a: statements.append(1))

            def one(i: int) -> float:
                start = time.perf_counter()
                beat(store, f"kiosk-{i % STATIONS}", "kiosk", "0.1.0")
                return (time.perf_counter() - start) * 1000

            one(0)
            statements.clear()
            one(1)
            per_beat = len(statements)
            times = [one(i) for i in range(SAMPLES)]
            desk = Actor("desk-1", "amy", "receptionist")
            reads = []
            for _ in range(50):
                start = time.perf_counter()
                stations(store, desk)
                reads.append((time.perf_counter() - start) * 1000)
        finally:
            store.close()
    return {"heartbeat_ms_p50": percentile(times, 50), "heartbeat_ms_p95": percentile(times, 95),
            "heartbeat_statements": float(per_beat), "stations_list_ms_p50": percentile(reads, 50)}
