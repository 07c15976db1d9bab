"""The reception console: today's visits, live, and every action of the reception flow."""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QItemSelection, QLocale, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QMainWindow, QPushButton, QScrollArea, QStackedWidget, QTableView, QTabWidget, QToolButton,
                               QVBoxLayout, QWidget)

from shared.changes import Change, Changes
from shared.config import StationConfig
from shared.domain.errors import DomainError, InvalidInput
from shared.domain.model import Actor, Visit
from shared.domain.states import ON_SITE, WAITING
from shared.qt.background import BackgroundLoop
from shared.qt.feed import ChangeBus
from shared.qt.idle import IdleWatch
from shared.qt.print_worker import PrintWorker
from shared.qt.i18n import LANGUAGES, Translations
from shared.qt.problems import error_text
from shared.qt.retranslate import Retranslating
from shared.services import notifications as notes
from shared.services.printing import jobs as print_jobs
from shared.services.notifications.deliveries import latest_for_visits, visits_of_notifications
from shared.services.directory.operators import OperatorView, Role
from shared.services.desk.queries import todays_visits, visits_by_ids
from shared.services.plans import plan_detail, plan_for_visit
from shared.services.desk.expected import mark_no_shows
from shared.services.privacy.retention import purge_expired
from shared.services.desk import flow as visit_flow
from shared.services.desk.rooms import rooms
from shared.services.site.settings import site_settings
from shared.store.engine import Store

from console.style import STYLE
from console.common.a11y import name_qt_parts
from console.desk.expected_view import ExpectedView
from console.security.audit_view import AuditView
from console.security.gate_arrivals_panel import GateArrivalsPanel
from console.security.gate_view import GateView
from console.admin.hosts_view import HostsView
from console.admin.levels_view import LevelsView
from console.log.log_view import LogView
from console.desk.notify_panel import NotifyPanel
from console.security.onsite_view import OnSiteView
from console.admin.operators_view import OperatorsView
from console.common.panel import DeskView
from console.plans.pdf import write_expense_report_pdf, write_itinerary_pdf, write_plan_pdf
from console.plans.reminders_panel import PlanRemindersPanel
from console.plans.plans_view import PlansView
from console.desk.print_panel import PrintPanel
from console.admin.privacy_view import PrivacyView
from console.desk.protocol_panel import ProtocolPanel
from console.desk.reminder_settings import ReminderSettingsDialog
from console.desk.reminders_panel import RemindersPanel
from console.plans.reports_view import ReportsView
from console.security.security_view import SecurityView
from console.desk.rooms_panel import RoomsPanel
from console.common.signin import SignInPage, role_name
from console.desk.visit_actions import MessageDialog, RoomDialog, VisitActionsPanel
from console.desk.visits_model import COL_CHECKED_IN, COL_COMPANY, SEARCH_ROLE, VisitsModel
from console.desk.waiting_view import WaitingView

log = logging.getLogger(__name__)

DAY_CHECK_MS = 60_000
ADMIN = frozenset({"admin"})
SECURITY_DESK = frozenset({"security", "admin"})


