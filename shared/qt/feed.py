"""Turns the core's change feed into a Qt signal, from a thread that waits on the database."""
from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal
from sqlalchemy import Engine

from shared.changes import Change, Changes
from shared.store.feed import open_feed


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
        try:
            while not self.isInterruptionRequested():
                changes = feed.wait(0.25)
                if changes:
                    self.arrived.emit(changes)
        finally:
            feed.close()


class ChangeBus(QObject):
    """One per app. `changed(flags, changes)`: flags is a Changes value as int."""

    changed = Signal(int, list)

    def __init__(self, engine: Engine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = _FeedThread(engine, self)
        self._thread.arrived.connect(self._on_arrived)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._thread.requestInterruption()
        self._thread.wait(2000)

    def _on_arrived(self, changes: list[Change]) -> None:
        flags = Changes.NONE
        for change in changes:
            flags |= change.flag
        self.changed.emit(flags.value, changes)
