"""Runs the station's print queue off the GUI thread; check-in never waits on a printer."""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal

from shared.domain.ports import BadgePrinter
from shared.services.printing.jobs import JobView
from shared.services.printing.queue import Worker
from shared.store.engine import Store

from shared.qt.background import BackgroundLoop


class PrintWorker(BackgroundLoop):
    """Prints this station's jobs. `finished_job(job_id, state, reason)` after each attempt."""

    finished_job = Signal(int, str, str)

    def __init__(self, store: Store, station: str, printers: Mapping[str, BadgePrinter], default: str,
                 parent: QObject | None = None) -> None:
        super().__init__(Worker(store, station, printers, default, on_job=self._report), parent)

    def _report(self, job: JobView) -> None:
        self.finished_job.emit(job.id, job.state, job.last_error)
