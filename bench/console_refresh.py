"""A change committed in another process (a kiosk checking in, another desk moving a visit) to the
console's model showing it, on a site with 500 visits on site today and 100,000 in its history
(one SQLite file, the default single-machine site). Also the console's cold start on that history.

`python -m bench.console_refresh` runs only this figure."""
from __future__ import annotations

import math
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from shared.store.engine import open_store

from bench.refresh_site import PIN, RECEPTIONIST, build_site
from bench.stats import median, percentile

SAMPLES = 200
STARTS = 3
ROOT = Path(__file__).resolve().parent.parent


# --- the other process: a kiosk checking visitors in, another desk moving visits on ---------------

# Prints "visit_id state commit_time" after each commit, the time stamped as the commit began. A visit is
# not touched again for a while, so each of its states is committed (and can be seen) on its own rather
# than merged into the next.
WRITER = r'''
import random, sys, time
from sqlalchemy import select
from shared.domain.model import Actor, Consent, WalkIn
from shared.services import checkin
from shared.services.desk import flow
from shared.services.desk.queries import todays_visits
from shared.services.desk.rooms import room_tidied
from shared.store import models as db
from shared.store.engine import open_store

from sqlalchemy import event
from sqlalchemy.orm import Session
store = open_store(sys.argv[1], migrate=False)
samples, rng = int(sys.argv[2]), random.Random(int(sys.argv[3]))
began = [0.0]
event.listen(Session, "before_commit", lambda _s: began.__setitem__(0, time.time()))
kiosk, desk = Actor("kiosk-2"), Actor("desk-2", "reception", "receptionist")
with store.read() as s:
    hosts = s.scalars(select(db.Host.id).where(db.Host.active)).all()
state = {v.id: str(v.state) for v in todays_visits(store, actor=desk)}
recent = []

def free_room():
    with store.read() as s:
        rooms = {r.state: r.id for r in s.scalars(select(db.ReceptionRoom))}
    if "free" not in rooms and "tidying" in rooms:
        room_tidied(store, desk, rooms["tidying"])
        return rooms["tidying"]
    return rooms.get("free")

MOVES = {"host_notified": [flow.host_ready, flow.visitor_must_wait, flow.host_absent_visitor_waits, flow.host_declines],
         "waiting": [flow.host_arrives, flow.host_arrives, flow.visitor_leaves],
         "with_host": [flow.escort_out, flow.back_to_desk], "at_desk": [flow.see_out]}
for i in range(samples):
    movable = [v for v, st in state.items() if st in MOVES and v not in recent]
    if rng.random() < 0.35 or not movable:
        walk_in = WalkIn(f"访客{i}", "13800138000", "Bench Co.", rng.choice(hosts), purpose="会议 Meeting")
        visit = checkin.check_in_walk_in(store, kiosk, walk_in, "badge", Consent(privacy=True)).value
    else:
        vid = rng.choice(movable)
        move = rng.choice(MOVES[state[vid]])
        if move in (flow.visitor_must_wait, flow.host_absent_visitor_waits):
            visit = move(store, desk, vid, room_id=free_room() if rng.random() < 0.5 else None).value
        elif move is flow.visitor_leaves:
            visit = move(store, desk, vid, message="请回电").value
        else:
            visit = move(store, desk, vid).value
    print(visit.id, visit.state, began[0], flush=True)
    state[visit.id] = str(visit.state)
    recent = (recent + [visit.id])[-10:]
    time.sleep(rng.uniform(0.03, 0.08))
'''


@dataclass
class Measurement:
    latencies_ms: list[float]
    start_ms: list[float]
    rows_at_start: int  # visits the live window listed when it opened
    committed: list[tuple[int, str]] = field(default_factory=list)  # (visit id, state), in commit order
    final: dict[int, str] = field(default_factory=dict)  # the model's state of each committed visit at the end


