"""An invitation code that cannot be used (unknown, used, expired, for another day): why, and a
way on, either to try again or to register as a walk-in."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from shared.qt.problems import problem_text
from shared.qt.retranslate import Retranslating

from kiosk.icons import Alert
from kiosk.widgets import touch_button
from kiosk.pages.notice import NoticeLayout


class InvitationProblemPage(Retranslating, QWidget):
    try_again = Signal()
    walk_in = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Invitation problem page")
        self._code: str | None = None  # "unknown" | "used" | "expired" | "not_today"; None: a failure
        self.try_again_button = touch_button("Try again", kind="secondary")
        self.walk_in_button = touch_button("Register as walk-in", kind="primary")
        notice = NoticeLayout(self, Alert(), [self.try_again_button, self.walk_in_button])
        self.title, self.message = notice.title, notice.message
        self.try_again_button.clicked.connect(self.try_again)
        self.walk_in_button.clicked.connect(self.walk_in)
        self.retranslate()

    def show_problem(self, code: str | None) -> None:
        self._code = code
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(problem_text("invitation", self._code) if self._code else
                           self.tr("Sorry, something went wrong. Please ask at the front desk."))
        self.message.setText(self.tr("You can register as a walk-in visitor instead; reception can help too."))
        self.try_again_button.setText(self.tr("Try again"))
        self.walk_in_button.setText(self.tr("Register as a walk-in"))
