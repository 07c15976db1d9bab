"""Notices when nobody has touched the screen for a while: the kiosk starts fresh, the console locks."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

ACTIVITY = {
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.KeyPress,
    QEvent.Type.InputMethod, QEvent.Type.Wheel,
}


class IdleWatch(QObject):
    """`idle` fires once, `ms` after the last touch or key while armed."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        QCoreApplication.instance().installEventFilter(self)

    def arm(self, ms: int) -> None:
        self._timer.start(ms)

    def disarm(self) -> None:
        self._timer.stop()

    @property
    def armed(self) -> bool:
        return self._timer.isActive()

    def release(self) -> None:
        QCoreApplication.instance().removeEventFilter(self)
        self.disarm()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._timer.isActive() and event.type() in ACTIVITY:
            self._timer.start()  # restart with the same interval
        return False
