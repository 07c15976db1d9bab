"""Entry point of the reception console, plus the screenshots the docs and reviews use."""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from shared.config import StationConfig
from shared.domain.ports import Printer
from shared.qt.appbase import log_qt_messages, make_app, save_grab
from shared.qt.heartbeat import keep_alive
from shared.qt.background import BackgroundLoop
from shared.qt.feed import ChangeBus
from shared.qt.i18n import Translations
from shared.qt.memory import release_memory
from shared.qt.print_worker import PrintWorker
from shared.services.notifications import NotifyWorker
from shared.services.directory.operators import OperatorView
from shared.store.engine import Store, open_store

from console.window import ConsoleWindow

APP_NAME = "reception-console"
SCREENSHOT_SIZE = (1280, 800)
LAPTOP_SIZE = (1366, 768)


def build_console(config: StationConfig, store: Store, translations: Translations,
                  bus: ChangeBus | None = None, printers: Mapping[str, Printer] | None = None,
                  notify: bool = False, operator: OperatorView | None = None) -> ConsoleWindow:
    """The window without running it; with printers, it also runs this desk's print worker, and
    with notify, the notification outbox worker. Without an operator it opens at the sign-in."""
    window = ConsoleWindow(config, store, translations, bus, operator=operator)
    if notify:  # the desk is always on: it delivers host notifications for the whole site
        window.notify_worker = BackgroundLoop(NotifyWorker(store, config.station), parent=window)
        window.notify_worker.start()
    if printers:
        worker = PrintWorker(store, config.station, printers, config.badge_printer, parent=window)
        window.reprint_requested.connect(worker.wake)
        window.print_worker = worker  # the window stops it when it closes
        worker.start()
    return window


def run(config: StationConfig, argv: list[str], exit_when_shown: bool = False) -> int:
    from printers.factory import make_printers  # only a running desk needs the backends

    app, translations = make_app(argv, APP_NAME, ["console"], config.language)

    log_qt_messages(app)  # Qt's warnings into the station's log
    store = open_store(config.database_url)
    bus = ChangeBus(store.engine)
    bus.start()
    window: ConsoleWindow | None = None
    try:
        window = build_console(config, store, translations, bus, make_printers(config.printers), notify=True)
        if config.card_reader:  # the gate desk's ID card reader
            from console.security.gate_card import card_to_gate
            from shared.qt.card_reader import CardReaderWatch

            reader = CardReaderWatch(config.card_reader, parent=window)
            reader.card_read.connect(lambda card: card_to_gate(window, card))
            app.aboutToQuit.connect(reader.stop)
            reader.start()
        window.showMaximized()
        keep_alive(app, store, config.station, config.role or "desk")
        if exit_when_shown:  # for the start-up benchmark: quits once the first page has painted
            from shared.qt.first_paint import quit_on_first_paint

            quit_on_first_paint(app, window)
        QTimer.singleShot(0, release_memory)  # the sources read while importing (shared.qt.memory)
        return app.exec()
    finally:
        if window is not None:
            window.close()
        bus.stop()
        store.close()


def _settle() -> None:
    """LanguageChange, then the layout requests new text sizes cause: let both run before a grab."""
    for _ in range(3):
        QApplication.processEvents()


def _desk_operator(store: Store) -> OperatorView:
    """Whoever the screenshots show signed in: an administrator, so every section is there."""
    from shared.services.directory.operators import Role, operator_list

    admins = [o for o in operator_list(store, include_inactive=False) if o.role == Role.ADMIN]
    found = admins[0] if admins else None
    return OperatorView(found.id, found.name, found.role) if found else OperatorView(0, "admin", Role.ADMIN)


# file stem -> the section shown (a tab's attribute on the window; None: the sign-in page)
SCREENS = [("console-01-waiting", "waiting_tab"), ("console-02-visits", "today_tab"),
           ("console-03-expected", "expected_view"), ("console-04-hosts", "hosts_view"),
           ("console-05-levels", "levels_view"), ("console-06-sign-in", None), ("console-07-gate", "gate_view"),
           ("console-08-on-site", "onsite_view"), ("console-09-security", "security_view"),
           ("console-10-visitor-log", "log_view"), ("console-11-plans", "plans_view"),
           ("console-12-reports", "reports_view"), ("console-14-stations", "stations_view")]


def console_screenshots(config: StationConfig, store: Store, translations: Translations,
                        out_dir: Path) -> list[Path]:
    """Grab each section of the desk in each language; the caller owns the QApplication."""
    out_dir.mkdir(parents=True, exist_ok=True)
    window = build_console(config, store, translations, operator=_desk_operator(store))
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    # The most urgent waiting visitor selected (a VIP, if one waits): its actions and protocol show.
    rows = window.waiting.model.rows
    if rows:
        window.select_visit(rows[0].visit.id)
    from shared.services.plans import plans

    shown = plans(store, window.actor)
    if shown:  # the plan in progress, open
        window.show_section(window.plans_view)
        window.plans_view.show_plan(shown[0].id)
    before = translations.language
    paths = []
    try:
        for language in ("zh_CN", "en"):
            translations.switch(language)
            for stem, section in SCREENS:
                if section is None:
                    window.lock()
                else:
                    window.show_section(getattr(window, section))
                _settle()
                paths.append(save_grab(window, out_dir / f"{stem}-{language}.png"))
                if section is None:
                    window.sign_in_as(window.operator)
            # A laptop's screen: the waiting list beside the folded attention banners.
            window.resize(*LAPTOP_SIZE)
            window.show_section(window.waiting_tab)
            _settle()
            laptop = f"{LAPTOP_SIZE[0]}x{LAPTOP_SIZE[1]}"
            paths.append(save_grab(window, out_dir / f"console-13-waiting-{laptop}-{language}.png"))
            window.resize(*SCREENSHOT_SIZE)
    finally:
        translations.switch(before)
        window.close()
        window.deleteLater()
    return paths


def clinic_console_screenshots(config: StationConfig, store: Store, translations: Translations,
                               out_dir: Path) -> list[Path]:
    """The clinic desk in each language, on a store whose site profile is clinic; the caller owns the app."""
    out_dir.mkdir(parents=True, exist_ok=True)
    window = build_console(config, store, translations, operator=_desk_operator(store))
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    before, paths = translations.language, []
    try:
        for language in ("zh_CN", "en"):
            translations.switch(language)
            window.show_section(window.clinic_view)
            window.clinic_view.reload()
            _settle()
            paths.append(save_grab(window, out_dir / f"clinic-console-desk-{language}.png"))
    finally:
        translations.switch(before)
        window.close()
        window.deleteLater()
    return paths
