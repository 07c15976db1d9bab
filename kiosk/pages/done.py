"""The end of a check-in. It never says whether the host is in: that is for the desk to handle."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from shared.qt.retranslate import Retranslating

from .. import style
from ..widgets import label, touch_button


class Tick(QWidget):
    """A drawn check mark, so it does not depend on a font having the glyph."""

    def sizeHint(self) -> QSize:
        return QSize(132, 132)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        centre = QPointF(self.width() / 2, self.height() / 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.color("PRIMARY_SOFT"))
        painter.drawEllipse(centre, side / 2, side / 2)
        painter.setBrush(style.color("PRIMARY"))
        painter.drawEllipse(centre, side * 0.36, side * 0.36)
        unit = side / 100
        tick = QPainterPath(centre + QPointF(-15 * unit, 1 * unit))
        tick.lineTo(centre + QPointF(-4 * unit, 12 * unit))
        tick.lineTo(centre + QPointF(17 * unit, -11 * unit))
        painter.setPen(QPen(Qt.GlobalColor.white, 7 * unit, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(tick)


class DonePage(Retranslating, QWidget):
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Done page")
        self.tick = Tick()
        self.tick.setFixedSize(self.tick.sizeHint())
        self.title = label("display")
        self.message = label("subtitle")
        self.done_button = touch_button("Done", kind="primary")
        self.done_button.setMinimumWidth(320)
        for widget in (self.title, self.message):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 40, 80, 60)
        layout.addStretch(3)
        layout.addWidget(self.tick, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(32)
        layout.addWidget(self.title)
        layout.addSpacing(12)
        layout.addWidget(self.message)
        layout.addStretch(2)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.done_button.clicked.connect(self.finished)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Please take your badge."))
        self.message.setText(self.tr("Your host has been notified; please take a seat."))
        self.done_button.setText(self.tr("Done"))

