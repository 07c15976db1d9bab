"""Expected visits at the console, driven by accessible names: a guest and a group from the dialog, a
wrong field that keeps the dialog open, imports with their report, the invitation's QR, day-end no-shows."""
from __future__ import annotations

import io
from datetime import date, time, timedelta

import pytest
import zxingcpp
from openpyxl import Workbook
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)
from sqlalchemy import func, select

from console.desk.expected_view import VIP_BACKGROUND, ExpectedView
from shared.domain.model import Actor
from shared.services.desk import expected as pre
from shared.services.desk.expected import ExpectedVisit
from shared.store import models as db

DESK = Actor("desk-1", "amy", "receptionist")
TODAY = date.today()


@pytest.fixture
def view(qtbot, demo_store, make_translations):
    make_translations(["shared", "console"], "en")
    view = ExpectedView(demo_store, lambda: DESK)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    return view


def appointments(store):
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(db.Appointment))


def cell_texts(view) -> list[list[str]]:
    t = view.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def said(view, qtbot, action):
    with qtbot.waitSignal(view.said, timeout=2000) as blocker:
        action()
    return blocker.args


def open_dialog(ui, view):
    ui.tap(view, "New expected visit")
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible()
    assert ui.unnamed_interactive(dialog) == []
    return dialog


def choose_host(dialog, name: str) -> None:
    dialog.host.setCurrentIndex(next(i for i in range(dialog.host.count()) if dialog.host.itemText(i).startswith(name)))


def test_a_vip_guest_from_the_dialog_stands_out_in_the_list(ui, qtbot, view, demo_store):
    assert ui.unnamed_interactive(view) == []
    dialog = open_dialog(ui, view)
    ui.type(dialog, "Visitor name", "王建明")
    ui.type(dialog, "Mobile", "13912345678")
    ui.type(dialog, "Company", "宏远物流")
    choose_host(dialog, "张三")
    ui.type(dialog, "From", "9:30")
    ui.type(dialog, "To", "11:00")
    dialog.level.setCurrentIndex(dialog.level.findData("vip"))
    assert not ui.find(dialog, "Pickup time").isEnabled()  # only for a pickup
    dialog.transport.setCurrentIndex(dialog.transport.findData("pickup"))
    assert ui.find(dialog, "Pickup time").isEnabled() and ui.find(dialog, "Pickup place").isEnabled()
    ui.type(dialog, "Pickup time", "08:15")
    ui.type(dialog, "Pickup place", "虹桥站")
    text, tone = said(view, qtbot, lambda: ui.tap(dialog, "Save expected visit"))
    assert not dialog.isVisible() and tone == "done"
    [shown] = pre.expected_visits(demo_store, DESK, TODAY)
    assert shown.code in text
    assert (shown.visitor_name, shown.host_name, shown.time_from, shown.level, shown.pickup_place) == (
        "王建明", "张三", "09:30", "vip", "虹桥站")
    assert cell_texts(view) == [["09:30–11:00", "王建明", "宏远物流", "张三", "VIP", "", "Expected", "—"]]
    assert view.table.item(0, 1).background().color() == VIP_BACKGROUND
    assert view.selected().code == shown.code


def test_a_group_gets_a_row_each(ui, qtbot, view, demo_store):
    dialog = open_dialog(ui, view)
    ui.type(dialog, "Visitor name", "Anna Schmidt")
    ui.type(dialog, "E-mail", "anna@example.com")
    choose_host(dialog, "Emily Carter")
    members = ui.find(dialog, "Group members", QPlainTextEdit)
    assert not members.isEnabled()
    ui.tap(dialog, "Group")
    members.setPlainText("Jan Novak\n\nEva Lind\n")
    text, _tone = said(view, qtbot, lambda: ui.tap(dialog, "Save expected visit"))
    assert "anna@example.com" in text and "2 others" in text
    assert [row[1].strip() for row in cell_texts(view)] == ["Anna Schmidt", "Jan Novak", "Eva Lind"]
    assert [row[5] for row in cell_texts(view)] == ["leader, 3 people", "with Anna Schmidt", "with Anna Schmidt"]
    assert cell_texts(view)[0][7] == "Waiting to be sent"  # the invitation e-mail is in the outbox


