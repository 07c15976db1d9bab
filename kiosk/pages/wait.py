"""Too many missed look-ups at this kiosk: "please wait N seconds", counting down, then back by itself."""
from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from shared.qt.problems import problem_text
from shared.qt.retranslate import Retranslating

from kiosk.icons import Alert
from kiosk.widgets import touch_button
from kiosk.pages.notice import NoticeLayout


class WaitPage(Retranslating, QWidget):
    finished = Signal()  # the wait is over: the visitor may try again
    back = Signal()

    tick_ms = 1000  # instance-overridable for tests

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Wait page")
        self._left = 0
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.back_button = touch_button("Back to start", kind="secondary")
        notice = NoticeLayout(self, Alert(), [self.back_button])
        self.title, self.message = notice.title, notice.message
        self.back_button.clicked.connect(self.back)
        self.retranslate()

    def start(self, seconds: int) -> None:
        self._left = max(1, int(seconds))
        self.timer.start(self.tick_ms)
        self.retranslate()

    def stop(self) -> None:
        self.timer.stop()
        self._left = 0

    def seconds_left(self) -> int:
        return self._left

    def _tick(self) -> None:
        self._left -= 1
        if self._left <= 0:
            self.stop()
            self.finished.emit()
        else:
            self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(problem_text("attempts", "wait").replace("%1", str(self._left)))
        self.message.setText(self.tr("For everyone's security the kiosk pauses after several unsuccessful "
                                     "tries. Reception can help you straight away."))
        self.back_button.setText(self.tr("Back to start"))
