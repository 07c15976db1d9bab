"""The lobby kiosk, driven only by accessible names, as a visitor would tap through it."""
from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton

from kiosk.app import build_kiosk, kiosk_screenshots
from shared.config import StationConfig
from shared.qt.problems import problem_text
from shared.services.directory.hosts import add_host
from shared.services.printing.jobs import jobs_for_visit
from shared.services.desk.queries import todays_visits
from shared.store import models as db
from tests.support.actors import STAFF

from tests.gui.kiosk_fixtures import (MASKED, MOBILE, NAME, agree_and_confirm, fill_form, is_chinese,  # noqa: F401
                                     kiosk_store, make_kiosk, to_confirm)


def test_a_walk_in_checks_in_end_to_end_in_chinese(ui, make_kiosk, kiosk_store):
    w = make_kiosk("zh_CN")
    assert ui.showing(w, "Welcome page")
    assert "测试大厦 Test Tower" in ui.visible_texts(w)
    assert ui.find(w, "Walk-in").text() == "我没有预约"
    fill_form(ui, w)
    assert ui.find(w, "Next").isEnabled()
    assert todays_visits(kiosk_store, actor=STAFF) == []  # nothing is saved before Confirm

    to_confirm(ui, w)
    texts = ui.visible_texts(w)
    assert {NAME, MASKED, "星河科技", "张三"} <= set(texts)
    assert MOBILE not in " ".join(texts)
    assert todays_visits(kiosk_store, actor=STAFF) == []

    agree_and_confirm(ui, w)
    assert ui.showing(w, "Done page")
    assert "请取走您的访客证。" in ui.visible_texts(w)
    visits = todays_visits(kiosk_store, actor=STAFF)
    assert [(v.visitor_name, v.mobile_masked, v.company, v.host_name) for v in visits] == \
        [(NAME, MASKED, "星河科技", "张三")]
    jobs = jobs_for_visit(kiosk_store, visits[0].id)
    assert len(jobs) == 1 and jobs[0].state == "queued" and jobs[0].printer == "badge"

    ui.tap(w, "Done")
    assert ui.showing(w, "Welcome page")
    ui.tap(w, "Walk-in")
    assert ui.find(w, "Visitor name").text() == ""  # the next visitor starts with an empty form


def test_an_invalid_mobile_shows_the_chinese_message_and_blocks_next(ui, make_kiosk, kiosk_store):
    w = make_kiosk("zh_CN")
    fill_form(ui, w, mobile="1380013800")
    problem = ui.find(w, "Mobile number problem")
    assert problem.isVisible() and problem.text() == problem_text("mobile", "invalid")
    assert is_chinese(problem.text()) and problem.text() != "This is not a valid mobile number."
    assert not ui.find(w, "Next").isEnabled()
    assert ui.find(w, "Visitor name problem").text() == ""

    ui.type(w, "Mobile number", MOBILE)
    assert ui.find(w, "Mobile number problem").text() == ""
    assert ui.find(w, "Next").isEnabled()
    ui.type(w, "Mobile number", "")
    assert ui.find(w, "Mobile number problem").text() == problem_text("mobile", "required")
    assert not ui.find(w, "Next").isEnabled()
    assert todays_visits(kiosk_store, actor=STAFF) == []


def test_problems_show_only_after_a_field_was_touched(ui, make_kiosk):
    w = make_kiosk("en")
    ui.tap(w, "Walk-in")
    assert not ui.find(w, "Next").isEnabled()
    for name in ("Visitor name problem", "Mobile number problem", "Company problem"):
        assert ui.find(w, name).text() == ""
    ui.type(w, "Visitor name", "A")
    ui.type(w, "Visitor name", "")
    assert ui.find(w, "Visitor name problem").text() == "Please enter your name."
    assert ui.find(w, "Mobile number problem").text() == ""


