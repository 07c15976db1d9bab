"""Turns the core's change feed into a Qt signal, from a thread that waits on the database."""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QThread, QTimer, Signal
from sqlalchemy import Engine

from shared.changes import ENTITY_FLAGS, Change, Changes
from shared.store.feed import open_feed

log = logging.getLogger(__name__)


class _FeedThread(QThread):
    arrived = Signal(list)

    def __init__(self, engine: Engine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._feed = None

    def start(self) -> None:
        # Open the feed here, not in run(): its starting point is fixed before start() returns,
        # so a commit made right after is never missed.
        self._feed = open_feed(self._engine)
        super().start()

    def run(self) -> None:
        feed = self._feed
        while not self.isInterruptionRequested():
            try:
                changes = feed.wait(0.25)
            except Exception:  # the server restarted or the connection dropped: reconnect
                log.exception("change feed lost its connection; reopening")
                feed = self._reopen(feed)
                # What changed meanwhile is unknown: say "everything", screens reload.
                self.arrived.emit([Change(entity, 0) for entity in ENTITY_FLAGS])
                continue
            if changes:
                self.arrived.emit(changes)
        feed.close()

    def _reopen(self, feed):
        try:
            feed.close()
        except Exception:
            pass
        while not self.isInterruptionRequested():
            try:
                return open_feed(self._engine)
            except Exception as err:  # a wrong URL, a server away: said (once a minute, counted), then retried
                log.warning("change feed cannot reach the database, retrying: %s", str(err).splitlines()[0][:200])
                self.msleep(2000)
        return feed


class ChangeBus(QObject):
    """One per app. `changed(flags, changes)`: flags is a Changes value as int.

    Batches that arrive while the window is still busy with an earlier one are delivered together:
    a screen that takes 20 ms to refresh would otherwise fall further behind on a busy morning
    (two kiosks and a gate make a few dozen commits a second)."""

    changed = Signal(int, list)

    def __init__(self, engine: Engine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = _FeedThread(engine, self)
        self._thread.arrived.connect(self._on_arrived)
        self._pending: list[Change] = []

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._thread.requestInterruption()
        self._thread.wait(2000)

    def _on_arrived(self, changes: list[Change]) -> None:
        if not self._pending:
            # Runs after the batches already queued behind this one, so they join it.
            QTimer.singleShot(0, self._emit)
        self._pending.extend(changes)

    def _emit(self) -> None:
        changes, self._pending = self._pending, []
        flags = Changes.NONE
        for change in changes:
            flags |= change.flag
        self.changed.emit(flags.value, changes)
