"""A finger on a touchscreen, through Qt's own touch events (QTest's touch device)."""
from __future__ import annotations

import math

from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

_device = None


def touch_device():
    global _device
    if _device is None:
        _device = QTest.createTouchDevice()
    return _device


def draw_stroke(widget: QWidget, points: list[tuple[float, float]]) -> None:
    """Press at the first point (fractions of the widget), move through the rest, lift."""
    def at(p: tuple[float, float]) -> QPoint:
        return QPoint(round(p[0] * (widget.width() - 1)), round(p[1] * (widget.height() - 1)))

    QTest.touchEvent(widget, touch_device()).press(0, at(points[0]), widget).commit()
    for p in points[1:]:
        QTest.touchEvent(widget, touch_device()).move(0, at(p), widget).commit()
    QTest.touchEvent(widget, touch_device()).release(0, at(points[-1]), widget).commit()


def sign(widget: QWidget) -> None:
    """A signature: a wave across the pad and a stroke through it."""
    draw_stroke(widget, [(0.1 + 0.8 * i / 40, 0.5 + 0.25 * math.sin(i / 4)) for i in range(41)])
    draw_stroke(widget, [(0.3 + 0.01 * i, 0.25 + 0.02 * i) for i in range(25)])
