"""What every Qt entry point does first: one QApplication, the shipped font, translations."""
from __future__ import annotations

import signal

from PySide6.QtCore import QTimer
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
