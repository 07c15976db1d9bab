"""The visitor checks the summary before anything is saved."""
from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from shared.qt.retranslate import Retranslating
from shared.domain.errors import InvalidInput
from shared.domain.model import Host, WalkIn
from shared.domain.validation import clean_text, mask_mobile, normalise_mobile

from ..host_list import secondary_line
from ..widgets import card, label, touch_button


def masked_mobile(raw: str) -> str:
    try:
        return mask_mobile(normalise_mobile(raw))
    except InvalidInput:
        return ""  # the form only lets a valid number through; never echo a raw one


class ConfirmPage(Retranslating, QWidget):
    confirmed = Signal()
    change = Signal()

    # "Next" and "Confirm" sit under the same finger: a double tap on Next must not check in
    # before the visitor has read the summary, so taps this soon after the page opens are ignored.
    tap_guard_s = 0.6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Confirm page")
        self._walk_in: WalkIn | None = None
        self._host: Host | None = None
        self._failed = False
        self._shown_at = 0.0

        self.title = label("title")
        self.subtitle = label("subtitle")
        self.keys = {key: label("key") for key in ("name", "mobile", "company", "host")}
        self.values = {key: label("value") for key in self.keys}
        for key, value in self.values.items():
            value.setAccessibleName(f"Summary {key}")
        self.host_detail = label("value-sub")
        self.problem = label("error")
        self.problem.setAccessibleName("Check-in problem")
        self.change_button = touch_button("Change", kind="secondary")
        self.confirm_button = touch_button("Confirm and print badge", kind="primary")
        self.confirm_button.setMinimumWidth(380)
        self._lay_out()
        self.change_button.clicked.connect(self.change)
        self.confirm_button.clicked.connect(self._on_confirm)
        self.retranslate()

    def _lay_out(self) -> None:
        summary = card()
        grid = QGridLayout(summary)
        grid.setContentsMargins(48, 36, 48, 36)
        grid.setHorizontalSpacing(40)
        grid.setVerticalSpacing(22)
        row = 0
        for key in ("name", "mobile", "company", "host"):
            grid.addWidget(self.keys[key], row, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBaseline)
            grid.addWidget(self.values[key], row, 1, Qt.AlignmentFlag.AlignBaseline)
            row += 1
        grid.addWidget(self.host_detail, row, 1)
        grid.setColumnStretch(1, 1)

        buttons = QHBoxLayout()
        buttons.addWidget(self.change_button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)

        column = QVBoxLayout()
        column.setSpacing(16)
        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        column.addSpacing(12)
        column.addWidget(summary)
        column.addWidget(self.problem)
        column.addStretch(1)
        column.addLayout(buttons)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 24)
        layout.addStretch(1)
        layout.addLayout(column, 6)
        layout.addStretch(1)

    def show_summary(self, walk_in: WalkIn, host: Host) -> None:
        self._walk_in, self._host, self._failed = walk_in, host, False
        self._shown_at = time.monotonic()
        self.set_busy(False)
        self._fill()

    def _on_confirm(self) -> None:
        if time.monotonic() - self._shown_at >= self.tap_guard_s:
            self.confirmed.emit()

    def clear(self) -> None:
        self._walk_in, self._host, self._failed = None, None, False
        self.set_busy(False)
        self._fill()

    def show_failure(self) -> None:
        """The check-in failed for a reason the visitor cannot fix (e.g. the database is down)."""
        self._failed = True
        self.set_busy(False)
        self._fill()

    def set_busy(self, busy: bool) -> None:
        """While a check-in runs, a second tap must not register the visitor twice."""
        self.confirm_button.setEnabled(not busy)
        self.change_button.setEnabled(not busy)

    def _fill(self) -> None:
        self.problem.setText(self.tr("Sorry, something went wrong. Please ask at the front desk.")
                             if self._failed else "")
        walk_in, host = self._walk_in, self._host
        if walk_in is None or host is None:
            for value in self.values.values():
                value.clear()
            self.host_detail.clear()
            return
        self.values["name"].setText(clean_text(walk_in.name))
        self.values["mobile"].setText(masked_mobile(walk_in.mobile))
        self.values["company"].setText(clean_text(walk_in.company) or "—")
        self.values["host"].setText(host.name)
        self.host_detail.setText(secondary_line(host))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Please check your details"))
        self.subtitle.setText(self.tr("Your badge will be printed when you confirm."))
        self.keys["name"].setText(self.tr("Name"))
        self.keys["mobile"].setText(self.tr("Mobile"))
        self.keys["company"].setText(self.tr("Company"))
        self.keys["host"].setText(self.tr("Visiting"))
        self.change_button.setText(self.tr("Change"))
        self.confirm_button.setText(self.tr("Confirm and print badge"))
        self._fill()

