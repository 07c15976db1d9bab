"""The visitor log tab as the desk and security use it: search, export a printable PDF, archive the day,
reveal a number with a reason, mark a visit confidential."""
from __future__ import annotations

from datetime import date, timedelta

import re
import unicodedata

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QTableWidget
from sqlalchemy import update

from console.log.log_pdf import pdf_page_count, pdf_text, render_pdf_page_png, write_log_pdf
from console.log.log_view import LogView
from shared.domain.model import Actor, WalkIn
from shared.services.privacy import visitor_log as vl
from shared.services.site.audit import audit_entries
from shared.services.checkin import check_in_walk_in
from shared.store import models as db
from shared.store.engine import open_store
from tests.support.actors import STAFF

KIOSK = Actor("kiosk-1")
DESK = Actor("desk-1", "amy", "receptionist")
GUARD = Actor("desk-1", "老赵", "security")
TODAY = date.today()


@pytest.fixture
def store(sqlite_url):
    store = open_store(sqlite_url)
    people = [("王小明", "13912345678", "Siemens China", ""), ("张三丰", "13800138000", "华为技术有限公司",
                                                              "11010519491231002X"),
              ("John Smith", "13700001111", "Accenture", "")]
    for days_ago, (name, mobile, company, id_number) in enumerate(people):
        visit = check_in_walk_in(store, KIOSK, WalkIn(name, mobile, company, None, host_unknown=True,
                                                      id_number=id_number, purpose="商务洽谈")).value
        with store.write() as s:
            s.execute(update(db.Visit).where(db.Visit.id == visit.id)
                      .values(visit_date=TODAY - timedelta(days=days_ago)))
    yield store
    store.close()


def make_view(qtbot, store, actor):
    view = LogView(store, lambda: actor)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    return view


@pytest.fixture
def desk(qtbot, store, app_fonts):
    return make_view(qtbot, store, DESK)


@pytest.fixture
def guard(qtbot, store, app_fonts):
    return make_view(qtbot, store, GUARD)


def column(view, index):
    table = view.table
    return [table.item(r, index).text() for r in range(table.rowCount())]


def page_text(path, page=0):
    """As a reader extracts it. Qt maps a few glyphs the CJK font shares with radicals to the radical
    (老 -> U+2F7C); NFKC folds the Kangxi ones back (and full-width colons to ":"); 页 stays U+2EDA."""
    return unicodedata.normalize("NFKC", pdf_text(str(path), page))


def said(view, qtbot, action):
    with qtbot.waitSignal(view.said, timeout=3000) as blocker:
        action()
    return blocker.args


def test_every_control_has_a_name_and_the_list_is_masked(ui, desk):
    assert ui.unnamed_interactive(desk) == []
    assert column(desk, 4) == ["王小明", "张三丰", "John Smith"]
    assert column(desk, 6) == ["139****5678", "138****8000", "137****1111"]
    assert column(desk, 7) == ["", "1101**********002X", ""]
    assert ui.find(desk, "Log counts", QLabel).text() == "1–3 of 3 visits"
    # A receptionist may not reveal: the button is not there (and the service refuses anyway).
    assert not ui.find(desk, "Reveal", QPushButton).isVisible()
    assert ui.find(desk, "Export", QPushButton).isVisible()


def test_searching_by_pinyin_initials_and_by_mobile(ui, qtbot, desk):
    ui.type(desk, "Search the visitor log", "zsf")
    ui.tap(desk, "Search")
    assert column(desk, 4) == ["张三丰"]
    ui.type(desk, "Search the visitor log", "5678")
    qtbot.waitUntil(lambda: column(desk, 4) == ["王小明"], timeout=2000)  # as typing pauses
    ui.type(desk, "Search the visitor log", "钱多多")
    ui.tap(desk, "Search")
    assert desk.table.rowCount() == 0
    assert ui.find(desk, "Log counts", QLabel).text() == "No visits found"


