"""The host directory, the reception levels and a visit's protocol, driven by accessible name."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QSpinBox

from console.admin.hosts_view import COL_NAME, HostsView
from console.admin.levels_view import LevelsView
from console.desk.protocol_panel import ProtocolPanel
from shared.changes import Change, Changes
from shared.domain.model import Actor, ReceptionLevel, WalkIn
from shared.services.desk import protocol as checklists
from shared.services.directory import hosts
from shared.services import checkin
from shared.services.directory.levels import levels
from shared.store import models as db
from tests.support.actors import STAFF

ADMIN, OTHER_DESK = Actor("desk-1", "Admin Li", "admin"), Actor("desk-2", "bob", "receptionist")
OTHER_ADMIN = Actor("desk-2", "carol", "admin")  # levels are the admin's


@pytest.fixture
def said():
    return []


def shown(qtbot, view, said, width=1200, height=700):
    qtbot.addWidget(view)
    view.said.connect(lambda text, tone: said.append((text, tone)))
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def directory(qtbot, demo_store, said):
    view = shown(qtbot, HostsView(demo_store, lambda: ADMIN), said)
    view.set_editable(True)
    return view


def names_listed(view) -> list[str]:
    return [view.proxy.index(r, COL_NAME).data() for r in range(view.proxy.rowCount())]


def select(view, name):
    assert view.select_host(next(h.id for h in view.model.hosts if h.name == name))


def record(store, name):
    return next(h for h in hosts.host_directory(store, STAFF) if h.name == name)


def test_an_admin_adds_a_host_and_the_pinyin_is_filled_in(qtbot, ui, demo_store, directory, said):
    assert ui.unnamed_interactive(directory) == []
    ui.tap(directory, "Add host")
    dialog = directory.dialog
    assert dialog.isVisible() and ui.unnamed_interactive(dialog) == []
    ui.type(dialog, "Host name", "欧阳娜娜")
    assert "ou yang na na" in ui.find(dialog, "Pinyin", QLabel).text()
    ui.type(dialog, "Department", "R&D")
    ui.type(dialog, "E-mail", "nana@example.com")
    ui.type(dialog, "Mobile", "138 0013 8000")
    channel = ui.find(dialog, "Notify by", QComboBox)
    channel.setCurrentIndex(channel.findData("wecom"))
    ui.tap(dialog, "Save host")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    made = record(demo_store, "欧阳娜娜")
    assert (made.initials, made.phone, made.notify_channel, made.department) == ("oynn", "+8613800138000", "wecom",
                                                                                 "R&D")
    assert directory.selected_host().id == made.id
    assert said[-1] == ("欧阳娜娜 added to the directory.", "done")


def test_a_bad_e_mail_is_explained_and_nothing_is_saved(qtbot, ui, demo_store, directory):
    before = hosts.host_directory(demo_store, STAFF)
    ui.tap(directory, "Add host")
    dialog = directory.dialog
    ui.type(dialog, "Host name", "Li Lei")
    ui.type(dialog, "E-mail", "lilei@example")
    ui.type(dialog, "Mobile", "12345")
    ui.tap(dialog, "Save host")
    problem = ui.find(dialog, "Dialog problem", QLabel)
    assert problem.isVisible()
    assert "This is not a valid e-mail address." in problem.text()
    assert "This is not a valid mobile number." in problem.text()
    assert dialog.isVisible() and dialog.focusWidget() is ui.find(dialog, "E-mail", QLineEdit)
    assert hosts.host_directory(demo_store, STAFF) == before
    ui.type(dialog, "E-mail", "lilei@example.com")
    ui.type(dialog, "Mobile", "")
    ui.tap(dialog, "Save host")  # fixed: the rest of what was typed is kept
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert record(demo_store, "Li Lei").email == "lilei@example.com"


def test_an_edit_renames_and_recomputes_the_pinyin(qtbot, ui, demo_store, directory):
    select(directory, "张三")
    ui.tap(directory, "Edit host")
    dialog = directory.dialog
    assert ui.find(dialog, "Host name", QLineEdit).text() == "张三"
    ui.type(dialog, "Host name", "张三丰")
    ui.type(dialog, "Assistant", "小李")
    ui.type(dialog, "Assistant's phone", "8021")
    ui.tap(dialog, "Save host")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    edited = record(demo_store, "张三丰")
    assert (edited.pinyin, edited.initials, edited.assistant, edited.assistant_phone) == (
        "zhang san feng", "zsf", "小李", "8021")
    assert "张三" not in names_listed(directory) and "张三丰" in names_listed(directory)


def test_deactivating_greys_the_host_and_hides_them_from_visitors(ui, demo_store, directory, said):
    select(directory, "王芳")
    ui.tap(directory, "Deactivate host")
    assert record(demo_store, "王芳").active is False
    assert hosts.search_hosts(demo_store, "王芳") == []
    select(directory, "王芳")
    row = next(r for r in range(directory.proxy.rowCount()) if directory.proxy.index(r, COL_NAME).data() == "王芳")
    assert directory.proxy.index(row, COL_NAME).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "Inactive: 1" in ui.find(directory, "Host counts", QLabel).text()
    ui.tap(directory, "Reactivate host")
    assert record(demo_store, "王芳").active is True
    assert said[-1] == ("王芳 is active again.", "done")


def test_the_filter_matches_pinyin_initials_and_department(ui, directory):
    ui.type(directory, "Filter hosts", "oym")
    assert names_listed(directory) == ["欧阳明"]
    ui.type(directory, "Filter hosts", "zhangsan")
    assert names_listed(directory) == ["张三"]
    ui.type(directory, "Filter hosts", "财务")
    assert names_listed(directory) == ["赵丽娟"]
    ui.type(directory, "Filter hosts", "")
    assert len(names_listed(directory)) == len(hosts.host_directory(directory.store, STAFF))


def test_import_from_the_ui_reports_each_refused_line(qtbot, ui, demo_store, directory, tmp_path, said):
    path = tmp_path / "通讯录.csv"
    path.write_bytes("姓名,邮箱,手机,通知方式\n张三,zs@example.com,,钉钉\n,x@example.com,,\n王五,wangwu@,12,\n"
                     .encode("gbk"))
    ui.tap(directory, "Import hosts")
    chooser = directory.file_dialog
    assert chooser.isVisible()
    chooser.selectFile(str(path))
    chooser.accept()
    report = directory.report_dialog
    qtbot.waitUntil(report.isVisible)
    assert ui.find(report, "Import summary", QLabel).text().startswith("Hosts added or updated: 1.")
    assert ui.item_texts(ui.find(report, "Rejected lines", QListWidget)) == [
        "Line 3: Please enter the host's name.",
        "Line 4: This is not a valid e-mail address. This is not a valid mobile number.",
    ]
    zhang = record(demo_store, "张三")
    assert (zhang.email, zhang.notify_channel) == ("zs@example.com", "dingtalk")
    assert "王五" not in names_listed(directory)
    assert said[-1] == ("Import: 1 added or updated, 2 not imported.", "error")
    ui.tap(report, "Close")
    qtbot.waitUntil(lambda: not report.isVisible())


def test_a_file_without_a_name_column_imports_nothing(qtbot, ui, demo_store, directory, tmp_path):
    path = tmp_path / "hosts.csv"
    path.write_text("Department,E-mail\nIT,a@example.com\n", encoding="utf-8")
    before = hosts.host_directory(demo_store, STAFF)
    directory.import_file(str(path))
    report = directory.report_dialog
    qtbot.waitUntil(report.isVisible)
    assert "no \"Name\" (姓名) column" in ui.find(report, "Import summary", QLabel).text()
    assert hosts.host_directory(demo_store, STAFF) == before


def test_a_receptionist_sees_the_directory_read_only(qtbot, ui, demo_store, directory):
    directory.set_editable(False)
    for name in ("Add host", "Edit host", "Deactivate host", "Import hosts"):
        assert not ui.find(directory, name).isVisible()
    assert ui.find(directory, "Read-only note", QLabel).isVisible()
    select(directory, "张三")
    table = directory.table
    index = table.model().index(table.currentIndex().row(), COL_NAME)
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    assert directory.dialog is None


# --- levels ----------------------------------------------------------------------------------

def test_an_admin_edits_a_level_and_sees_the_rule_worked_out(qtbot, ui, demo_store, said):
    view = shown(qtbot, LevelsView(demo_store, lambda: ADMIN), said, 1280, 800)
    view.set_editable(True)
    assert ui.unnamed_interactive(view) == []
    card = ui.find(view, "Standard level")
    save = ui.find(card, "Save Standard level")
    assert not save.isEnabled()
    lunch = ui.find(card, "Lunch limit", QSpinBox)
    lunch.setValue(120)
    ui.find(card, "Amount per further guest", QSpinBox).setValue(60)
    rule = ui.find(card, "Meal rule", QLabel).text()
    assert "Lunch up to ¥120 and dinner up to ¥300 cover two guests" in rule
    assert "4 guests: lunch ≤ ¥240, dinner ≤ ¥420." in rule
    vehicle = ui.find(card, "Vehicle", QPlainTextEdit)
    vehicle.setPlainText("公司车 Company car")
    ui.tap(card, "Save Standard level")
    policy = levels(demo_store)[ReceptionLevel.STANDARD]
    assert (policy.meal_lunch, policy.meal_extra, policy.vehicle) == (120, 60, "公司车 Company car")
    assert not save.isEnabled()
    assert said[-1] == ("Standard level saved.", "done")


def test_levels_are_read_only_for_a_receptionist(qtbot, ui, demo_store, said):
    view = shown(qtbot, LevelsView(demo_store, lambda: ADMIN), said, 1280, 800)
    card = ui.find(view, "VIP level")
    assert not ui.find(card, "Save VIP level").isVisible()
    assert ui.find(card, "Room", QPlainTextEdit).isReadOnly()
    assert ui.find(card, "Dinner limit", QSpinBox).isReadOnly()
    assert not ui.find(card, "Badge type", QComboBox).isEnabled()
    assert "Only an administrator" in ui.find(view, "Levels note", QLabel).text()


def test_an_unsaved_edit_survives_a_change_from_another_desk(qtbot, ui, demo_store, said):
    view = shown(qtbot, LevelsView(demo_store, lambda: ADMIN), said, 1280, 800)
    view.set_editable(True)
    ui.find(ui.find(view, "Senior level"), "Lunch limit", QSpinBox).setValue(999)
    from shared.services.directory.levels import update_level
    update_level(demo_store, OTHER_ADMIN, "vip", meal_lunch=350)
    view.refresh(Changes.SETTINGS, [Change("setting", 0)])
    assert ui.find(ui.find(view, "Senior level"), "Lunch limit", QSpinBox).value() == 999
    assert ui.find(ui.find(view, "VIP level"), "Lunch limit", QSpinBox).value() == 350


# --- protocol --------------------------------------------------------------------------------

def vip_visit(store, party=4):
    visit = checkin.check_in_walk_in(store, Actor("kiosk-1"), WalkIn("王小明", "13800138000", "", None, party,
                                                                    host_unknown=True), "badge").value
    with store.write() as s:
        s.get(db.Visit, visit.id).level = "vip"
    return visit


def test_protocol_ticks_persist_and_show_at_the_other_desk(qtbot, ui, demo_store, said):
    visit = vip_visit(demo_store)
    panel = shown(qtbot, ProtocolPanel(demo_store, lambda: ADMIN), said, 270, 700)
    panel.show_visit(visit.id)
    assert ui.unnamed_interactive(panel) == []
    assert "VIP guest · 0 of 7 done" in ui.find(panel, "Reception level", QLabel).text()
    assert ui.find(panel, "Meal budget", QLabel).text() == "Meal budget, party of 4: lunch ≤ ¥600, dinner ≤ ¥1,300."
    ui.tap(panel, "Protocol: Room")
    assert checklists.visit_protocol(demo_store, STAFF, visit.id).ticks["room"].operator == "Admin Li"
    assert "1 of 7 done" in ui.find(panel, "Reception level", QLabel).text()

    other = shown(qtbot, ProtocolPanel(demo_store, lambda: OTHER_DESK), [], 270, 700)
    other.show_visit(visit.id)
    assert ui.find(other, "Protocol: Room", QCheckBox).isChecked()
    assert "Admin Li" in ui.find(other, "Protocol: Room", QCheckBox).toolTip()
    ui.tap(other, "Protocol: Vehicle")
    panel.refresh(Changes.VISITS, [Change("visit", visit.id)])  # the feed tells the first desk
    assert ui.find(panel, "Protocol: Vehicle", QCheckBox).isChecked()
    ui.tap(panel, "Protocol: Room")  # undone
    assert "room" not in checklists.visit_protocol(demo_store, STAFF, visit.id).ticks
    panel.show_visit(None)
    assert ui.find(panel, "Reception level", QLabel).text() == "Choose a visit to see what to prepare."
