"""The end of a check-in. It never says whether the host is in: that is for the desk to handle.

If the badge will not come out of the printer, the page says so (BadgeWatch decides when)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from shared.qt.retranslate import Retranslating

from kiosk import profile
from kiosk.icons import Alert, Tick
from kiosk.widgets import label, touch_button


class DonePage(Retranslating, QWidget):
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Done page")
        self._badges = 1
        self._host_unknown = False
        self.printer_failed = False
        self.tick = Tick()
        self.alert = Alert()
        self.title = label("done")
        self.title.setAccessibleName("Badge message")
        self.message = label("subtitle")
        self.message.setAccessibleName("Host message")
        self.done_button = touch_button("Done", kind="primary")
        self.done_button.setMinimumWidth(320)
        for widget in (self.title, self.message):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 40, 80, 60)
        layout.addStretch(3)
        layout.addWidget(self.tick, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.alert, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(32)
        layout.addWidget(self.title)
        layout.addSpacing(12)
        layout.addWidget(self.message)
        layout.addStretch(2)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.done_button.clicked.connect(self.finished)
        self.retranslate()

    def show_checked_in(self, badges: int, host_unknown: bool) -> None:
        self._badges, self._host_unknown, self.printer_failed = badges, host_unknown, False
        self.retranslate()

    def show_printer_failed(self) -> None:
        self.printer_failed = True
        self.retranslate()

    def retranslate(self) -> None:
        self.tick.setVisible(not self.printer_failed)
        self.alert.setVisible(self.printer_failed)
        many = self._badges > 1
        if profile.clinic():
            self._clinic_texts()
        elif profile.factory():
            self.title.setText(self.tr("Please collect your site pass at the front desk.") if self.printer_failed
                               else self.tr("Please take your site pass."))
        elif self.printer_failed:
            self.title.setText(self.tr("Please collect your badges at the front desk.") if many
                               else self.tr("Please collect your badge at the front desk."))
        else:
            self.title.setText(self.tr("Please take your badges.") if many else self.tr("Please take your badge."))
        if profile.factory():
            self.message.setText(self.tr("Please wait at reception; we will find your contact for you.")
                                 if self._host_unknown else
                                 self.tr("Your contact has been told; please wait at the gate."))
        elif not profile.clinic():
            self.message.setText(self.tr("Please wait at reception; we will find your host for you.")
                                 if self._host_unknown else self.tr("Your host has been notified; please take a seat."))
        self.done_button.setText(self.tr("Done"))

    def _clinic_texts(self) -> None:
        """A patient takes a queue ticket and watches the waiting-room screen for its number."""
        self.title.setText(self.tr("Please collect your queue ticket at the front desk.") if self.printer_failed
                           else self.tr("Please take your queue ticket."))
        self.message.setText(self.tr("Please take a seat; the screen will call your number.")
                             if not self._host_unknown else
                             self.tr("The front desk has been told and will arrange a doctor for you right away."))
