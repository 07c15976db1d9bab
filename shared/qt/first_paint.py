"""The end point of a start-up measurement: the first paint of a window, not the first turn of the event loop.

Imports only Qt, so a bare-window baseline measured with it pays for nothing of ours."""
from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

NO_PAINT_S = 20  # a platform that never paints still ends, saying so


class _FirstPaint(QObject):
    def __init__(self, app: QApplication, window: QWidget, said: str | None, then: Callable[[], None]) -> None:
        super().__init__(app)
        self._app, self._window, self._done = app, window, False
        self._said, self._then = said, then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) \
                and watched.window() is self._window:
            self.finish(self._said)
        return False

    def finish(self, said: str) -> None:
        if not self._done:
            self._done = True
            self._app.removeEventFilter(self)
            # After this paint reaches the screen: the stamp and what follows run once the event loop is back.
            # The stamp (wall clock) lets a measurement end here, not after the process has wound down.
            QTimer.singleShot(0, lambda: (said and print(f"{said}\nat {time.time():.6f}", flush=True), self._then()))


def stamp_first_paint(app: QApplication, window: QWidget, said: str | None, then: Callable[[], None]) -> None:
    """Print `said` and "at <epoch seconds>" (said None: nothing), then call `then`, once any widget of `window`
    has painted (after NO_PAINT_S without a paint: `said` + " without a paint")."""
    watcher = _FirstPaint(app, window, said, then)
    app.installEventFilter(watcher)
    QTimer.singleShot(NO_PAINT_S * 1000, lambda: watcher.finish(said and f"{said} without a paint"))


def quit_on_first_paint(app: QApplication, window: QWidget) -> None:
    """Print "shown" and "at <epoch seconds>", and quit, once any widget of `window` has painted."""
    stamp_first_paint(app, window, "shown", app.quit)
