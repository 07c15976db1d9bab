"""The visitor checks the summary and reads what is kept, and why, before anything is saved."""
from __future__ import annotations

import time
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from shared.domain.errors import InvalidInput
from shared.domain.identity import mask_id_number, normalise_id_number, normalise_plate
from shared.domain.model import Consent, Host, WalkIn
from shared.domain.validation import clean_text, mask_mobile, normalise_mobile
from shared.qt.retranslate import Retranslating

from kiosk import profile
from kiosk.host_list import secondary_line
from kiosk.privacy import ALWAYS_KEPT, PrivacyConsent, SavesWithConsent
from kiosk.widgets import Reflow, card, label, page_frame, touch_button

ROWS = ("name", "mobile", "company", "host", "party", "purpose", "plate", "region", "id_number", "referral")
MEMBERS_SHOWN = 3  # a group of 50 must not push the buttons off the screen


def masked_mobile(raw: str) -> str:
    try:
        return mask_mobile(normalise_mobile(raw))
    except InvalidInput:
        return ""  # the form only lets a valid number through; never echo a raw one


def _clean(check, raw: str) -> str:
    try:
        return check(raw)
    except InvalidInput:
        return ""


@dataclass(frozen=True)
class Summary:
    """Everything the visitor entered on the way here."""

    walk_in: WalkIn
    host: Host | None
    members: list[str] = field(default_factory=list)
    names_at_desk: bool = False


def kept_for_walk_in(summary: Summary) -> list[str]:
    """What the privacy notice lists for this walk-in: what is always kept, and each optional field
    only when it was filled in (the names of a group's members, even those given at the desk later)."""
    w = summary.walk_in
    filled = {"company": w.company, "purpose": w.purpose, "plate": w.plate, "region": w.region,
              "id_number": w.id_number, "address": w.address, "nation": w.nation, "referral": w.referral}
    kept = [*ALWAYS_KEPT, *(key for key, text in filled.items() if clean_text(text))]
    return kept + ["members"] if w.party_size > 1 else kept


