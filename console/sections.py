"""The desk's sections: which there are, their tabs and titles, and which roles see or edit each."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QScrollArea, QTabWidget, QWidget

from shared.config import StationConfig
from shared.store.engine import Store

from console.admin.hosts_view import HostsView
from console.admin.levels_view import LevelsView
from console.admin.operators_view import OperatorsView
from console.admin.privacy_view import PrivacyView
from console.common.panel import ActorFn, DeskView
from console.desk.expected_view import ExpectedView
from console.log.log_view import LogView
from console.plans.plans_view import PlansView
from console.plans.reports_view import ReportsView
from console.security.audit_view import AuditView
from console.security.gate_view import GateView
from console.security.onsite_view import OnSiteView
from console.security.security_view import SecurityView

translate = QCoreApplication.translate  # the window's catalogue context: its translations stay as they are

ADMIN = frozenset({"admin"})
SECURITY_DESK = frozenset({"security", "admin"})
Roles = frozenset[str] | None  # None: every role


class Section(NamedTuple):
    name: str  # the window's attribute for the view
    view: DeskView
    title: Callable[[], str]
    see: Roles = None  # the roles shown the tab
    edit: Roles = None  # the roles for whom a view with set_editable edits


def count_title(title: str, count: int) -> str:
    return f"{title} ({count})" if count else title


def desk_sections(store: Store, config: StationConfig, actor: ActorFn,
                  security_alerts: Callable[[], int]) -> Iterator[Section]:
    """Each section after the two visit lists, in tab order; made one by one as the window adds them."""
    yield Section("expected_view", ExpectedView(store, actor), lambda: translate("ConsoleWindow", "Expected"))
    yield Section("hosts_view", HostsView(store, actor), lambda: translate("ConsoleWindow", "Hosts"), edit=ADMIN)
    yield Section("levels_view", LevelsView(store, actor), lambda: translate("ConsoleWindow", "Reception levels"),
                  edit=ADMIN)
    yield Section("plans_view", PlansView(store, actor), lambda: translate("ConsoleWindow", "Reception plans"))
    yield Section("gate_view", GateView(store, actor, printer=config.badge_printer),
                  lambda: translate("ConsoleWindow", "Gate"), see=SECURITY_DESK)
    yield Section("onsite_view", OnSiteView(store, actor, printer=config.badge_printer),
                  lambda: translate("ConsoleWindow", "On site"))
    yield Section("security_view", SecurityView(store, actor),
                  lambda: count_title(translate("ConsoleWindow", "Security"), security_alerts()))
    yield Section("audit_view", AuditView(store, actor), lambda: translate("ConsoleWindow", "Audit log"),
                  see=SECURITY_DESK)
    yield Section("log_view", LogView(store, actor), lambda: translate("ConsoleWindow", "Visitor log"))
    yield Section("reports_view", ReportsView(store, actor), lambda: translate("ConsoleWindow", "Reports"),
                  see=frozenset({"leader", "admin"}))
    yield Section("privacy_view", PrivacyView(store, actor), lambda: translate("ConsoleWindow", "Privacy"), see=ADMIN)
    yield Section("operators_view", OperatorsView(store, actor), lambda: translate("ConsoleWindow", "Operators"),
                  see=ADMIN)


class SectionTabs:
    """The tabs: the two visit lists as they are, every other section scrolling in its own page."""

    def __init__(self, tabs: QTabWidget) -> None:
        self.tabs = tabs
        self.fixed: list[tuple[QWidget, Callable[[], str]]] = []  # the visit lists' pages, titled first
        self.titles: dict[QWidget, Callable[[], str]] = {}
        self.access: dict[QWidget, tuple[Roles, Roles]] = {}  # view -> (see, edit)
        self.pages: dict[QWidget, QWidget] = {}  # view -> the page that holds it in the tabs

    def add_view(self, view: DeskView, title: Callable[[], str], see: Roles = None, edit: Roles = None) -> int:
        self.titles[view] = title
        self.access[view] = (see, edit)
        # Each section scrolls inside its tab: a tall form must not make the window taller than the screen.
        page = self.pages[view] = QScrollArea(objectName="sectionScroll")
        page.setWidget(view)
        page.setWidgetResizable(True)
        page.setFrameShape(QScrollArea.Shape.NoFrame)
        return self.tabs.addTab(page, "")

    def retitle(self) -> None:
        for page, title in self.fixed:
            self.tabs.setTabText(self.tabs.indexOf(page), title())
        for view, title in self.titles.items():
            self.tabs.setTabText(self.tabs.indexOf(self.pages[view]), title())
        for index in range(min(self.tabs.count(), 9)):
            self.tabs.setTabToolTip(index, f"Ctrl+{index + 1}")

    def apply_role(self, role: str) -> None:
        for view, (see, edit) in self.access.items():
            self.tabs.setTabVisible(self.tabs.indexOf(self.pages[view]), see is None or role in see)
            if edit is not None and hasattr(view, "set_editable"):
                view.set_editable(role in edit)

    def page_of(self, section: QWidget) -> QWidget:
        """A tab by what it shows: the waiting or today's page, or an added view."""
        return self.pages.get(section, section)

    def show(self, section: QWidget) -> None:
        self.tabs.setCurrentWidget(self.page_of(section))

    def is_shown_to_operator(self, section: QWidget) -> bool:
        return self.tabs.isTabVisible(self.tabs.indexOf(self.page_of(section)))
