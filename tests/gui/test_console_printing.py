"""The desk sees badges that need a person, and every action on them: retry, print at this desk,
decide a job in doubt, reprint; printers low on paper show as a warning."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from console.app import build_console
from printers.backends import PreviewFolderPrinter
from shared.config import StationConfig
from shared.domain.model import Actor, PrinterStatus, WalkIn
from shared.qt.feed import ChangeBus
from shared.services.printing import queue as print_queue
from shared.services.demo import seed_demo
from shared.services.printing.jobs import jobs_for_visit
from shared.services.checkin import check_in_walk_in
from shared.store import models as db
from shared.store.engine import open_store
from tests.support.qt_fixtures import RECEPTIONIST

KIOSK = Actor(station="kiosk-1")


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path / 'site.sqlite'}"


@pytest.fixture
def store(url):
    s = open_store(url)
    seed_demo(s)
    yield s
    s.close()


@pytest.fixture
def desk(qtbot, tmp_path, url, store, make_translations):
    """A console with its own desk printer (a preview folder), its print worker and a live feed."""
    config = StationConfig(station="desk-1", database_url=url, language="en",
                           printers={"desk": {"type": "preview", "folder": str(tmp_path / "desk")}})
    bus = ChangeBus(store.engine)
    window = build_console(config, store, make_translations(["shared", "console"], "en"), bus,
                           {"desk": PreviewFolderPrinter("desk", tmp_path / "desk")}, operator=RECEPTIONIST)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    bus.start()
    yield window
    window.close()
    bus.stop()


def check_in(store, name="欧阳娜娜"):
    return check_in_walk_in(store, KIOSK, WalkIn(name, "13800138000", "华为", 1), "lobby").value


class Broken:
    """A printer that is out of paper: it sends nothing and says why."""

    name = "lobby"

    def print_document(self, document):
        from shared.domain.model import PrintOutcome

        return PrintOutcome(False, "paper out")

    def status(self):
        return PrinterStatus(online=True, paper="out")


def fail_for_good(url):
    """The kiosk, in its own store, tries until the job fails (no backoff, to keep the test short)."""
    kiosk = open_store(url, migrate=False)
    while (job := print_queue.print_next(kiosk, "kiosk-1", {"lobby": Broken()}, "lobby", backoff=())):
        if job.state == "failed":
            break
    kiosk.close()
    return job


def test_a_failed_badge_alerts_the_desk_and_prints_at_the_desk(qtbot, ui, desk, store, url, tmp_path):
    assert not desk.print_panel.isVisible()
    visit = check_in(store)
    job = fail_for_good(url)
    assert job.state == "failed"
    qtbot.waitUntil(lambda: desk.print_panel.isVisible(), timeout=5000)
    assert "attention" in desk.status.text()
    jobs = ui.find(desk, "Print jobs needing attention")
    assert jobs.count() == 1 and "欧阳娜娜" in jobs.item(0).text() and "out of paper" in jobs.item(0).text()
    assert jobs.item(0).toolTip() == "paper out"  # the printer's own words, for whoever fixes it

    jobs.item(0).setSelected(True)
    assert not ui.find(desk, "It printed").isEnabled()
    ui.tap(desk, "Print at this desk")
    qtbot.waitUntil(lambda: not desk.print_panel.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: jobs_for_visit(store, visit.id)[0].state == "done", timeout=5000)
    assert len(list((tmp_path / "desk").glob("*.png"))) == 1
    [done] = jobs_for_visit(store, visit.id)
    assert (done.state, done.station, done.printer) == ("done", "desk-1", "desk")
    with store.read() as s:
        assert s.get(db.PrintJob, done.id).updated_by == RECEPTIONIST.name


def test_retry_sends_a_failed_job_back_to_its_own_printer(qtbot, ui, desk, store, url):
    visit = check_in(store)
    fail_for_good(url)
    qtbot.waitUntil(lambda: desk.print_panel.isVisible(), timeout=5000)
    ui.find(desk, "Print jobs needing attention").item(0).setSelected(True)
    ui.tap(desk, "Retry")
    [job] = jobs_for_visit(store, visit.id)
    assert (job.state, job.station, job.attempts) == ("queued", "kiosk-1", 0)
    qtbot.waitUntil(lambda: not desk.print_panel.isVisible(), timeout=5000)


def test_a_job_in_doubt_is_decided_by_the_receptionist(qtbot, ui, desk, store):
    first, second = check_in(store, "甲"), check_in(store, "乙")
    assert print_queue._claim(store, "kiosk-1") and print_queue._claim(store, "kiosk-1")  # then a crash
    print_queue.mark_in_doubt(store, "kiosk-1")
    qtbot.waitUntil(lambda: ui.find(desk, "Print jobs needing attention").count() == 2, timeout=5000)
    jobs = ui.find(desk, "Print jobs needing attention")
    assert "Printed? Please check" in jobs.item(0).text()

    jobs.item(0).setSelected(True)
    assert not ui.find(desk, "Retry").isEnabled()
    ui.tap(desk, "It printed")
    jobs.item(0).setSelected(True)
    ui.tap(desk, "Print again")
    assert [j.state for j in jobs_for_visit(store, first.id)] == ["done"]
    assert [j.state for j in jobs_for_visit(store, second.id)] == ["queued"]  # the kiosk prints it once more
    qtbot.waitUntil(lambda: not desk.print_panel.isVisible(), timeout=5000)


def test_a_printer_low_on_paper_shows_as_a_warning(qtbot, ui, desk, url):
    kiosk = open_store(url, migrate=False)
    print_queue.record_status(kiosk, "kiosk-1", "lobby", PrinterStatus(online=True, paper="near_end"))
    qtbot.waitUntil(lambda: desk.print_panel.isVisible(), timeout=5000)
    assert "kiosk-1 · lobby: paper running low" in ui.find(desk, "Printer warnings").text()
    print_queue.record_status(kiosk, "kiosk-1", "lobby", PrinterStatus(online=True, paper="ok"))
    qtbot.waitUntil(lambda: not desk.print_panel.isVisible(), timeout=5000)
    kiosk.close()


def test_reprint_badge_prints_a_new_badge_at_the_desk(qtbot, ui, desk, store, tmp_path):
    visit = check_in(store)
    qtbot.waitUntil(lambda: desk.model.row_of(visit.id) is not None, timeout=5000)
    assert not ui.find(desk, "Reprint badge").isEnabled()
    desk.select_visit(visit.id)
    ui.tap(desk, "Reprint badge")
    qtbot.waitUntil(lambda: [j.state for j in jobs_for_visit(store, visit.id)] == ["queued", "done"], timeout=5000)
    assert len(list((tmp_path / "desk").glob("*.png"))) == 1
    jobs = jobs_for_visit(store, visit.id)
    assert [(j.station, j.state) for j in jobs] == [("kiosk-1", "queued"), ("desk-1", "done")]
    with store.read() as s:
        tokens = {s.get(db.PrintJob, j.id).payload["token"] for j in jobs}
    assert len(tokens) == 1  # the same badge: its QR still checks the visitor out


def test_a_checked_out_visitor_cannot_get_a_reprint(qtbot, ui, desk, store):
    from shared.services.desk.flow import check_out

    visit = check_in(store)
    check_out(store, Actor("desk-1", "amy", "receptionist"), visit.id)
    qtbot.waitUntil(lambda: desk.model.row_of(visit.id) is not None, timeout=5000)
    desk.select_visit(visit.id)
    assert not ui.find(desk, "Reprint badge").isEnabled()
    with store.read() as s:
        assert len(s.scalars(select(db.PrintJob)).all()) == 1
