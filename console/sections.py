"""The desk's sections: which there are, their tabs and titles, and which roles see or edit each."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QScrollArea, QTabWidget, QWidget

from shared.config import StationConfig
from shared.domain.profiles import CLINIC
from shared.services.site.settings import site_settings
from shared.store.engine import Store

from console.admin.documents_view import DocumentsView
from console.admin.hosts_view import HostsView
from console.admin.levels_view import LevelsView
from console.admin.operators_view import OperatorsView
from console.admin.privacy_view import PrivacyView
from console.admin.stations_view import StationsView
from console.common.panel import ActorFn, DeskView
from console.desk.clinic_view import ClinicView
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
    """Each section after the two visit lists, in tab order; made one by one as the window adds them.
    A clinic (the site's profile when the console starts) has its desk first and no factory gate."""
    clinic = site_settings(store).profile == CLINIC
    if clinic:
        yield Section("clinic_view", ClinicView(store, actor, printer=config.badge_printer),
                      lambda: translate("ConsoleWindow", "Clinic desk"))
    yield Section("expected_view", ExpectedView(store, actor), lambda: translate("ConsoleWindow", "Expected"))
    yield Section("hosts_view", HostsView(store, actor), lambda: translate("ConsoleWindow", "Hosts"), edit=ADMIN)
    yield Section("levels_view", LevelsView(store, actor), lambda: translate("ConsoleWindow", "Reception levels"),
                  edit=ADMIN)
    yield Section("plans_view", PlansView(store, actor), lambda: translate("ConsoleWindow", "Reception plans"))
    yield Section("gate_view", GateView(store, actor, printer=config.badge_printer),
                  lambda: translate("ConsoleWindow", "Gate"), see=frozenset() if clinic else SECURITY_DESK)
    yield Section("onsite_view", OnSiteView(store, actor, printer=config.badge_printer),
                  lambda: translate("ConsoleWindow", "On site"))
    yield Section("security_view", SecurityView(store, actor),
                  lambda: count_title(translate("ConsoleWindow", "Security"), security_alerts()))
    yield Section("audit_view", AuditView(store, actor), lambda: translate("ConsoleWindow", "Audit log"),
                  see=SECURITY_DESK)
    yield Section("log_view", LogView(store, actor), lambda: translate("ConsoleWindow", "Visitor log"))
    health = StationsView(store, actor)
    yield Section("stations_view", health,
                  lambda: count_title(translate("ConsoleWindow", "Stations"), health.attention))
    yield Section("reports_view", ReportsView(store, actor), lambda: translate("ConsoleWindow", "Reports"),
                  see=frozenset({"leader", "admin"}))
    yield Section("privacy_view", PrivacyView(store, actor), lambda: translate("ConsoleWindow", "Privacy"), see=ADMIN)
    yield Section("operators_view", OperatorsView(store, actor), lambda: translate("ConsoleWindow", "Operators"),
                  see=ADMIN)
    yield Section("documents_view", DocumentsView(store, actor),
                  lambda: translate("ConsoleWindow", "Photo and documents"), see=ADMIN)


# The tabs in four groups, so that at 1366 px none hides behind the tab bar's arrows: the group's buttons sit at
# the tab bar's left, the tab bar shows the chosen group's sections. The visit lists are the desk's own.
GROUPS = ("desk", "security", "records", "setup")
GROUP_OF = {"clinic_view": "desk", "expected_view": "desk", "plans_view": "desk", "gate_view": "security",
            "onsite_view": "security", "security_view": "security", "log_view": "records", "stations_view": "records", "audit_view": "records",
            "reports_view": "records",
            "hosts_view": "setup", "levels_view": "setup", "privacy_view": "setup", "operators_view": "setup",
            "documents_view": "setup"}


def group_title(group: str) -> str:
    return {"desk": translate("ConsoleWindow", "Reception"), "security": translate("ConsoleWindow", "Security"),
            "records": translate("ConsoleWindow", "Records"), "setup": translate("ConsoleWindow", "Setup")}[group]


class GroupBar(QWidget):
    """The section groups as a row of exclusive buttons, at the tab bar's left."""

    def __init__(self, chosen: Callable[[str], None]) -> None:
        super().__init__(objectName="sectionGroups")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.setSpacing(4)
        self.buttons: dict[str, QPushButton] = {}
        self._group = QButtonGroup(self)
        for group in GROUPS:
            button = self.buttons[group] = QPushButton(objectName="sectionGroup", checkable=True)
            button.clicked.connect(lambda _=False, g=group: chosen(g))
            self._group.addButton(button)
            layout.addWidget(button)


class SectionTabs:
    """The tabs: the two visit lists as they are, every other section scrolling in its own page; one group of
    them shown at a time (the role decides which sections exist, the group which of those the bar shows)."""

    def __init__(self, tabs: QTabWidget, alerts: Callable[[], int] = lambda: 0) -> None:
        self.tabs = tabs
        self.fixed: list[tuple[QWidget, Callable[[], str]]] = []  # the visit lists' pages, titled first
        self.titles: dict[QWidget, Callable[[], str]] = {}
        self.access: dict[QWidget, tuple[Roles, Roles]] = {}  # view -> (see, edit)
        self.pages: dict[QWidget, QWidget] = {}  # view -> the page that holds it in the tabs
        self.group_of: dict[QWidget, str] = {}  # page -> its group; the visit lists' pages: "desk"
        self._allowed: dict[QWidget, bool] = {}  # page -> shown to the operator's role
        self._alerts = alerts
        self.group = "desk"
        self.group_bar = GroupBar(self.show_group)
        tabs.setCornerWidget(self.group_bar, Qt.Corner.TopLeftCorner)
        tabs.tabBar().setDrawBase(False)

    def add_view(self, view: DeskView, title: Callable[[], str], see: Roles = None, edit: Roles = None,
                 group: str = "desk") -> int:
        self.titles[view] = title
        self.access[view] = (see, edit)
        # Each section scrolls inside its tab: a tall form must not make the window taller than the screen.
        page = self.pages[view] = QScrollArea(objectName="sectionScroll")
        page.setWidget(view)
        page.setWidgetResizable(True)
        page.setFrameShape(QScrollArea.Shape.NoFrame)
        self.group_of[page] = group
        if hasattr(view, "attention_changed"):  # a title that counts what needs a look: kept true
            view.attention_changed.connect(lambda _count: self.retitle())
        return self.tabs.addTab(page, "")

    def retitle(self) -> None:
        for page, title in self.fixed:
            self.tabs.setTabText(self.tabs.indexOf(page), title())
        for view, title in self.titles.items():
            self.tabs.setTabText(self.tabs.indexOf(self.pages[view]), title())
        for index in range(min(self.tabs.count(), 9)):
            self.tabs.setTabToolTip(index, f"Ctrl+{index + 1}")
        for group, button in self.group_bar.buttons.items():
            # A watchlist match, a station that needs a look: shown on its group too, whichever group is open.
            title = count_title(group_title(group), (self._alerts() if group == "security" else 0)
                                + self._attention(group))
            button.setText(title)
            button.setAccessibleName(f"Section group {group_title(group)}")

    def _attention(self, group: str) -> int:
        return sum(view.attention for view in self.titles
                   if isinstance(getattr(view, "attention", None), int) and self.group_of[self.pages[view]] == group
                   and self._allowed.get(self.pages[view], True))

    def apply_role(self, role: str) -> None:
        for view, (see, edit) in self.access.items():
            self._allowed[self.pages[view]] = see is None or role in see
            if edit is not None and hasattr(view, "set_editable"):
                view.set_editable(role in edit)
        self._show_group_tabs()

    def page_of(self, section: QWidget) -> QWidget:
        """A tab by what it shows: the waiting or today's page, or an added view."""
        return self.pages.get(section, section)

    def show(self, section: QWidget) -> None:
        page = self.page_of(section)
        self.group = self.group_of.get(page, "desk")
        self._show_group_tabs(current=page)

    def show_index(self, index: int) -> bool:
        """The index-th tab (Ctrl+1..9), in whichever group; False when the operator may not see it."""
        page = self.tabs.widget(index)
        if page is None or not self._allowed.get(page, True):
            return False
        self.show(page)
        return True

    def show_group(self, group: str) -> None:
        self.group = group
        self._show_group_tabs()

    def is_shown_to_operator(self, section: QWidget) -> bool:
        return self._allowed.get(self.page_of(section), True)

    def _in_group(self, page: QWidget, group: str) -> bool:
        return self.group_of.get(page, "desk") == group and self._allowed.get(page, True)

    def _show_group_tabs(self, current: QWidget | None = None) -> None:
        pages = [self.tabs.widget(i) for i in range(self.tabs.count())]
        if not any(self._in_group(page, self.group) for page in pages):
            self.group = "desk"
        if current is None or not self._in_group(current, self.group):
            now = self.tabs.currentWidget()
            current = now if now is not None and self._in_group(now, self.group) else \
                next((page for page in pages if self._in_group(page, self.group)), None)
        # Shown before the current tab moves, hidden after: hiding the current tab would make Qt pick another.
        for i, page in enumerate(pages):
            if self._in_group(page, self.group):
                self.tabs.setTabVisible(i, True)
        if current is not None:
            self.tabs.setCurrentWidget(current)
        for i, page in enumerate(pages):
            if not self._in_group(page, self.group):
                self.tabs.setTabVisible(i, False)
        for group, button in self.group_bar.buttons.items():
            button.setVisible(any(self._in_group(page, group) for page in pages))
            button.setChecked(group == self.group)
