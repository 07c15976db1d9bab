"""The desk on a laptop's screen: eight waiting rows at 1366 x 768 beside the attention banners, every section
reachable without the tab bar's arrows, the banners folded to a line until asked."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolButton

from console.app import _desk_operator, build_console
from console.sections import GROUPS
from reception.demo import _a_morning_with_an_empty_printer
from shared.config import StationConfig
from shared.services.demo import seed_demo, seed_morning, seed_security
from shared.services.directory.operators import OperatorView, Role
from shared.store.engine import open_store
from tests.support.ui import Ui

SIZES = [(1366, 768), (1280, 800), (1920, 1080)]


@pytest.fixture
def morning(tmp_path):
    """The demo's busy morning: waiting visitors, a host not told, a kiosk out of paper, a watchlist alert."""
    store = open_store(f"sqlite:///{tmp_path / 'desk.sqlite'}")
    seed_demo(store)
    seed_morning(store)
    seed_security(store)
    _a_morning_with_an_empty_printer(store)
    yield store
    store.close()


@pytest.fixture
def desk(qtbot, morning, make_translations):
    def make(size=(1366, 768), language="zh_CN", operator=None):
        config = StationConfig(station="desk-1", database_url=str(morning.engine.url))
        window = build_console(config, morning, make_translations(["shared", "console"], language),
                               operator=operator or _desk_operator(morning))
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        qtbot.wait(50)
        return window
    return make


def rows_shown(window) -> float:
    table = window.waiting.table
    return table.viewport().height() / table.verticalHeader().defaultSectionSize()


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("size", SIZES)
def test_the_waiting_list_shows_eight_rows_beside_both_banners(desk, size, language):
    window = desk(size, language)
    assert window.notify_panel.isVisible() and window.print_panel.isVisible()  # both banners are there
    assert rows_shown(window) >= 8, rows_shown(window)
    assert window.height() == size[1] and window.minimumSizeHint().height() <= size[1]


def test_a_banner_is_one_line_until_unfolded_and_its_buttons_act_on_the_item_it_names(desk, qtbot):
    window = desk()
    panel = window.print_panel
    line_height = panel.height()
    assert not panel.jobs.isVisible() and panel.buttons["retry"].isVisible()
    selected = panel.selected_job()
    assert selected is not None and selected.title in panel.title.text()
    Ui().tap(window, "Show or hide the badges that need attention")
    qtbot.wait(20)
    assert panel.jobs.isVisible() and panel.printers.isVisible() and panel.height() > line_height
    Ui().tap(window, "Show or hide the badges that need attention")
    qtbot.wait(20)
    assert not panel.jobs.isVisible() and panel.height() == line_height
    notes = window.notify_panel
    assert not notes.notes.isVisible() and "Anna Schmidt" in notes.title.text()
    assert notes.retry_button.isVisible() and notes.selected() is not None


@pytest.mark.parametrize("role", [Role.ADMIN, Role.RECEPTIONIST, Role.SECURITY, Role.LEADER])
def test_every_section_is_reached_through_its_group_and_no_tab_hides_behind_arrows(desk, qtbot, role):
    window = desk((1366, 768), "zh_CN", OperatorView(1, "someone", role))
    arrows = [b for b in window.tabs.tabBar().findChildren(QToolButton)]
    reached = 0
    for index in range(window.tabs.count()):
        page = window.tabs.widget(index)
        if not window.sections.is_shown_to_operator(page):
            continue
        window.show_section(page)
        qtbot.wait(10)
        assert window.tabs.currentWidget() is page and window.tabs.isTabVisible(index)
        assert not any(a.isVisible() for a in arrows), "the tab bar scrolls: a tab hides behind its arrows"
        bar = window.tabs.tabBar()
        shown = [i for i in range(window.tabs.count()) if window.tabs.isTabVisible(i)]
        assert all(bar.tabRect(i).right() <= bar.width() for i in shown)
        group = window.sections.group_of.get(page, "desk")
        assert window.sections.group_bar.buttons[group].isChecked()
        reached += 1
    assert reached >= 6
    visible_groups = [g for g in GROUPS if window.sections.group_bar.buttons[g].isVisible()]
    assert len(visible_groups) >= 2


def test_a_group_button_opens_its_first_section_and_ctrl_number_reaches_any_tab(desk, qtbot):
    window = desk()
    Ui().tap(window, "Section group 设置")
    assert window.sections.group == "setup" and window.tabs.currentWidget() is window._pages[window.hosts_view]
    assert not window.tabs.isTabVisible(window.tabs.indexOf(window.waiting_tab))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.waiting_tab and window.sections.group == "desk"


def test_the_security_group_shows_the_watchlist_alerts_from_any_group(desk):
    window = desk()
    assert window._security_alerts > 0  # the demo's morning has a watchlist match
    button = window.sections.group_bar.buttons["security"]
    assert button.text().endswith(f"({window._security_alerts})")
