"""Delivering the outbox: one notification at a time (deliver_next), or a NotifyWorker looping on
any number of stations over the same database. Claim, send and record are separate steps so the
network I/O never holds a transaction."""
from __future__ import annotations

import logging
import os
import secrets

from shared.notify.channels import DeliveryError
from shared.notify.settings import NotifySettings
from shared.services.common.worker import WorkerLoop
from shared.store.engine import Store

from shared.services.notifications.outbox import BACKOFF_S, _claim, _finish, next_due_in
from shared.services.notifications.sending import _Claim, _send
from shared.services.notifications.views import NotificationView
from shared.services.common.boundary import guard_module

log = logging.getLogger(__name__)


def deliver_next(store: Store, owner: str, settings: NotifySettings | None = None,
                 backoff: tuple[float, ...] = BACKOFF_S, lease_s: float | None = None) -> NotificationView | None:
    """Deliver one due notification: claim it under a lease, send it outside any transaction,
    record the outcome. None when nothing is due. settings: None reads the site's (every time).
    owner: unique per running worker (see make_owner)."""
    claimed = _claim(store, owner, settings, lease_s)
    if claimed is None or isinstance(claimed, NotificationView):
        return claimed
    return _finish(store, claimed, _send(claimed), backoff)


def make_owner(station: str) -> str:
    """A lease owner unique to this running worker: station, process and a random part."""
    return f"{station}/{os.getpid()}/{secrets.token_hex(4)}"[:80]


class NotifyWorker(WorkerLoop):
    """Delivers notifications, Qt-free: any number of stations may run one on the same database.

    run() loops until stop(): delivers what is due, else sleeps until woken (wake() after a
    check-in), the next retry, or IDLE_WAKE_S. A database error pauses and tries again."""

    what = "notify worker"

    def __init__(self, store: Store, station: str, settings: NotifySettings | None = None,
                 on_notification=None, backoff: tuple[float, ...] = BACKOFF_S,
                 lease_s: float | None = None) -> None:
        super().__init__()
        self.store, self.station = store, station
        self.owner = make_owner(station)
        self.settings, self.backoff, self.lease_s = settings, backoff, lease_s
        self.on_notification = on_notification or (lambda view: None)
        self._unrecorded: tuple[_Claim, DeliveryError | None] | None = None

    def _stopping(self) -> None:
        if self._unrecorded is not None:  # stopping: one last try to record what was sent
            try:
                self._record_outcome()
            except Exception:
                log.exception("notify worker: could not record notification %s", self._unrecorded[0].id)

    def _record_outcome(self) -> None:
        claim, error = self._unrecorded
        view = _finish(self.store, claim, error, self.backoff)
        self._unrecorded = None
        self.on_notification(view)

    def _step(self) -> None:
        if self._unrecorded is not None:  # sent, but the database was away: record it first
            self._record_outcome()
            return
        claimed = _claim(self.store, self.owner, self.settings, self.lease_s)
        if isinstance(claimed, NotificationView):
            self.on_notification(claimed)
            return
        if claimed is not None:
            self._unrecorded = (claimed, _send(claimed))
            self._record_outcome()
            return
        self._idle(next_due_in(self.store))


guard_module(globals())
