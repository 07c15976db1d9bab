"""An attention panel folded to one line: its title, the item its buttons act on, and a button that unfolds
the whole list. A laptop's 768 px keep the waiting list; nothing is hidden that the buttons act on."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget


translate = QCoreApplication.translate


class Fold:
    """Shows `details` only when unfolded; the title line says what the buttons act on while folded."""

    def __init__(self, title: QLabel, details: list[QWidget], what: str) -> None:
        self.title, self.details, self.unfolded = title, details, False
        # A long line is cut at the window's edge, not widening the window.
        title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.toggle = QPushButton(objectName="bannerToggle")
        self.toggle.setAccessibleName(f"Show or hide the {what}")
        self.toggle.clicked.connect(self.flip)
        self._heading, self._current, self._count = "", "", 0

    def flip(self) -> None:
        self.unfolded = not self.unfolded
        self.show(self._heading, self._current, self._count)

    def show(self, heading: str, current: str, count: int) -> None:
        """heading: the panel's title; current: the one line about the item the buttons act on; count: items."""
        self._heading, self._current, self._count = heading, current, count
        folded = not self.unfolded
        for widget in self.details:
            widget.setVisible(not folded and bool(widget.property("hasContent")))
        line = current.splitlines()[0] if current else ""
        self.title.setText(f"{heading}: {line}" if folded and line else heading)
        if self.unfolded:
            text = translate("AttentionBanner", "Hide list")
        elif count > 1:
            text = translate("AttentionBanner", "Show all (%1)").replace("%1", str(count))
        else:
            text = translate("AttentionBanner", "Details")
        self.toggle.setText(text)
        self.toggle.setVisible(count > 0)