def measure(url: str, samples: int = SAMPLES, starts: int = STARTS, translations=None, seed: int = 1,
            timeout_s: float = 40) -> Measurement:
    """Open the console `starts` times (cold start, timed), then once more on a live ChangeBus while another
    process commits `samples` changes. Each latency runs from a commit to the end of the console's handling
    of the change that put the new state in its model (so every pane refreshed for it too). After `timeout_s`
    the measuring stops, and what was not shown by then has no latency."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from console.app import build_console
    from shared.config import StationConfig
    from shared.qt.appbase import make_app
    from shared.qt.feed import ChangeBus
    from shared.services.directory.operators import sign_in

    if translations is None:
        _app, translations = make_app([], "bench-console", ["console"], "zh_CN")
    cfg = StationConfig(station="desk-1", database_url=url)
    store = open_store(url, migrate=False)
    operator = sign_in(store, RECEPTIONIST, PIN)
    start_ms = []
    try:
        for _ in range(starts):
            start = time.perf_counter()
            window = build_console(cfg, store, translations, operator=operator)
            window.resize(1280, 800)
            window.show()
            QApplication.processEvents()
            window.repaint()  # the list painted, as the receptionist sees it
            start_ms.append((time.perf_counter() - start) * 1000)
            window.close()
            window.deleteLater()
            QApplication.processEvents()

        bus = ChangeBus(store.engine)
        bus.start()
        window = build_console(cfg, store, translations, bus, operator=operator)
        window.resize(1280, 800)
        window.show()
        QApplication.processEvents()
        rows_at_start = len(window.model.visits())
        seen: dict[tuple[int, str], float] = {}
        shown_now: set[tuple[int, str]] = set()

        def handled() -> None:  # the event that changed the model has been handled to its end
            now = time.time()
            for key in shown_now:
                seen.setdefault(key, now)
            shown_now.clear()

        def shown(first: int, last: int) -> None:
            model = window.model
            if not shown_now:
                QTimer.singleShot(0, handled)
            for row in range(first, min(last, model.rowCount() - 1) + 1):
                visit = model.visit_at(row)
                if (visit.id, str(visit.state)) not in seen:
                    shown_now.add((visit.id, str(visit.state)))

        # Every way a table model shows new content is one of these signals; connected last, they run
        # after the window's own slots (the sort proxy, the counts).
        window.model.dataChanged.connect(lambda tl, br, *_: shown(tl.row(), br.row()))
        window.model.rowsInserted.connect(lambda _p, first, last: shown(first, last))
        window.model.modelReset.connect(lambda: shown(0, window.model.rowCount() - 1))
        window.model.layoutChanged.connect(lambda *_: shown(0, window.model.rowCount() - 1))

        loop = QEventLoop()
        deadline = time.monotonic() + timeout_s

        def give_up_when_late(*_) -> None:  # one slow refresh after another must not run on for minutes
            if time.monotonic() > deadline:
                bus.blockSignals(True)
                loop.quit()

        bus.changed.connect(give_up_when_late)  # after the window's own handler
        with tempfile.TemporaryFile("w+") as errors:  # not a pipe: a full one would stall the writer
            proc = subprocess.Popen([sys.executable, "-c", WRITER, url, str(samples), str(seed)], cwd=ROOT,
                                    stdout=subprocess.PIPE, stderr=errors, text=True)
            out = None
            try:
                while time.monotonic() < deadline:
                    QTimer.singleShot(50, loop.quit)  # wakes to check the writer; events are served as they come
                    loop.exec()
                    if out is None and proc.poll() is not None:
                        out, _ = proc.communicate()
                        if proc.returncode != 0:
                            errors.seek(0)
                            raise RuntimeError(f"the writer failed: {errors.read()[-2000:]}")
                        expected = [(i, st) for i, st, _t in _commits(out)]
                    if out is not None and all(key in seen for key in expected):
                        break
            finally:
                bus.blockSignals(True)  # what is still queued stays unhandled: the measuring is over
                bus.stop()
            if out is None:  # too late: what the writer committed so far still counts
                proc.kill()
                out, _ = proc.communicate()
        committed = _commits(out)
        final = {}
        for visit_id, _state, _t in committed:
            row = window.model.row_of(visit_id)
            if row is not None:
                final[visit_id] = str(window.model.visit_at(row).state)
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    finally:
        store.close()
    latencies = [(seen[(i, st)] - t) * 1000 for i, st, t in committed if (i, st) in seen]
    return Measurement(latencies, start_ms, rows_at_start, [(i, st) for i, st, _t in committed], final)


def _commits(out: str) -> list[tuple[int, str, float]]:
    return [(int(a), b, float(c)) for a, b, c in (line.split() for line in out.splitlines())]


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.sqlite'}"
        build_site(url)
        result = measure(url)
    if not result.latencies_ms:
        raise RuntimeError("no committed change reached the console's list: nothing was measured")
    # A change not shown within the time allowed (or never committed in it) counts as infinitely late.
    missed = SAMPLES - len(result.latencies_ms)
    latencies = result.latencies_ms + [math.inf] * missed
    return {"console_refresh_ms_p95": percentile(latencies, 95),
            "console_refresh_ms_p50": percentile(latencies, 50),
            "console_refresh_missed": float(missed),
            "console_start_ms": median(result.start_ms)}


if __name__ == "__main__":
    for name, value in run().items():
        print(f"{name}  {value:10.2f}")
