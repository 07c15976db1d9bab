"""The walk-in form: who the visitor is and whom they visit. Nothing is saved here."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from shared.domain.model import Host, WalkIn
from shared.domain.validation import field_problems
from shared.qt.problems import problem_text
from shared.qt.retranslate import Retranslating

from kiosk import profile
from kiosk.host_list import HostList
from kiosk.widgets import Field, Reflow, card, label, page_frame, set_role, touch_button

Search = Callable[[str], list[Host]]
FIELDS = ("name", "mobile", "company")


class WalkInPage(Retranslating, QWidget):
    back = Signal()
    next = Signal()

    def __init__(self, search: Search, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Walk-in page")
        self._search = search
        # Problems the check-in reported (e.g. host no longer in the directory);
        # each is kept until the visitor edits that field.
        self._reported: dict[str, str] = {}
        self._host_touched = False
        self._card_state, self._card_number = "", ""  # see show_card

        self.title = label("title")
        self.subtitle = label("subtitle")
        self.card_note = label("hint")  # the ID card reader: what to do with a card, and what it read
        self.card_note.setAccessibleName("ID card reader")
        self.card_note.setWordWrap(True)
        self.name = Field("Visitor name")
        self.mobile = Field("Mobile number")
        self.mobile.edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.company = Field("Company")
        self.host_caption = label("label")
        self.host_search = QLineEdit()
        self.host_search.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.host_search.setAccessibleName("Host search")
        self.hosts = HostList("Host results")
        self.host_message = label("hint")
        self.host_message.setAccessibleName("Host problem")
        # Not finding the host is no dead end: reception finds them (WalkIn.host_unknown).
        self.not_listed = touch_button("Host not listed", kind="choice")
        self.not_listed.setCheckable(True)
        self.back_button = touch_button("Back", kind="secondary")
        self.next_button = touch_button("Next", kind="primary")
        self.next_button.setMinimumWidth(240)
        self._lay_out()

        self.fields = {"name": self.name, "mobile": self.mobile, "company": self.company}
        for key, field in self.fields.items():
            field.edited.connect(lambda k=key: self._on_field_edited(k))
        self.host_search.textEdited.connect(self._on_host_search)
        self.hosts.itemSelectionChanged.connect(self._on_host_chosen)
        self.not_listed.clicked.connect(self._on_not_listed)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.retranslate()

    def _lay_out(self) -> None:
        visitor = card()
        left = QVBoxLayout(visitor)
        left.setContentsMargins(32, 24, 32, 16)
        left.setSpacing(18)
        left.addWidget(self.card_note)
        for field in (self.name, self.mobile, self.company):
            left.addWidget(field)
        left.addStretch(1)

        host = card()
        right = QVBoxLayout(host)
        right.setContentsMargins(32, 24, 32, 20)
        right.setSpacing(8)
        right.addWidget(self.host_caption)
        right.addWidget(self.host_search)
        right.addWidget(self.host_message)  # under its field, as the other fields' problems are
        right.addWidget(self.hosts, 1)
        right.addWidget(self.not_listed)

        columns = QVBoxLayout()  # the visitor and the host side by side, stacked on a portrait screen
        columns.setContentsMargins(0, 0, 0, 0)
        self.columns = Reflow([visitor, host], spacing=24)
        columns.addWidget(self.columns, 1)

        page_frame(self, self.title, self.subtitle, columns, [self.back_button], self.next_button)

    # What the visitor entered -------------------------------------------------------------

    def host(self) -> Host | None:
        return self.hosts.chosen()

    def host_unknown(self) -> bool:
        return self.not_listed.isChecked()

    def problems(self) -> dict[str, str]:
        """This page's fields only (the details page checks its own)."""
        host = self.host()
        walk_in = WalkIn(name=self.name.text(), mobile=self.mobile.text(), company=self.company.text(),
                         host_id=host.id if host else None, host_unknown=self.host_unknown())
        found = field_problems(walk_in) | self._reported
        return {k: v for k, v in found.items() if k in (*FIELDS, "host")}

    def show_card(self, state: str, masked_number: str = "") -> None:
        """The ID card reader's line above the form. state: "" (no reader, or it is not working), "prompt"
        (lay a card on it), "read" (with the number masked), "expired", "failed" (lay it again)."""
        self._card_state, self._card_number = state, masked_number
        self._show_card_note()

    def fill_from_card(self, name: str) -> None:
        self.name.edit.setText(name)
        self.name.touched = True
        self._on_field_edited("name")

    def _show_card_note(self) -> None:
        number = self._card_number
        text = {"prompt": self.tr("Have an ID card? Lay it on the reader and your name fills itself in."),
                "read": self.tr("ID card read (%1). Please check your name, then go on.").replace("%1", number),
                "expired": self.tr("This ID card has expired. Please type your details, or see reception."),
                "failed": self.tr("The card could not be read. Lay it flat on the reader and keep it still, "
                                  "or type your details.")}.get(self._card_state, "")
        self.card_note.setText(text)
        self.card_note.setVisible(bool(text))
        set_role(self.card_note, "error" if self._card_state in ("expired", "failed") else "hint")

    def clear(self) -> None:
        if self._card_state:  # a reader is there: the next visitor is told about it again
            self.show_card("prompt")
        for field in self.fields.values():
            field.clear()
        self.host_search.setText("")  # not clear(): that keeps an undo history for the next visitor
        self.hosts.show_hosts([])
        self.not_listed.setChecked(False)
        self._reported.clear()
        self._host_touched = False
        self._refresh()

    def show_problems(self, problems: dict[str, str]) -> None:
        """Problems reported at check-in: shown at once, whether or not the field was touched."""
        if "host" in problems:  # the directory changed under the visitor: show it as it is now
            text = self.host_search.text()
            self.hosts.show_hosts(self._search(text) if text.strip() else [])
        self._reported = {k: v for k, v in problems.items() if k in (*FIELDS, "host")}
        for field in self.fields.values():
            field.touched = True
        self._host_touched = True
        self._refresh()

    def focus_first_field(self) -> None:
        self.name.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # Reactions ----------------------------------------------------------------------------

    def _on_field_edited(self, key: str) -> None:
        self._reported.pop(key, None)
        self._refresh()

    def _on_host_search(self, text: str) -> None:
        self._host_touched = True
        self._reported.pop("host", None)
        self.not_listed.setChecked(False)  # searching again: they hope to find the host after all
        self.hosts.show_hosts(self._search(text) if text.strip() else [])
        self._refresh()

    def _on_host_chosen(self) -> None:
        if self.host() is not None:
            self._reported.pop("host", None)
            self.not_listed.setChecked(False)
        self._refresh()

    def _on_not_listed(self, checked: bool) -> None:
        self._host_touched = True
        if checked:
            self._reported.pop("host", None)
            self.hosts.clearSelection()
        self._refresh()

    def _refresh(self) -> None:
        problems = self.problems()
        for key, field in self.fields.items():
            code = problems.get(key)
            field.show_problem(problem_text(key, code) if code and field.touched else "")
        self._show_host_message(problems.get("host"))
        self.next_button.setEnabled(not problems)

    def _show_host_message(self, code: str | None) -> None:
        text, role = "", "hint"
        if self.host_unknown():
            text = (self.tr("The front desk will arrange a doctor for you.") if profile.clinic()
                    else self.tr("Reception will find your host for you."))
        elif code and code != "required":
            text, role = problem_text("host", code), "error"
        elif code and self.host_search.text().strip():
            text = (self.tr("Touch the name of the person you are visiting.") if self.hosts.count()
                    else self.tr("No one found. Please check the spelling, or touch \"My host is not listed\"."))
        elif code and self._host_touched:
            text, role = problem_text("host", code), "error"
        elif code:
            text = self.tr("Search by Chinese name, pinyin, initials or English name.")
        self.host_message.setText(text)
        self.host_message.setVisible(bool(text))  # room for one more host card when there is nothing to say
        set_role(self.host_message, role)

    # Language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your visit"))
        self.subtitle.setText(self.tr("Fill in your details and choose whom you are visiting."))
        self.name.caption.setText(self.tr("Your name"))
        self.name.edit.setPlaceholderText(self.tr("Full name"))
        self.mobile.caption.setText(self.tr("Mobile number"))
        self.mobile.edit.setPlaceholderText(self.tr("e.g. 138 0013 8000"))
        self.company.caption.setText(self.tr("Company (optional)"))
        self.company.edit.setPlaceholderText(self.tr("Your company or organisation"))
        self.host_caption.setText(self.tr("Whom are you visiting?"))
        self.host_search.setPlaceholderText(self.tr("Type a name, pinyin or initials, e.g. zs"))
        self.not_listed.setText(self.tr("My host is not listed"))
        self.back_button.setText(self.tr("Back"))
        self.next_button.setText(self.tr("Next"))
        if profile.factory():  # a gate: whoever receives the visitor is their contact (接待人)
            self.host_caption.setText(self.tr("Who is your contact?"))
            self.not_listed.setText(self.tr("My contact is not listed"))
        if profile.clinic():  # a first visit: the patient and their doctor, no company
            self.title.setText(self.tr("Your first visit"))
            self.subtitle.setText(self.tr("Fill in your details and choose your doctor."))
            self.host_caption.setText(self.tr("Which doctor?"))
            self.not_listed.setText(self.tr("Any doctor / not sure"))
        self.company.setVisible(not profile.clinic())
        self._show_card_note()
        self._refresh()  # problem messages are translated text too
