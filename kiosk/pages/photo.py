"""A photo for the badge: a live preview with the face guide, a consent of its own, take / retake / use.

Nothing is taken before the visitor ticks the consent; "No photo" goes on without one. A camera that
is missing or fails sends the visitor on without a photo (the desk is told why)."""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from shared.domain.model import VisitorPhoto
from shared.domain.photo import guide_box, photo_jpeg
from shared.qt.retranslate import Retranslating

from kiosk.camera import Camera, to_pil
from kiosk.widgets import Reflow, Toggle, card, label, page_frame, touch_button


class Preview(QWidget):
    """The camera's picture, fitted, with the oval the face goes in (the part of the frame kept)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Camera preview")
        self.image = QImage()
        self.setMinimumSize(300, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_image(self, image: QImage) -> None:
        self.image = image
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#1f2933"))
        if self.image.isNull():
            return
        scale = min(self.width() / self.image.width(), self.height() / self.image.height())
        w, h = self.image.width() * scale, self.image.height() * scale
        target = QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)
        painter.drawImage(target, self.image)
        left, top, right, bottom = guide_box(self.image.width(), self.image.height())
        oval = QRectF(target.x() + left * scale, target.y() + top * scale, (right - left) * scale,
                      (bottom - top) * scale)
        outside = QPainterPath()
        outside.addRect(target)
        inside = QPainterPath()
        inside.addEllipse(oval)
        painter.fillPath(outside.subtracted(inside), QColor(0, 0, 0, 110))  # the face area stays bright
        painter.setPen(QPen(QColor("white"), 4, Qt.PenStyle.DashLine))
        painter.drawEllipse(oval)


class PhotoPage(Retranslating, QWidget):
    chosen = Signal(object)  # VisitorPhoto: the photo, or why there is none

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Photo page")
        self.camera: Camera | None = None
        self._still: QImage | None = None  # the photo taken, shown until used or retaken
        self._retention_days = 90
        self.title = label("title")
        self.subtitle = label("subtitle")
        self.preview = Preview()
        self.hint = label("notice")
        self.hint.setAccessibleName("Photo hint")
        self.agree = Toggle("Photo consent")
        self.take_button = touch_button("Take photo", kind="primary")
        self.retake_button = touch_button("Retake", kind="secondary")
        self.use_button = touch_button("Use this photo", kind="primary")
        self.skip_button = touch_button("No photo", kind="secondary")
        self.use_button.setMinimumWidth(300)
        self._lay_out()
        self.agree.toggled.connect(lambda _on: self._fill())
        self.take_button.clicked.connect(self.take)
        self.retake_button.clicked.connect(self.retake)
        self.use_button.clicked.connect(self.use)
        self.skip_button.clicked.connect(lambda: self._finish(VisitorPhoto(missing="declined")))
        self.retranslate()

    def _lay_out(self) -> None:
        side = card()
        column = QVBoxLayout(side)
        column.setContentsMargins(28, 22, 28, 22)
        column.setSpacing(14)
        column.addWidget(self.hint)
        column.addWidget(self.agree)
        column.addStretch(1)
        column.addWidget(self.take_button)
        column.addWidget(self.retake_button)
        body = QVBoxLayout()  # side by side; on a portrait screen the consent goes under the picture
        body.setContentsMargins(0, 0, 0, 0)
        self.columns = Reflow([self.preview, side], spacing=24, stretches=[3, 2])
        body.addWidget(self.columns, 1)
        page_frame(self, self.title, self.subtitle, body, [self.skip_button], self.use_button)

    def start(self, camera: Camera, retention_days: int) -> None:
        """A new visitor: consent unticked, the live picture running."""
        self.stop()
        self.camera, self._retention_days, self._still = camera, retention_days, None
        self.agree.setChecked(False)
        self.set_busy(False)
        camera.frame.connect(self._on_frame)
        camera.failed.connect(self._on_failed)
        camera.start()
        self.retranslate()

    def stop(self) -> None:
        if self.camera is not None:
            self.camera.frame.disconnect(self._on_frame)
            self.camera.failed.disconnect(self._on_failed)
            self.camera.stop()
        self.camera = None

    def clear(self) -> None:
        self.stop()
        self._still = None
        self.preview.show_image(QImage())
        self.agree.setChecked(False)
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        for button in (self.take_button, self.retake_button, self.use_button, self.skip_button):
            button.setEnabled(not busy)
        if not busy:
            self._fill()

    def _on_frame(self, image: QImage) -> None:
        if self._still is None:
            self.preview.show_image(image)

    def _on_failed(self, reason: str) -> None:
        self._finish(VisitorPhoto(missing=reason))

    def take(self) -> None:
        if self.agree.isChecked() and not self.preview.image.isNull():
            self._still = self.preview.image.copy()
            self._fill()

    def retake(self) -> None:
        self._still = None
        self._fill()

    def use(self) -> None:
        if self._still is not None and self.agree.isChecked():
            self._finish(VisitorPhoto(photo_jpeg(to_pil(self._still))))

    def _finish(self, photo: VisitorPhoto) -> None:
        self.stop()
        self.chosen.emit(photo)

    def _fill(self) -> None:
        taken = self._still is not None
        self.take_button.setVisible(not taken)
        self.take_button.setEnabled(self.agree.isChecked())
        self.retake_button.setVisible(taken)
        self.use_button.setEnabled(taken and self.agree.isChecked())
        if taken:
            self.preview.show_image(self._still)

    def retranslate(self) -> None:
        self.title.setText(self.tr("A photo for your badge"))
        self.subtitle.setText(self.tr("So that reception and your host recognise you."))
        self.hint.setText(self.tr("Look at the camera and keep your face inside the oval."))
        days = self._retention_days
        self.agree.setText(self.tr("I agree to a photo of me for my badge. It is kept with my visit for {days} "
                                   "days, then deleted.").format(days=days))
        self.take_button.setText(self.tr("Take photo"))
        self.retake_button.setText(self.tr("Retake"))
        self.use_button.setText(self.tr("Use this photo"))
        self.skip_button.setText(self.tr("No photo"))
        self._fill()
