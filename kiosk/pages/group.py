"""A group: the person in front types everyone else's name, or leaves the names to the desk.

Every member gets a badge either way; with names at the desk the badges say "member n of N"."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from shared.domain.validation import name_problem
from shared.qt.problems import problem_text
from shared.qt.retranslate import Retranslating

from kiosk.widgets import Field, Reflow, card, label, touch_button, touch_scroll_area

COLUMNS = 3


class GroupPage(Retranslating, QWidget):
    back = Signal()
    next = Signal()
    names_at_desk = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Group page")
        self.members: list[Field] = []  # a pool: reused (and emptied) for the next group
        self._count = 0
        self._reported: dict[int, str] = {}
        self.title = label("title")
        self.subtitle = label("subtitle")
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(32, 24, 32, 16)
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(10)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.desk_hint = label("hint")
        self.back_button = touch_button("Back", kind="secondary")
        self.desk_button = touch_button("Names at the desk", kind="secondary")
        self.next_button = touch_button("Next", kind="primary")
        self.next_button.setMinimumWidth(240)

        names = card()
        inner = QVBoxLayout(names)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(touch_scroll_area(self.grid_host))
        back, go = QWidget(), QWidget()
        back_row, go_row = QHBoxLayout(back), QHBoxLayout(go)
        for row in (back_row, go_row):
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(16)
        back_row.addWidget(self.back_button)
        back_row.addStretch(1)
        back_row.addWidget(self.desk_hint, 2)
        go_row.addWidget(self.desk_button)
        go_row.addWidget(self.next_button)
        buttons = Reflow([back, go], spacing=16, stretches=[1, 0])  # two rows on a portrait screen
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 20, 48, 24)
        layout.setSpacing(16)
        heading = QHBoxLayout()
        heading.setSpacing(20)
        heading.addWidget(self.title, 0, Qt.AlignmentFlag.AlignBaseline)
        heading.addWidget(self.subtitle, 1, Qt.AlignmentFlag.AlignBaseline)
        self.subtitle.setWordWrap(True)  # a long English line wraps on a narrow screen
        layout.addLayout(heading)
        layout.addWidget(names, 1)
        layout.addWidget(buttons)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.desk_button.clicked.connect(self.names_at_desk)
        self.retranslate()

    def set_party_size(self, party_size: int) -> None:
        """One name field for each of the others; names already typed are kept."""
        count = max(0, party_size - 1)
        while len(self.members) < count:
            number = len(self.members) + 2
            field = Field(f"Member {number} name")
            field.edited.connect(lambda i=len(self.members): self._on_edited(i))
            self.grid.addWidget(field, (number - 2) // COLUMNS, (number - 2) % COLUMNS)
            self.members.append(field)
        for i, field in enumerate(self.members):
            field.setVisible(i < count)
            if i >= count:
                field.clear()
        self._count = count
        self.retranslate()

    def names(self) -> list[str]:
        return [field.text() for field in self.members[:self._count]]

    def problems(self) -> dict[int, str]:
        found = {i: p for i, name in enumerate(self.names()) if (p := name_problem(name))}
        return found | self._reported

    def clear(self) -> None:
        for field in self.members:
            field.clear()
        self._reported.clear()
        self._refresh()

    def show_problems(self, problems: dict[str, str]) -> None:
        """member_<i> codes from the check-in (i counts the others from 0)."""
        self._reported = {int(k.removeprefix("member_")): v for k, v in problems.items()
                          if k.startswith("member_") and k.removeprefix("member_").isdigit()}
        for field in self.members:
            field.touched = True
        self._refresh()

    def focus_first_field(self) -> None:
        if self.members and self._count:
            self.members[0].edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_edited(self, index: int) -> None:
        self._reported.pop(index, None)
        self._refresh()

    def _refresh(self) -> None:
        problems = self.problems()
        for i, field in enumerate(self.members[:self._count]):
            code = problems.get(i)
            field.show_problem(problem_text("member", code) if code and field.touched else "")
        self.next_button.setEnabled(not problems)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Who is with you?"))
        self.subtitle.setText(self.tr("Type each person's name, so that everyone gets a badge."))
        for i, field in enumerate(self.members):
            field.caption.setText(self.tr("Person %1").replace("%1", str(i + 2)))
            field.edit.setPlaceholderText(self.tr("Full name"))
        self.desk_hint.setText(self.tr("Or give the names at the desk:"))
        self.desk_button.setText(self.tr("Names at the desk"))
        self.back_button.setText(self.tr("Back"))
        self.next_button.setText(self.tr("Next"))
        self._refresh()
