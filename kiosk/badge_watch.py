"""Watches the badges of one check-in, so the done page can say when they will not come out.

When is a badge "not coming"? A real printer may need longer than 2 s for a healthy badge, so
a job merely not yet done is no failure. It is one when the job is failed or in doubt, or back in
the queue after an attempt (attempts >= 1: the printer refused it, e.g. paper out, and the worker
waits to retry). The worker says so at once (finished_job); a poll every second catches what no
signal reports (a worker on another thread that is busy, or none at all), so the visitor learns it
within 2 s of the failure being recorded. A printer that hangs without answering shows as failed
once the backend's own timeout ends the attempt."""
from __future__ import annotations

import logging
from collections.abc import Iterable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from shared.services.printing.jobs import JobView, jobs_for_visit
from shared.store.engine import Store

log = logging.getLogger(__name__)

POLL_MS = 1000


def badge_failed(job: JobView) -> bool:
    return job.state in ("failed", "in_doubt") or (job.state == "queued" and job.attempts >= 1)


class BadgeWatch(QObject):
    failed = Signal()

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._visit_ids: list[int] = []
        self._job_ids: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def watch(self, visit_ids: Iterable[int]) -> None:
        self._visit_ids = list(visit_ids)
        self._job_ids = {job.id for visit_id in self._visit_ids for job in jobs_for_visit(self._store, visit_id)}
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._visit_ids, self._job_ids = [], set()

    @Slot(int, str, str)
    def on_finished_job(self, job_id: int, state: str, _reason: str) -> None:
        """The print worker's report after each attempt: anything but done means this badge failed."""
        if job_id in self._job_ids and state != "done":
            self._fail()

    def _poll(self) -> None:
        try:
            jobs = [job for visit_id in self._visit_ids for job in jobs_for_visit(self._store, visit_id)]
        except Exception:  # the database is briefly busy: the next poll will tell (the log says why)
            log.warning("cannot read the badge's print jobs", exc_info=True)
            return
        if any(badge_failed(job) for job in jobs):
            self._fail()
        elif jobs and all(job.state == "done" for job in jobs):
            self._timer.stop()

    def _fail(self) -> None:
        self.stop()
        self.failed.emit()
