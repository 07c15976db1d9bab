"""One station of a multi-station site, in its own process, for tests:

    python -m tests.support.station ROLE CONFIG [COUNT]

ROLE is kiosk, desk or gate; CONFIG the station's own TOML file (shared.config). The station prints
"ready" once it listens, starts its work when a line "go" arrives on stdin, and stops at "stop"
(or at the end of stdin). What it does is reported on stdout, one event a line:

  kiosk: runs its print worker on its configured printers; on "go" checks COUNT walk-ins in
         ("committed VISIT_ID UNIX_TIME" after each commit), then "checked-in";
         "printed JOB_ID VISIT_ID STATE" for each job its worker finished.
  desk:  the real console window (offscreen), signed in, delivering notifications as the desk does;
         "seen VISIT_ID UNIX_TIME" when a visit enters the desk's list, "sent NOTIFICATION_ID" for
         each notification this desk delivered, "station NAME HEALTH 'PRINTER' UNIX_TIME" when a station's
         line in its stations list changes.
  gate:  a security guard's station: on "go" registers COUNT people at the gate, printing their
         passes on its own printer; it also runs a notification worker, woken by the change feed.
"""
from __future__ import annotations

import random
import sys
import threading
import time
from pathlib import Path

from shared import config as station_config
from shared.domain.model import Actor, WalkIn
from shared.store.engine import open_store

_out_lock = threading.Lock()


def say(*parts) -> None:
    with _out_lock:
        print(*parts, flush=True)


def _stdin_commands(on_go, stopped: threading.Event) -> threading.Thread:
    def read() -> None:
        for line in sys.stdin:
            word = line.strip()
            if word == "go":
                threading.Thread(target=on_go, daemon=True).start()
            elif word == "stop":
                break
        stopped.set()

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    return thread


def _host_ids(store) -> list[int]:
    from sqlalchemy import select

    from shared.store import models as db

    with store.read() as s:
        return list(s.scalars(select(db.Host.id).where(db.Host.active).order_by(db.Host.id)))


def kiosk(cfg, count: int) -> None:
    from printers.factory import make_printers
    from shared.services.printing.queue import Worker
    from shared.services.checkin import check_in_walk_in

    store = open_store(cfg.database_url)
    worker = Worker(store, cfg.station, make_printers(cfg.printers), cfg.badge_printer,
                    on_job=lambda job: say("printed", job.id, job.visit_id, job.state))
    worker.STATUS_EVERY_S = 3600  # only badges reach the printer
    printing = threading.Thread(target=worker.run, daemon=True)
    printing.start()
    actor, hosts = Actor(cfg.station), _host_ids(store)

    def go() -> None:
        for i in range(count):
            walk_in = WalkIn(f"{cfg.station}访客{i}", "13800138000", "华为", hosts[i % len(hosts)])
            visit = check_in_walk_in(store, actor, walk_in, cfg.badge_printer).value
            say("committed", visit.id, repr(time.time()))
            worker.wake()  # as the kiosk does after its own check-in
            time.sleep(random.uniform(0.04, 0.1))  # two busy kiosks: about a dozen check-ins a second between them
        say("checked-in")

    stopped = threading.Event()
    _stdin_commands(go, stopped)
    say("ready")
    stopped.wait()
    worker.stop()
    printing.join(10)
    store.close()


def gate(cfg, count: int) -> None:
    from printers.factory import make_printers
    from shared.services.security.gate import register_at_gate
    from shared.services.notifications import NotifyWorker
    from shared.services.printing.queue import Worker
    from shared.store.feed import open_feed

    store = open_store(cfg.database_url)
    guard = Actor(cfg.station, "老王", "security")
    printer = Worker(store, cfg.station, make_printers(cfg.printers), cfg.badge_printer,
                     on_job=lambda job: say("printed", job.id, job.visit_id, job.state))
    printer.STATUS_EVERY_S = 3600
    notifier = NotifyWorker(store, cfg.station, on_notification=lambda v: say("sent", v.id, v.state))
    feed = open_feed(store.engine)
    stopped = threading.Event()

    def wake_on_changes() -> None:  # what the gate's ChangeBus does: tell the workers at once
        while not stopped.is_set():
            entities = {c.entity for c in feed.wait(0.25)}
            if "notification" in entities:
                notifier.wake()
            if "print_job" in entities:
                printer.wake()

    threads = [threading.Thread(target=t, daemon=True) for t in (printer.run, notifier.run, wake_on_changes)]
    for thread in threads:
        thread.start()
    hosts = _host_ids(store)

    def go() -> None:
        for i in range(count):
            entry = register_at_gate(store, guard, person_name=f"司机{i}", company="顺丰速运",
                                     host_id=hosts[i % len(hosts)], plate="粤B12345",
                                     printer=cfg.badge_printer).value
            say("registered", entry.id)
            printer.wake()
            time.sleep(random.uniform(0.05, 0.2))
        say("registered-all")

    _stdin_commands(go, stopped)
    say("ready")
    stopped.wait()
    printer.stop()
    notifier.stop()
    for thread in threads:
        thread.join(10)
    feed.close()
    store.close()


def desk(cfg) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from console.app import build_console
    from shared.qt.feed import ChangeBus
    from shared.qt.i18n import Translations
    from shared.services.directory.operators import OperatorView, Role

    app = QApplication(sys.argv[:1])
    translations = Translations(["shared", "console"])
    translations.switch(cfg.language)
    store = open_store(cfg.database_url)
    bus = ChangeBus(store.engine)
    bus.start()
    window = build_console(cfg, store, translations, bus, notify=True,
                           operator=OperatorView(0, "amy", Role.RECEPTIONIST))
    window.notify_worker.loop.on_notification = lambda v: say("sent", v.id, v.state)
    model = window.model

    def inserted(_parent, first: int, last: int) -> None:
        now = time.time()
        for row in range(first, last + 1):
            say("seen", model.visit_at(row).id, repr(now))

    model.rowsInserted.connect(inserted)
    health: dict[str, str] = {}

    def stations_seen() -> None:  # the stations list, as this console shows it
        for row in window.stations_view.rows:
            if health.get(row.station) != (row.health, row.printer):
                health[row.station] = (row.health, row.printer)
                say("station", row.station, row.health, repr(row.printer), repr(time.time()))

    window.stations_view.timer.timeout.connect(stations_seen)
    window.resize(1280, 800)
    window.show()
    stopped = threading.Event()
    _stdin_commands(lambda: None, stopped)
    poll = QTimer(interval=50, timeout=lambda: app.quit() if stopped.is_set() else None)
    poll.start()
    say("ready")
    app.exec()
    window.close()
    bus.stop()
    store.close()


def main(role: str, path: str, count: str = "0") -> None:
    cfg = station_config.load(Path(path))
    if role == "kiosk":
        kiosk(cfg, int(count))
    elif role == "gate":
        gate(cfg, int(count))
    elif role == "desk":
        desk(cfg)
    else:
        raise SystemExit(f"unknown role {role!r}")
    say("bye")


if __name__ == "__main__":
    main(*sys.argv[1:4])
