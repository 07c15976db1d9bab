"""The kiosk's camera, behind a port: frames come in as QImages, or a failure does.

QtCamera is Qt Multimedia's first (or named) video input; PictureCamera shows a picture file as if a
camera saw it (the demo, and the tests, which run no camera). A camera that gives no frame within
FIRST_FRAME_MS counts as failed: the kiosk goes on without the photo and says so to the desk."""
from __future__ import annotations

import io
import logging
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, QObject, QTimer, Signal
from PySide6.QtGui import QImage

log = logging.getLogger(__name__)

FIRST_FRAME_MS = 6_000


class Camera(QObject):
    frame = Signal(QImage)
    failed = Signal(str)  # "no_camera" / "camera_failed"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.running = False
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(lambda: self._fail("camera_failed"))
        self.frame.connect(lambda _frame: self._watchdog.stop())

    def start(self) -> None:
        self.running = True
        self._watchdog.start(FIRST_FRAME_MS)
        self._open()

    def stop(self) -> None:
        self.running = False
        self._watchdog.stop()
        self._close()

    def _fail(self, reason: str) -> None:
        if self.running:
            self.stop()
            self.failed.emit(reason)

    def _open(self) -> None:
        raise NotImplementedError

    def _close(self) -> None:
        raise NotImplementedError


class PictureCamera(Camera):
    """A picture file as a camera: the same frame every INTERVAL_MS, as a live preview would."""

    INTERVAL_MS = 200

    def __init__(self, path: str | Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self._image = QImage()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)

    def _open(self) -> None:
        self._image = QImage(str(self.path))
        if self._image.isNull():
            log.error("camera picture %s cannot be read", self.path)
            QTimer.singleShot(0, lambda: self._fail("camera_failed"))
            return
        self._timer.start(self.INTERVAL_MS)
        QTimer.singleShot(0, self._tick)

    def _tick(self) -> None:
        if self.running and not self._image.isNull():
            self.frame.emit(self._image)

    def _close(self) -> None:
        self._timer.stop()


class QtCamera(Camera):  # pragma: no cover - needs a camera; the suite runs PictureCamera
    """Qt Multimedia: the named video input, or the system's default one."""

    def __init__(self, name: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._camera = self._session = self._sink = None

    def _open(self) -> None:
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices, QVideoSink

        devices = QMediaDevices.videoInputs()
        device = next((d for d in devices if d.description() == self.name), None) if self.name else (
            QMediaDevices.defaultVideoInput() if devices else None)
        if device is None or device.isNull():
            QTimer.singleShot(0, lambda: self._fail("no_camera"))
            return
        self._camera, self._session, self._sink = QCamera(device), QMediaCaptureSession(), QVideoSink()
        self._session.setCamera(self._camera)
        self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(lambda f: self.frame.emit(f.toImage()) if f.isValid() else None)
        self._camera.errorOccurred.connect(lambda *_: self._fail("camera_failed"))
        self._camera.start()

    def _close(self) -> None:
        if self._camera is not None:
            self._camera.stop()
        self._camera = self._session = self._sink = None


def make_camera(spec: str, parent: QObject | None = None) -> Camera | None:
    """The station's camera from its config (StationConfig.camera); None for "none"."""
    spec = spec.strip()
    if spec.lower() == "none":
        return None
    if spec.startswith("file:"):
        return PictureCamera(spec.removeprefix("file:"), parent)
    return QtCamera(spec, parent)


def camera_names() -> list[str]:
    """The cameras Qt sees, by the names the config takes (for `reception doctor` and setup)."""
    from PySide6.QtMultimedia import QMediaDevices

    return [d.description() for d in QMediaDevices.videoInputs()]


def to_pil(image: QImage) -> Image.Image:
    """A frame as a Pillow image (the core crops and encodes it)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "BMP")  # lossless and quick; the core makes the JPEG
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
