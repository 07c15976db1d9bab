"""The done page and the badge printer: a failing printer is told within 2 s; a slow one is not.

The rule (kiosk/badge_watch.py): failed, in doubt, or queued again after an attempt is a badge that
will not come; "printing" is not, however long it takes."""
from __future__ import annotations

import time

from PySide6.QtTest import QTest

from printers.factory import make_printer
from shared.services.printing.jobs import jobs_for_visit
from shared.services.desk.queries import todays_visits
from shared.store import models as db
from tests.gui.kiosk_fixtures import agree_and_confirm, fill_form, kiosk_store, make_kiosk, to_confirm, wait_for  # noqa: F401
from tests.support.actors import STAFF

FRONT_DESK = "请到前台领取您的访客证。"
TAKE_BADGE = "请取走您的访客证。"


def badge_message(ui, w) -> str:
    return ui.find(w, "Badge message").text()


def test_a_printer_out_of_paper_sends_the_visitor_to_the_front_desk_within_2_s(ui, make_kiosk, kiosk_store):
    empty = make_printer({"name": "badge", "type": "dummy", "paper": "out"})
    w = make_kiosk("zh_CN", printers={"badge": empty}, start_worker=True)
    assert w.print_worker is not None and w.print_worker.isRunning()
    # As in the lobby, the visitor comes after the worker loaded the printer library (a second after
    # start): the 2 s are the failure's, not the library's first import.
    wait_for(w.print_worker.loop.warmed.is_set, timeout_s=10)
    fill_form(ui, w)
    to_confirm(ui, w)
    ui.tap(w, "I agree")
    start = time.monotonic()
    ui.tap(w, "Confirm and print badge")
    assert ui.showing(w, "Done page")
    wait_for(lambda: badge_message(ui, w) == FRONT_DESK, timeout_s=5)
    elapsed = time.monotonic() - start
    assert elapsed < 2.0, elapsed
    assert "已通知您要拜访的人，请稍坐等候。" in ui.visible_texts(w)  # the host was told all the same
    [visit] = todays_visits(kiosk_store, actor=STAFF)
    [job] = jobs_for_visit(kiosk_store, visit.id)
    assert job.state == "queued" and job.attempts == 1  # the service's backoff retries it
    assert empty.jobs == []  # nothing was sent to a printer without paper


def test_a_printer_that_prints_keeps_the_take_your_badge_message(ui, make_kiosk, kiosk_store, qtbot):
    w = make_kiosk("zh_CN", start_worker=True)
    with qtbot.waitSignal(w.print_worker.finished_job, timeout=10_000) as blocker:
        fill_form(ui, w)
        to_confirm(ui, w)
        agree_and_confirm(ui, w)
    assert blocker.args[1] == "done"
    QTest.qWait(1200)  # past a poll
    assert badge_message(ui, w) == TAKE_BADGE


def set_job(store, visit_id: int, **values) -> None:
    with store.write() as s:
        s.query(db.PrintJob).filter(db.PrintJob.visit_id == visit_id).update(values)


def test_without_a_signal_the_page_still_learns_of_a_failure_within_2_s(ui, make_kiosk, kiosk_store):
    """No worker in this window (another process's, or a stuck one): the poll finds it."""
    w = make_kiosk("zh_CN")
    fill_form(ui, w)
    to_confirm(ui, w)
    agree_and_confirm(ui, w)
    [visit] = todays_visits(kiosk_store, actor=STAFF)
    QTest.qWait(300)
    assert badge_message(ui, w) == TAKE_BADGE  # queued, never tried: no failure yet
    set_job(kiosk_store, visit.id, state="failed", attempts=5)
    assert wait_for(lambda: badge_message(ui, w) == FRONT_DESK, timeout_s=5) < 2.0


def test_a_badge_still_printing_after_2_s_is_no_failure(ui, make_kiosk, kiosk_store):
    w = make_kiosk("en")
    fill_form(ui, w)
    to_confirm(ui, w)
    agree_and_confirm(ui, w)
    [visit] = todays_visits(kiosk_store, actor=STAFF)
    set_job(kiosk_store, visit.id, state="printing", attempts=1)  # a slow printer, still working
    QTest.qWait(2500)
    assert badge_message(ui, w) == "Please take your badge."
    set_job(kiosk_store, visit.id, state="in_doubt")  # then the connection dropped mid-job
    wait_for(lambda: badge_message(ui, w) == "Please collect your badge at the front desk.", timeout_s=3)


def test_a_group_whose_badges_fail_is_told_in_the_plural(ui, make_kiosk, kiosk_store):
    empty = make_printer({"name": "badge", "type": "dummy", "paper": "out"})
    w = make_kiosk("en", printers={"badge": empty}, start_worker=True)
    fill_form(ui, w)
    ui.tap(w, "Next")
    ui.tap(w, "More people")
    ui.tap(w, "Next")
    ui.tap(w, "Names at the desk")
    agree_and_confirm(ui, w)
    wait_for(lambda: badge_message(ui, w) == "Please collect your badges at the front desk.", timeout_s=3)


def test_the_next_visitor_does_not_inherit_the_failure(ui, make_kiosk, kiosk_store):
    empty = make_printer({"name": "badge", "type": "dummy", "paper": "out"})
    w = make_kiosk("en", printers={"badge": empty}, start_worker=True)
    fill_form(ui, w)
    to_confirm(ui, w)
    agree_and_confirm(ui, w)
    wait_for(lambda: "front desk" in badge_message(ui, w), timeout_s=3)
    ui.tap(w, "Done")
    assert ui.showing(w, "Welcome page")
    empty.reported = make_printer({"name": "x", "type": "dummy"}).status()  # paper loaded
    fill_form(ui, w, name="Amy Lee")
    to_confirm(ui, w)
    agree_and_confirm(ui, w)
    assert badge_message(ui, w) == "Please take your badge."
