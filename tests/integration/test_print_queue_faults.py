"""Nothing printed twice by itself, nothing lost: the queue under printer and database faults."""
from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from shared.domain.model import Actor, PrinterStatus, PrintOutcome, WalkIn
from shared.services.printing import queue as print_queue
from shared.services.printing.jobs import jobs_needing_attention
from shared.services.checkin import check_in_walk_in
from shared.store import engine as engine_module
from shared.store import models as db
from shared.store.engine import open_store
from tests.support.actors import STAFF

KIOSK = Actor("kiosk-1")


class Counting:
    """A printer that sends and then reports what the test tells it to."""

    name = "lobby"

    def __init__(self, outcome=None, raises=None):
        self.outcome, self.raises, self.sent = outcome, raises, 0

    def print_document(self, document):
        self.sent += 1
        if self.raises:
            raise self.raises
        return self.outcome

    def status(self):
        return PrinterStatus(online=True, paper="ok")


def check_in(store):
    return check_in_walk_in(store, KIOSK, WalkIn("欧阳娜娜", "13800138000", "", 1), "lobby").value


@pytest.mark.parametrize("make_printer", [
    lambda: Counting(PrintOutcome(False, "connection reset mid-job", in_doubt=True)),
    lambda: Counting(raises=ValueError("backend bug after sending")),
], ids=["dropped-mid-job", "backend-raised"])
def test_a_job_that_may_have_printed_is_never_sent_again_by_itself(seeded, make_printer):
    printer = make_printer()
    check_in(seeded)
    job = print_queue.print_next(seeded, "kiosk-1", {"lobby": printer}, "lobby", backoff=())
    assert job.state == "in_doubt"
    assert print_queue.print_next(seeded, "kiosk-1", {"lobby": printer}, "lobby", backoff=()) is None
    assert printer.sent == 1
    assert [j.id for j in jobs_needing_attention(seeded, STAFF)] == [job.id]


def test_backoff_delays_the_retry(seeded):
    check_in(seeded)
    printer = Counting(PrintOutcome(False, "paper out"))
    job = print_queue.print_next(seeded, "kiosk-1", {"lobby": printer}, "lobby", backoff=(60,))
    assert job.state == "queued"
    assert print_queue.print_next(seeded, "kiosk-1", {"lobby": printer}, "lobby", backoff=(60,)) is None
    assert 55 < print_queue.next_due_in(seeded, "kiosk-1") <= 60
    assert printer.sent == 1


def test_the_worker_survives_a_locked_database_and_prints_afterwards(tmp_path, monkeypatch):
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)  # a real lock, a short wait
    url = f"sqlite:///{tmp_path / 'site.sqlite'}"
    store = open_store(url)
    from shared.services.demo import seed_demo

    seed_demo(store)
    printer = Counting(PrintOutcome(True))
    worker = print_queue.Worker(store, "kiosk-1", {"lobby": printer}, "lobby")
    worker.ERROR_PAUSE_S = 0.1
    blocker = store.engine.raw_connection()
    blocker.cursor().execute("BEGIN IMMEDIATE")  # another process holds the write lock
    thread = threading.Thread(target=worker.run, daemon=True)
    thread.start()
    try:
        threading.Event().wait(1.0)  # the worker meets "database is locked" several times
        assert thread.is_alive()
        blocker.rollback()
        blocker.close()
        check_in(store)
        worker.wake()
        deadline = threading.Event()
        for _ in range(100):
            if printer.sent:
                break
            deadline.wait(0.05)
        assert printer.sent == 1
    finally:
        worker.stop()
        thread.join(5)
        store.close()


def test_stations_starting_together_migrate_once(db_url):
    import subprocess
    import sys
    from pathlib import Path

    code = "import sys; from shared.store.engine import open_store; open_store(sys.argv[1]).close()"
    root = Path(__file__).resolve().parents[2]
    procs = [subprocess.Popen([sys.executable, "-c", code, db_url], cwd=root, stderr=subprocess.PIPE, text=True)
             for _ in range(6)]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0] * 6, errors
    store = open_store(db_url)
    with store.read() as s:
        assert s.scalar(select(db.Visit.id).limit(1)) is None  # schema there, usable
    store.close()
