"""After check-out: thank you, and an optional rating of the visit (five stars, or skip)."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QVBoxLayout, QWidget

from shared.qt.retranslate import Retranslating

from kiosk import style
from kiosk.icons import Tick, star_polygon
from kiosk.widgets import label, touch_button

STAR_PX = 112


class StarButton(QAbstractButton):
    def __init__(self, rating: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rating = rating
        self.lit = False
        self.setAccessibleName(f"{rating} star" + ("s" if rating > 1 else ""))
        self.setFixedSize(STAR_PX, STAR_PX)
        self.setMinimumHeight(STAR_PX)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:
        return QSize(STAR_PX, STAR_PX)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        lit = self.lit or self.isDown()
        painter.setPen(QPen(style.color("STAR" if lit else "FIELD_BORDER"), 4, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        painter.setBrush(style.color("STAR") if lit else style.color("SURFACE"))
        centre = QRectF(self.rect()).center() + QPointF(0, 4)
        painter.drawPolygon(star_polygon(centre, STAR_PX * 0.46))


class FeedbackPage(Retranslating, QWidget):
    rated = Signal(int)
    skipped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Feedback page")
        self._thanked = False
        self.tick = Tick(112)
        self.title = label("title")
        self.title.setAccessibleName("Feedback page title")
        self.question = label("subtitle")
        self.stars = [StarButton(n) for n in range(1, 6)]
        self.skip_button = touch_button("Skip", kind="secondary")
        self.skip_button.setMinimumWidth(260)
        for widget in (self.title, self.question):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout()
        row.setSpacing(20)
        row.addStretch(1)
        for star in self.stars:
            row.addWidget(star)
            star.clicked.connect(lambda _=False, n=star.rating: self._rate(n))
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 40, 80, 60)
        layout.addStretch(3)
        layout.addWidget(self.tick, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(24)
        layout.addWidget(self.title)
        layout.addSpacing(32)
        layout.addWidget(self.question)
        layout.addSpacing(20)
        layout.addLayout(row)
        layout.addStretch(2)
        layout.addWidget(self.skip_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.skip_button.clicked.connect(self.skipped)
        self.retranslate()

    def reset(self) -> None:
        self._thanked = False
        self._light(0)
        for star in self.stars:
            star.setEnabled(True)
        self.skip_button.setEnabled(True)
        self.retranslate()

    def _rate(self, rating: int) -> None:
        self._light(rating)
        for star in self.stars:
            star.setEnabled(False)  # once per visit
        self.skip_button.setEnabled(False)
        self._thanked = True
        self.retranslate()
        self.rated.emit(rating)

    def _light(self, rating: int) -> None:
        for star in self.stars:
            star.lit = star.rating <= rating
            star.update()

    def retranslate(self) -> None:
        self.title.setText(self.tr("You are checked out. Thank you for visiting!"))
        self.question.setText(self.tr("Thank you for your feedback!") if self._thanked
                              else self.tr("How was your visit? Touch a star."))
        self.skip_button.setText(self.tr("Skip"))
