"""The print outbox against a real loopback TCP ESC/POS printer."""
from __future__ import annotations

import sys
import threading
import time

import zxingcpp
from sqlalchemy import select

from printers.factory import make_printer
from shared.domain.model import Actor, WalkIn
from shared.services.printing import queue as print_queue
from shared.services.checkin import check_in_walk_in
from shared.store import models as db
from tests.support.loopback_printer import LoopbackPrinter

KIOSK = Actor("kiosk-1")


def check_in(store, name="欧阳娜娜", station=KIOSK):
    return check_in_walk_in(store, station, WalkIn(name, "13800138000", "华为", 1), "lobby").value


def job_states(store):
    with store.read() as s:
        return [j.state for j in s.scalars(select(db.PrintJob).order_by(db.PrintJob.id))]


def test_badge_reaches_the_printer_once_with_a_qr_of_the_token(seeded):
    with LoopbackPrinter() as lobby:
        printer = make_printer({"name": "lobby", "type": "network", "host": "127.0.0.1", "port": lobby.port})
        visit = check_in(seeded)
        job = print_queue.print_next(seeded, "kiosk-1", {"lobby": printer}, "lobby")
        assert job.state == "done" and job.attempts == 1
        assert print_queue.print_next(seeded, "kiosk-1", {"lobby": printer}, "lobby") is None
        assert lobby.wait_for_jobs(1, timeout=5) and len(lobby.jobs) == 1
        with seeded.read() as s:
            token = s.get(db.Visit, visit.id).badge_token
        assert [r.text for r in zxingcpp.read_barcodes(lobby.page(0).convert("L"))] == [token]


def test_a_station_prints_only_its_own_jobs(seeded):
    printer = make_printer({"name": "lobby", "type": "dummy"})
    check_in(seeded, station=Actor("kiosk-2"))
    assert print_queue.print_next(seeded, "kiosk-1", {"lobby": printer}, "lobby") is None
    assert job_states(seeded) == ["queued"]


def test_paper_out_keeps_the_job_and_fails_after_the_retries(seeded):
    with LoopbackPrinter() as lobby:
        lobby.paper_out = True
        printer = make_printer({"name": "lobby", "type": "network", "host": "127.0.0.1", "port": lobby.port})
        check_in(seeded)
        states = [print_queue.print_next(seeded, "kiosk-1", {"lobby": printer}, "lobby", backoff=()).state
                  for _ in range(print_queue.MAX_ATTEMPTS)]
        assert states == ["queued"] * (print_queue.MAX_ATTEMPTS - 1) + ["failed"]
        assert lobby.jobs == [] or all(b"\x1dv0" not in j for j in lobby.jobs)
        with seeded.read() as s:
            job = s.scalars(select(db.PrintJob)).one()
        assert "paper" in job.last_error.lower() and job.attempts == print_queue.MAX_ATTEMPTS


def test_a_job_left_printing_by_a_crash_is_in_doubt_not_resent(seeded):
    printer = make_printer({"name": "lobby", "type": "dummy"})
    check_in(seeded)
    assert print_queue._claim(seeded, "kiosk-1") is not None  # the process "crashes" here
    assert print_queue.mark_in_doubt(seeded, "kiosk-1") == 1
    assert print_queue.print_next(seeded, "kiosk-1", {"lobby": printer}, "lobby") is None
    assert job_states(seeded) == ["in_doubt"] and printer.jobs == []


def test_unknown_printer_name_fails_with_a_reason(seeded):
    check_in(seeded)
    job = print_queue.print_next(seeded, "kiosk-1", {}, "lobby", backoff=())
    assert job.state == "queued" and "lobby" in job.last_error


def test_worker_thread_prints_what_is_queued(seeded):
    with LoopbackPrinter() as lobby:
        printer = make_printer({"name": "lobby", "type": "network", "host": "127.0.0.1", "port": lobby.port})
        worker = print_queue.Worker(seeded, "kiosk-1", {"lobby": printer}, "lobby")
        thread = threading.Thread(target=worker.run)
        thread.start()
        try:
            for i in range(3):
                check_in(seeded, f"访客{i}")
                worker.wake()
            assert lobby.wait_for_jobs(3, timeout=10)
        finally:
            worker.stop()
            thread.join(5)
        assert job_states(seeded) == ["done"] * 3 and len(lobby.jobs) == 3


def test_the_worker_loads_each_printers_library_once_a_moment_after_start_not_before(seeded):
    """The first visitor's badge must not wait for escpos's first import: the worker loads it early,
    but not in the station's first second (its first screen is being drawn then)."""
    warmed = []

    class Counting:
        name = "counting"

        def __init__(self, inner):
            self.inner = inner

        def print_document(self, document):
            return self.inner.print_document(document)

        def status(self):
            return self.inner.status()

        def warm(self):
            warmed.append(time.monotonic())
            self.inner.warm()

    with LoopbackPrinter() as lobby:
        printer = Counting(make_printer({"name": "lobby", "type": "network", "host": "127.0.0.1",
                                         "port": lobby.port}))
        worker = print_queue.Worker(seeded, "kiosk-1", {"lobby": printer}, "lobby")
        started = time.monotonic()
        thread = threading.Thread(target=worker.run)
        thread.start()
        try:
            assert worker.warmed.wait(10)
            check_in(seeded, "访客")
            worker.wake()
            assert lobby.wait_for_jobs(1, timeout=10)
            time.sleep(1.2)  # idle wakes later: still loaded once
        finally:
            worker.stop()
            thread.join(5)
    assert len(warmed) == 1 and warmed[0] - started >= print_queue.Worker.WARM_AFTER_S
    assert "escpos.printer" in sys.modules


def test_a_clinic_patients_queue_ticket_reaches_the_thermal_printer(seeded):
    from shared.services.site.settings import update_settings
    from tests.support.actors import STAFF

    update_settings(seeded, STAFF, profile="clinic")
    with LoopbackPrinter() as lobby:
        printer = make_printer({"name": "lobby", "type": "network", "host": "127.0.0.1", "port": lobby.port})
        visit = check_in_walk_in(seeded, KIOSK, WalkIn("陈晓", "13800138000", "", 1, patient_kind="first_visit",
                                                       referral="网络搜索"), "lobby").value
        job = print_queue.print_next(seeded, "kiosk-1", {"lobby": printer}, "lobby")
        assert (job.kind, job.state) == ("queue_ticket", "done")
        assert lobby.wait_for_jobs(1, timeout=5)
        with seeded.read() as s:
            token = s.get(db.Visit, visit.id).badge_token
        page = lobby.page(0).convert("L")
        assert [r.text for r in zxingcpp.read_barcodes(page)] == [token]  # leaving: scanned as a badge is
        assert page.width == 576
