"""A page that tells the visitor one thing, with an icon and one or two ways on."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from kiosk.icons import Icon
from kiosk.widgets import Reflow, label


class NoticeLayout(QVBoxLayout):
    """Icon, title, message, buttons, centred; pages set the texts."""

    def __init__(self, page: QWidget, icon: Icon, buttons: list[QPushButton]) -> None:
        super().__init__(page)
        self.title = label("title")
        self.title.setAccessibleName(f"{page.accessibleName()} title")
        self.message = label("subtitle")
        for widget in (self.title, self.message):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for button in buttons:
            button.setMinimumWidth(300)
        self.buttons = Reflow(buttons, spacing=24, centred=True)
        self.setContentsMargins(100, 40, 100, 60)
        self.addStretch(3)
        self.addWidget(icon, 0, Qt.AlignmentFlag.AlignHCenter)
        self.addSpacing(28)
        self.addWidget(self.title)
        self.addSpacing(12)
        self.addWidget(self.message)
        self.addStretch(2)
        self.addWidget(self.buttons)
        self.addStretch(2)