def test_a_period_narrows_the_search(ui, desk):
    period = ui.find(desk, "Period", QComboBox)
    period.setCurrentIndex(period.findData("today"))
    assert column(desk, 4) == ["王小明"]
    period.setCurrentIndex(period.findData("custom"))
    assert ui.find(desk, "From date").isVisible()
    desk.date_from.setDate(desk.date_from.date().addDays(-2))
    desk.date_to.setDate(desk.date_to.date().addDays(-1))
    assert column(desk, 4) == ["张三丰", "John Smith"]


def test_exporting_a_printable_pdf_in_chinese(ui, qtbot, desk, store, tmp_path):
    ui.tap(desk, "Export")
    files = desk.file_dialog
    assert files.isVisible()
    target = tmp_path / "访客登记表.pdf"
    files.selectFile(str(target))
    text, tone = said(desk, qtbot, files.accept)
    assert tone == "done" and "Exported 3 visits" in text
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and b"NotoSansCJK" in data  # the font travels with the file
    page = page_text(target)
    assert "访客登记表" in page and "共 3 条" in page and "139****5678" in page
    assert "13912345678" not in page and "11010519491231002X" not in page
    png = tmp_path / "page.png"
    size = render_pdf_page_png(str(target), str(png))
    assert size.width() > size.height()  # landscape
    assert not QImage(str(png)).isNull()
    (entry,) = audit_entries(store, STAFF, "export")
    assert (entry.operator, entry.detail) == ("amy", {"format": "pdf", "rows": 3})


def test_a_long_log_repeats_the_header_and_numbers_its_pages(store, tmp_path, app_fonts):
    row = vl.search_log(store, GUARD, vl.LogQuery()).rows[0]
    path = str(tmp_path / "long.pdf")
    pages = write_log_pdf([row] * 70, "访客登记表", "2026-11-27", path, note="交接：amy → 老赵")
    assert pages == pdf_page_count(path) >= 3
    for number in range(pages):
        text = page_text(path, number)
        assert "登记号" in text and re.search(rf"第 {number + 1} \S / 共 {pages} \S", text)
    assert "交接:amy → 老赵" in page_text(path, pages - 1) and "交接" not in page_text(path, 0)


def test_archiving_the_day_writes_the_pdf_and_who_took_it_over(ui, qtbot, desk, store, tmp_path):
    ui.tap(desk, "Archive the day")
    dialog = desk.archive_dialog
    assert dialog.isVisible() and ui.unnamed_interactive(dialog) == []
    ui.tap(dialog, "Archive")
    assert ui.find(dialog, "Archive problem", QLabel).text() == "Please enter who takes the log over."
    ui.type(dialog, "Handed over to", "保安老赵")
    target = tmp_path / "archive" / "today.pdf"
    ui.find(dialog, "PDF file", QLineEdit).setText(str(target))
    text, tone = said(desk, qtbot, lambda: ui.tap(dialog, "Archive"))
    assert tone == "done" and "handed over to 保安老赵" in text and not dialog.isVisible()
    assert "交接:amy → 保安老赵" in page_text(target)
    archive = vl.archive_of(store, STAFF, TODAY)
    assert (archive.rows, archive.handed_to, archive.path) == (1, "保安老赵", str(target))


def test_revealing_a_number_needs_a_reason_and_shows_it_apart(ui, qtbot, guard, store):
    guard.select_visit(next(r.visit_id for r in guard._page.rows if r.visitor_name == "张三丰"))
    ui.tap(guard, "Reveal")
    dialog = guard.reveal_dialog
    assert dialog.isVisible() and ui.unnamed_interactive(dialog) == []
    ui.type(dialog, "Reason", "查验")
    ui.tap(dialog, "Reveal")
    assert ui.find(dialog, "Reveal problem", QLabel).text() == "Please give the reason in a few more words."
    assert audit_entries(store, STAFF, "reveal") == []
    ui.find(dialog, "Number to reveal", QComboBox).setCurrentIndex(1)  # the ID number
    ui.type(dialog, "Reason", "派出所核查来访人身份")
    ui.tap(dialog, "Reveal")
    assert not dialog.isVisible()
    shown = guard.revealed_dialog
    assert shown.isVisible() and ui.find(shown, "Revealed number", QLabel).text() == "11010519491231002X"
    table = ui.find(guard, "Visitor log", QTableWidget)
    cells = [table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())]
    assert "11010519491231002X" not in cells  # never copied into the list
    ui.tap(shown, "Close")
    assert ui.find(shown, "Revealed number", QLabel).text() == ""
    (entry,) = audit_entries(store, STAFF, "reveal")
    assert (entry.operator, entry.detail) == ("老赵", {"field": "id_number", "reason": "派出所核查来访人身份"})