class VisitFilter(QSortFilterProxyModel):
    """The search box: every word typed must appear in the visit's names, pinyin, company or host."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent) -> bool:
        if not self._words:
            return True
        haystack = self.sourceModel().index(row, 0, parent).data(SEARCH_ROLE) or ""
        return all(word in haystack for word in self._words)


class ConsoleWindow(Retranslating, QMainWindow):
    reprint_requested = Signal()  # the app wakes this desk's print worker
    def __init__(self, config: StationConfig, store: Store, translations: Translations,
                 bus: ChangeBus | None = None, model: VisitsModel | None = None,
                 operator: OperatorView | None = None) -> None:
        super().__init__()
        self._config = config
        self._store = store
        self._translations = translations
        self.operator: OperatorView | None = None
        self.print_worker: PrintWorker | None = None
        self.notify_worker: BackgroundLoop | None = None
        self.model = model or VisitsModel(parent=self)
        self.views: list[DeskView] = []
        self._titles: dict[QWidget, Callable[[], str]] = {}
        # view -> (roles who see it, roles who edit it); None: everyone
        self._access: dict[QWidget, tuple[frozenset[str] | None, frozenset[str] | None]] = {}
        self._pages: dict[QWidget, QWidget] = {}
        self._security_alerts = 0
        self._selected_plan: int | None = None
        self._shown_visit_id: int | None = None  # the visit the protocol and the plan link show
        self.purge_thread: threading.Thread | None = None  # view -> the page that holds it in the tabs
        self._build()
        self._add_sections()
        self._name_qt_buttons()
        self.setStyleSheet(STYLE)
        self._day = date.today()
        self.model.reset(todays_visits(store, actor=self.actor))
        self._attention_ids: set[int] = set()
        self.refresh_printing(alert=False)
        self.refresh_notifications()
        self._idle = IdleWatch(self)
        self._idle.idle.connect(self.lock)
        self.retranslate()
        self._update_actions()
        if operator is not None:
            self.sign_in_as(operator)
        # The desk may run for days: at midnight the list starts again with the new day.
        self._day_timer = QTimer(self, interval=DAY_CHECK_MS, timeout=self.new_day_if_due)
        self._day_timer.start()
        self.purge_expired()
        if bus is not None:
            bus.changed.connect(self._on_changed)

    # --- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        page = QWidget(objectName="page")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_header())
        self.stack = QStackedWidget()
        self.sign_in_page = SignInPage(self._store, self._config.station)
        self.sign_in_page.signed_in.connect(self.sign_in_as)
        self.stack.addWidget(self.sign_in_page)
        self.desk = QWidget()
        self.stack.addWidget(self.desk)
        layout.addWidget(self.stack, 1)

        body = QVBoxLayout(self.desk)
        body.setContentsMargins(24, 12, 24, 12)
        body.setSpacing(10)
        middle = QHBoxLayout()
        middle.setSpacing(12)
        self.tabs = QTabWidget(objectName="deskTabs")
        self.tabs.setAccessibleName("Desk sections")
        self.tabs.setDocumentMode(True)
        today = QWidget()
        today_layout = QVBoxLayout(today)
        today_layout.setContentsMargins(0, 8, 0, 0)
        today_layout.addLayout(self._build_actions())
        today_layout.addWidget(self._build_table(), 1)
        self.today_tab = today
        self.tabs.addTab(today, "")
        middle.addWidget(self.tabs, 1)
        self.side = QVBoxLayout()
        self.side.setSpacing(10)
        self.action_scroll = self._build_action_panel()
        self.side.addWidget(self.action_scroll, 1)
        middle.addLayout(self.side)
        body.addLayout(middle, 1)
        self.notify_panel = NotifyPanel()
        self.notify_panel.retry.connect(self._retry_notification)
        self.notify_panel.show_visit.connect(self.select_visit)
        body.addWidget(self.notify_panel)
        body.addWidget(self._build_print_panel())
        self.status = QLabel(objectName="status")
        self.status.setAccessibleName("Status")
        self.status.setProperty("tone", "info")
        body.addWidget(self.status)
        self.setCentralWidget(page)
        self._build_shortcuts()
        self._name_qt_buttons()

    def _add_sections(self) -> None:
        actor = lambda: self.actor  # noqa: E731 - asked at the moment of acting
        self.tabs.insertTab(0, self._build_waiting_tab(actor), "")
        self.tabs.setCurrentIndex(0)
        self.tabs.currentChanged.connect(self._on_tab)
        self.expected_view = ExpectedView(self._store, actor)
        self.add_view(self.expected_view, lambda: self.tr("Expected"))
        self.hosts_view = HostsView(self._store, actor)
        self.add_view(self.hosts_view, lambda: self.tr("Hosts"), edit=ADMIN)
        self.levels_view = LevelsView(self._store, actor)
        self.add_view(self.levels_view, lambda: self.tr("Reception levels"), edit=ADMIN)
        self.plans_view = PlansView(self._store, actor)
        self.add_view(self.plans_view, lambda: self.tr("Reception plans"))
        self.plans_view.print_requested.connect(self.print_plan)
        self.gate_view = GateView(self._store, actor, printer=self._config.badge_printer)
        self.add_view(self.gate_view, lambda: self.tr("Gate"), see=SECURITY_DESK)
        self.onsite_view = OnSiteView(self._store, actor, printer=self._config.badge_printer)
        self.add_view(self.onsite_view, lambda: self.tr("On site"))
        self.security_view = SecurityView(self._store, actor)
        self.add_view(self.security_view, lambda: self._count_title(self.tr("Security"), self._security_alerts))
        self.security_view.alert_count.connect(self._on_security_alerts)
        self.audit_view = AuditView(self._store, actor)
        self.add_view(self.audit_view, lambda: self.tr("Audit log"), see=SECURITY_DESK)
        self.log_view = LogView(self._store, actor)
        self.add_view(self.log_view, lambda: self.tr("Visitor log"))
        self.reports_view = ReportsView(self._store, actor)
        self.add_view(self.reports_view, lambda: self.tr("Reports"), see=frozenset({"leader", "admin"}))
        self.privacy_view = PrivacyView(self._store, actor)
        self.add_view(self.privacy_view, lambda: self.tr("Privacy"), see=ADMIN)
        self.operators_view = OperatorsView(self._store, actor)
        self.add_view(self.operators_view, lambda: self.tr("Operators"), see=ADMIN)

    @staticmethod
    def _count_title(title: str, count: int) -> str:
        return f"{title} ({count})" if count else title

    def _on_security_alerts(self, count: int) -> None:
        """A watchlist match: the tab says how many, and security's desk is alerted."""
        if count > self._security_alerts and self.operator is not None and self.operator.role in SECURITY_DESK:
            QApplication.alert(self)
            self._say(self.tr("Security alert: see the Security section."), "error")
        self._security_alerts = count
        self._retitle_tabs()

    def _build_waiting_tab(self, actor) -> QWidget:
        """The busy-morning screen: who waits (VIPs first, then the longest wait), what to do, which rooms."""
        tab = self.waiting_tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(10)
        self.waiting = WaitingView(self._store, actor)
        self.waiting.follow(self.model)
        self.waiting.table.setMinimumHeight(150)  # five rows; the window must still fit 1280 x 800
        self.waiting.visit_selected.connect(self.select_visit)
        layout.addWidget(self.waiting, 3)
        lower_widget = QWidget(objectName="lowerPanels")
        lower = QHBoxLayout(lower_widget)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.setSpacing(12)
        self.reminders = RemindersPanel(self._store, actor)
        self.rooms_panel = RoomsPanel(self._store, actor)
        for view in (self.waiting, self.reminders, self.rooms_panel):
            view.said.connect(self._say)
            self.views.append(view)
        self.gate_arrivals = GateArrivalsPanel(self._store, actor)
        self.gate_arrivals.said.connect(self._say)
        self.views.append(self.gate_arrivals)
        reminders_column = QVBoxLayout()
        reminders_column.addWidget(self.gate_arrivals)
        reminders_column.addWidget(self.reminders)
        self.plan_reminders = PlanRemindersPanel(self._store, actor)
        self.plan_reminders.said.connect(self._say)
        self.plan_reminders.open_plan.connect(self.open_plan)
        self.views.append(self.plan_reminders)
        reminders_column.addWidget(self.plan_reminders)
        self.reminder_settings_button = QPushButton()
        self.reminder_settings_button.setAccessibleName("Reminder settings")
        self.reminder_settings_button.clicked.connect(self.edit_reminder_settings)
        reminders_column.addWidget(self.reminder_settings_button, 0, Qt.AlignmentFlag.AlignLeft)
        reminders_column.addStretch(1)
        lower.addLayout(reminders_column, 3)
        self.protocol = ProtocolPanel(self._store, actor)
        self.protocol.said.connect(self._say)
        self.views.append(self.protocol)
        self.plan_button = QPushButton()
        self.plan_button.setAccessibleName("Open the reception plan")
        self.plan_button.clicked.connect(self._open_selected_plan)
        self.plan_button.hide()
        for panel in (self.protocol, self.rooms_panel):
            column = QVBoxLayout()
            column.addWidget(panel)
            if panel is self.protocol:
                column.addWidget(self.plan_button)
            column.addStretch(1)
            lower.addLayout(column, 2)
        # On a bad morning the attention panels below take room: these panels then scroll, the list stays.
        scroll = QScrollArea(objectName="lowerScroll")
        scroll.setWidget(lower_widget)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumHeight(120)
        scroll.setAccessibleName("Reminders, protocol and rooms")
        layout.addWidget(scroll, 2)
        return tab

    def _show_plan_link(self) -> None:
        visit_id = self._shown_visit_id
        self._selected_plan = plan_for_visit(self._store, visit_id) if visit_id is not None else None
        self.plan_button.setVisible(self._selected_plan is not None)

    def open_plan(self, plan_id: int) -> None:
        self.show_section(self.plans_view)
        self.plans_view.show_plan(plan_id)

    def _open_selected_plan(self) -> None:
        if self._selected_plan is not None:
            self.open_plan(self._selected_plan)

    def print_plan(self, plan_id: int, what: str) -> None:
        """The plan, its itinerary or its expense report as a PDF, in the desk's language."""
        writer = {"plan": write_plan_pdf, "itinerary": write_itinerary_pdf, "expenses": write_expense_report_pdf}[what]
        try:
            detail = plan_detail(self._store, self.actor, plan_id)
        except DomainError as err:
            self._say(error_text(err), "error")
            return
        name = f"{detail.plan_no}-{what}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), name, self.tr("PDF files (*.pdf)"))
        if not path:
            return
        try:
            writer(detail, path, self._translations.language, site_name=self._config.site_name)
        except OSError as err:
            self._say(self.tr("Could not write the file: %1").replace("%1", str(err)), "error")
        else:
            self._say(self.tr("Saved %1.").replace("%1", path), "done")

    def edit_reminder_settings(self) -> None:
        if self.operator is None or self.operator.role != Role.ADMIN:
            return
        dialog = ReminderSettingsDialog(self._store, lambda: self.actor, self)
        dialog.saved.connect(lambda _settings: self._say(self.tr("Reminder settings saved."), "done"))
        dialog.open()

    def add_view(self, view: DeskView, title: Callable[[], str], see: frozenset[str] | None = None,
                 edit: frozenset[str] | None = None) -> int:
        """A section of the desk as a tab, titled by `title()` in the current language. see: the roles
        shown the tab (None: all); edit: the roles for whom a view with set_editable edits."""
        view.said.connect(self._say)
        self.views.append(view)
        self._titles[view] = title
        self._access[view] = (see, edit)
        # Each section scrolls inside its tab: a tall form must not make the window taller than the screen.
        page = self._pages[view] = QScrollArea(objectName="sectionScroll")
        page.setWidget(view)
        page.setWidgetResizable(True)
        page.setFrameShape(QScrollArea.Shape.NoFrame)
        index = self.tabs.addTab(page, "")
        self._retitle_tabs()
        self._apply_role()
        return index

    def _name_qt_buttons(self) -> None:
        """Buttons Qt adds by itself (the search's clear button, the tab bar's scroll arrows) get names too."""
        name_qt_parts(self)
        for button in self.tabs.tabBar().findChildren(QToolButton):
            button.setAccessibleName("Scroll sections left" if "Left" in button.objectName() else "Scroll sections right")

    def show_section(self, section: QWidget) -> None:
        """A tab by what it shows: the waiting or today's page, or an added view."""
        self.tabs.setCurrentWidget(self._pages.get(section, section))

    def section_shown_to_operator(self, section: QWidget) -> bool:
        return self.tabs.isTabVisible(self.tabs.indexOf(self._pages.get(section, section)))

    def _on_tab(self, _index: int) -> None:
        # The visit actions belong to the visit lists; other sections get the whole width.
        self.action_scroll.setVisible(self.tabs.currentWidget() in (self.waiting_tab, self.today_tab))

    def _build_shortcuts(self) -> None:
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.focus_search)
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.lock)
        for n in range(1, 10):
            QShortcut(QKeySequence(f"Ctrl+{n}"), self, activated=lambda n=n: self._show_tab(n - 1))
        # The attention panels' buttons: a button's own shortcut would be lost when its text is set again.
        self._panel_keys = [(self.print_panel.buttons["retry"], "Ctrl+Shift+R"),
                            (self.print_panel.buttons["print_here"], "Ctrl+Shift+P"),
                            (self.print_panel.buttons["printed_ok"], "Ctrl+Shift+Y"),
                            (self.print_panel.buttons["print_again"], "Ctrl+Shift+A"),
                            (self.notify_panel.retry_button, "Ctrl+Shift+H")]
        for button, keys in self._panel_keys:
            QShortcut(QKeySequence(keys), self, activated=lambda b=button: self._press(b))

    def _press(self, button: QPushButton) -> None:
        if self.operator is not None and button.isVisible() and button.isEnabled():
            button.click()

    def _show_tab(self, index: int) -> None:
        if self.operator is not None and index < self.tabs.count() and self.tabs.isTabVisible(index):
            self.tabs.setCurrentIndex(index)
    def _build_header(self) -> QWidget:
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
        self.search.textChanged.connect(self._on_search)
        self.search.returnPressed.connect(self._select_first_found)
        row.addWidget(self.search, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addSpacing(12)
        self.operator_label = QLabel(objectName="operator")
        self.operator_label.setAccessibleName("Signed in as")
        row.addWidget(self.operator_label, 0, Qt.AlignmentFlag.AlignVCenter)
        self.lock_button = QPushButton()
        self.lock_button.setAccessibleName("Lock")
        self.lock_button.clicked.connect(self.lock)
        row.addWidget(self.lock_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.language_button = QPushButton()
        self.language_button.setAccessibleName("Language")
        self.language_button.setMinimumWidth(100)
        self.language_button.clicked.connect(self._toggle_language)
        row.addWidget(self.language_button, 0, Qt.AlignmentFlag.AlignVCenter)
        return header

    def _build_actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.counts = QLabel(objectName="counts")
        self.counts.setAccessibleName("Visit counts")
        row.addWidget(self.counts, 1)
        return row

    def _build_action_panel(self) -> QScrollArea:
        """The selected visit's actions, beside the list; it scrolls if the print panel needs the room."""
        panel = self.actions = VisitActionsPanel()
        panel.chosen.connect(self.act_on_selected)
        self.check_out_button = panel.buttons["check_out"]
        self.reprint_button = panel.buttons["reprint"]
        scroll = QScrollArea(objectName="actionScroll")
        scroll.setWidget(panel)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFixedWidth(240)  # a scroll bar, when needed, narrows the panel a little
        return scroll

    def _build_print_panel(self) -> PrintPanel:
        panel = self.print_panel = PrintPanel()
        panel.can_print_here = bool(self._config.badge_printer)
        panel.retry.connect(lambda job_id: self._job_action(print_jobs.retry_job, job_id))
        panel.print_here.connect(lambda job_id: self._job_action(
            print_jobs.reroute_job, job_id, self._config.station, self._config.badge_printer))
        panel.printed_ok.connect(lambda job_id: self._job_action(print_jobs.resolve_in_doubt, job_id, True))
        panel.print_again.connect(lambda job_id: self._job_action(print_jobs.resolve_in_doubt, job_id, False))
        return panel

    def _build_table(self) -> QTableView:
        self.proxy = VisitFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView()
        self.table.setAccessibleName("Today's visits")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_CHECKED_IN, Qt.SortOrder.DescendingOrder)  # newest arrival on top
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(40)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for col, width in enumerate((150, 150, 0, 120, 120, 90, 80, 120)):
            if width:
                header.resizeSection(col, width)
        header.setSectionResizeMode(COL_COMPANY, QHeaderView.ResizeMode.Stretch)  # the company takes what is left
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.dataChanged.connect(lambda *_: self._refresh_summary())
        self.model.rowsInserted.connect(lambda *_: self._refresh_summary())
        self.model.modelReset.connect(self._refresh_summary)
        return self.table

    # --- who is at the desk --------------------------------------------------------------

    @property
    def actor(self) -> Actor:
        """Every action records the signed-in operator; housekeeping before sign-in records the console."""
        if self.operator is None:
            return Actor(station=self._config.station, operator="console")
        return self.operator.actor(self._config.station)

    def sign_in_as(self, operator: OperatorView) -> None:
        changed = self.operator is None or self.operator.role != operator.role
        self.operator = operator
        if changed:  # what the list may hold depends on the role (confidential visits)
            self.model.reset(todays_visits(self._store, actor=self.actor))
            self.refresh_notifications()
        self.stack.setCurrentWidget(self.desk)
        self._show_operator()
        self._apply_role()
        if operator.role == Role.SECURITY:
            self.show_section(self.gate_view)  # the guard's desk is the gate
        self._arm_idle_lock()
        self.table.setFocus()
        self._say(self.tr("Signed in as %1.").replace("%1", operator.name), "done")

    def lock(self) -> None:
        """Quiet too long, or Ctrl+L: the desk hides behind the PIN; the lists keep updating."""
        if self.operator is None or self.stack.currentWidget() is self.sign_in_page:
            return
        self._idle.disarm()
        for dialog in self.findChildren(QDialog):
            dialog.reject()  # a half-filled form must not wait behind the lock for the next person
        self.sign_in_page.lock(self.operator.name)
        self.stack.setCurrentWidget(self.sign_in_page)
        self._show_operator()

    def _arm_idle_lock(self) -> None:
        if self.operator is not None and self.stack.currentWidget() is self.desk:
            self._idle.arm(site_settings(self._store).console_lock_min * 60_000)

    def _show_operator(self) -> None:
        signed_in = self.operator is not None and self.stack.currentWidget() is self.desk
        for widget in (self.search, self.operator_label, self.lock_button):
            widget.setVisible(signed_in)
        if signed_in:
            self.operator_label.setText(f"{self.operator.name} · {role_name(self.operator.role)}")

    def _apply_role(self) -> None:
        admin = self.operator is not None and self.operator.role == Role.ADMIN
        self.reminder_settings_button.setVisible(admin)
        role = str(self.operator.role) if self.operator is not None else ""
        for view, (see, edit) in self._access.items():
            self.tabs.setTabVisible(self.tabs.indexOf(self._pages[view]), see is None or role in see)
            if edit is not None and hasattr(view, "set_editable"):
                view.set_editable(role in edit)

    # --- search --------------------------------------------------------------------------

    def focus_search(self) -> None:
        if self.operator is not None:
            self.search.setFocus()
            self.search.selectAll()

    def _on_search(self, text: str) -> None:
        self.proxy.set_query(text)
        if text:
            self.tabs.setCurrentWidget(self.today_tab)
            if self.proxy.rowCount() == 1:
                self.table.selectRow(0)

    def _select_first_found(self) -> None:
        if self.proxy.rowCount():
            self.table.selectRow(0)
            self.table.setFocus()

    # --- language ------------------------------------------------------------------------


    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reception console"))
        self.title.setText(self._config.site_name)
        today = QLocale().toString(self._day, QLocale.FormatType.LongFormat)
        self.subtitle.setText(self.tr("Reception console · %1").replace("%1", today))
        self.search.setPlaceholderText(self.tr("Find a visit: name, pinyin, company or host (Ctrl+F)"))
        self.lock_button.setText(self.tr("Lock"))
        self.reminder_settings_button.setText(self.tr("Reminder settings…"))
        self.plan_button.setText(self.tr("Open the reception plan…"))
        self.lock_button.setToolTip(self.tr("Lock the console (Ctrl+L)"))
        self._show_operator()
        self._retitle_tabs()
        for button, keys in self._panel_keys:
            button.setToolTip(self.tr("Shortcut: %1").replace("%1", keys))
        self.actions.set_extra_tip("reprint", "" if self._config.badge_printer
                                   else self.tr("This desk has no printer configured."))
        other = "en" if self._translations.language != "en" else "zh_CN"
        self.language_button.setText(LANGUAGES[other])
        self.language_button.setToolTip(self.tr("Switch language"))
        self.model.retranslate()
        self._refresh_summary()
        self._say("")  # an old message would stay in the old language

    def _retitle_tabs(self) -> None:
        self.tabs.setTabText(self.tabs.indexOf(self.waiting_tab), self.tr("Waiting"))
        self.tabs.setTabText(self.tabs.indexOf(self.today_tab), self.tr("Today's visits"))
        for view, title in self._titles.items():
            self.tabs.setTabText(self.tabs.indexOf(self._pages[view]), title())
        for index in range(min(self.tabs.count(), 9)):
            self.tabs.setTabToolTip(index, f"Ctrl+{index + 1}")

    def _toggle_language(self) -> None:
        self._translations.switch("en" if self._translations.language != "en" else "zh_CN")

    def new_day_if_due(self) -> None:
        if date.today() != self._day:
            self._day = date.today()
            self.purge_expired()
            self.model.reset(todays_visits(self._store, actor=self.actor))
            self.refresh_notifications()
            self.retranslate()

    def purge_expired(self) -> None:
        """Once a day (and at start): earlier days' guests who never came become no-shows, and personal
        data past the site's retention period is removed. The purge runs on its own thread: it waits for
        the WAL checkpoint (SQLite) or vacuums (PostgreSQL), and the desk must not stall meanwhile."""
        system = Actor(station=self._config.station, operator="system")
        try:
            mark_no_shows(self._store, system, self._day - timedelta(days=1))
        except Exception:  # a locked database: the next day's run (or the next start) catches up
            log.exception("marking no-shows failed")
        self.purge_thread = threading.Thread(target=self._purge, args=(system,), name="retention", daemon=True)
        self.purge_thread.start()

    def _purge(self, system: Actor) -> None:
        try:
            purge_expired(self._store, system)  # what it blanks reaches the lists through the change feed
        except Exception:
            log.exception("retention purge failed")

    # --- live updates --------------------------------------------------------------------

    def _on_changed(self, flags: int, changes: list[Change]) -> None:
        if Changes(flags) & Changes.NOTIFICATIONS and self.notify_worker is not None:
            self.notify_worker.wake()  # a kiosk queued one: deliver it now, not at the next poll
        if Changes(flags) & (Changes.PRINT_JOBS | Changes.PRINTERS):
            self.refresh_printing()
        if Changes(flags) & Changes.PLANS:
            self._show_plan_link()  # a plan made or cancelled for the selected visit's appointment
        if Changes(flags) & Changes.VISITS:
            ids = {c.entity_id for c in changes if c.flag == Changes.VISITS}
            self._reload_visits(ids)
        if Changes(flags) & Changes.NOTIFICATIONS:
            ids = {c.entity_id for c in changes if c.flag == Changes.NOTIFICATIONS}
            self.model.set_notifications(latest_for_visits(self._store, visits_of_notifications(self._store, ids)))
        if Changes(flags) & (Changes.NOTIFICATIONS | Changes.VISITS):
            self.refresh_notifications(ids=set())
        if Changes(flags) & Changes.SETTINGS:
            self._arm_idle_lock()
        for view in self.views:
            view.refresh(Changes(flags), changes)

    def _reload_visits(self, ids: set[int]) -> None:
        """Those the operator may see are updated; one marked confidential meanwhile leaves the list."""
        visible = visits_by_ids(self._store, ids, actor=self.actor)
        self.model.upsert(visible)
        self.model.remove(set(ids) - {v.id for v in visible})

    def refresh_notifications(self, ids: set[int] | None = None) -> None:
        """Failed host notifications of visitors still waiting for their host: the desk phones."""
        if ids is None:
            self.model.set_notifications(latest_for_visits(self._store, [v.id for v in self.model.visits()]),
                                         replace_all=True)
        waiting = {v.id: v for v in self.model.visits() if v.state in WAITING}
        failed = [n for n in notes.notifications_needing_attention(self._store) if n.visit_id in waiting]
        self.notify_panel.show_failed([(n, waiting[n.visit_id]) for n in failed])

    def _retry_notification(self, notification_id: int) -> None:
        try:
            notes.retry_notification(self._store, self.actor, notification_id)
        except DomainError as err:
            self._say(error_text(err), "error")
        else:
            self._say(self.tr("The notification is being sent again."), "done")
            if self.notify_worker is not None:
                self.notify_worker.wake()
        self.refresh_notifications()

    # --- printing ------------------------------------------------------------------------

    def refresh_printing(self, alert: bool = True) -> None:
        """Failed jobs and jobs in doubt, from every station; a new one alerts the desk."""
        jobs = print_jobs.jobs_needing_attention(self._store)
        self.print_panel.show_state(jobs, print_jobs.printer_states(self._store))
        new = {j.id for j in jobs} - self._attention_ids
        self._attention_ids = {j.id for j in jobs}
        if alert and new:
            self._say(self.tr("A badge needs your attention: see the list below."), "error")
            QApplication.alert(self)

    def _job_action(self, service, job_id: int, *args) -> None:
        try:
            service(self._store, self.actor, job_id, *args)
        except DomainError as err:
            self._say(error_text(err), "error")
        else:
            self._say(self.tr("Done."), "done")
        self.refresh_printing(alert=False)

    def reprint_selected(self) -> None:
        visit = self.selected_visit()
        if visit is None:
            return
        try:
            print_jobs.reprint_badge(self._store, self.actor, visit.id, self._config.station,
                                     self._config.badge_printer)
        except DomainError as err:
            self._say(error_text(err), "error")
        else:
            self._say(self.tr("A new badge for %1 is being printed at this desk.")
                      .replace("%1", visit.visitor_name), "done")
            self.reprint_requested.emit()

    # --- selection and check-out ---------------------------------------------------------

    def selected_visit(self) -> Visit | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.visit_at(self.proxy.mapToSource(rows[0]).row())

    def select_visit(self, visit_id: int) -> bool:
        row = self.model.row_of(visit_id)
        if row is None:
            return False
        self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        return True

    def check_out_selected(self) -> None:
        visit = self.selected_visit()
        if visit is not None:
            self.check_out_visit(visit.id)

    def check_out_visit(self, visit_id: int) -> None:
        self._transition(visit_flow.check_out, visit_id)

    # --- the reception flow --------------------------------------------------------------

    def act_on_selected(self, key: str) -> None:
        """One of the action panel's buttons (or its shortcut), on the selected visit."""
        visit = self.selected_visit()
        if visit is None:
            return
        if key == "reprint":
            self.reprint_selected()
        elif key in ("must_wait", "absent_waits"):
            service = visit_flow.visitor_must_wait if key == "must_wait" else visit_flow.host_absent_visitor_waits
            self._ask_room(visit, service)
        elif key == "leaves":
            self._ask_message(visit)
        else:
            service = {"notify": visit_flow.notify_host, "ready": visit_flow.host_ready, "declines": visit_flow.host_declines,
                       "arrived": visit_flow.host_arrives, "escorted": visit_flow.escort_out, "back": visit_flow.back_to_desk,
                       "seen_out": visit_flow.see_out, "check_out": visit_flow.check_out}[key]
            self._transition(service, visit.id)

    def _ask_room(self, visit: Visit, service) -> None:
        dialog = RoomDialog(self, visit.visitor_name, rooms(self._store))

        def submit(room_id: int | None) -> None:
            outcome = self._transition(service, visit.id, room_id=room_id)
            if outcome is True:
                dialog.accept()
            elif outcome is False:
                dialog.reject()
            else:  # the room was taken meanwhile: choose again from what is free now
                dialog.set_rooms(rooms(self._store))
                dialog.show_problem(outcome)
        dialog.submitted.connect(submit)
        dialog.open()

    def _ask_message(self, visit: Visit) -> None:
        dialog = MessageDialog(self, visit.visitor_name)

        def submit(message: str) -> None:
            outcome = self._transition(visit_flow.visitor_leaves, visit.id, message=message)
            if outcome is True:
                dialog.accept()
            elif outcome is False:
                dialog.reject()
            else:
                dialog.show_problem(outcome)
        dialog.submitted.connect(submit)
        dialog.open()

    def _transition(self, service, visit_id: int, **kwargs) -> bool | str:
        """Call one transition service: True when done; for input the person can correct, the problem
        text (nothing changed); False when refused (the row is reloaded to show the truth)."""
        try:
            done = service(self._store, self.actor, visit_id, **kwargs)
        except InvalidInput as err:
            text = self._problem_text(err)
            self._say(text, "error")
            return text
        except DomainError as err:
            # Another desk or the kiosk may have moved the visit: show the truth, not the stale row.
            self._reload_visits({visit_id})
            self._say(error_text(err), "error")
            self._update_actions()
            return False
        visit = done.value
        self.model.upsert([visit])
        self._say(self._confirmation(service, visit), "done")
        self._update_actions()
        return True

    def _problem_text(self, err: InvalidInput) -> str:
        if "room" in err.problems:
            return self.tr("That room is no longer free. Please choose another.")
        return error_text(err)

    def _confirmation(self, service, visit: Visit) -> str:
        if service in (visit_flow.visitor_must_wait, visit_flow.host_absent_visitor_waits):
            text = (self.tr("%1 waits in %3.") if visit.room else self.tr("%1 waits in the lobby."))
        else:
            text = {
                visit_flow.notify_host: self.tr("The host of %1 (%2) has been notified again."),
                visit_flow.host_ready: self.tr("The host is ready: lead %1 to the host, or the host comes to collect them."),
                visit_flow.visitor_leaves: self.tr("%1 (%2) has left. Their message goes to the host."),
                visit_flow.host_declines: self.tr("The host declines: please tell %1 politely."),
                visit_flow.host_arrives: self.tr("The host has met %1 (%2)."),
                visit_flow.escort_out: self.tr("The host saw %1 (%2) out. The visit is over."),
                visit_flow.back_to_desk: self.tr("%1 is back at the desk: please see them out."),
                visit_flow.see_out: self.tr("%1 (%2) has been seen out. The visit is over."),
                visit_flow.check_out: self.tr("%1 (%2) is checked out."),
            }[service]
        return text.replace("%1", visit.visitor_name).replace("%2", visit.visit_no).replace("%3", visit.room)

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        visit = self.selected_visit()
        if visit is not None:
            self.waiting.select_visit(visit.id)
        self._update_actions()

    def _update_actions(self) -> None:
        """Runs on every change of the list (and its minute tick): the protocol and the plan link are read
        only when another visit is selected; the protocol panel follows its visit's changes itself."""
        visit = self.selected_visit()
        visit_id = visit.id if visit is not None else None
        if visit_id != self._shown_visit_id:
            self._shown_visit_id = visit_id
            self.protocol.show_visit(visit_id)
            self._show_plan_link()
        can_reprint = visit is not None and visit.state in ON_SITE and bool(self._config.badge_printer)
        self.actions.show_visit(visit, can_reprint)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._idle.release()
        if self.purge_thread is not None:
            self.purge_thread.join(timeout=30)  # a purge half-way is safe, but let it finish its commit
        for worker in (self.print_worker, self.notify_worker):
            if worker is not None:
                worker.stop()
        self.print_worker = self.notify_worker = None
        super().closeEvent(event)

    # --- status --------------------------------------------------------------------------

    def _refresh_summary(self) -> None:
        visits = self.model.visits()
        on_site = sum(v.state in ON_SITE for v in visits)
        self.counts.setText(self.tr("Today: %1 · On site: %2")
                            .replace("%1", str(len(visits))).replace("%2", str(on_site)))
        self._update_actions()  # a change from elsewhere may end the selected visit

    def _say(self, text: str, tone: str = "info") -> None:
        self.status.setText(text)
        self.status.setProperty("tone", tone)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
