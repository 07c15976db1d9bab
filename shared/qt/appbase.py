"""What every Qt entry point does first: one QApplication, the shipped font, translations."""
from __future__ import annotations

import logging
import signal
from pathlib import Path

from PySide6.QtCore import QtMsgType, QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from shared.qt.fonts import register_fonts
from shared.qt.i18n import Translations


def make_app(argv: list[str], app_name: str, catalogs: list[str], language: str) -> tuple[QApplication, Translations]:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(app_name)
    app.setOrganizationName("reception")
    register_fonts(app)
    translations = Translations(["shared", *catalogs])
    translations.switch(language)
    _quit_on_ctrl_c(app)
    return app, translations


def _quit_on_ctrl_c(app: QApplication) -> None:
    """Ctrl-C in a terminal closes the windows properly (the print worker stops between jobs).

    Python runs signal handlers only when it gets control, so a timer hands it control."""
    signal.signal(signal.SIGINT, lambda *_: app.quit())
    app._sigint_timer = QTimer(app, interval=300, timeout=lambda: None)
    app._sigint_timer.start()


_QT_LEVELS = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}


def log_qt_messages(app: QApplication) -> None:
    """A station's Qt warnings go to its log (time, station, module "qt.<category>"), not to a terminal that
    nobody reads; plug-in chatter (a missing pipewire, a QML note) is kept at debug level."""
    def handler(kind: QtMsgType, context, message: str) -> None:
        level = _QT_LEVELS.get(kind, logging.WARNING)
        category = context.category or "default"
        if level == logging.WARNING and category != "default":
            level = logging.DEBUG
        logging.getLogger(f"qt.{category}").log(level, "%s", message)

    qInstallMessageHandler(handler)
    # Qt keeps talking while it tears down (plug-ins unloading), after Python's objects are gone: its own
    # handler again from the moment the app starts quitting.
    app.aboutToQuit.connect(lambda: qInstallMessageHandler(None))


def save_grab(widget, path: Path) -> Path:
    """The widget as it is painted now, to a PNG file (screenshot runs); OSError when it cannot be written."""
    if not widget.grab().save(str(path)):
        raise OSError(f"cannot write {path}")
    return path
