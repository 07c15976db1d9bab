"""The print outbox: each station's worker prints its own jobs, exactly once."""
from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select, update

from shared.domain.documents import document_from_dict
from shared.domain.ports import BadgePrinter
from shared.store import models as db
from shared.store.engine import Store
from shared.store.feed import record
from shared.store.types import utcnow

MAX_ATTEMPTS = 3


@dataclass(frozen=True, slots=True)
class JobView:
    id: int
    visit_id: int | None
    state: str
    printer: str
    attempts: int
    last_error: str


def _view(row: db.PrintJob) -> JobView:
    return JobView(row.id, row.visit_id, row.state, row.printer, row.attempts, row.last_error)


def mark_in_doubt(store: Store, station: str) -> int:
    """At start: a job left 'printing' by a crash may have printed; a person decides, not a retry."""
    with store.write() as s:
        ids = s.scalars(select(db.PrintJob.id).where(db.PrintJob.station == station,
                                                     db.PrintJob.state == "printing")).all()
        for job_id in ids:
            s.execute(update(db.PrintJob).where(db.PrintJob.id == job_id)
                      .values(state="in_doubt", updated_at=utcnow()))
            record(s, "print_job", job_id)
        return len(ids)


def _claim(store: Store, station: str) -> tuple[int, str, dict] | None:
    with store.write() as s:
        row = s.scalars(
            select(db.PrintJob)
            .where(db.PrintJob.station == station, db.PrintJob.state == "queued")
            .order_by(db.PrintJob.id).limit(1).with_for_update(skip_locked=True)
        ).first()
        if row is None:
            return None
        row.state, row.attempts, row.updated_at = "printing", row.attempts + 1, utcnow()
        record(s, "print_job", row.id)
        return row.id, row.printer, dict(row.payload)


def _finish(store: Store, job_id: int, ok: bool, reason: str, in_doubt: bool = False) -> JobView:
    with store.write() as s:
        row = s.get(db.PrintJob, job_id, with_for_update=True)
        if ok:
            row.state, row.last_error = "done", reason  # reason: a warning such as paper near end
        elif in_doubt:
            row.state, row.last_error = "in_doubt", reason
        else:
            row.state = "queued" if row.attempts < MAX_ATTEMPTS else "failed"
            row.last_error = reason
        row.updated_at = utcnow()
        record(s, "print_job", row.id)
        return _view(row)


def print_next(store: Store, station: str, printers: Mapping[str, BadgePrinter], default: str) -> JobView | None:
    """Print one queued job of this station; None when there is nothing to do."""
    claimed = _claim(store, station)
    if claimed is None:
        return None
    job_id, printer_name, payload = claimed
    printer = printers.get(printer_name or default)
    if printer is None:
        return _finish(store, job_id, False, f"no printer named {printer_name!r} at this station")
    try:
        outcome = printer.print_document(document_from_dict(payload))
    except Exception as exc:  # a backend bug must not leave the job stuck in 'printing'
        return _finish(store, job_id, False, f"{type(exc).__name__}: {exc}")
    return _finish(store, job_id, outcome.ok, outcome.reason, outcome.in_doubt)


def jobs_for_visit(store: Store, visit_id: int) -> list[JobView]:
    with store.read() as s:
        rows = s.scalars(select(db.PrintJob).where(db.PrintJob.visit_id == visit_id)
                         .order_by(db.PrintJob.id)).all()
        return [_view(r) for r in rows]


class Worker:
    """The station's print loop, Qt-free: prints until the queue is empty, then sleeps until woken."""

    IDLE_WAKE_S = 1.0
    RETRY_PAUSE_S = 2.0

    def __init__(self, store: Store, station: str, printers: Mapping[str, BadgePrinter], default: str,
                 on_job=None) -> None:
        self.store, self.station = store, station
        self.printers, self.default = dict(printers), default
        self.on_job = on_job or (lambda job: None)
        self._wake = threading.Event()
        self._stop = threading.Event()

    def wake(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()

    def run(self) -> None:
        mark_in_doubt(self.store, self.station)
        while not self._stop.is_set():
            job = print_next(self.store, self.station, self.printers, self.default)
            if job is not None:
                self.on_job(job)
                if job.state != "done":
                    self._wake.wait(self.RETRY_PAUSE_S)
                continue
            self._wake.wait(self.IDLE_WAKE_S)
            self._wake.clear()
