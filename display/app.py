"""Entry points: run the display station from its configuration, or photograph its two boards."""
from __future__ import annotations

import signal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from shared.config import StationConfig
from shared.qt.appbase import log_qt_messages, make_app, save_grab
from shared.qt.heartbeat import keep_alive
from shared.qt.i18n import Translations
from shared.store.engine import Store, open_store

from display.window import DisplayWindow

APP_NAME = "reception-display"
WINDOWED_SIZE = (1280, 720)
# (file stem, board shown) and (suffix, size): a lobby screen hangs either way.
SCREENS = [("display-01-clinic", "clinic"), ("display-02-welcome", "office")]
SIZES = [("", (1920, 1080)), ("-portrait", (1080, 1920))]


def run(config: StationConfig, argv: list[str], windowed: bool = False, exit_when_shown: bool = False) -> int:
    """exit_when_shown (start-up checks): prints "shown" at the first paint, then quits."""
    app, translations = make_app(argv, APP_NAME, ["display"], config.language)
    log_qt_messages(app)  # Qt's warnings into the station's log
    store = open_store(config.database_url)
    window: DisplayWindow | None = None
    try:
        window = DisplayWindow(config, store, translations)
        _stop_on_signals(app, window)
        if exit_when_shown:
            from shared.qt.first_paint import quit_on_first_paint

            window.allow_exit()
            quit_on_first_paint(app, window)
        _show(window, windowed)
        keep_alive(app, store, config.station, "display")
        return app.exec()
    finally:
        if window is not None:
            window.shutdown()
        store.close()


def _stop_on_signals(app: QApplication, window: DisplayWindow) -> None:
    """Ctrl-C, or the service manager's SIGTERM: the window lets itself be closed, and the app quits (Qt 6 closes
    the windows on quit, and the display refuses a close otherwise). make_app's timer lets Python see the signal."""
    def stop(*_) -> None:
        window.allow_exit()
        app.quit()

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)


def _show(window: DisplayWindow, windowed: bool) -> None:
    if windowed:  # a developer, a test: an ordinary window that closes
        window.allow_exit()
        window.resize(*WINDOWED_SIZE)
        window.show()
        return
    window.setCursor(Qt.CursorShape.BlankCursor)  # nobody points at a lobby screen
    # The screen's whole geometry first, as the kiosk does: without a window manager nobody honours full screen.
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        window.setGeometry(screen.geometry())
    window.showFullScreen()


def _settle() -> None:
    """Layout, then the lines fitted to their widths, then layout again: let all of it run before a grab."""
    for _ in range(6):
        QApplication.processEvents()


def display_screenshots(config: StationConfig, store: Store, translations: Translations,
                        out_dir: Path) -> list[Path]:
    """The clinic's board and the lobby's welcome board as the store has them now, landscape (1920 x 1080) and
    portrait (1080 x 1920), in the current language; the caller owns the QApplication."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for stem, profile in SCREENS:
        window = DisplayWindow(config, store, translations, profile=profile, live=False)
        window.allow_exit()
        try:
            for suffix, size in SIZES:
                window.resize(*size)
                window.show()
                _settle()
                paths.append(save_grab(window, out_dir / f"{stem}{suffix}-{translations.language}.png"))
        finally:
            window.close()
            window.deleteLater()
    return paths
