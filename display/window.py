"""The display's one window: a header (site, date, time) over the clinic's board or the lobby's welcome board,
whichever the site's profile asks for, read again every two seconds. Nothing on it takes input; Esc and a window
manager's close do not end it (the kiosk's rule: a lobby screen is not for visitors to close)."""
from __future__ import annotations

import logging

from PySide6.QtCore import QDate, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from shared.config import StationConfig
from shared.qt.i18n import Translations
from shared.qt.retranslate import Retranslating
from shared.services.clinic.calls import Board, Call, display_board
from shared.services.site.settings import site_settings
from shared.services.site.welcome_board import WelcomeGuest, welcome_board
from shared.store.engine import Store

from display.announce import Announcer
from display.clinic_board import ClinicBoard
from display.fit import FitLabel
from display.style import SHEET, scale_of, set_size
from display.welcome_view import WelcomeView

log = logging.getLogger(__name__)

POLL_MS = 2000


def say(line: str) -> None:
    """One line on stdout, at once: what the display announced, for a log or a test watching the process."""
    print(f"display: {line}", flush=True)


class DisplayWindow(Retranslating, QWidget):
    """live: polls, announces new calls and tells stdout; not live (screenshots): shows the board as it is.
    profile: the board to show whatever the site's profile ("clinic" or another); None follows the site."""

    call_announced = Signal(str)

    def __init__(self, config: StationConfig, store: Store, translations: Translations | None = None,
                 profile: str | None = None, live: bool = True) -> None:
        super().__init__()
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.setWindowTitle(config.site_name)
        self.setAccessibleName("Reception display")
        self.setObjectName("Display")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # a plain QWidget paints no sheet background
        self.setStyleSheet(SHEET)
        self.config, self.store, self._translations = config, store, translations
        self._profile, self._live = profile, live
        self._seen: set[tuple[str, object]] | None = None  # calls already there: shown, never announced
        self._welcomed: tuple[WelcomeGuest, ...] = ()
        self._shown_kind = ""
        self._failing = False
        self.exit_unlocked = False
        self._build()
        self.announcer = Announcer(config.language, self) if live else None
        self.timer = QTimer(self, interval=POLL_MS, timeout=self.refresh)
        self.refresh()
        if live:
            self.timer.start()

    def _build(self) -> None:
        self.header = QWidget(objectName="Header")
        self.site, self.date, self.clock = FitLabel("site"), QLabel(), QLabel()
        for label, role in ((self.date, "date"), (self.clock, "clock")):
            label.setProperty("role", role)
        top = QHBoxLayout(self.header)
        top.addWidget(self.site, 1)
        top.addWidget(self.date, 0, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.clock, 0, Qt.AlignmentFlag.AlignBottom)
        self.clinic = ClinicBoard(lambda: self.language)
        self.welcome = WelcomeView()
        self.stack = QStackedWidget()
        # The boards fit themselves to the height they get (shrinking, leaving out earlier calls): they must not
        # claim more and squeeze the header.
        self.stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.stack.addWidget(self.clinic)
        self.stack.addWidget(self.welcome)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # the screen's size, whatever the text
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        self._apply_scale(self.width(), self.height())

    @property
    def language(self) -> str:
        return self._translations.language if self._translations else self.config.language

    # Reading the database -------------------------------------------------------------------

    def refresh(self) -> None:
        self._tick_clock()
        try:
            settings = site_settings(self.store)
            profile = self._profile or settings.profile
            board = display_board(self.store) if profile == "clinic" else welcome_board(self.store)
        except Exception:  # a locked or lost database (any driver's error): keep the board, try again next time
            if not self._failing:
                log.exception("display: cannot read the board; keeping what is shown")
            self._failing = True
            return
        self._failing = False
        self.site.set_line(settings.site_name)
        if isinstance(board, Board):
            self._show_clinic(board)
        else:
            self._show_welcome(board, settings.site_name)

    def _show_clinic(self, board: Board) -> None:
        self._show_kind("clinic", self.clinic)
        if self._seen is not None and self._live:
            for call in reversed(board.calls):  # oldest first, as they were called
                if (call.ticket, call.at) not in self._seen:
                    self._announce(call)
        # Calls leave the board oldest first and never return: only those on it need remembering.
        self._seen = {(c.ticket, c.at) for c in board.calls}
        self.clinic.show_board(board)

    def _show_welcome(self, guests: tuple[WelcomeGuest, ...], site_name: str) -> None:
        self._show_kind("office", self.welcome)
        self._seen = None
        if guests != self._welcomed and self._live:
            say(" ".join(("welcome", ", ".join(g.name for g in guests))).strip())
        self._welcomed = guests
        self.welcome.show_guests(guests, site_name)

    def _show_kind(self, kind: str, board: QWidget) -> None:
        if kind != self._shown_kind:
            self._shown_kind = kind
            self.stack.setCurrentWidget(board)
            if self._live:
                say(f"showing {kind}")

    def _announce(self, call: Call) -> None:
        text = call.text(self.language)
        say(f"call {text}")
        self.call_announced.emit(text)
        if self.announcer is not None:
            self.announcer.announce(call)

    def _tick_clock(self) -> None:
        locale = QLocale()  # the language's, set by the translations
        self.clock.setText(locale.toString(QTime.currentTime(), "HH:mm"))
        self.date.setText(locale.toString(QDate.currentDate(), QLocale.FormatType.LongFormat))

    def retranslate(self) -> None:
        self._tick_clock()

    # Landscape or portrait, any size -------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_scale(event.size().width(), event.size().height())

    def _apply_scale(self, width: int, height: int) -> None:
        scale = scale_of(width, height)
        self.site.set_scale(scale)
        for label, role in ((self.date, "date"), (self.clock, "clock")):
            set_size(label, role, scale)
        margin = round(56 * scale)
        self.layout().setContentsMargins(margin, round(24 * scale), margin, round(40 * scale))
        self.layout().setSpacing(round(36 * scale))
        self.header.layout().setContentsMargins(0, 0, 0, round(16 * scale))
        self.header.layout().setSpacing(round(32 * scale))
        self.clinic.set_portrait(height > width)
        self.clinic.set_scale(scale)
        self.welcome.set_scale(scale)

    # Lifetime ------------------------------------------------------------------------------

    def allow_exit(self) -> None:
        """Windowed, a test, a screenshot run, or the process told to stop: close() closes."""
        self.exit_unlocked = True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape or (event.key() == Qt.Key.Key_F4
                                                and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            event.accept()  # nothing ends the display from a keyboard left in the lobby
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.exit_unlocked:
            event.ignore()
            return
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        self.timer.stop()