def test_a_wrong_field_keeps_the_dialog_open_and_saves_nothing(ui, view, demo_store):
    dialog = open_dialog(ui, view)
    ui.type(dialog, "Visitor name", "王建明")
    ui.type(dialog, "Mobile", "12345")
    ui.type(dialog, "From", "11:00")
    ui.type(dialog, "To", "10:00")
    ui.tap(dialog, "Save expected visit")
    assert dialog.isVisible()
    assert dialog.problem_texts() == {
        "mobile": "This is not a valid mobile number; or leave it empty.",
        "host": "Please choose the host from the directory.",
        "time": "The end time must be after the start time."}
    assert appointments(demo_store) == 0
    # corrected, it saves; what was typed was kept
    ui.type(dialog, "Mobile", "")
    ui.type(dialog, "To", "12:00")
    choose_host(dialog, "李四")
    ui.tap(dialog, "Save expected visit")
    assert not dialog.isVisible() and appointments(demo_store) == 1
    assert cell_texts(view)[0][:4] == ["11:00–12:00", "王建明", "", "李四"]


def test_an_empty_group_and_a_bad_member_name_are_shown_by_the_list(ui, view, demo_store):
    dialog = open_dialog(ui, view)
    ui.type(dialog, "Visitor name", "王建明")
    choose_host(dialog, "张三")
    ui.tap(dialog, "Group")
    ui.tap(dialog, "Save expected visit")
    assert dialog.problem_texts() == {"members": "Please enter a name for every person in the group."}
    ui.find(dialog, "Group members", QPlainTextEdit).setPlainText("李娜\n" + "长" * 41)
    ui.tap(dialog, "Save expected visit")
    assert dialog.problem_texts() == {"members": "Person 2: The name is too long."}
    assert dialog.isVisible() and appointments(demo_store) == 0


def import_through_the_dialog(ui, qtbot, view, path):
    ui.tap(view, "Import")
    files = view.file_dialog
    assert files.isVisible()
    files.selectFile(str(path))
    return said(view, qtbot, files.accept)


def test_importing_a_csv_shows_the_report(ui, qtbot, view, demo_store, tmp_path):
    day = TODAY.isoformat()
    path = tmp_path / "来访预约.csv"
    path.write_bytes(("姓名,手机,被访人,日期,开始时间,结束时间,接待级别\n"
                      f"王建明,13912345678,张三,{day},9:30,11:00,特级\n"
                      f",13912345678,张三,{day},,,\n"
                      f"赵六,,不存在的人,{day},,,\n"
                      f"钱七,,李四,{day},10:00,9:00,\n").encode("gb18030"))
    text, tone = import_through_the_dialog(ui, qtbot, view, path)
    assert tone == "error" and "Imported 1" in text
    report = view.report
    assert report.isVisible()
    assert ui.find(report, "Import summary", QLabel).text().startswith("Expected visits imported: 1.")
    assert ui.item_texts(ui.find(report, "Rejected rows")) == [
        "Line 3: The visitor's name is missing.",
        "Line 4: No one of this name is in the host directory.",
        "Line 5: The end time must be after the start time."]
    assert [row[1] for row in cell_texts(view)] == ["王建明"]
    ui.tap(report, "Close")
    assert not report.isVisible()


def test_importing_an_xlsx_in_chinese(ui, qtbot, view, demo_store, tmp_path, make_translations):
    make_translations(["shared", "console"], "zh_CN")
    book = Workbook()
    book.active.append(["访客姓名", "单位", "被访人", "来访日期", "开始时间", "结束时间", "同行人员"])
    book.active.append(["Anna Schmidt", "ACME", "Emily Carter", TODAY, time(14, 0), time(15, 0), "Jan Novak、Eva Lind"])
    book.active.append(["Tom", "ACME", "Emily Carter", TODAY - timedelta(days=1), None, None, ""])
    path = tmp_path / "expected.xlsx"
    book.save(path)
    import_through_the_dialog(ui, qtbot, view, path)
    lines = ui.item_texts(ui.find(view.report, "Rejected rows"))
    assert len(lines) == 1 and lines[0].startswith(("Line 3: ", "第 3 行"))  # in the desk's language
    assert appointments(demo_store) == 3


