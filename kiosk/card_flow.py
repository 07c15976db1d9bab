"""The ID card reader's part of the visitor's way through the kiosk (a mixin of VisitorFlow): a card read,
a number typed by a reader in keyboard mode, a reader that fails."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit

from shared.domain.errors import InvalidInput
from shared.domain.id_card import IdCard
from shared.domain.identity import mask_id_number, normalise_id_number


class CardFlow:
    """Expects the window's pages (welcome, walk_in, details), settings, idle_warning and go_walk_in."""

    _card_number = ""  # the number the reader read for this visitor ("" none)
    _card_extras = ("", "")  # its address and nation, offered to the walk-in where the site keeps them

    def forget_card(self) -> None:
        self._card_number, self._card_extras = "", ("", "")

    def card_extras(self) -> dict[str, str]:
        address, nation = self._card_extras
        return {"address": address if self.settings.keep_card_address else "",
                "nation": nation if self.settings.keep_card_nation else ""}

    def _id_from_card(self, typed: str) -> bool:
        """The number on the form is still the card's (the visitor may have changed it since)."""
        try:
            return bool(self._card_number) and normalise_id_number(typed) == self._card_number
        except InvalidInput:
            return False

    def on_card_read(self, card: IdCard) -> None:
        """A card on the reader: on the start page it begins a walk-in, on the form it fills the name and,
        when the site keeps ID numbers, the number. Elsewhere (mid-confirmation) it is not for that page."""
        if self.current_page() not in (self.welcome, self.walk_in, self.details):
            return
        self.idle_warning.stop()
        self.welcome.show_card_reader(True)  # it answers (again)
        self.walk_in.show_card("prompt")
        if self.current_page() is self.welcome:
            self.go_walk_in()
        if card.expired(date.today()):
            self._card_number = ""
            self.walk_in.show_card("expired")
            return
        self.walk_in.fill_from_card(card.name)
        self._card_extras = (card.address, card.nation)
        self.on_card_number(card.number)

    def _drop_burst(self, text: str) -> None:
        """A reader in keyboard mode typed into whichever field had focus: take its number back out."""
        edit = self.focusWidget()
        if isinstance(edit, QLineEdit) and edit.text().endswith(text):
            edit.setText(edit.text()[:-len(text)])

    def on_card_number(self, number: str) -> None:
        """The number off a card (a reader in keyboard mode gives only that): kept where the site keeps ID
        numbers; never the address or nation."""
        if self.current_page() is self.welcome:
            self.go_walk_in()
        if self.settings.ask_id_number:
            self._card_number = number
            self.details.id_number.edit.setText(number)
        self.walk_in.show_card("read", mask_id_number(number))

    def on_card_problem(self, code: str) -> None:
        if code in ("unavailable", "reader_fault"):  # the reader is away: say nothing of it to visitors
            self.walk_in.show_card("")
            self.welcome.show_card_reader(False)
        elif self.current_page() is self.walk_in:
            self.walk_in.show_card("failed")
