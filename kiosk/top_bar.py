"""The bar on every page: where the visitor is, and the language they read."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QPushButton, QWidget

from shared.qt.i18n import LANGUAGES

from .widgets import label, touch_button

# Stable English accessible names; the button text is each language's own name.
ACCESSIBLE = {"zh_CN": "Chinese", "en": "English"}


class TopBar(QFrame):
    language_chosen = Signal(str)

    def __init__(self, site_name: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TopBar")
        self.site = label("site", site_name)
        self.site.setWordWrap(False)
        self.buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(40, 12, 40, 12)
        layout.setSpacing(0)
        layout.addWidget(self.site, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addStretch(1)
        codes = list(LANGUAGES)
        for i, code in enumerate(codes):
            button = touch_button(ACCESSIBLE.get(code, code), kind="lang")
            button.setText(LANGUAGES[code])  # never translated: a visitor must find their own language
            button.setCheckable(True)
            button.setChecked(code == language)
            button.setMinimumHeight(56)
            button.setProperty("edge", "left" if i == 0 else "right" if i == len(codes) - 1 else "middle")
            button.clicked.connect(lambda _=False, c=code: self.language_chosen.emit(c))
            group.addButton(button)
            layout.addWidget(button)
            self.buttons[code] = button

    def show_language(self, language: str) -> None:
        if language in self.buttons:
            self.buttons[language].setChecked(True)
