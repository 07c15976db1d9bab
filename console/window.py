"""The reception console window: it assembles the sections and the shared chrome, and carries the live feed."""
from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QMainWindow, QStackedWidget, QTabWidget, QVBoxLayout,
                               QWidget)

from shared.changes import Change, Changes
from shared.config import StationConfig
from shared.domain.model import Actor
from shared.qt.background import BackgroundLoop
from shared.qt.feed import ChangeBus
from shared.qt.idle import IdleWatch
from shared.qt.print_worker import PrintWorker
from shared.qt.i18n import Translations
from shared.qt.retranslate import Retranslating
from shared.services.notifications.deliveries import latest_for_visits, visits_of_notifications
from shared.services.site.settings import site_settings
from shared.services.directory.operators import OperatorView, Role
from shared.services.desk.queries import todays_visits
from shared.store.engine import Store

from console.chrome import DeskLock, Header, Shortcuts, name_qt_buttons, site_title
from console.style import STYLE
from console.common.daily import DeskDay
from console.common.panel import DeskView
from console.common.signin import SignInPage
from console.desk.attention import AttentionPanels
from console.desk.visits_model import VisitsModel
from console.desk.visits_tab import VisitsSurface, VisitsTab
from console.desk.waiting_tab import WaitingTab
from console.plans.save_pdf import save_plan_pdf
from console.sections import GROUP_OF, SECURITY_DESK, SectionTabs, desk_sections


