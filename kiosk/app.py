"""Entry points: build the kiosk from a station's configuration, run it, or photograph it."""
from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from shared.config import StationConfig
from shared.domain.ports import BadgePrinter
from shared.qt.appbase import log_qt_messages, make_app
from shared.qt.first_paint import stamp_first_paint
from shared.qt.i18n import Translations
from shared.qt.memory import few_arenas, release_memory

from kiosk.first_page import FirstPage
from kiosk.keyboard import enable_virtual_keyboard

if TYPE_CHECKING:  # imported where used: the first page paints before SQLAlchemy loads
    from shared.store.engine import Store
    from kiosk.window import KioskWindow

APP_NAME = "reception-kiosk"
SCREENSHOT_SIZE = (1280, 800)


def __getattr__(name: str):
    """kiosk_screenshots is part of this module's interface, imported when asked for: a kiosk never takes one."""
    if name == "kiosk_screenshots":
        from kiosk.screenshots import kiosk_screenshots

        return kiosk_screenshots
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def build_printers(config: StationConfig) -> dict[str, BadgePrinter]:
    from printers.factory import make_printers  # lazily: only a running kiosk needs the backends

    return make_printers(config.printers)


def build_kiosk(config: StationConfig, store: Store, translations: Translations,
                printers: Mapping[str, BadgePrinter] | None = None, start_worker: bool = True) -> KioskWindow:
    """The window, and (with start_worker) the print worker and the ID card reader's watch (when the station
    has a reader) it owns and stops on shutdown."""
    from shared.qt.print_worker import PrintWorker
    from kiosk.window import KioskWindow

    window = KioskWindow(config, store, translations)
    if start_worker:
        if printers is None:
            printers = build_printers(config)
        worker = PrintWorker(store, config.station, printers, config.badge_printer, parent=window)
        window.set_print_worker(worker)
        worker.start()
        if config.card_reader:
            from shared.qt.card_reader import CardReaderWatch

            reader = CardReaderWatch(config.card_reader, parent=window)
            window.set_card_reader(reader)
            reader.start()
    return window


def lean_process() -> None:
    """What a kiosk process sets before it imports anything heavy. pypinyin's phrase dictionary (50 MB
    resident) is what reads a host's name as a whole; the kiosk only reads visitors' names, a character
    at a time (shared.domain.pinyin), and adds no hosts. It prints badges only: four font faces do
    (printers.layout.text), each one more maps the font file again."""
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
    os.environ.setdefault("RECEPTION_PRINT_FACES", "4")
    os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "1")
    few_arenas()


def run(config: StationConfig, argv: list[str], windowed: bool = False, exit_when_shown: bool = False) -> int:
    """The welcome page first (kiosk.first_page: nothing of the database imported yet), then the store is
    opened and the real window, built behind it, takes its place. exit_when_shown (the start-up benchmark and
    checks): prints "shown" at the first page's paint, "ready" at the real window's, then quits."""
    lean_process()
    enable_virtual_keyboard()  # before the QApplication: Qt picks its input method at start
    app, translations = make_app(argv, APP_NAME, ["kiosk"], config.language)
    log_qt_messages(app)  # Qt's warnings into the station's log
    first = FirstPage(config, translations.language)
    opened: dict[str, object] = {}

    def open_kiosk() -> None:
        try:
            from shared.store.engine import open_store

            opened["store"] = store = open_store(config.database_url)
            window = build_kiosk(config, store, translations, printers=build_printers(config))
        except BaseException as err:  # told by run() once the loop has stopped, as a start without a window
            opened["failure"] = err
            app.exit(1)
            return
        # The window refuses to close until an admin unlocks it; quitting (Ctrl-C, "Exit kiosk")
        # still stops the print worker before the store closes.
        app.aboutToQuit.connect(window.shutdown)
        if exit_when_shown:
            window.allow_exit()  # a full-screen kiosk refuses to close, and quitting closes the windows
            stamp_first_paint(app, window, "ready", app.quit)
        _show(window, windowed)
        from shared.qt.heartbeat import keep_alive

        keep_alive(app, store, config.station, config.role or "kiosk")
        first.close()
        first.deleteLater()
        release_memory()  # the sources read while importing (shared.qt.memory)

    try:
        _show(first, windowed)
        # The rest is built once the first page has painted (a paint, not the loop's first turn: Qt may paint
        # after a zero timer's turn).
        stamp_first_paint(app, first, "shown" if exit_when_shown else None, open_kiosk)
        code = app.exec()
        if "failure" in opened:
            raise opened["failure"]
        return code
    finally:
        if "store" in opened:
            opened["store"].close()


def _show(window: QWidget, windowed: bool) -> None:
    if windowed:  # the demo, or a developer: an ordinary window that closes
        if hasattr(window, "allow_exit"):
            window.allow_exit()
        window.resize(*SCREENSHOT_SIZE)
        window.show()
    else:
        # The screen's whole geometry first: on X11 without a window manager (a kiosk started by xinit, Xvfb)
        # nobody honours the full-screen request, and the window stayed at Qt's default size in a corner.
        screen = window.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            window.setGeometry(screen.geometry())
        window.showFullScreen()
