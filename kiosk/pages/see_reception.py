"""The visitor did not agree to the privacy notice: nothing was saved, and a person helps."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from shared.qt.retranslate import Retranslating

from kiosk.icons import Alert
from kiosk.widgets import touch_button
from kiosk.pages.notice import NoticeLayout


class SeeReceptionPage(Retranslating, QWidget):
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("See reception page")
        self.done_button = touch_button("Back to start", kind="primary")
        notice = NoticeLayout(self, Alert(), [self.done_button])
        self.title, self.message = notice.title, notice.message
        self.done_button.clicked.connect(self.finished)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Please see reception"))
        self.message.setText(self.tr("Nothing has been saved. Our reception staff will be glad to help you."))
        self.done_button.setText(self.tr("Back to start"))
