"""Entry points: build the kiosk from a station's configuration, run it, or photograph it."""
from __future__ import annotations

import os
from collections.abc import Mapping

from shared.config import StationConfig
from shared.domain.ports import BadgePrinter
from shared.qt.appbase import make_app
from shared.qt.first_paint import quit_on_first_paint
from shared.qt.i18n import Translations
from shared.qt.print_worker import PrintWorker
from shared.store.engine import Store, open_store

from kiosk.screenshots import kiosk_screenshots  # noqa: F401 - part of this module's interface
from kiosk.keyboard import enable_virtual_keyboard
from kiosk.window import KioskWindow

APP_NAME = "reception-kiosk"
SCREENSHOT_SIZE = (1280, 800)


def build_printers(config: StationConfig) -> dict[str, BadgePrinter]:
    from printers.factory import make_printers  # lazily: only a running kiosk needs the backends

    return make_printers(config.printers)


def build_kiosk(config: StationConfig, store: Store, translations: Translations,
                printers: Mapping[str, BadgePrinter] | None = None, start_worker: bool = True) -> KioskWindow:
    """The window, and (with start_worker) the print worker it owns and stops on shutdown."""
    window = KioskWindow(config, store, translations)
    if start_worker:
        if printers is None:
            printers = build_printers(config)
        worker = PrintWorker(store, config.station, printers, config.badge_printer, parent=window)
        window.set_print_worker(worker)
        worker.start()
    return window


def lean_process() -> None:
    """What a kiosk process sets before it imports anything heavy. pypinyin's phrase dictionary (50 MB
    resident) is what reads a host's name as a whole; the kiosk only reads visitors' names, a character
    at a time (shared.domain.pinyin), and adds no hosts. It prints badges only: four font faces do
    (printers.layout.text), each one more maps the font file again."""
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
    os.environ.setdefault("RECEPTION_PRINT_FACES", "4")
    os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "1")


def run(config: StationConfig, argv: list[str], windowed: bool = False, exit_when_shown: bool = False) -> int:
    lean_process()
    enable_virtual_keyboard()  # before the QApplication: Qt picks its input method at start
    app, translations = make_app(argv, APP_NAME, ["kiosk"], config.language)
    store = open_store(config.database_url)
    try:
        window = build_kiosk(config, store, translations, printers=build_printers(config))
        # The window refuses to close until an admin unlocks it; quitting (Ctrl-C, "Exit kiosk")
        # still stops the print worker before the store closes.
        app.aboutToQuit.connect(window.shutdown)
        if windowed:  # the demo, or a developer: an ordinary window that closes
            window.allow_exit()
            window.resize(*SCREENSHOT_SIZE)
            window.show()
        else:
            window.showFullScreen()
        if exit_when_shown:  # for the start-up benchmark and checks: quits once the first page has painted
            window.allow_exit()  # a full-screen kiosk refuses to close, and quitting closes the windows
            quit_on_first_paint(app, window)
        return app.exec()
    finally:
        store.close()
