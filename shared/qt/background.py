"""Runs a Qt-free worker loop (print queue, notification outbox) on a QThread of its own."""
from __future__ import annotations

from PySide6.QtCore import QObject, QThread

from shared.services.common.worker import WorkerLoop


class BackgroundLoop(QThread):
    def __init__(self, loop: WorkerLoop, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.loop = loop

    def wake(self) -> None:
        self.loop.wake()

    def stop(self) -> None:
        """Waits for the step in progress; the loop's own timeouts bound how long."""
        self.loop.stop()
        self.wait()

    def run(self) -> None:
        self.loop.run()
