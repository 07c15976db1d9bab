"""The print outbox: each station's worker prints its own jobs, exactly once.

A job is claimed ('printing') in one transaction and finished in another. A crash between the two
leaves it 'printing': at the next start it becomes 'in_doubt' and a person decides. Failures that
sent nothing are retried with backoff; after the last retry the job is 'failed' and consoles alert.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Mapping
from datetime import timedelta

from sqlalchemy import or_, select

from shared.domain.evacuation import printable_from_dict
from shared.domain.model import PrinterStatus, PrintOutcome
from shared.domain.ports import Printer
from shared.store import models as db
from shared.store.engine import Store
from shared.store.feed import record
from shared.store.types import utcnow

from shared.services.common.worker import WorkerLoop, retry_delay
from shared.services.printing.jobs import JobView, job_view
from shared.services.common.boundary import guard_module

MAX_ATTEMPTS = 5
BACKOFF_S = (2, 5, 15, 30)  # wait after attempt 1, 2, 3, 4


def mark_in_doubt(store: Store, station: str) -> int:
    """At start: a job left 'printing' by a crash may have printed; a person decides, not a retry."""
    with store.write() as s:
        rows = s.scalars(select(db.PrintJob).where(db.PrintJob.station == station,
                                                   db.PrintJob.state == "printing")).all()
        for row in rows:
            row.state, row.updated_at = "in_doubt", utcnow()
            row.last_error = "the station stopped while printing; the badge may or may not have printed"
            record(s, "print_job", row.id)
        return len(rows)


def _claim(store: Store, station: str) -> tuple[int, str, dict] | None:
    now = utcnow()
    with store.write() as s:
        row = s.scalars(
            select(db.PrintJob)
            .where(db.PrintJob.station == station, db.PrintJob.state == "queued",
                   or_(db.PrintJob.not_before.is_(None), db.PrintJob.not_before <= now))
            .order_by(db.PrintJob.id).limit(1).with_for_update(skip_locked=True)
        ).first()
        if row is None:
            return None
        row.state, row.attempts, row.updated_at = "printing", row.attempts + 1, now
        record(s, "print_job", row.id)
        return row.id, row.printer, dict(row.payload)


def _finish(store: Store, job_id: int, outcome: PrintOutcome, backoff: tuple[float, ...]) -> JobView:
    now = utcnow()
    with store.write() as s:
        row = s.get(db.PrintJob, job_id, with_for_update=True)
        row.updated_at, row.not_before = now, None
        if outcome.ok:
            row.state, row.last_error, row.printed_at = "done", outcome.reason, now  # reason: a warning
        elif outcome.in_doubt:
            row.state, row.last_error = "in_doubt", outcome.reason
        elif row.attempts < MAX_ATTEMPTS:
            row.state, row.last_error = "queued", outcome.reason
            row.not_before = now + timedelta(seconds=retry_delay(backoff, row.attempts))
        else:
            row.state, row.last_error = "failed", outcome.reason
        record(s, "print_job", row.id)
        return job_view(row)


def print_next(store: Store, station: str, printers: Mapping[str, Printer], default: str,
               backoff: tuple[float, ...] = BACKOFF_S) -> JobView | None:
    """Print one due job of this station; None when there is nothing to do now."""
    claimed = _claim(store, station)
    if claimed is None:
        return None
    job_id, printer_name, payload = claimed
    printer = printers.get(printer_name or default)
    if printer is None:
        outcome = PrintOutcome(False, f"no printer named {printer_name!r} at this station")
    else:
        try:
            outcome = printer.print_document(printable_from_dict(payload))
        except Exception as exc:  # a backend bug: bytes may have gone out, so a person decides
            outcome = PrintOutcome(False, f"{type(exc).__name__}: {exc}", in_doubt=True)
    return _finish(store, job_id, outcome, backoff)


def next_due_in(store: Store, station: str) -> float | None:
    """Seconds until this station's next queued job is due (0 if now), None if none is queued."""
    with store.read() as s:
        due = s.scalars(select(db.PrintJob.not_before)
                        .where(db.PrintJob.station == station, db.PrintJob.state == "queued")
                        .order_by(db.PrintJob.not_before.is_not(None), db.PrintJob.not_before)
                        .limit(1)).all()
    if not due:
        return None
    return 0.0 if due[0] is None else max(0.0, (due[0] - utcnow()).total_seconds())


def record_status(store: Store, station: str, printer: str, status: PrinterStatus) -> bool:
    """Keep what the printer said, for every console; True when it changed."""
    with store.write() as s:
        row = s.scalars(select(db.PrinterState).where(db.PrinterState.station == station,
                                                      db.PrinterState.printer == printer)).first()
        if row is None:
            row = db.PrinterState(station=station, printer=printer)
            s.add(row)
        elif (row.online, row.paper, row.detail) == (status.online, status.paper, status.detail):
            return False
        row.online, row.paper, row.detail, row.updated_at = status.online, status.paper, status.detail, utcnow()
        s.flush()
        record(s, "printer", row.id)
        return True


class Worker(WorkerLoop):
    """The station's print loop, Qt-free: prints what is due, then sleeps until woken or due."""

    STATUS_EVERY_S = 30.0
    WARM_AFTER_S = 1.0  # printers load their libraries then: after the station's first screen, before a visitor
    what = "print worker"

    def __init__(self, store: Store, station: str, printers: Mapping[str, Printer], default: str,
                 on_job=None, backoff: tuple[float, ...] = BACKOFF_S) -> None:
        super().__init__()
        self.store, self.station = store, station
        self.printers, self.default = dict(printers), default
        self.on_job = on_job or (lambda job: None)
        self.backoff = backoff
        self.warmed = threading.Event()  # the printers' libraries are loaded (WARM_AFTER_S after start)

    def check_printers(self) -> None:
        for name, printer in self.printers.items():
            try:
                status = printer.status()
            except Exception as exc:  # a backend bug: say so rather than stop printing
                status = PrinterStatus(online=None, paper="unknown", detail=f"{type(exc).__name__}: {exc}")
            record_status(self.store, self.station, name, status)

    def _starting(self) -> None:
        self._last_status = float("-inf")
        self._in_doubt_marked = False
        self._warm_at = time.monotonic() + self.WARM_AFTER_S

    def _step(self) -> None:
        if not self._in_doubt_marked:  # once per run, retried like any step while the database is away
            mark_in_doubt(self.store, self.station)
            self._in_doubt_marked = True
        if self._warm_at is not None and time.monotonic() >= self._warm_at:
            self._warm_at = None
            for printer in self.printers.values():
                getattr(printer, "warm", lambda: None)()  # a printer without it needs nothing loaded
            self.warmed.set()
        job = print_next(self.store, self.station, self.printers, self.default, self.backoff)
        if job is not None:
            self.on_job(job)
            if job.state != "done":
                self.check_printers()  # tell the consoles why, now
                self._last_status = time.monotonic()
            return
        if time.monotonic() - self._last_status >= self.STATUS_EVERY_S:
            self.check_printers()
            self._last_status = time.monotonic()
        self._idle(next_due_in(self.store, self.station))


guard_module(globals())
