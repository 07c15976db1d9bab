"""The bar on every page: the site (its logo and name), and the language the visitor reads.

The site's mark is also the hidden way to the admin page: the window counts quick taps on it."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent, QPixmap
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from shared.qt.i18n import LANGUAGES

from kiosk.widgets import label, touch_button

# Stable English accessible names; the button text is each language's own name.
ACCESSIBLE = {"zh_CN": "Chinese", "en": "English"}
LOGO_HEIGHT = 44


def logo_pixmap(path: str, height: int) -> QPixmap | None:
    """The site's logo scaled to a height, or None when there is none (or it cannot be read)."""
    if not path or not Path(path).is_file():
        return None
    pixmap = QPixmap(path)
    if pixmap.isNull():
        return None
    return pixmap.scaledToHeight(height, Qt.TransformationMode.SmoothTransformation)


class SiteMark(QWidget):
    """Logo and name; not a button to the visitor, but it reports every tap."""

    tapped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Site name")
        self.logo = QLabel()
        self.name = label("site")
        self.name.setWordWrap(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.name, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setMinimumHeight(64)  # a finger finds it, for the staff who know

    def show_site(self, name: str, logo_path: str) -> None:
        self.name.setText(name)
        pixmap = logo_pixmap(logo_path, LOGO_HEIGHT)
        self.logo.setVisible(pixmap is not None)
        if pixmap is not None:
            self.logo.setPixmap(pixmap)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.tapped.emit()


class TopBar(QFrame):
    language_chosen = Signal(str)

    def __init__(self, site_name: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TopBar")
        self.site = SiteMark()
        self.site.show_site(site_name, "")
        self.buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(40, 10, 40, 10)
        layout.setSpacing(0)
        layout.addWidget(self.site, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addStretch(1)
        codes = list(LANGUAGES)
        for i, code in enumerate(codes):
            button = touch_button(ACCESSIBLE.get(code, code), kind="lang")
            button.setText(LANGUAGES[code])  # never translated: a visitor must find their own language
            button.setCheckable(True)
            button.setChecked(code == language)
            button.setMinimumHeight(64)
            button.setProperty("edge", "left" if i == 0 else "right" if i == len(codes) - 1 else "middle")
            button.clicked.connect(lambda _=False, c=code: self.language_chosen.emit(c))
            group.addButton(button)
            layout.addWidget(button)
            self.buttons[code] = button

    def show_language(self, language: str) -> None:
        if language in self.buttons:
            self.buttons[language].setChecked(True)