class ConsoleWindow(Retranslating, VisitsSurface, QMainWindow):
    reprint_requested = Signal()  # the app wakes this desk's print worker

    def __init__(self, config: StationConfig, store: Store, translations: Translations,
                 bus: ChangeBus | None = None, model: VisitsModel | None = None,
                 operator: OperatorView | None = None) -> None:
        super().__init__()
        self._config, self._store, self._translations = config, store, translations
        self.operator: OperatorView | None = None
        self.print_worker: PrintWorker | None = None
        self.notify_worker: BackgroundLoop | None = None
        self.model = model or VisitsModel(parent=self)
        site = site_settings(store)  # the site's profile, and its own name as its kiosks show it
        self.model.word_for(site.profile)
        self._site_name = site_title(site.site_name, config.site_name)
        self.views: list[DeskView] = []
        self._security_alerts = 0
        self._build()
        self._add_sections()
        self._name_qt_buttons()
        self.setStyleSheet(STYLE)
        self.desk_day = DeskDay(store, config.station, self)
        self.desk_day.new_day.connect(self._on_new_day)
        self._idle = IdleWatch(self)
        self._idle.idle.connect(self.lock)
        self._desk_lock = DeskLock(self, store, self._idle, self.stack, self.desk, self.sign_in_page,
                                   lambda: self.operator, self._show_operator)
        self.retranslate()
        self.visits.update_actions()
        if operator is not None:
            self.sign_in_as(operator)
        self.desk_day.start()  # the housekeeping now, then a check each minute for the next day
        if bus is not None:
            bus.changed.connect(self._on_changed)

    # --- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        page = QWidget(objectName="page")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = Header()
        layout.addWidget(self.header.build(self.lock, self._toggle_language))
        self.search = self.header.search
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
        self.sections = SectionTabs(self.tabs, alerts=lambda: self._security_alerts)
        self._pages = self.sections.pages
        self.visits = VisitsTab(self._store, self._config, lambda: self.actor, self.model, self)
        self.today_tab = self.visits.build_page()
        self.table, self.proxy, self.counts = self.visits.table, self.visits.proxy, self.visits.counts
        self.search.textChanged.connect(self.visits.find)
        self.search.returnPressed.connect(self.visits.select_first_found)
        self.visits.said.connect(self._say)
        self.visits.show_requested.connect(lambda: self.sections.show(self.today_tab))
        self.visits.reprint_requested.connect(self.reprint_requested)
        self.tabs.addTab(self.today_tab, "")
        middle.addWidget(self.tabs, 1)
        self.side = QVBoxLayout()
        self.side.setSpacing(10)
        self.action_scroll = self.visits.build_action_panel()
        self.actions = self.visits.actions
        self.check_out_button, self.reprint_button = self.actions.buttons["check_out"], self.actions.buttons["reprint"]
        self.records_panel = self.visits.build_records_panel()
        self.side.addWidget(self.records_panel)
        self.side.addWidget(self.action_scroll, 1)
        middle.addLayout(self.side)
        body.addLayout(middle, 1)
        self.attention = AttentionPanels(self._store, self._config, lambda: self.actor, self.model,
                                         self._wake_notifier, self)
        self.attention.said.connect(self._say)
        self.notify_panel = self.attention.build_notify_panel()
        self.notify_panel.show_visit.connect(self.select_visit)
        body.addWidget(self.notify_panel)
        self.print_panel = self.attention.build_print_panel()
        body.addWidget(self.print_panel)
        self.status = QLabel(objectName="status")
        self.status.setAccessibleName("Status")
        self.status.setProperty("tone", "info")
        body.addWidget(self.status)
        self.setCentralWidget(page)
        self.shortcuts = Shortcuts(self, lambda: self.operator is not None, self.focus_search, self.lock,
                                   self._show_tab, self.print_panel, self.notify_panel)
        self._name_qt_buttons()

    def _add_sections(self) -> None:
        is_admin = lambda: self.operator is not None and self.operator.role == Role.ADMIN  # noqa: E731
        self.waiting_tabs = WaitingTab(self._store, lambda: self.actor, self.model, is_admin, self)
        self.waiting_tab = self.waiting_tabs.build()
        for name in ("waiting", "reminders", "rooms_panel", "gate_arrivals", "plan_reminders", "protocol"):
            setattr(self, name, getattr(self.waiting_tabs, name))
        self.views += self.waiting_tabs.views
        self.waiting_tabs.said.connect(self._say)
        self.waiting_tabs.open_plan.connect(self.open_plan)
        self.waiting.visit_selected.connect(self.select_visit)
        self.visits.visit_shown.connect(self.waiting_tabs.show_visit)
        self.visits.visit_selected.connect(self.waiting.select_visit)
        self.sections.fixed = [(self.waiting_tab, lambda: self.tr("Waiting")),
                               (self.today_tab, lambda: self.tr("Today's visits"))]
        self.tabs.insertTab(0, self.waiting_tab, "")
        self.tabs.setCurrentIndex(0)
        self.tabs.currentChanged.connect(self._on_tab)
        for section in desk_sections(self._store, self._config, lambda: self.actor, lambda: self._security_alerts):
            setattr(self, section.name, section.view)
            self.add_view(section.view, section.title, section.see, section.edit, group=GROUP_OF[section.name])
        self.plans_view.print_requested.connect(self.print_plan)
        self.security_view.alert_count.connect(self._on_security_alerts)

    def add_view(self, view: DeskView, title: Callable[[], str], see: frozenset[str] | None = None,
                 edit: frozenset[str] | None = None, group: str = "desk") -> int:
        """A section of the desk as a tab, titled by `title()` in the current language. see: the roles
        shown the tab (None: all); edit: the roles for whom a view with set_editable edits; group: the
        section group whose tab bar shows it."""
        view.said.connect(self._say)
        self.views.append(view)
        index = self.sections.add_view(view, title, see, edit, group)
        self.sections.retitle()
        self._apply_role()
        return index

    def _name_qt_buttons(self) -> None:
        name_qt_buttons(self, self.tabs.tabBar())

    def show_section(self, section: QWidget) -> None:
        """A tab by what it shows: the waiting or today's page, or an added view."""
        self.sections.show(section)

    def section_shown_to_operator(self, section: QWidget) -> bool:
        return self.sections.is_shown_to_operator(section)

    def _on_tab(self, _index: int) -> None:
        # The visit actions belong to the visit lists; other sections get the whole width.
        self.action_scroll.setVisible(self.tabs.currentWidget() in (self.waiting_tab, self.today_tab))

    def _show_tab(self, index: int) -> None:
        if self.operator is not None:
            self.sections.show_index(index)

    def _on_security_alerts(self, count: int) -> None:
        """A watchlist match: the tab says how many, and security's desk is alerted."""
        if count > self._security_alerts and self.operator is not None and self.operator.role in SECURITY_DESK:
            QApplication.alert(self)
            self._say(self.tr("Security alert: see the Security section."), "error")
        self._security_alerts = count
        self.sections.retitle()

    def open_plan(self, plan_id: int) -> None:
        self.show_section(self.plans_view)
        self.plans_view.show_plan(plan_id)

    def print_plan(self, plan_id: int, what: str) -> None:
        """The plan, its itinerary or its expense report as a PDF, in the desk's language."""
        save_plan_pdf(self, self._store, self.actor, plan_id, what, self._translations.language,
                      self._site_name, self._say)

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
        if changed:  # what the lists may hold depends on the role (confidential visits)
            self._reload_all()
        self.stack.setCurrentWidget(self.desk)
        self._show_operator()
        self._apply_role()
        if operator.role == Role.SECURITY:
            self.show_section(self.gate_view)  # the guard's desk is the gate
        self._desk_lock.arm()
        self.table.setFocus()
        self._say(self.tr("Signed in as %1.").replace("%1", operator.name), "done")

    def lock(self) -> None:
        self._desk_lock.lock()

    def _show_operator(self) -> None:
        signed_in = self.operator is not None and self.stack.currentWidget() is self.desk
        self.header.show_operator(self.operator if signed_in else None)

    def _apply_role(self) -> None:
        self.waiting_tabs.reminder_settings_button.setVisible(self.operator is not None
                                                              and self.operator.role == Role.ADMIN)
        self.sections.apply_role(str(self.operator.role) if self.operator is not None else "")

    def focus_search(self) -> None:
        if self.operator is not None:
            self.search.setFocus()
            self.search.selectAll()

    # --- language and the day ------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reception console"))
        self.header.retranslate(self._site_name, self.desk_day.day, self._translations.language)
        self.waiting_tabs.retranslate()
        self._show_operator()
        self.sections.retitle()
        self.shortcuts.retranslate()
        self.visits.retranslate()
        self.model.retranslate()
        self.visits.refresh_summary()
        self._say("")  # an old message would stay in the old language

    def _toggle_language(self) -> None:
        self._translations.switch("en" if self._translations.language != "en" else "zh_CN")

    def new_day_if_due(self) -> None:
        self.desk_day.new_day_if_due()

    def _on_new_day(self) -> None:
        if self.operator is not None:
            self._reload_all()
        self.retranslate()

    def _reload_all(self) -> None:
        """Everything the desk shows, read as the signed-in operator (nothing is read before sign-in:
        the services refuse an actor without a role)."""
        self.model.reset(todays_visits(self._store, actor=self.actor))
        self.refresh_printing(alert=False)
        self.refresh_notifications()
        for view in self.views:
            view.refresh(~Changes.NONE, [])

    @property
    def purge_thread(self) -> threading.Thread | None:
        """The housekeeping's purge, running beside the desk (tests wait for it)."""
        return self.desk_day.purge_thread

    # --- live updates --------------------------------------------------------------------

    def _on_changed(self, flags: int, changes: list[Change]) -> None:
        if Changes(flags) & Changes.NOTIFICATIONS:
            self._wake_notifier()  # a kiosk queued one: deliver it now, not at the next poll
        if self.operator is None:
            return  # nothing is shown before sign-in; signing in reads it all
        if Changes(flags) & (Changes.PRINT_JOBS | Changes.PRINTERS):
            self.attention.refresh_printing(printers=bool(Changes(flags) & Changes.PRINTERS))
        if Changes(flags) & Changes.PLANS:
            self.waiting_tabs.show_plan_link()  # a plan made or cancelled for the selected visit's appointment
        if Changes(flags) & Changes.VISITS:
            ids = {c.entity_id for c in changes if c.flag == Changes.VISITS}
            self.visits.reload(ids)
        if Changes(flags) & Changes.NOTIFICATIONS:
            ids = {c.entity_id for c in changes if c.flag == Changes.NOTIFICATIONS}
            visits = visits_of_notifications(self._store, ids)
            self.model.set_notifications(latest_for_visits(self._store, self.actor, visits))
        if Changes(flags) & (Changes.NOTIFICATIONS | Changes.VISITS):
            self.attention.refresh_notifications(set(), requery=bool(Changes(flags) & Changes.NOTIFICATIONS))
        if Changes(flags) & Changes.SETTINGS:
            self._desk_lock.arm()
        for view in self.views:
            view.refresh(Changes(flags), changes)

    def refresh_notifications(self, ids: set[int] | None = None) -> None:
        self.attention.refresh_notifications(ids)

    def refresh_printing(self, alert: bool = True) -> None:
        self.attention.refresh_printing(alert)

    def _wake_notifier(self) -> None:
        if self.notify_worker is not None:
            self.notify_worker.wake()

    # --- closing and the status line -----------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self._idle.release()
        self.desk_day.finish()
        for worker in (self.print_worker, self.notify_worker):
            if worker is not None:
                worker.stop()
        self.print_worker = self.notify_worker = None
        super().closeEvent(event)

    def _say(self, text: str, tone: str = "info") -> None:
        self.status.setText(text)
        self.status.setProperty("tone", tone)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
