""""Is this you?": the invitation's guest and host, the privacy notice, and one touch to check in.

Found by mobile number, the name stays masked here too: a stranger who knows a number must not
learn who is expected."""
from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from shared.domain.identity import mask_name
from shared.domain.model import Consent, Invitation
from shared.qt.retranslate import Retranslating

from ..privacy import PrivacyConsent
from ..widgets import card, label, touch_button


class IsThisYouPage(Retranslating, QWidget):
    confirmed = Signal()
    not_me = Signal()
    declined = Signal()

    tap_guard_s = 0.6  # as on the confirm page: a double tap must not check in unread

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Is this you page")
        self._invitation: Invitation | None = None
        self._masked = False
        self._failed = False
        self._shown_at = 0.0
        self.title = label("title")
        self.subtitle = label("subtitle")
        self.name = label("big-value")
        self.name.setAccessibleName("Invited guest")
        self.company = label("value-sub")
        self.host_key = label("key")
        self.host = label("value")
        self.host.setAccessibleName("Invitation host")
        self.privacy = PrivacyConsent()
        self.problem = label("error")
        self.problem.setAccessibleName("Check-in problem")
        self.not_me_button = touch_button("Not me", kind="secondary")
        self.decline_button = touch_button("Decline", kind="secondary")
        self.confirm_button = touch_button("Yes, check me in", kind="primary")
        self.confirm_button.setMinimumWidth(340)
        self._lay_out()
        self.not_me_button.clicked.connect(self.not_me)
        self.decline_button.clicked.connect(self.declined)
        self.confirm_button.clicked.connect(self._on_confirm)
        self.retranslate()

    def _lay_out(self) -> None:
        guest = card()
        grid = QGridLayout(guest)
        grid.setContentsMargins(44, 32, 44, 32)
        grid.setVerticalSpacing(10)
        grid.setRowStretch(0, 1)
        grid.addWidget(self.name, 1, 0)
        grid.addWidget(self.company, 2, 0)
        grid.setRowMinimumHeight(3, 28)
        grid.addWidget(self.host_key, 4, 0)
        grid.addWidget(self.host, 5, 0)
        grid.setRowStretch(6, 1)

        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addWidget(guest, 1)
        columns.addWidget(self.privacy, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addWidget(self.not_me_button)
        buttons.addWidget(self.decline_button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 20, 48, 24)
        layout.setSpacing(12)
        heading = QHBoxLayout()
        heading.setSpacing(20)
        heading.addWidget(self.title, 0, Qt.AlignmentFlag.AlignBaseline)
        heading.addWidget(self.subtitle, 1, Qt.AlignmentFlag.AlignBaseline)
        layout.addLayout(heading)
        layout.addLayout(columns, 1)
        problems = QHBoxLayout()
        problems.addWidget(self.privacy.problem, 1)
        problems.addWidget(self.problem, 1)
        layout.addLayout(problems)
        layout.addLayout(buttons)

    def show_invitation(self, invitation: Invitation, masked: bool, retention_days: int) -> None:
        self._invitation, self._masked, self._failed = invitation, masked, False
        self._shown_at = time.monotonic()
        self.privacy.clear()
        self.privacy.set_terms(retention_days, with_id_number=False)  # an invitation carries no ID number
        self.set_busy(False)
        self._fill()

    def invitation(self) -> Invitation | None:
        return self._invitation

    def consent(self) -> Consent:
        return self.privacy.consent()

    def clear(self) -> None:
        self._invitation, self._failed = None, False
        self.privacy.clear()
        self.set_busy(False)
        self._fill()

    def show_failure(self) -> None:
        self._failed = True
        self.set_busy(False)
        self._fill()

    def show_consent_problem(self, field: str) -> None:
        self.set_busy(False)
        self.privacy.show_problem(field)

    def set_busy(self, busy: bool) -> None:
        for button in (self.confirm_button, self.not_me_button, self.decline_button):
            button.setEnabled(not busy)

    def _on_confirm(self) -> None:
        if self._invitation is not None and time.monotonic() - self._shown_at >= self.tap_guard_s:
            self.confirmed.emit()

    def _fill(self) -> None:
        self.problem.setText(self.tr("Sorry, something went wrong. Please ask at the front desk.")
                             if self._failed else "")
        inv = self._invitation
        self.name.setText("" if inv is None else mask_name(inv.visitor_name) if self._masked else inv.visitor_name)
        self.company.setText("" if inv is None or self._masked else inv.company)
        self.host.setText(inv.host_name if inv is not None and inv.host_name else
                          self.tr("Reception will find your host") if inv is not None else "")

    def retranslate(self) -> None:
        self.title.setText(self.tr("Is this you?"))
        self.subtitle.setText(self.tr("Check the name, then confirm with one touch."))
        self.host_key.setText(self.tr("Visiting"))
        self.not_me_button.setText(self.tr("No, that's not me"))
        self.decline_button.setText(self.tr("I do not agree"))
        self.confirm_button.setText(self.tr("Yes, check me in"))
        self._fill()
