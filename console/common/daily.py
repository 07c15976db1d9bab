"""The desk's day: at start and on each new day the site's housekeeping runs, and the lists start again."""
from __future__ import annotations

import threading
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from shared.services.site import housekeeping
from shared.store.engine import Store

DAY_CHECK_MS = 60_000


class DeskDay(QObject):
    """The desk may run for days: a minute's check notices midnight and says `new_day`."""

    new_day = Signal()

    def __init__(self, store: Store, station: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._station = station
        self.day = date.today()
        self.purge_thread: threading.Thread | None = None
        self._timer = QTimer(self, interval=DAY_CHECK_MS, timeout=self.new_day_if_due)

    def start(self) -> None:
        self._timer.start()
        self.run_housekeeping()

    def new_day_if_due(self) -> None:
        if date.today() != self.day:
            self.day = date.today()
            self.run_housekeeping()
            self.new_day.emit()

    def run_housekeeping(self) -> None:
        """Earlier days' no-shows now; the retention purge on its own thread, as it waits for the WAL
        checkpoint (SQLite) or vacuums (PostgreSQL) and the desk must not stall meanwhile."""
        system = housekeeping.site_actor(self._station)
        housekeeping.mark_earlier_no_shows(self._store, system, self.day)
        self.purge_thread = threading.Thread(target=housekeeping.purge_personal_data, args=(self._store, system),
                                             name="retention", daemon=True)
        self.purge_thread.start()

    def finish(self) -> None:
        if self.purge_thread is not None:
            self.purge_thread.join(timeout=30)  # a purge half-way is safe, but let it finish its commit
