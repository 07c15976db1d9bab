"""A line of the board at its role's size, made smaller when it would not fit the width: a long name or an
English sentence shrinks instead of being cut off, in landscape and in portrait."""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from display.style import SIZES

MIN_RATIO = 0.55  # a line that would be smaller than this share of its size wraps instead


class FitLabel(QLabel):
    """wrap False: lines broken by the caller ("\n"), shrunk until the widest fits."""

    def __init__(self, role: str, parent: QWidget | None = None, wrap: bool = True) -> None:
        super().__init__(parent)
        self.setProperty("role", role)
        self.role, self.scale, self.plain, self.wrap = role, 1.0, "", wrap
        # The width is the layout's, never the text's: a long line must not widen its column.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_line(self, plain: str, rich: str = "") -> None:
        """The text (rich: the same text with colours) measured as `plain`."""
        self.plain = plain
        self.setText(rich or plain)
        self._fit()

    def set_scale(self, scale: float) -> None:
        self.scale = scale
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def full_font(self) -> QFont:
        """The font at the role's size for this scale: the largest the line is drawn at."""
        px, bold = SIZES[self.role]
        font = QFont(self.font())
        font.setBold(bold)
        font.setPixelSize(max(12, round(px * self.scale)))
        return font

    def room(self) -> int:
        return max(1, int(self.contentsRect().width() * 0.97))  # hinting at the smaller size may add a little

    def _fit(self) -> None:
        font = self.full_font()
        full = font.pixelSize()
        metrics = QFontMetrics(font)
        needed = max(1, *(metrics.horizontalAdvance(line) for line in self.plain.split("\n")))
        room = self.room()
        size = max(8, full if needed <= room else int(full * room / needed))
        wraps = self.wrap and size < full * MIN_RATIO
        if wraps:
            size = _two_lines(font, self.plain, room, min(full, int(full * 2 * room / needed)))
        font.setPixelSize(size)
        if font != self.font():
            self.setFont(font)
        if wraps != self.wordWrap():
            self.setWordWrap(wraps)


def _two_lines(font: QFont, text: str, room: int, size: int) -> int:
    """The largest size from `size` down at which the text wraps into two lines (where the breaks fall decides)."""
    font = QFont(font)
    floor = max(12, size // 3)
    while size > floor:
        font.setPixelSize(size)
        metrics = QFontMetrics(font)
        height = metrics.boundingRect(QRect(0, 0, room, 100_000), Qt.TextFlag.TextWordWrap, text).height()
        if height <= 2 * metrics.lineSpacing():
            break
        size = int(size * 0.94)
    return size
