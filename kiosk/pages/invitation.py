"""An invited guest finds their invitation: by its code (typed here, or scanned on any page), or
by the mobile number it was made for, which lists today's appointments with names masked."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QVBoxLayout, QWidget

from shared.domain.model import InvitationMatch
from shared.qt.problems import problem_text
from shared.qt.retranslate import Retranslating

from kiosk import profile
from kiosk.host_list import CardList
from kiosk.icons import ScanMark
from kiosk.widgets import Reflow, card, label, page_frame, set_role, touch_button


def _edit(accessible_name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(accessible_name)
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)  # no Undo for the next visitor
    return edit


class InvitationPage(Retranslating, QWidget):
    code_entered = Signal(str)
    mobile_entered = Signal(str)
    match_chosen = Signal(object)  # InvitationMatch
    back = Signal()
    walk_in = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Invitation page")
        self._matches: list[InvitationMatch] = []
        self._mobile_note: str | None = None  # "none" | "invalid" | None
        self.title = label("title")
        self.subtitle = label("subtitle")
        self.code_caption = label("label")
        self.code = _edit("Invitation code")
        self.code.setMaxLength(12)
        self.code.setInputMethodHints(Qt.InputMethodHint.ImhPreferUppercase | Qt.InputMethodHint.ImhNoPredictiveText)
        self.find_code = touch_button("Find invitation", kind="primary")
        self.code_hint = label("hint")
        self.scan_mark = ScanMark(112)
        self.scan_hint = label("subtitle")
        self.scan_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.mobile_caption = label("label")
        self.mobile = _edit("Appointment mobile")
        self.mobile.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.find_mobile = touch_button("Find by mobile", kind="primary")
        self.mobile_message = label("hint")
        self.mobile_message.setAccessibleName("Appointment message")
        self.matches = CardList("Appointment results")
        self.back_button = touch_button("Back", kind="secondary")
        self.walk_in_button = touch_button("Walk-in instead", kind="secondary")
        self._lay_out()
        self.code.textEdited.connect(lambda _t: self._refresh())
        self.mobile.textEdited.connect(self._on_mobile_edited)
        self.code.returnPressed.connect(self._submit_code)
        self.mobile.returnPressed.connect(self._submit_mobile)
        self.find_code.clicked.connect(self._submit_code)
        self.find_mobile.clicked.connect(self._submit_mobile)
        self.matches.itemClicked.connect(self._on_match)
        self.back_button.clicked.connect(self.back)
        self.walk_in_button.clicked.connect(self.walk_in)
        self.retranslate()

    def _lay_out(self) -> None:
        by_code = card()
        left = QGridLayout(by_code)
        left.setContentsMargins(32, 24, 32, 20)
        left.setHorizontalSpacing(12)
        left.setVerticalSpacing(10)
        left.addWidget(self.code_caption, 0, 0, 1, 2)
        left.addWidget(self.code, 1, 0)
        left.addWidget(self.find_code, 1, 1)
        left.addWidget(self.code_hint, 2, 0, 1, 2)
        left.setRowStretch(3, 1)
        left.addWidget(self.scan_mark, 4, 0, 1, 2, Qt.AlignmentFlag.AlignHCenter)
        left.addWidget(self.scan_hint, 5, 0, 1, 2)
        left.setRowStretch(6, 1)
        left.setColumnStretch(0, 1)

        by_mobile = card()
        right = QGridLayout(by_mobile)
        right.setContentsMargins(32, 24, 32, 20)
        right.setHorizontalSpacing(12)
        right.setVerticalSpacing(10)
        right.addWidget(self.mobile_caption, 0, 0, 1, 2)
        right.addWidget(self.mobile, 1, 0)
        right.addWidget(self.find_mobile, 1, 1)
        right.addWidget(self.mobile_message, 2, 0, 1, 2)
        right.addWidget(self.matches, 3, 0, 1, 2)
        right.setRowStretch(3, 1)
        right.setColumnStretch(0, 1)

        columns = QVBoxLayout()  # by code and by mobile side by side, stacked on a portrait screen
        columns.setContentsMargins(0, 0, 0, 0)
        self.columns = Reflow([by_code, by_mobile], spacing=24)
        columns.addWidget(self.columns, 1)
        page_frame(self, self.title, self.subtitle, columns, [self.back_button], self.walk_in_button)

    # The window's answers -----------------------------------------------------------------

    def show_matches(self, matches: list[InvitationMatch]) -> None:
        self._matches = list(matches)
        self.matches.clear()
        for match in matches:
            self.matches.add_card(match.masked_name, (self.tr("Dr %1") if profile.clinic() else self.tr("Visiting %1")).replace("%1", match.host_name)
                                  if match.host_name else "")
        self._mobile_note = None if matches else "none"
        self._refresh()

    def show_mobile_invalid(self) -> None:
        self.show_matches([])
        self._mobile_note = "invalid"
        self._refresh()

    def clear(self) -> None:
        self.code.setText("")  # setText, not clear(): no undo history for the next visitor
        self.mobile.setText("")
        self.show_matches([])
        self._mobile_note = None
        self._refresh()

    def focus_code(self) -> None:
        self.code.setFocus(Qt.FocusReason.OtherFocusReason)

    # Reactions ----------------------------------------------------------------------------

    def _submit_code(self) -> None:
        if self.code.text().strip():
            self.code_entered.emit(self.code.text())

    def _submit_mobile(self) -> None:
        if self.mobile.text().strip():
            self.mobile_entered.emit(self.mobile.text())

    def _on_mobile_edited(self, _text: str) -> None:
        self._mobile_note = None
        self._refresh()

    def _on_match(self) -> None:
        row = self.matches.chosen_row()
        if row is not None and row < len(self._matches):
            self.match_chosen.emit(self._matches[row])

    def _refresh(self) -> None:
        self.find_code.setEnabled(bool(self.code.text().strip()))
        self.find_mobile.setEnabled(bool(self.mobile.text().strip()))
        text, role = "", "hint"
        if self._mobile_note == "none":
            text, role = (self.tr("No appointment today for this number. Please ask at the front desk.")
                          if profile.clinic() else
                          self.tr("No appointment today for this number. You can register as a walk-in.")), "error"
        elif self._mobile_note == "invalid":
            text, role = problem_text("mobile", "invalid"), "error"
        elif self._matches:
            text = self.tr("Touch your name.")
        self.mobile_message.setText(text)
        set_role(self.mobile_message, role)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your invitation"))
        self.subtitle.setText(self.tr("Type its code, or find it by your mobile number."))
        self.code_caption.setText(self.tr("Invitation code"))
        self.code.setPlaceholderText(self.tr("8 letters and digits"))
        self.find_code.setText(self.tr("Find"))
        self.code_hint.setText(self.tr("The code is in the message with your invitation."))
        self.scan_hint.setText(self.tr("Or simply hold its QR code to the scanner."))
        self.mobile_caption.setText(self.tr("No code? Your mobile number"))
        self.mobile.setPlaceholderText(self.tr("e.g. 138 0013 8000"))
        self.find_mobile.setText(self.tr("Find"))
        self.back_button.setText(self.tr("Back"))
        self.walk_in_button.setText(self.tr("I don't have an appointment"))
        if profile.clinic():  # a patient's appointment, made by phone: found by the number they gave
            self.title.setText(self.tr("Your appointment"))
            self.subtitle.setText(self.tr("Find it by your mobile number, or type its code."))
            self.code_caption.setText(self.tr("Appointment code"))
            self.code_hint.setText(self.tr("The code is in the message confirming your appointment."))
            self.mobile_caption.setText(self.tr("Your mobile number"))
            self.walk_in_button.setText(self.tr("This is my first visit"))
        if self._matches:  # the cards' "Visiting ..." line
            self.show_matches(self._matches)
        self._refresh()
