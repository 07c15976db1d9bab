"""More about the visit: how many people, why, and what the site asks for (plate, region, ID).

The optional fields show only when the site's settings ask for them. Nothing is saved here."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from shared.domain.model import WalkIn
from shared.domain.validation import PARTY_MAX, REGION_MAX, field_problems
from shared.qt.problems import problem_text
from shared.qt.retranslate import Retranslating

from kiosk.widgets import Field, Reflow, Stepper, card, label, page_frame, touch_button

OPTIONAL = ("plate", "region", "id_number")
FIELDS = ("party_size", "purpose", *OPTIONAL)


class DetailsPage(Retranslating, QWidget):
    back = Signal()
    next = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Visit details page")
        self._reported: dict[str, str] = {}
        self.title = label("title")
        self.subtitle = label("subtitle")
        self.party_caption = label("label")
        self.party_size = Stepper("Party size", "Fewer people", "More people", 1, PARTY_MAX)
        self.party_hint = label("hint")
        self.purpose = Field("Purpose of visit")
        self.plate = Field("Vehicle plate")
        self.region = Field("Region")
        self.region.edit.setMaxLength(REGION_MAX)  # the core refuses more (("region", "too_long"))
        self.id_number = Field("ID number")
        self.id_number.edit.setInputMethodHints(Qt.InputMethodHint.ImhPreferNumbers)
        self.fields = {"purpose": self.purpose, "plate": self.plate, "region": self.region,
                       "id_number": self.id_number}
        self.back_button = touch_button("Back", kind="secondary")
        self.next_button = touch_button("Next", kind="primary")
        self.next_button.setMinimumWidth(240)
        self._lay_out()
        for key, field in self.fields.items():
            field.edited.connect(lambda k=key: self._on_edited(k))
        self.party_size.changed.connect(lambda _n: self._refresh())
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.ask(plate=False, region=False, id_number=False)
        self.retranslate()

    def _lay_out(self) -> None:
        visit = card()
        left = QVBoxLayout(visit)
        left.setContentsMargins(32, 24, 32, 16)
        left.setSpacing(10)
        left.addWidget(self.party_caption)
        left.addWidget(self.party_size)
        left.addWidget(self.party_hint)
        left.addSpacing(16)
        left.addWidget(self.purpose)
        left.addStretch(1)

        self.site_card = card()
        right = QVBoxLayout(self.site_card)
        right.setContentsMargins(32, 24, 32, 16)
        right.setSpacing(12)
        for field in (self.plate, self.region, self.id_number):
            right.addWidget(field)
        right.addStretch(1)

        columns = QVBoxLayout()  # the visit and the site's questions side by side, stacked on a portrait screen
        columns.setContentsMargins(0, 0, 0, 0)
        self.columns = Reflow([visit, self.site_card], spacing=24)
        columns.addWidget(self.columns, 1)

        page_frame(self, self.title, self.subtitle, columns, [self.back_button], self.next_button)

    def ask(self, plate: bool, region: bool, id_number: bool) -> None:
        """Which optional fields this site asks for (SiteSettings.ask_*)."""
        shown = {"plate": plate, "region": region, "id_number": id_number}
        for key, on in shown.items():
            self.fields[key].setVisible(on)
            if not on:
                self.fields[key].clear()
        self.site_card.setVisible(any(shown.values()))
        self._refresh()

    # What the visitor entered -------------------------------------------------------------

    def values(self) -> dict:
        """The WalkIn fields of this page; a hidden field is empty."""
        return {"party_size": self.party_size.value(), "purpose": self.purpose.text(),
                **{key: self.fields[key].text() if self.fields[key].isVisibleTo(self) else "" for key in OPTIONAL}}

    def problems(self) -> dict[str, str]:
        found = field_problems(WalkIn("", "", "", None, **self.values())) | self._reported
        return {k: v for k, v in found.items() if k in FIELDS}

    def clear(self) -> None:
        self.party_size.set_value(1)
        for field in self.fields.values():
            field.clear()
        self._reported.clear()
        self._refresh()

    def show_problems(self, problems: dict[str, str]) -> None:
        self._reported = {k: v for k, v in problems.items() if k in FIELDS}
        for field in self.fields.values():
            field.touched = True
        self._refresh()

    # Reactions ----------------------------------------------------------------------------

    def _on_edited(self, key: str) -> None:
        self._reported.pop(key, None)
        self._refresh()

    def _refresh(self) -> None:
        problems = self.problems()
        for key, field in self.fields.items():
            code = problems.get(key)
            field.show_problem(problem_text(key, code) if code and field.touched else "")
        self.next_button.setEnabled(not problems)
        n = self.party_size.value()
        self.party_hint.setText(self.tr("Everyone in your group gets a badge.") if n > 1
                                else self.tr("Just you? Then leave it at 1."))

    # Language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("About your visit"))
        self.subtitle.setText(self.tr("A few more details, then you are done."))
        self.party_caption.setText(self.tr("How many people, including you?"))
        self.purpose.caption.setText(self.tr("Purpose of your visit (optional)"))
        self.purpose.edit.setPlaceholderText(self.tr("e.g. meeting, interview, delivery"))
        self.plate.caption.setText(self.tr("Vehicle plate (optional)"))
        self.plate.edit.setPlaceholderText(self.tr("e.g. 粤B12345"))
        self.region.caption.setText(self.tr("Coming from (city or region, optional)"))
        self.region.edit.setPlaceholderText(self.tr("e.g. Shenzhen"))
        self.id_number.caption.setText(self.tr("ID card number (optional)"))
        self.id_number.edit.setPlaceholderText(self.tr("18 digits; the last may be X"))
        self.back_button.setText(self.tr("Back"))
        self.next_button.setText(self.tr("Next"))
        self._refresh()
