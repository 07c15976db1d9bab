"""Small building blocks every kiosk page uses."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from . import style


def label(role: str, text: str = "", parent: QWidget | None = None) -> QLabel:
    widget = QLabel(text, parent)
    widget.setProperty("role", role)
    widget.setWordWrap(True)
    return widget


def touch_button(accessible_name: str, kind: str = "primary", parent: QWidget | None = None) -> QPushButton:
    """A big button; the accessible name is stable English, the text is set on retranslate."""
    button = QPushButton(parent)
    button.setAccessibleName(accessible_name)
    button.setProperty("kind", kind)
    button.setMinimumHeight(style.TOUCH_MIN_PX)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a tap must not steal focus from the field being typed in
    return button


def card(parent: QWidget | None = None) -> QFrame:
    frame = QFrame(parent)
    frame.setProperty("role", "card")
    return frame


class Field(QWidget):
    """Caption, line edit and the problem shown under it once the visitor has touched it."""

    edited = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = label("label")
        self.edit = QLineEdit()
        self.edit.setAccessibleName(accessible_name)
        self.problem = label("error")
        self.problem.setAccessibleName(f"{accessible_name} problem")
        self.touched = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.caption)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem)
        self.edit.textEdited.connect(self._on_edited)
        # No long-press menu: its Undo would bring back what the previous visitor typed.
        self.edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.setText("")  # unlike clear(), forgets the undo history: the next visitor can't undo
        self.touched = False
        self.show_problem("")

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.edit.setProperty("invalid", bool(text))
        style.restyle(self.edit)

    def _on_edited(self) -> None:
        self.touched = True
        self.edited.emit()
