"""The loop every outbox worker runs (the print queue, the notification outbox), Qt-free.

A worker takes one due row per step, in its own transactions, and otherwise sleeps until woken
(wake() after a write that queued something), until its next row is due, or IDLE_WAKE_S. A failing
step (a locked or restarted database) pauses ERROR_PAUSE_S and tries again: the rows are safe in
the database, so the loop never dies of it. shared.qt.background runs one on a QThread.
"""
from __future__ import annotations

import logging
import threading


def retry_delay(backoff: tuple[float, ...], attempts: int) -> float:
    """The wait after attempt number `attempts` (1, 2, ...): the schedule's last step repeats;
    no schedule, no wait."""
    return backoff[min(attempts, len(backoff)) - 1] if backoff else 0


class WorkerLoop:
    """run() loops until stop(): step() does one unit of work or calls idle()."""

    IDLE_WAKE_S = 1.0
    ERROR_PAUSE_S = 2.0
    what = "worker"  # names the worker in the log

    def __init__(self) -> None:
        self._wake = threading.Event()
        self._stop = threading.Event()

    def wake(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()

    def run(self) -> None:
        self._starting()
        while not self._stop.is_set():
            try:
                self._step()
            except Exception:  # a locked or restarted database: the rows are safe, try again soon
                logging.getLogger(type(self).__module__).exception("%s: database error, retrying", self.what)
                self._stop.wait(self.ERROR_PAUSE_S)
        self._stopping()

    def _starting(self) -> None:
        """Before the first step, outside the error handling."""

    def _stopping(self) -> None:
        """After the last step."""

    def _step(self) -> None:
        raise NotImplementedError

    def _idle(self, due_in: float | None) -> None:
        """Sleep until woken, until the next row is due (seconds, None: none queued), or IDLE_WAKE_S."""
        self._wake.wait(self.IDLE_WAKE_S if due_in is None else min(due_in, self.IDLE_WAKE_S))
        self._wake.clear()