def test_change_keeps_the_form_and_back_clears_it(ui, make_kiosk, kiosk_store):
    w = make_kiosk("zh_CN")
    fill_form(ui, w)
    to_confirm(ui, w)
    ui.tap(w, "Change")
    assert ui.showing(w, "Visit details page")
    ui.tap(w, "Back")
    assert ui.showing(w, "Walk-in page")
    assert ui.find(w, "Visitor name").text() == NAME
    assert ui.find(w, "Mobile number").text() == MOBILE
    assert ui.find(w, "Next").isEnabled()  # the chosen host is kept too

    ui.tap(w, "Back")
    assert ui.showing(w, "Welcome page")
    ui.tap(w, "Walk-in")
    assert [ui.find(w, n).text() for n in ("Visitor name", "Mobile number", "Company", "Host search")] == [""] * 4
    assert ui.find(w, "Host results").count() == 0
    assert not ui.find(w, "Next").isEnabled()
    assert todays_visits(kiosk_store, actor=STAFF) == []


def test_a_host_gone_at_confirm_sends_the_visitor_back_with_the_message(ui, make_kiosk, kiosk_store):
    w = make_kiosk("zh_CN")
    fill_form(ui, w)
    to_confirm(ui, w)
    with kiosk_store.write() as s:  # the desk removes the host while the visitor reads the summary
        s.query(db.Host).filter(db.Host.name == "张三").update({"active": False})
    agree_and_confirm(ui, w)
    assert ui.showing(w, "Walk-in page")
    assert ui.find(w, "Host problem").text() == problem_text("host", "unknown")
    assert is_chinese(ui.find(w, "Host problem").text())
    assert ui.find(w, "Visitor name").text() == NAME
    assert not ui.find(w, "Next").isEnabled()
    assert todays_visits(kiosk_store, actor=STAFF) == []
    assert all("张三" not in t for t in ui.item_texts(ui.find(w, "Host results")))  # the list is current

    ui.type(w, "Host search", "ls")  # choosing another host clears the message and lets them go on
    ui.choose(w, "Host results", "李四")
    assert ui.find(w, "Host problem").text() == ""
    to_confirm(ui, w)
    agree_and_confirm(ui, w)
    assert ui.showing(w, "Done page")
    assert [v.host_name for v in todays_visits(kiosk_store, actor=STAFF)] == ["李四"]


def test_a_double_tap_on_next_does_not_check_in_unread(ui, make_kiosk, kiosk_store):
    w = make_kiosk("en")
    w.confirm.tap_guard_s = 30
    fill_form(ui, w)
    ui.tap(w, "Next")
    ui.tap(w, "Next")
    ui.tap(w, "I agree")
    ui.tap(w, "Confirm and print badge")  # too soon after the summary opened
    assert ui.showing(w, "Confirm page")
    assert todays_visits(kiosk_store, actor=STAFF) == []