def test_a_file_without_the_needed_columns_is_refused(ui, qtbot, view, demo_store, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("姓名,手机\n王建明,13912345678\n", encoding="utf-8")
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().close())
    text, tone = import_through_the_dialog(ui, qtbot, view, path)
    assert tone == "error" and "host" in text and "date" in text
    assert appointments(demo_store) == 0


def decode_label(label: QLabel) -> str:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    label.grab().save(buffer, "PNG")
    [found] = zxingcpp.read_barcodes(Image.open(io.BytesIO(bytes(buffer.data()))))
    return found.text


def test_the_invitation_qr_is_shown_large_and_saved(ui, view, demo_store, tmp_path):
    [shown] = pre.pre_register(demo_store, DESK, ExpectedVisit("王建明", 1, TODAY)).value
    view.reload()
    assert not ui.find(view, "Show invitation", QPushButton).isEnabled()  # nothing chosen yet
    assert view.select_code(shown.code)
    ui.tap(view, "Show invitation")
    invitation = view.invitation
    qr = ui.find(invitation, "Invitation QR code", QLabel)
    assert qr.pixmap().width() >= 300
    assert decode_label(qr) == shown.code  # what a scanner reads off the screen
    assert ui.find(invitation, "Invitation code", QLabel).text().replace(" ", "") == shown.code
    ui.tap(invitation, "Save PNG")
    target = tmp_path / "qr.png"
    invitation.file_dialog.selectFile(str(target))
    invitation.file_dialog.accept()
    [found] = zxingcpp.read_barcodes(Image.open(target))
    assert found.text == shown.code


def answer(button_name: str) -> None:
    """Click a button of the confirmation box once it is up (it blocks until answered)."""
    def click():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if b.accessibleName() == button_name).click()
    QTimer.singleShot(0, click)


def test_mark_no_shows_asks_first(ui, qtbot, view, demo_store):
    came, away = (pre.pre_register(demo_store, DESK, ExpectedVisit(n, 1, TODAY)).value[0] for n in ("来了", "没来"))
    with demo_store.write() as s:
        s.get(db.Appointment, came.id).state = "used"
    view.reload()
    answer("No")
    ui.tap(view, "Mark no-shows")
    assert pre.appointment(demo_store, DESK, away.id).state == "open"
    answer("Yes")
    text, tone = said(view, qtbot, lambda: ui.tap(view, "Mark no-shows"))
    assert tone == "done" and text.startswith("1 ")
    assert [row[6] for row in cell_texts(view)] == ["Arrived", "No-show"]
    assert not ui.find(view, "Mark no-shows", QPushButton).isEnabled()  # nobody left to mark


def test_cancel_invitation(ui, qtbot, view, demo_store):
    [shown] = pre.pre_register(demo_store, DESK, ExpectedVisit("王建明", 1, TODAY)).value
    view.reload()
    view.select_code(shown.code)
    answer("Yes")
    said(view, qtbot, lambda: ui.tap(view, "Cancel invitation"))
    assert pre.appointment(demo_store, DESK, shown.id).state == "cancelled"
    assert cell_texts(view)[0][6] == "Cancelled"


def test_another_day_and_live_refresh(ui, view, demo_store):
    tomorrow = TODAY + timedelta(days=1)
    pre.pre_register(demo_store, DESK, ExpectedVisit("明天来", 1, tomorrow))
    from shared.changes import Changes

    view.refresh(Changes.APPOINTMENTS, [])
    assert cell_texts(view) == []
    view.day.setDate(view.day.date().addDays(1))
    assert [row[1] for row in cell_texts(view)] == ["明天来"]
    assert not ui.find(view, "Mark no-shows", QPushButton).isEnabled()  # that day is not over
    ui.tap(view, "Today")
    assert cell_texts(view) == []
