"""The first thing a visitor sees: a greeting and one clear way in."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from shared.qt.retranslate import Retranslating

from ..widgets import label, touch_button


class WelcomePage(Retranslating, QWidget):
    walk_in_chosen = Signal()

    def __init__(self, site_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Welcome page")
        self.greeting = label("display")
        self.site = label("subtitle", site_name)
        self.prompt = label("subtitle")
        self.walk_in = touch_button("Walk-in", kind="hero")
        self.walk_in_hint = label("hint")
        for widget in (self.greeting, self.site, self.prompt, self.walk_in_hint):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 40, 80, 60)
        layout.addStretch(3)
        layout.addWidget(self.greeting)
        layout.addSpacing(8)
        layout.addWidget(self.site)
        layout.addStretch(2)
        layout.addWidget(self.prompt)
        layout.addSpacing(24)
        layout.addWidget(self.walk_in, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        layout.addWidget(self.walk_in_hint)
        layout.addStretch(4)

        self.walk_in.setMinimumWidth(560)
        self.walk_in.clicked.connect(self.walk_in_chosen)
        self.retranslate()

    def retranslate(self) -> None:
        self.greeting.setText(self.tr("Welcome"))
        self.prompt.setText(self.tr("Please register your visit here."))
        self.walk_in.setText(self.tr("I don't have an appointment"))
        self.walk_in_hint.setText(self.tr("Register as a walk-in visitor in under a minute."))

