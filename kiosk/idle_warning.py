""""Are you still there?": laid over whatever page the visitor left, with a countdown."""
from __future__ import annotations

import math

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from shared.qt.retranslate import Retranslating

from kiosk.widgets import card, label, touch_button


class IdleWarning(Retranslating, QWidget):
    """`resumed` when the visitor answers (Continue, or a touch anywhere); `expired` when nobody does."""

    resumed = Signal()
    expired = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAccessibleName("Idle warning")
        self._ms = 20_000
        self._clock = QElapsedTimer()
        self._end = QTimer(self)
        self._end.setSingleShot(True)
        self._end.timeout.connect(self._expire)
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._show_count)

        box = card()
        box.setFixedWidth(620)
        self.title = label("title")
        self.countdown = label("subtitle")
        self.countdown.setAccessibleName("Idle countdown")
        self.continue_button = touch_button("Continue", kind="primary")
        self.continue_button.setMinimumWidth(300)
        for widget in (self.title, self.countdown):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(48, 44, 48, 40)
        inner.setSpacing(16)
        inner.addWidget(self.title)
        inner.addWidget(self.countdown)
        inner.addSpacing(16)
        inner.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.continue_button.clicked.connect(self._resume)
        parent.installEventFilter(self)  # follow the window's size
        self.hide()
        self.retranslate()

    def start(self, ms: int) -> None:
        self._ms = ms
        self._clock.start()
        self._end.start(ms)
        self._tick.start()
        self.setGeometry(self.parentWidget().rect())
        self._show_count()
        self.show()
        self.raise_()

    def stop(self) -> None:
        self._end.stop()
        self._tick.stop()
        self.hide()

    @property
    def active(self) -> bool:
        return self.isVisible()

    def seconds_left(self) -> int:
        elapsed = self._clock.elapsed() if self._clock.isValid() else 0
        return max(0, math.ceil((self._ms - elapsed) / 1000))

    def _resume(self) -> None:
        self.stop()
        self.resumed.emit()

    def _expire(self) -> None:
        self.stop()
        self.expired.emit()

    def _show_count(self) -> None:
        n = self.seconds_left()
        self.countdown.setText(self.tr("Starting again in 1 second.") if n == 1
                               else self.tr("Starting again in {n} seconds.").format(n=n))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._resume()  # a touch anywhere answers "yes, still here"

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        QPainter(self).fillRect(self.rect(), QColor(16, 24, 40, 150))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Are you still there?"))
        self.continue_button.setText(self.tr("Continue"))
        self._show_count()
