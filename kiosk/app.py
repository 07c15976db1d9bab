"""Entry points: build the kiosk from a station's configuration, run it, or photograph it."""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QWidget

from shared.config import StationConfig
from shared.domain.ports import BadgePrinter
from shared.qt.appbase import make_app
from shared.qt.i18n import Translations
from shared.qt.print_worker import PrintWorker
from shared.store.engine import Store, open_store

from .host_list import HOST_ROLE
from .window import KioskWindow

APP_NAME = "reception-kiosk"
SCREENSHOT_SIZE = (1280, 800)


def build_printers(config: StationConfig) -> dict[str, BadgePrinter]:
    from printers.factory import make_printers  # lazily: only a running kiosk needs the backends

    return make_printers(config.printers)


def build_kiosk(config: StationConfig, store: Store, translations: Translations,
                printers: Mapping[str, BadgePrinter] | None = None, start_worker: bool = True) -> KioskWindow:
    """The window, and (with start_worker) the print worker it owns and stops on close."""
    window = KioskWindow(config, store, translations)
    if start_worker:
        if printers is None:
            printers = build_printers(config)
        worker = PrintWorker(store, config.station, printers, config.badge_printer, parent=window)
        window.set_print_worker(worker)
        worker.start()
    return window


def run(config: StationConfig, argv: list[str], windowed: bool = False, exit_when_shown: bool = False) -> int:
    app, translations = make_app(argv, APP_NAME, ["kiosk"], config.language)
    store = open_store(config.database_url)
    try:
        window = build_kiosk(config, store, translations, printers=build_printers(config))
        app.aboutToQuit.connect(window.close)  # stops the print worker before the store closes
        if windowed:
            window.resize(*SCREENSHOT_SIZE)
            window.show()
        else:
            window.showFullScreen()
        if exit_when_shown:  # for the start-up benchmark: runs once the first page is on screen
            QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
        return app.exec()
    finally:
        store.close()


# Screenshots ------------------------------------------------------------------------------

SAMPLE = {"name": "欧阳娜娜", "mobile": "13800138000", "company": "星河科技 Galaxy Tech",
          "host_search": "z", "host": "张三"}
SAMPLE_BAD_MOBILE = "1380013800"  # one digit short


def kiosk_screenshots(config: StationConfig, store: Store, translations: Translations,
                      out_dir: Path) -> list[Path]:
    """Every page in both languages, as PNGs, without saving anything to the store.

    The caller owns the QApplication; the store should hold a host directory (e.g. seed_demo)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    previous = translations.language
    paths: list[Path] = []
    try:
        for language in ("zh_CN", "en"):
            translations.switch(language)
            window = build_kiosk(config, store, translations, start_worker=False)
            window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
            window.resize(*SCREENSHOT_SIZE)
            window.show()
            try:
                for number, name in enumerate(_walk_through(window), start=1):
                    path = out_dir / f"kiosk-{number:02d}-{name}-{language}.png"
                    window.grab().save(str(path))
                    paths.append(path)
            finally:
                window.close()
                window.deleteLater()
    finally:
        translations.switch(previous)
    return paths


def _walk_through(window: KioskWindow):
    """Drives the window like a visitor would and yields a name at each page worth a picture."""
    settle = QCoreApplication.processEvents
    settle()
    yield "welcome"
    window.go_walk_in()
    settle()
    yield "walk-in-empty"
    form = window.walk_in
    for field, text in ((form.name, SAMPLE["name"]), (form.mobile, SAMPLE["mobile"]),
                        (form.company, SAMPLE["company"])):
        _type(field.edit, text)
    _type(form.host_search, SAMPLE["host_search"])
    names = [form.hosts.item(row).data(HOST_ROLE).name for row in range(form.hosts.count())]
    if names:
        form.hosts.setCurrentRow(names.index(SAMPLE["host"]) if SAMPLE["host"] in names else 0)
    settle()
    yield "walk-in-filled"
    _type(form.mobile.edit, SAMPLE_BAD_MOBILE)
    settle()
    yield "walk-in-invalid"
    _type(form.mobile.edit, SAMPLE["mobile"])
    window.go_confirm()
    settle()
    yield "confirm"
    window.walk_in.clear()
    window.show_page(window.done)  # shown, not reached: a screenshot must not register a visit
    settle()
    yield "done"


def _type(edit: QWidget, text: str) -> None:
    """As a visitor's typing does: replace the text and emit textEdited."""
    edit.setText(text)
    edit.textEdited.emit(text)
