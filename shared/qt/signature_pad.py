"""A pad to sign on with a finger (or a mouse): strokes kept as points from 0 to 1 across and down."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from shared.domain.model import Stroke
from shared.domain.signing import MAX_POINTS, MIN_INK, ink_length

ASPECT = 3.0  # as wide as three times its height: the shape the signed copy shows
PAD_WIDTH = 600  # 200 px high: room for a finger's signature on a 1280x800 screen


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Signature pad")
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        # 3:1 always (the strokes are kept in the pad's own 0..1 square): fixed, so the document above
        # keeps the room and the buttons stay on an 800 px screen.
        self.setFixedSize(PAD_WIDTH, round(PAD_WIDTH / ASPECT))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.placeholder = ""
        self._strokes: list[list[tuple[float, float]]] = []
        self._drawing = False

    # -- what was drawn ----------------------------------------------------------------------------
    def strokes(self) -> tuple[Stroke, ...]:
        return tuple(tuple(stroke) for stroke in self._strokes if stroke)

    def is_signed(self) -> bool:
        """Enough ink to count (the core refuses less): a tap or a dash is not a signature."""
        return ink_length(self.strokes(), ASPECT) >= MIN_INK

    def show_strokes(self, strokes: tuple[Stroke, ...]) -> None:
        """Strokes drawn elsewhere (the screenshots' sample signature)."""
        self._strokes = [list(stroke) for stroke in strokes]
        self.update()
        self.changed.emit()

    def clear(self) -> None:
        self._strokes.clear()
        self._drawing = False
        self.update()
        self.changed.emit()

    # -- input ---------------------------------------------------------------------------------------
    def _point(self, pos: QPointF) -> tuple[float, float]:
        return (min(1.0, max(0.0, pos.x() / max(1, self.width() - 1))),
                min(1.0, max(0.0, pos.y() / max(1, self.height() - 1))))

    def _begin(self, pos: QPointF) -> None:
        if self.isEnabled() and sum(map(len, self._strokes)) < MAX_POINTS:
            self._strokes.append([self._point(pos)])
            self._drawing = True
            self.update()

    def _extend(self, pos: QPointF) -> None:
        if self._drawing and sum(map(len, self._strokes)) < MAX_POINTS:
            point = self._point(pos)
            if point != self._strokes[-1][-1]:
                self._strokes[-1].append(point)
                self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
                    QEvent.Type.TouchCancel):
            points = event.points()
            if points:  # the first finger signs; a palm resting beside it does not
                pos = points[0].position()
                if kind == QEvent.Type.TouchBegin:
                    self._begin(pos)
                elif kind == QEvent.Type.TouchUpdate:
                    self._extend(pos)
                else:
                    self._extend(pos)
                    self._end()
            event.accept()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self._end()

    # -- drawing -------------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white") if self.isEnabled() else QColor("#eef1f4"))
        painter.setPen(QPen(QColor("#9aa5b1"), 2))
        painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
        baseline = self.height() * 0.75
        painter.drawLine(QPointF(24, baseline), QPointF(self.width() - 24, baseline))
        if not self._strokes and self.placeholder:
            painter.setPen(QColor("#7b8794"))
            painter.drawText(self.rect().adjusted(0, 0, 0, -int(self.height() * 0.3)),
                             int(Qt.AlignmentFlag.AlignCenter), self.placeholder)
        painter.setPen(QPen(QColor("#102a43"), max(3.0, self.width() / 200), Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        w, h = self.width() - 1, self.height() - 1
        for stroke in self._strokes:
            path = QPainterPath(QPointF(stroke[0][0] * w, stroke[0][1] * h))
            for x, y in stroke[1:]:
                path.lineTo(QPointF(x * w, y * h))
            if len(stroke) == 1:
                painter.drawPoint(path.currentPosition())
            else:
                painter.drawPath(path)
