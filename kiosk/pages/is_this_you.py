""""Is this you?": the invitation's guest and host, the privacy notice, and one touch to check in.

Found by mobile number, the name stays masked here too: a stranger who knows a number must not
learn who is expected. And such a guest types their full name to check in, so knowing a number is
not enough to take someone's badge (the core compares it with the invitation's name)."""
from __future__ import annotations

import time

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from shared.domain.identity import mask_name
from shared.domain.model import Consent, Invitation
from shared.domain.validation import NAME_MAX
from shared.qt.problems import problem_text
from shared.qt.retranslate import Retranslating

from kiosk import profile
from kiosk.privacy import PrivacyConsent, SavesWithConsent, kept_for_invitation
from kiosk.widgets import Field, Reflow, card, label, page_frame, touch_button


class IsThisYouPage(SavesWithConsent, Retranslating, QWidget):
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
        self._name_problem: str | None = None  # "required" | "mismatch"
        self._shown_at = 0.0
        self.title = label("title")
        self.subtitle = label("subtitle")
        self.name = label("big-value")
        self.name.setAccessibleName("Invited guest")
        self.company = label("value-sub")
        self.host_key = label("key")
        self.host = label("value")
        self.host.setAccessibleName("Invitation host")
        # Only when found by mobile number: the masked name above stays masked.
        self.full_name = Field("Full name")
        self.full_name.edit.setMaxLength(NAME_MAX)
        self.full_name.hide()
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
        self.full_name.edited.connect(lambda: self.show_name_problem(None))
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
        grid.setRowMinimumHeight(6, 4)
        grid.addWidget(self.full_name, 7, 0)
        grid.setRowStretch(8, 1)

        columns = QVBoxLayout()  # the two cards side by side, stacked on a portrait screen
        columns.setContentsMargins(0, 0, 0, 0)
        self.columns = Reflow([guest, self.privacy], spacing=24)
        columns.addWidget(self.columns, 1)
        page_frame(self, self.title, self.subtitle, columns, [self.not_me_button, self.decline_button],
                   self.confirm_button, problems=(self.privacy.problem, self.problem), spacing=12)

    def show_invitation(self, invitation: Invitation, masked: bool, retention_days: int) -> None:
        """masked: found by mobile number; the name stays masked and the guest must type it."""
        self._invitation, self._masked, self._failed = invitation, masked, False
        self._shown_at = time.monotonic()
        self.privacy.clear()
        self.privacy.set_terms(retention_days, kept_for_invitation(invitation))
        self.full_name.clear()
        self.full_name.setVisible(masked)
        self.show_name_problem(None)
        self.set_busy(False)
        self._fill()

    def invitation(self) -> Invitation | None:
        return self._invitation

    def consent(self) -> Consent:
        return self.privacy.consent()

    def confirm_name(self) -> str | None:
        """The name the guest typed, when found by mobile number; None when the code was theirs."""
        return self.full_name.text() if self._masked else None

    def clear(self) -> None:
        self._invitation, self._masked, self._failed = None, False, False
        self.privacy.clear()
        self.full_name.clear()  # setText(""): no undo history for the next visitor
        self.full_name.hide()
        self.show_name_problem(None)
        self.set_busy(False)
        self._fill()


    def show_name_problem(self, code: str | None) -> None:
        """Under the full-name field: "required" or "mismatch"; None clears."""
        if code:
            self.set_busy(False)
        self._name_problem = code
        self.full_name.show_problem(problem_text("name", code) if code else "")

    def action_buttons(self) -> tuple[QWidget, ...]:
        return self.confirm_button, self.not_me_button, self.decline_button

    def _on_confirm(self) -> None:
        if self._invitation is None or time.monotonic() - self._shown_at < self.tap_guard_s:
            return
        if self._masked and not self.full_name.text().strip():
            self.show_name_problem("required")
            return
        self.confirmed.emit()

    def _fill(self) -> None:
        self.problem.setText(self.tr("Sorry, something went wrong. Please ask at the front desk.")
                             if self._failed else "")
        self.problem.setVisible(self._failed)  # when hidden, a consent problem has the whole width
        inv = self._invitation
        self.name.setText("" if inv is None else mask_name(inv.visitor_name) if self._masked else inv.visitor_name)
        self.company.setText("" if inv is None or self._masked else inv.company)
        self.company.setVisible(bool(self.company.text()))  # no empty line above the name field
        self.host.setText(inv.host_name if inv is not None and inv.host_name else
                          self.tr("Reception will find your host") if inv is not None else "")

    def retranslate(self) -> None:
        self.title.setText(self.tr("Is this you?"))
        self.subtitle.setText(self.tr("Check the name, then confirm with one touch."))
        self.host_key.setText(self.tr("Visiting"))
        self.not_me_button.setText(self.tr("No, that's not me"))
        self.decline_button.setText(self.tr("I do not agree"))
        self.confirm_button.setText(self.tr("Yes, check me in"))
        if profile.clinic():
            self.host_key.setText(self.tr("Doctor"))
            self.confirm_button.setText(self.tr("Yes, print my queue ticket"))
        self.full_name.caption.setText(self.tr("Please type your full name to confirm"))
        self.full_name.edit.setPlaceholderText(self.tr("As on your invitation"))
        self.show_name_problem(self._name_problem)
        self._fill()