def test_a_failing_check_in_keeps_the_visitor_on_the_summary_with_a_message(ui, make_kiosk, kiosk_store,
                                                                           monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("database is unreachable")

    monkeypatch.setattr("kiosk.flow.check_in_walk_in", broken)
    w = make_kiosk("zh_CN")
    fill_form(ui, w)
    to_confirm(ui, w)
    agree_and_confirm(ui, w)
    assert ui.showing(w, "Confirm page")
    assert is_chinese(ui.find(w, "Check-in problem").text())
    assert ui.find(w, "Confirm and print badge").isEnabled()  # they may try again
    ui.tap(w, "English")
    assert ui.find(w, "Check-in problem").text().startswith("Sorry")


def test_switching_language_changes_the_visible_texts(ui, make_kiosk):
    w = make_kiosk("zh_CN")
    assert ui.find(w, "Walk-in").text() == "我没有预约"
    ui.tap(w, "English")
    assert ui.find(w, "Walk-in").text() == "I don't have an appointment"
    assert ui.find(w, "English").isChecked() and not ui.find(w, "Chinese").isChecked()

    ui.tap(w, "Walk-in")
    ui.type(w, "Mobile number", "123")
    assert ui.find(w, "Mobile number problem").text() == "This is not a valid mobile number."
    ui.tap(w, "Chinese")  # the toggle is on every page, and messages follow the language
    assert ui.find(w, "Mobile number problem").text() == problem_text("mobile", "invalid")
    assert is_chinese(ui.find(w, "Mobile number problem").text())
    assert ui.find(w, "Next").text() == "下一步"
    assert ui.find(w, "Mobile number").text() == "123"  # switching language keeps what was typed


def test_the_host_list_never_shows_a_phone_number(ui, make_kiosk, kiosk_store):
    add_host(kiosk_store, "钱七", "Qian Qi", "法务部 Legal", phone="13900000000", email="qq@example.com")
    w = make_kiosk("zh_CN")
    ui.tap(w, "Walk-in")
    ui.type(w, "Host search", "qq")
    results = ui.find(w, "Host results")
    assert results.count() == 1
    assert all(part in ui.item_texts(results)[0] for part in ("钱七", "Qian Qi", "法务部 Legal"))
    ui.choose(w, "Host results", "钱七")
    for text in ui.visible_texts(w):
        assert "13900000000" not in text and "example.com" not in text


def test_the_host_search_finds_by_pinyin_and_english_name(ui, make_kiosk):
    w = make_kiosk("en")
    ui.tap(w, "Walk-in")
    for query in ("zhangsan", "Zhang San", "张"):
        ui.type(w, "Host search", query)
        assert any("张三" in t for t in ui.item_texts(ui.find(w, "Host results"))), query
    ui.type(w, "Host search", "nobody-like-this")
    assert ui.find(w, "Host results").count() == 0
    assert "No one found" in ui.find(w, "Host problem").text()


def test_an_idle_kiosk_returns_to_welcome_and_forgets_the_visitor(ui, make_kiosk, qtbot):
    w = make_kiosk("zh_CN")
    w.idle_timeout_ms = 150
    w.idle_warning_ms = 150  # "are you still there?" has its own test
    fill_form(ui, w)
    qtbot.waitUntil(lambda: ui.showing(w, "Welcome page"), timeout=3000)
    ui.tap(w, "Walk-in")
    assert ui.find(w, "Visitor name").text() == ""


def test_the_done_page_returns_to_welcome_by_itself(ui, make_kiosk, qtbot, kiosk_store):
    w = make_kiosk("zh_CN")
    w.done_timeout_ms = 100
    fill_form(ui, w)
    to_confirm(ui, w)
    agree_and_confirm(ui, w)
    assert ui.showing(w, "Done page")
    qtbot.waitUntil(lambda: ui.showing(w, "Welcome page"), timeout=3000)
    assert len(todays_visits(kiosk_store, actor=STAFF)) == 1


def test_every_interactive_widget_has_an_accessible_name(ui, make_kiosk):
    w = make_kiosk("zh_CN")
    fill_form(ui, w)  # with results in the list and every page built
    ui.tap(w, "Next")
    ui.tap(w, "More people")
    ui.tap(w, "Next")  # the group page, with its name fields
    assert ui.showing(w, "Group page")
    assert ui.unnamed_interactive(w) == []


def test_buttons_are_big_enough_to_touch(ui, make_kiosk):
    w = make_kiosk("en")
    fill_form(ui, w, host_search="z")
    for button in w.findChildren(QAbstractButton):
        assert button.height() >= 56 if button.accessibleName() in ("Chinese", "English") \
            else button.minimumHeight() >= 64, button.accessibleName()
        assert button.minimumHeight() >= 64, button.accessibleName()  # the language switch too


def test_the_kiosk_owns_its_print_worker_which_prints_the_badge(ui, qtbot, kiosk_store, make_translations, tmp_path):
    """The one test with a running worker: build_kiosk builds the printers from the config."""
    config = StationConfig(station="lobby-1", database_url="unused", printers={"badge": {"type": "dummy"}})
    w = build_kiosk(config, kiosk_store, make_translations(["shared", "kiosk"], "en"))
    w.confirm.tap_guard_s = 0
    qtbot.addWidget(w, before_close_func=lambda window: window.allow_exit())
    w.show()
    worker = w.print_worker
    assert worker is not None and worker.isRunning()
    with qtbot.waitSignal(worker.finished_job, timeout=10_000) as blocker:
        fill_form(ui, w)
        to_confirm(ui, w)
        agree_and_confirm(ui, w)
    assert blocker.args[1] == "done", blocker.args
    visit = todays_visits(kiosk_store, actor=STAFF)[0]
    assert [j.state for j in jobs_for_visit(kiosk_store, visit.id)] == ["done"]
    w.allow_exit()  # as the admin's "Exit kiosk" does
    w.close()
    assert worker.isFinished()


SCREENSHOT_PAGES = [
    "welcome", "walk-in-empty", "walk-in-filled", "walk-in-invalid", "confirm", "done", "invitation-code",
    "mobile-lookup", "is-this-you", "invitation-problem", "walk-in-host-not-listed", "details-empty",
    "details-invalid", "group-names", "consent", "see-reception", "done-host-unknown", "done-printer-failed",
    "check-out", "check-out-unknown", "feedback", "idle-warning", "admin-pin", "admin-locked",
    "is-this-you-by-mobile", "wait", "walk-in-card-prompt", "walk-in-card-read", "photo", "photo-taken", "sign",
    "signed",
]


def test_screenshots_cover_every_page_in_both_languages(qapp, kiosk_store, make_translations, tmp_path):
    config = StationConfig(station="lobby-1", database_url="unused")
    translations = make_translations(["shared", "kiosk"], "zh_CN")
    paths = kiosk_screenshots(config, kiosk_store, translations, tmp_path / "shots")
    names = [p.name for p in paths]
    assert len(names) == 4 * len(SCREENSHOT_PAGES)  # landscape and portrait, each in both languages
    assert names[:len(SCREENSHOT_PAGES)] == [f"kiosk-{n:02d}-{page}-zh_CN.png" for n, page in
                                             enumerate(SCREENSHOT_PAGES, start=1)]
    assert names[2 * len(SCREENSHOT_PAGES):3 * len(SCREENSHOT_PAGES)] == [
        f"kiosk-{n:02d}-{page}-portrait-zh_CN.png" for n, page in enumerate(SCREENSHOT_PAGES, start=1)]
    assert "kiosk-01-welcome-zh_CN.png" in names and "kiosk-06-done-en.png" in names
    portrait = QImage(str(next(p for p in paths if p.name == "kiosk-01-welcome-portrait-en.png")))
    assert (portrait.width(), portrait.height()) == (1080, 1920)
    assert all(p.stat().st_size > 10_000 for p in paths)
    assert todays_visits(kiosk_store, actor=STAFF) == []  # photographing the kiosk registers nobody
    assert translations.language == "zh_CN"


def test_next_visitor_starts_in_the_site_language(ui, make_kiosk):
    window = make_kiosk("zh_CN")
    window.switch_language("en")
    assert "I don't have an appointment" in ui.visible_texts(window)
    window.go_walk_in()
    window.next_visitor()
    assert window.current_page() is window.welcome
    assert "我没有预约" in ui.visible_texts(window)


def test_the_next_visitor_cannot_undo_back_the_previous_visitors_data(ui, make_kiosk, qtbot):
    from PySide6.QtCore import Qt

    window = make_kiosk("en")
    ui.tap(window, "Walk-in")
    ui.type(window, "Visitor name", "Alice Smith")
    ui.type(window, "Mobile number", "13800138000")
    ui.type(window, "Host search", "zs")
    window.next_visitor()
    ui.tap(window, "Walk-in")
    for name in ("Visitor name", "Mobile number", "Host search"):
        edit = ui.find(window, name)
        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert edit.text() == "", name
        assert edit.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
