"""A first visit at a clinic: how the patient heard of the clinic (获悉途径), which the registration form asks
and the desk otherwise has to remind them of. One touch; "Other" takes a few words."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QVBoxLayout, QWidget

from shared.qt.problems import problem_text
from shared.qt.retranslate import Retranslating

from kiosk.widgets import Field, card, label, page_frame, touch_button

# Kept as the clinic's form words them, whatever language the patient reads.
SOURCES = {"friend": "亲友介绍", "search": "网络搜索", "social": "社交媒体", "passing": "路过看到", "ad": "广告",
           "other": ""}


class ReferralPage(Retranslating, QWidget):
    back = Signal()
    next = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("How you heard of us page")
        self.title = label("title")
        self.subtitle = label("subtitle")
        self.choices = {key: touch_button(f"Heard of us: {key}", kind="choice") for key in SOURCES}
        self._group = QButtonGroup(self)
        for button in self.choices.values():
            button.setCheckable(True)
            self._group.addButton(button)
            button.clicked.connect(lambda _=False: self._refresh())
        self.other = Field("Other source")
        self.other.edit.setMaxLength(60)
        self.other.edited.connect(lambda: self._refresh())
        self.problem = label("error")
        self.problem.setAccessibleName("How you heard of us problem")
        self.back_button = touch_button("Back", kind="secondary")
        self.next_button = touch_button("Next", kind="primary")
        self.next_button.setMinimumWidth(240)
        box = card()
        column = QVBoxLayout(box)
        column.setContentsMargins(32, 24, 32, 24)
        column.setSpacing(16)
        grid = QGridLayout()  # two rows of three: the buttons stay on a landscape screen
        grid.setSpacing(16)
        for i, button in enumerate(self.choices.values()):
            grid.addWidget(button, i // 3, i % 3)
        column.addLayout(grid)
        column.addWidget(self.other)
        column.addStretch(1)
        body = QVBoxLayout()
        body.addWidget(box, 1)
        page_frame(self, self.title, self.subtitle, body, [self.back_button], self.next_button,
                   problems=(self.problem,))
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self._on_next)
        self._asked = False
        self.retranslate()

    def referral(self) -> str:
        chosen = next((key for key, button in self.choices.items() if button.isChecked()), None)
        if chosen is None:
            return ""
        return self.other.text().strip() if chosen == "other" else SOURCES[chosen]

    def clear(self) -> None:
        self._group.setExclusive(False)
        for button in self.choices.values():
            button.setChecked(False)
        self._group.setExclusive(True)
        self.other.clear()
        self._asked = False
        self._refresh()

    def show_problems(self, problems: dict[str, str]) -> None:
        self._asked = "referral" in problems
        self._refresh(problems.get("referral"))

    def _on_next(self) -> None:
        if self.referral():
            self.next.emit()
        else:  # the desk's reminder, said by the kiosk
            self._asked = True
            self._refresh()

    def _refresh(self, code: str | None = None) -> None:
        self.other.setVisible(self.choices["other"].isChecked())
        missing = not self.referral()
        if code is None and self._asked and missing:
            code = "required"
        self.problem.setText(problem_text("referral", code) if code else "")

    def retranslate(self) -> None:
        self.title.setText(self.tr("How did you hear of us?"))
        self.subtitle.setText(self.tr("Your first visit: one touch, and we know whom to thank."))
        for key, text in (("friend", self.tr("Family or friends")), ("search", self.tr("Internet search")),
                          ("social", self.tr("Social media")), ("passing", self.tr("Passing by")),
                          ("ad", self.tr("Advertisement")), ("other", self.tr("Other"))):
            self.choices[key].setText(text)
        self.other.caption.setText(self.tr("Please tell us where"))
        self.back_button.setText(self.tr("Back"))
        self.next_button.setText(self.tr("Next"))
        self._refresh()