def test_a_receptionist_marks_a_visit_confidential_and_no_longer_finds_it(ui, qtbot, desk, guard):
    desk.select_visit(next(r.visit_id for r in desk._page.rows if r.visitor_name == "王小明"))
    ui.tap(desk, "Mark confidential")
    box = desk.confirm_box
    assert box.isVisible()
    said(desk, qtbot, lambda: ui.tap(box, "Confirm confidential"))
    assert column(desk, 4) == ["张三丰", "John Smith"]
    assert ui.find(desk, "Log counts", QLabel).text() == "1–2 of 2 visits"
    guard.reload()
    assert column(guard, 4)[0] == "王小明" and column(guard, 11)[0].endswith("confidential")
    guard.select_visit(guard._page.rows[0].visit_id)
    assert ui.find(guard, "Not confidential", QPushButton).isVisible()
    said(guard, qtbot, lambda: ui.tap(guard, "Not confidential"))
    desk.reload()
    assert column(desk, 4) == ["王小明", "张三丰", "John Smith"]



def test_the_readme_picture_of_a_log_page(store, tmp_path, app_fonts):
    from console.log.log_pdf import log_pdf_screenshot

    png = tmp_path / "log.png"
    assert log_pdf_screenshot(store, GUARD, str(tmp_path / "log.pdf"), str(png)) == 1  # today's visits
    image = QImage(str(png))
    assert image.width() == 1600 and image.height() < image.width()


def test_older_and_newer_walk_the_pages_by_key_and_a_capped_count_says_more_than(
        ui, qtbot, store, make_translations, monkeypatch, tmp_path):
    """One row a page (so three pages) and counts capped at two: each page is read after the last row of
    the one before, "newer" goes back to the same rows, and the count says "more than", in both languages."""
    from dataclasses import replace

    from shared.services.privacy import log_search

    monkeypatch.setattr(log_search, "COUNT_CAP", 2)
    translations = make_translations(["shared", "console"], "zh_CN")
    view = make_view(qtbot, store, DESK)
    whole = view.query
    monkeypatch.setattr(view, "query", lambda page=0: replace(whole(page), page_size=1))
    view.run_search()
    assert view.counts.text() == "第 1–1 条，共 2 条以上"
    qtbot.wait(50)  # the layout takes the longer text
    assert view.counts.width() >= view.counts.sizeHint().width()  # shown whole, not clipped
    view.grab().save(str(tmp_path / "log-more-than-zh_CN.png"))
    seen = []
    for _ in range(3):
        seen += column(view, 4)
        if view.older.isEnabled():
            view.older.click()
    assert seen == ["王小明", "张三丰", "John Smith"] and not view.older.isEnabled()
    assert view.counts.text() == "第 3–3 条，共 2 条以上"  # the count stops at the cap: it says so
    view.newer.click()
    assert column(view, 4) == ["张三丰"] and view.newer.isEnabled()
    translations.switch("en")
    view.retranslate()
    view.reload()
    assert view.counts.text() == "2–2 of more than 2 visits"
    qtbot.wait(50)
    assert view.counts.width() >= view.counts.sizeHint().width()
    view.grab().save(str(tmp_path / "log-more-than-en.png"))
    assert (tmp_path / "log-more-than-en.png").stat().st_size > 0
