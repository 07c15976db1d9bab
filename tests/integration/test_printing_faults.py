"""Printing on the busiest morning: a real loopback TCP printer runs out of paper, drops the
connection mid-job, and the station crashes mid-print. Nothing is lost and nothing prints twice."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import zxingcpp

from printers.factory import make_printer
from printers.layout import render_badge
from shared.domain.model import Actor, WalkIn
from shared.services.printing import jobs as print_jobs
from shared.services.printing import queue as print_queue
from shared.services.checkin import check_in_walk_in
from shared.store import models as db
from tests.support.images import differing_fraction, ink_crop, reference_text
from tests.support.loopback_printer import LoopbackPrinter
from tests.support.actors import STAFF

ROOT = Path(__file__).resolve().parents[2]
KIOSK = Actor("kiosk-1")
DESK = Actor("desk-1", "amy", "receptionist")


@pytest.fixture
def lobby():
    with LoopbackPrinter() as printer:
        yield printer


def network(lobby, **extra):
    return make_printer({"name": "lobby", "type": "network", "host": "127.0.0.1", "port": lobby.port, **extra})


def check_in(store, name="欧阳娜娜"):
    return check_in_walk_in(store, KIOSK, WalkIn(name, "13800138000", "华为", 1), "lobby").value


def token_of(store, visit_id):
    with store.read() as s:
        return s.get(db.Visit, visit_id).badge_token


def wait_for(condition, timeout=10.0):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


class Station:
    """The kiosk's print worker on its own thread, as the kiosk runs it."""

    def __init__(self, store, printer, backoff=(0.2,)):
        self.worker = print_queue.Worker(store, "kiosk-1", {"lobby": printer}, "lobby", backoff=backoff)
        self.thread = threading.Thread(target=self.worker.run, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self.worker

    def __exit__(self, *exc):
        self.worker.stop()
        self.thread.join(10)


def test_a_badge_for_a_rare_character_name_prints_it_and_a_qr_of_the_token(seeded, lobby):
    visit = check_in(seeded, "吉𠮷")
    with Station(seeded, network(lobby)) as worker:
        worker.wake()
        assert lobby.wait_for_jobs(1, timeout=10)
    page = lobby.page(0)
    assert [r.text for r in zxingcpp.read_barcodes(page.convert("L"))] == [token_of(seeded, visit.id)]
    from shared.services.checkin import badge_data

    with seeded.read() as s:
        box = render_badge(badge_data(s.get(db.Visit, visit.id))).fields["visitor_name"]
    drawn = ink_crop(page.crop(box.bbox))
    assert differing_fraction(drawn, reference_text("吉𠮷", box.font_size, bold=True)) < 0.002
    assert differing_fraction(drawn, reference_text("吉吉", box.font_size, bold=True)) > 0.01


def test_paper_out_then_paper_in_prints_the_queued_badge_exactly_once(seeded, lobby):
    lobby.paper_out = True
    visit = check_in(seeded)
    with Station(seeded, network(lobby)) as worker:
        worker.wake()
        wait_for(lambda: (j := print_jobs.jobs_for_visit(seeded, visit.id)[0]).attempts >= 2 and j.state == "queued")
        [job] = print_jobs.jobs_for_visit(seeded, visit.id)
        assert "paper" in job.last_error
        assert lobby.jobs == []  # nothing was sent to an empty printer
        lobby.paper_out = False
        assert lobby.wait_for_jobs(1, timeout=10)
        wait_for(lambda: print_jobs.jobs_for_visit(seeded, visit.id)[0].state == "done")
        time.sleep(1.0)  # time enough for a second print, were there one
    assert len(lobby.jobs) == 1
    assert [r.text for r in zxingcpp.read_barcodes(lobby.page(0).convert("L"))] == [token_of(seeded, visit.id)]


def test_a_connection_dropped_mid_job_is_shown_and_can_be_printed_again(seeded, lobby):
    lobby.drop_after_bytes = 3000
    visit = check_in(seeded)
    with Station(seeded, network(lobby)) as worker:
        worker.wake()
        assert lobby.wait_for_partial_jobs(1, timeout=10)
        wait_for(lambda: print_jobs.jobs_for_visit(seeded, visit.id)[0].state == "in_doubt")
        time.sleep(0.5)
        assert lobby.jobs == [] and len(lobby.partial_jobs) == 1  # not resent by itself
        [job] = print_jobs.jobs_needing_attention(seeded, STAFF)  # what the console lists
        assert job.visit_id == visit.id and job.last_error

        lobby.drop_after_bytes = None  # the printer is back; the receptionist chooses "Print again"
        print_jobs.resolve_in_doubt(seeded, DESK, job.id, printed=False)
        worker.wake()
        assert lobby.wait_for_jobs(1, timeout=10)
        wait_for(lambda: print_jobs.jobs_for_visit(seeded, visit.id)[0].state == "done")
    assert len(lobby.jobs) == 1 and print_jobs.jobs_needing_attention(seeded, STAFF) == []


def test_a_crash_while_printing_leaves_the_job_in_doubt_not_a_duplicate(seeded, db_url, lobby):
    lobby.status_delay = 30  # the printer is slow to answer: the station is mid-job when it dies
    visit = check_in(seeded)
    station = subprocess.Popen([sys.executable, "-m", "tests.support.print_station", db_url, str(lobby.port), "60"],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ})
    try:
        wait_for(lambda: print_jobs.jobs_for_visit(seeded, visit.id)[0].state == "printing", timeout=30)
        os.kill(station.pid, signal.SIGKILL)  # power cut
        station.wait(10)
    finally:
        if station.poll() is None:
            station.kill()
    assert print_jobs.jobs_for_visit(seeded, visit.id)[0].state == "printing"

    lobby.status_delay = 0
    with Station(seeded, network(lobby)) as worker:  # the kiosk starts again
        worker.wake()
        wait_for(lambda: print_jobs.jobs_for_visit(seeded, visit.id)[0].state == "in_doubt")
        time.sleep(1.0)
    assert lobby.jobs == []  # not resent blindly: the receptionist decides
    assert [j.visit_id for j in print_jobs.jobs_needing_attention(seeded, STAFF)] == [visit.id]


@pytest.mark.parametrize("width", [384, 576])
@pytest.mark.parametrize("layout", ["visitor", "vip", "group", "gate_pass", "test_page"])
def test_what_the_printer_receives_is_the_approved_layout(lobby, layout, width):
    from PIL import Image

    from tests.support.images import count_differing, layout_samples
    from tests.unit.test_approved_layouts import approved_path

    document = layout_samples()[layout]
    if layout == "test_page":
        import dataclasses

        document = dataclasses.replace(document, width_dots=width)
    outcome = network(lobby, width_dots=width).print_document(document)
    assert outcome.ok, outcome.reason
    assert lobby.wait_for_jobs(1, timeout=10)
    with Image.open(approved_path(layout, width)) as approved:
        assert count_differing(lobby.page(0), approved.convert("1")) == 0
