"""Leaving: the visitor scans the QR code on their badge (on this page or any other).

The badge shows the visit number, not the token, so there is nothing to type: a badge that does
not scan is for reception."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from shared.qt.retranslate import Retranslating

from kiosk.icons import ScanMark
from kiosk.widgets import label, set_role, touch_button
from kiosk.pages.notice import NoticeLayout


class CheckOutPage(Retranslating, QWidget):
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Check-out page")
        self._problem: str | None = None  # "unknown" | "already_out" | "failed"
        self.back_button = touch_button("Back", kind="secondary")
        layout = NoticeLayout(self, ScanMark(), [self.back_button])
        self.title, self.message = layout.title, layout.message
        self.problem = label("error")
        self.problem.setAccessibleName("Check-out problem")
        self.help = label("hint")
        for widget in (self.problem, self.help):
            widget.setAlignment(self.title.alignment())
        layout.insertWidget(layout.indexOf(self.message) + 1, self.help)
        layout.insertSpacing(layout.indexOf(self.help), 12)
        layout.insertWidget(layout.indexOf(self.help) + 1, self.problem)
        layout.insertSpacing(layout.indexOf(self.problem), 20)
        self.back_button.clicked.connect(self.back)
        self.retranslate()

    def show_problem(self, problem: str | None) -> None:
        self._problem = problem
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Check out"))
        self.message.setText(self.tr("Please hold the QR code on your badge to the scanner."))
        self.help.setText(self.tr("No badge, or it does not scan? Please ask at reception."))
        self.problem.setText({
            "unknown": self.tr("We do not recognise this badge. Please ask at reception."),
            "already_out": self.tr("This badge has already been checked out."),
            "failed": self.tr("Sorry, something went wrong. Please ask at the front desk."),
        }.get(self._problem or "", ""))
        set_role(self.problem, "error-big" if self._problem else "error")
        self.back_button.setText(self.tr("Back"))