class ConfirmPage(SavesWithConsent, Retranslating, QWidget):
    confirmed = Signal()
    change = Signal()
    declined = Signal()

    # "Next" and "Confirm" sit under the same finger: a double tap on Next must not check in
    # before the visitor has read the summary, so taps this soon after the page opens are ignored.
    tap_guard_s = 0.6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Confirm page")
        self._summary: Summary | None = None
        self._failed = False
        self._shown_at = 0.0

        self.title = label("title")
        self.subtitle = label("subtitle")
        self.keys = {key: label("key") for key in ROWS}
        self.values = {key: label("summary") for key in ROWS}
        for key, value in self.values.items():
            value.setAccessibleName(f"Summary {key}")
        self.host_detail = label("value-sub")
        self.privacy = PrivacyConsent()
        self.problem = label("error")
        self.problem.setAccessibleName("Check-in problem")
        self.change_button = touch_button("Change", kind="secondary")
        self.decline_button = touch_button("Decline", kind="secondary")
        self.confirm_button = touch_button("Confirm and print badge", kind="primary")
        self.confirm_button.setMinimumWidth(360)
        self._lay_out()
        self.change_button.clicked.connect(self.change)
        self.decline_button.clicked.connect(self.declined)
        self.confirm_button.clicked.connect(self._on_confirm)
        self.retranslate()

    def _lay_out(self) -> None:
        summary = card()
        grid = QGridLayout(summary)
        grid.setContentsMargins(36, 22, 36, 22)
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(6)
        row = 0
        for key in ROWS:
            grid.addWidget(self.keys[key], row, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBaseline)
            grid.addWidget(self.values[key], row, 1, Qt.AlignmentFlag.AlignBaseline)
            row += 1
            if key == "host":
                grid.addWidget(self.host_detail, row, 1)
                row += 1
        grid.setRowStretch(row, 1)
        grid.setColumnStretch(1, 1)

        columns = QVBoxLayout()  # the two cards side by side, stacked on a portrait screen
        columns.setContentsMargins(0, 0, 0, 0)
        self.columns = Reflow([summary, self.privacy], spacing=24)
        columns.addWidget(self.columns, 1)

        page_frame(self, self.title, self.subtitle, columns, [self.change_button, self.decline_button],
                   self.confirm_button, problems=(self.privacy.problem, self.problem), spacing=12)

    def show_summary(self, summary: Summary, retention_days: int) -> None:
        self._summary, self._failed = summary, False
        self._shown_at = time.monotonic()
        self.privacy.clear()
        self.privacy.set_terms(retention_days, kept_for_walk_in(summary))
        self.set_busy(False)
        self._fill()

    def consent(self) -> Consent:
        return self.privacy.consent()

    def _on_confirm(self) -> None:
        if time.monotonic() - self._shown_at >= self.tap_guard_s:
            self.confirmed.emit()

    def clear(self) -> None:
        self._summary, self._failed = None, False
        self.privacy.clear()
        self.set_busy(False)
        self._fill()

    def action_buttons(self) -> tuple[QWidget, ...]:
        return self.confirm_button, self.change_button, self.decline_button

    def _fill(self) -> None:
        self.problem.setText(self.tr("Sorry, something went wrong. Please ask at the front desk.")
                             if self._failed else "")
        self.problem.setVisible(self._failed)  # when hidden, a consent problem has the whole width
        texts = dict.fromkeys(ROWS, "")
        detail = ""
        if self._summary is not None:
            texts, detail = self._texts(self._summary)
        for key in ROWS:
            always = ("name", "mobile", "host") if profile.clinic() else ("name", "mobile", "company", "host")
            shown = bool(texts[key]) or key in always
            self.values[key].setText(texts[key])
            self.values[key].setVisible(shown)
            self.keys[key].setVisible(shown)
        self.host_detail.setText(detail)
        self.host_detail.setVisible(bool(detail))

    def _texts(self, summary: Summary) -> tuple[dict[str, str], str]:
        w = summary.walk_in
        names = [clean_text(n) for n in summary.members]
        members = self.tr(", ").join(names[:MEMBERS_SHOWN])
        if len(names) > MEMBERS_SHOWN:
            members += self.tr(" and {n} more").format(n=len(names) - MEMBERS_SHOWN)
        if summary.names_at_desk:
            members = self.tr("names given at the desk")
        party = self.tr("{n} people").format(n=w.party_size) + self.tr(": ") + members
        id_number = _clean(normalise_id_number, w.id_number) if clean_text(w.id_number) else ""
        texts = {
            "name": clean_text(w.name),
            "mobile": masked_mobile(w.mobile),
            "company": clean_text(w.company) or "—",
            "host": summary.host.name if summary.host else (
                self.tr("The front desk arranges a doctor") if profile.clinic()
                else self.tr("Reception will find your host")),
            "party": party if w.party_size > 1 else "",
            "purpose": clean_text(w.purpose),
            "plate": _clean(normalise_plate, w.plate) if clean_text(w.plate) else "",
            "region": clean_text(w.region),
            "id_number": mask_id_number(id_number) if id_number else "",
            "referral": clean_text(w.referral),
        }
        return texts, secondary_line(summary.host) if summary.host else ""

    def retranslate(self) -> None:
        self.title.setText(self.tr("Please check your details"))
        self.subtitle.setText(self.tr("Your badge is printed when you confirm."))
        for key, text in (("name", self.tr("Name")), ("mobile", self.tr("Mobile")), ("company", self.tr("Company")),
                          ("host", self.tr("Visiting")), ("party", self.tr("Group")),
                          ("purpose", self.tr("Purpose")),
                          ("plate", self.tr("Vehicle")), ("region", self.tr("Coming from")),
                          ("id_number", self.tr("ID number")), ("referral", self.tr("Heard of us"))):
            self.keys[key].setText(text)
        self.change_button.setText(self.tr("Change"))
        self.decline_button.setText(self.tr("I do not agree"))
        self.confirm_button.setText(self.tr("Confirm and print badge"))
        if profile.factory():
            self.subtitle.setText(self.tr("Your site pass is printed when you confirm."))
            self.keys["host"].setText(self.tr("Contact"))
            self.confirm_button.setText(self.tr("Confirm and print site pass"))
        if profile.clinic():
            self.subtitle.setText(self.tr("Your queue ticket is printed when you confirm."))
            self.keys["host"].setText(self.tr("Doctor"))
            self.confirm_button.setText(self.tr("Confirm and print ticket"))
        self._fill()
