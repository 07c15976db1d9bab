"""The kiosk window: a top bar and one page at a time. It alone moves between pages."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from shared.config import StationConfig
from shared.domain.errors import InvalidInput
from shared.domain.model import Actor
from shared.qt.i18n import Translations
from shared.qt.print_worker import PrintWorker
from shared.services.hosts import search_hosts
from shared.services.visits import check_in_walk_in

from . import style
from .idle import IdleWatch
from .pages.confirm import ConfirmPage
from .pages.done import DonePage
from .pages.walk_in import WalkInPage
from .pages.welcome import WelcomePage
from .top_bar import TopBar

if TYPE_CHECKING:  # the window gets a store; only app.py opens one
    from shared.store.engine import Store

log = logging.getLogger(__name__)


class KioskWindow(QWidget):
    # Instance-overridable, so tests (and sites) can shorten them.
    idle_timeout_ms = 90_000  # back to welcome when a visitor walks away mid-way
    done_timeout_ms = 15_000  # the done page clears itself for the next visitor

    def __init__(self, config: StationConfig, store: Store, translations: Translations,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(config.site_name)
        self.setAccessibleName("Kiosk")
        self._config, self._store, self._translations = config, store, translations
        self._actor = Actor(station=config.station, operator="kiosk")
        self.print_worker: PrintWorker | None = None

        self.top_bar = TopBar(config.site_name, translations.language)
        self.welcome = WelcomePage(config.site_name)
        self.walk_in = WalkInPage(search=lambda text: search_hosts(store, text))
        self.confirm = ConfirmPage()
        self.done = DonePage()
        self.pages = QStackedWidget()
        for page in (self.welcome, self.walk_in, self.confirm, self.done):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.pages, 1)
        style.apply(self)

        self._idle = IdleWatch(self)
        self._idle.idle.connect(self.next_visitor)
        self._done_timer = QTimer(self)
        self._done_timer.setSingleShot(True)
        self._done_timer.timeout.connect(self.next_visitor)

        self.top_bar.language_chosen.connect(self.switch_language)
        self.welcome.walk_in_chosen.connect(self.go_walk_in)
        self.walk_in.back.connect(self.go_welcome)
        self.walk_in.next.connect(self.go_confirm)
        self.confirm.change.connect(lambda: self.show_page(self.walk_in))
        self.confirm.confirmed.connect(self.check_in)
        self.done.finished.connect(self.next_visitor)

    # Navigation ---------------------------------------------------------------------------

    def current_page(self) -> QWidget:
        return self.pages.currentWidget()

    def show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        self._done_timer.stop()
        if page is self.welcome:
            self._idle.disarm()
        else:
            self._idle.arm(self.idle_timeout_ms)
        if page is self.done:
            self._done_timer.start(self.done_timeout_ms)

    def go_welcome(self) -> None:
        """Also the way out after idling: the next visitor must not see this one's data."""
        self.walk_in.clear()
        self.confirm.clear()
        self.show_page(self.welcome)

    def next_visitor(self) -> None:
        """After a check-in or a walk-away, the next visitor starts in the site's own language."""
        self.switch_language(self._config.language)
        self.go_welcome()

    def go_walk_in(self) -> None:
        self.walk_in.clear()
        self.show_page(self.walk_in)
        self.walk_in.focus_first_field()

    def go_confirm(self) -> None:
        host = self.walk_in.host()
        if host is None:  # Next is disabled without a host; this guards a stale click
            return
        self.confirm.show_summary(self.walk_in.walk_in(), host)
        self.show_page(self.confirm)

    def check_in(self) -> None:
        """Saved only now; the badge is queued in the same transaction and printed by the worker."""
        self.confirm.set_busy(True)
        try:
            check_in_walk_in(self._store, self._actor, self.walk_in.walk_in(),
                             printer=self._config.badge_printer)
        except InvalidInput as err:
            self.walk_in.show_problems(err.problems)
            self.show_page(self.walk_in)
            return
        except Exception:  # a kiosk must not crash in front of a visitor; the desk can help
            log.exception("walk-in check-in failed")
            self.confirm.show_failure()
            return
        if self.print_worker is not None:
            self.print_worker.wake()
        self.walk_in.clear()
        self.confirm.clear()
        self.show_page(self.done)

    # Language -----------------------------------------------------------------------------

    def switch_language(self, language: str) -> None:
        """Every page retranslates itself on the LanguageChange this sends."""
        if language != self._translations.language:
            self._translations.switch(language)
            # Qt posts LanguageChange; deliver it now so the whole screen switches within the tap.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.top_bar.show_language(language)

    # Lifetime -----------------------------------------------------------------------------

    def set_print_worker(self, worker: PrintWorker) -> None:
        self.print_worker = worker

    def closeEvent(self, event: QCloseEvent) -> None:
        self._idle.release()
        self._done_timer.stop()
        if self.print_worker is not None:
            self.print_worker.stop()
            self.print_worker = None
        super().closeEvent(event)
