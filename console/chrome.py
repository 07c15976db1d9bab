"""The window's chrome: the header (site, day, search, operator, lock, language) and the desk-wide shortcuts."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QStackedWidget, QToolButton,
                               QVBoxLayout, QWidget)

from shared.qt.i18n import LANGUAGES
from shared.qt.idle import IdleWatch
from shared.services.directory.operators import OperatorView
from shared.services.site.settings import SiteSettings, site_settings
from shared.store.engine import Store

from console.common.a11y import name_qt_parts
from console.common.signin import SignInPage, role_name
from console.desk.notify_panel import NotifyPanel
from console.desk.print_panel import PrintPanel

translate = QCoreApplication.translate  # the window's catalogue context: its translations stay as they are


class Header:
    """Builds the header row; the window connects its search."""

    def build(self, lock: Callable[[], None], switch_language: Callable[[], None]) -> QWidget:
        header = QWidget(objectName="header")
        row = QHBoxLayout(header)
        row.setContentsMargins(24, 14, 24, 14)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.title = QLabel(objectName="title")
        self.subtitle = QLabel(objectName="subtitle")
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        row.addLayout(titles, 1)
        self.search = QLineEdit(objectName="search")
        self.search.setAccessibleName("Search today's visits")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(300)
        row.addWidget(self.search, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addSpacing(12)
        self.operator_label = QLabel(objectName="operator")
        self.operator_label.setAccessibleName("Signed in as")
        row.addWidget(self.operator_label, 0, Qt.AlignmentFlag.AlignVCenter)
        self.lock_button = QPushButton()
        self.lock_button.setAccessibleName("Lock")
        self.lock_button.clicked.connect(lock)
        row.addWidget(self.lock_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.language_button = QPushButton()
        self.language_button.setAccessibleName("Language")
        self.language_button.setMinimumWidth(100)
        self.language_button.clicked.connect(switch_language)
        row.addWidget(self.language_button, 0, Qt.AlignmentFlag.AlignVCenter)
        return header

    def retranslate(self, site_name: str, day: date, language: str) -> None:
        self.title.setText(site_name)
        today = QLocale().toString(day, QLocale.FormatType.LongFormat)
        self.subtitle.setText(translate("ConsoleWindow", "Reception console · %1").replace("%1", today))
        self.search.setPlaceholderText(translate("ConsoleWindow",
                                                 "Find a visit: name, pinyin, company or host (Ctrl+F)"))
        self.lock_button.setText(translate("ConsoleWindow", "Lock"))
        self.lock_button.setToolTip(translate("ConsoleWindow", "Lock the console (Ctrl+L)"))
        other = "en" if language != "en" else "zh_CN"
        self.language_button.setText(LANGUAGES[other])
        self.language_button.setToolTip(translate("ConsoleWindow", "Switch language"))

    def show_operator(self, operator: OperatorView | None) -> None:
        """Who is at the desk; None: nobody signed in, or the desk is locked."""
        for widget in (self.search, self.operator_label, self.lock_button):
            widget.setVisible(operator is not None)
        if operator is not None:
            self.operator_label.setText(f"{operator.name} · {role_name(operator.role)}")


class DeskLock:
    """The desk behind the PIN after the site's quiet minutes, or on Ctrl+L; the lists keep updating."""

    def __init__(self, window: QWidget, store: Store, idle: IdleWatch, stack: QStackedWidget, desk: QWidget,
                 sign_in_page: SignInPage, operator: Callable[[], OperatorView | None],
                 locked: Callable[[], None]) -> None:
        self._window, self._store, self._idle = window, store, idle
        self._stack, self._desk, self._sign_in_page = stack, desk, sign_in_page
        self._operator = operator
        self._locked = locked  # the header hides who was signed in

    def lock(self) -> None:
        operator = self._operator()
        if operator is None or self._stack.currentWidget() is self._sign_in_page:
            return
        self._idle.disarm()
        for dialog in self._window.findChildren(QDialog):
            dialog.reject()  # a half-filled form must not wait behind the lock for the next person
        self._sign_in_page.lock(operator.name)
        self._stack.setCurrentWidget(self._sign_in_page)
        self._locked()

    def arm(self) -> None:
        """The idle lock, from the site's setting, while someone works at the desk."""
        if self._operator() is not None and self._stack.currentWidget() is self._desk:
            self._idle.arm(site_settings(self._store).console_lock_min * 60_000)


class Shortcuts:
    """Ctrl+F, Ctrl+L and Ctrl+1..9 for the tabs; the attention panels' buttons get theirs here because a
    button's own shortcut would be lost when its text is set again. None works before sign-in."""

    def __init__(self, window: QWidget, signed_in: Callable[[], bool], focus_search: Callable[[], None],
                 lock: Callable[[], None], show_tab: Callable[[int], None], print_panel: PrintPanel,
                 notify_panel: NotifyPanel) -> None:
        self._signed_in = signed_in
        QShortcut(QKeySequence("Ctrl+F"), window, activated=focus_search)
        QShortcut(QKeySequence("Ctrl+L"), window, activated=lock)
        for n in range(1, 10):
            QShortcut(QKeySequence(f"Ctrl+{n}"), window, activated=lambda n=n: show_tab(n - 1))
        panel_keys = self.panel_keys = [(print_panel.buttons["retry"], "Ctrl+Shift+R"),
                                        (print_panel.buttons["print_here"], "Ctrl+Shift+P"),
                                        (print_panel.buttons["printed_ok"], "Ctrl+Shift+Y"),
                                        (print_panel.buttons["print_again"], "Ctrl+Shift+A"),
                                        (notify_panel.retry_button, "Ctrl+Shift+H")]
        for button, keys in panel_keys:
            QShortcut(QKeySequence(keys), window, activated=lambda b=button: self._press(b))

    def _press(self, button: QPushButton) -> None:
        if self._signed_in() and button.isVisible() and button.isEnabled():
            button.click()

    def retranslate(self) -> None:
        for button, keys in self.panel_keys:
            button.setToolTip(translate("ConsoleWindow", "Shortcut: %1").replace("%1", keys))


def name_qt_buttons(window: QWidget, tab_bar: QWidget) -> None:
    """Buttons Qt adds by itself (the search's clear button, the tab bar's scroll arrows) get names too."""
    name_qt_parts(window)
    for button in tab_bar.findChildren(QToolButton):
        button.setAccessibleName("Scroll sections left" if "Left" in button.objectName() else "Scroll sections right")


def site_title(site_setting: str, station_setting: str) -> str:
    """The site's own name from its settings (as its kiosks and badges show it); the station's when it set none."""
    name = site_setting.strip()
    return name if name and name != SiteSettings().site_name else station_setting
