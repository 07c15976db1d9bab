"""Drawn icons, so they never depend on a font having the glyph."""
from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from kiosk import style


class Icon(QWidget):
    """A round icon of a fixed size: a soft halo, a solid disc, a white mark."""

    COLOR = "PRIMARY"
    SOFT = "PRIMARY_SOFT"

    def __init__(self, side: int = 132, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(side, side)

    def sizeHint(self) -> QSize:
        return self.size()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        centre = QPointF(self.width() / 2, self.height() / 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.color(self.SOFT))
        painter.drawEllipse(centre, side / 2, side / 2)
        painter.setBrush(style.color(self.COLOR))
        painter.drawEllipse(centre, side * 0.36, side * 0.36)
        unit = side / 100
        painter.setPen(QPen(Qt.GlobalColor.white, 7 * unit, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        self.mark(painter, centre, unit)

    def mark(self, painter: QPainter, centre: QPointF, unit: float) -> None:
        raise NotImplementedError


class Tick(Icon):
    def mark(self, painter: QPainter, centre: QPointF, unit: float) -> None:
        tick = QPainterPath(centre + QPointF(-15 * unit, 1 * unit))
        tick.lineTo(centre + QPointF(-4 * unit, 12 * unit))
        tick.lineTo(centre + QPointF(17 * unit, -11 * unit))
        painter.drawPath(tick)


class Alert(Icon):
    """An exclamation mark: something the visitor should know, not an error of theirs."""

    COLOR = "WARN"
    SOFT = "WARN_SOFT"

    def mark(self, painter: QPainter, centre: QPointF, unit: float) -> None:
        painter.drawLine(centre + QPointF(0, -16 * unit), centre + QPointF(0, 4 * unit))
        painter.drawPoint(centre + QPointF(0, 16 * unit))


class ScanMark(Icon):
    """A viewfinder: "hold your code to the scanner"."""

    def mark(self, painter: QPainter, centre: QPointF, unit: float) -> None:
        r, c = 17 * unit, 8 * unit
        for sx in (-1, 1):
            for sy in (-1, 1):
                corner = centre + QPointF(sx * r, sy * r)
                painter.drawLine(corner, corner - QPointF(sx * c, 0))
                painter.drawLine(corner, corner - QPointF(0, sy * c))
        painter.setPen(QPen(Qt.GlobalColor.white, 4 * unit, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(centre - QPointF(r - 5 * unit, 0), centre + QPointF(r - 5 * unit, 0))


def star_polygon(centre: QPointF, outer: float, inner_ratio: float = 0.45) -> QPolygonF:
    points = []
    for i in range(10):
        radius = outer if i % 2 == 0 else outer * inner_ratio
        angle = -math.pi / 2 + i * math.pi / 5
        points.append(QPointF(centre.x() + radius * math.cos(angle), centre.y() + radius * math.sin(angle)))
    return QPolygonF(points)
