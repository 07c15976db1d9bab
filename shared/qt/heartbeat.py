"""A station's heartbeat and its watchdog, both driven from the Qt event loop: a frozen loop stops both, so the
consoles see the station fall silent and systemd (Type=notify, WatchdogSec=) kills and restarts it.

The heartbeat's write runs on a pool thread (a busy database must not freeze the screen); the timer that starts
it is the event loop's."""
from __future__ import annotations

import logging
import os
import signal
import socket
import time

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer

from shared import __version__, logs
from shared.services.site.stations import beat, heartbeat_s
from shared.store.engine import Store

log = logging.getLogger(__name__)


class _Beat(QRunnable):
    def __init__(self, store: Store, station: str, role: str) -> None:
        super().__init__()
        self.store, self.station, self.role = store, station, role

    def run(self) -> None:
        try:
            beat(self.store, self.station, self.role, __version__, logs.last_error())
        except Exception:  # the database is away: the consoles see the silence; the log says why, once a minute
            log.warning("cannot write this station's heartbeat", exc_info=True)


class Heartbeat(QObject):
    def __init__(self, store: Store, station: str, role: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._beat = (store, station, role)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one write at a time; a slow one is not stacked behind another
        self._timer = QTimer(self, interval=int(heartbeat_s() * 1000), timeout=self.now)

    def start(self) -> None:
        self.now()
        self._timer.start()

    def now(self) -> None:
        if self._pool.activeThreadCount() == 0:
            self._pool.start(_Beat(*self._beat))

    def stop(self) -> None:
        self._timer.stop()
        self._pool.waitForDone(5000)


class Watchdog(QObject):
    """systemd's notify protocol, spoken from the event loop: READY=1 once the station is up, WATCHDOG=1 every
    half of WatchdogSec. Without NOTIFY_SOCKET (not under systemd) it does nothing."""

    def __init__(self, parent: QObject | None = None, environ=os.environ) -> None:
        super().__init__(parent)
        self._address = environ.get("NOTIFY_SOCKET", "")
        usec = environ.get("WATCHDOG_USEC", "")
        pid = environ.get("WATCHDOG_PID", "")
        # WATCHDOG_PID names the unit's main process: the kiosk itself, or cage, whose child it is.
        ours = not pid or pid in (str(os.getpid()), str(os.getppid()))
        self._interval_ms = int(int(usec) / 2000) if usec.isdigit() and ours else 0
        self._timer = QTimer(self, timeout=lambda: self._say("WATCHDOG=1"))

    def ready(self) -> None:
        if not self._address:
            return
        self._say("READY=1")
        if self._interval_ms:
            self._timer.start(max(100, self._interval_ms))

    def stop(self) -> None:
        self._timer.stop()
        self._say("STOPPING=1")

    def _say(self, message: str) -> None:
        if not self._address:
            return
        address = "\0" + self._address[1:] if self._address.startswith("@") else self._address
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
                sock.sendto(message.encode(), address)
        except OSError:
            log.warning("cannot tell systemd %s", message, exc_info=True)


def keep_alive(app, store: Store, station: str, role: str) -> tuple[Heartbeat, Watchdog]:
    """Once a station's window is up: its heartbeat to the consoles and its word to systemd, both stopped as
    the app quits."""
    heartbeat, watchdog = Heartbeat(store, station, role, app), Watchdog(app)
    heartbeat.start()
    watchdog.ready()
    if os.environ.get("RECEPTION_WATCHDOG_DRILL") == "1":
        # A drill for the watchdog: SIGUSR1 blocks the event loop for an hour, as a hang would. The process
        # lives on; only its word to systemd (and its heartbeat) stops.
        signal.signal(signal.SIGUSR1, lambda *_: time.sleep(3600))
    app.aboutToQuit.connect(heartbeat.stop)
    app.aboutToQuit.connect(watchdog.stop)
    return heartbeat, watchdog
