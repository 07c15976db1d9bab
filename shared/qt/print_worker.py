"""Runs the station's print queue off the GUI thread; check-in never waits on a printer."""
from __future__ import annotations

import threading
from collections.abc import Mapping

from PySide6.QtCore import QObject, QThread, Signal

from shared.domain.ports import BadgePrinter
from shared.services import print_queue
from shared.store.engine import Store

IDLE_WAKE_S = 1.0
RETRY_PAUSE_S = 2.0


class PrintWorker(QThread):
    """Prints this station's jobs. `finished_job(job_id, state, reason)` after each attempt."""

    finished_job = Signal(int, str, str)

    def __init__(self, store: Store, station: str, printers: Mapping[str, BadgePrinter], default: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store, self._station = store, station
        self._printers, self._default = dict(printers), default
        self._wake = threading.Event()

    def wake(self) -> None:
        """Call when a job may have been queued (after a check-in, or a feed change)."""
        self._wake.set()

    def stop(self) -> None:
        self.requestInterruption()
        self._wake.set()
        self.wait(5000)

    def run(self) -> None:
        print_queue.mark_in_doubt(self._store, self._station)
        while not self.isInterruptionRequested():
            job = print_queue.print_next(self._store, self._station, self._printers, self._default)
            if job is not None:
                self.finished_job.emit(job.id, job.state, job.last_error)
                if job.state != "done":
                    self._wake.wait(RETRY_PAUSE_S)
                continue
            self._wake.wait(IDLE_WAKE_S)
            self._wake.clear()
