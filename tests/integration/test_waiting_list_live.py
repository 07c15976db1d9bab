"""A kiosk in another process checks a visitor in; the desk's waiting list shows them without a
reload, fed the way the console feeds it: the change feed updates today's visits, the list follows."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from console.desk.visits_model import VisitsModel
from console.desk.waiting_view import COL_VISITOR, WaitingView
from shared.changes import Changes
from shared.domain.model import Actor
from shared.qt.feed import ChangeBus
from shared.services.demo import seed_demo
from shared.services.desk.queries import todays_visits, visits_by_ids
from shared.store.engine import open_store
from tests.support.actors import STAFF

ROOT = Path(__file__).resolve().parents[2]


def test_a_check_in_from_another_process_appears_on_the_waiting_list(qtbot, db_url):
    store = open_store(db_url)
    seed_demo(store)
    bus = ChangeBus(store.engine)
    bus.start()
    try:
        model = VisitsModel()
        model.reset(todays_visits(store, actor=STAFF))

        def changed(flags: int, changes: list) -> None:  # as the console window does
            if Changes(flags) & Changes.VISITS:
                model.upsert(visits_by_ids(store, {c.entity_id for c in changes if c.flag == Changes.VISITS}, actor=STAFF))

        bus.changed.connect(changed)
        view = WaitingView(store, lambda: Actor("desk-1", "amy", "receptionist"))
        qtbot.addWidget(view)
        view.follow(model)
        view.show()
        assert view.model.rowCount() == 0

        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
        done = subprocess.run([sys.executable, "-m", "tests.support.writer", db_url, "1", "远方来客"],
                              cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8", timeout=60)
        assert done.returncode == 0, done.stderr
        visit_id = int(done.stdout.split()[0])

        qtbot.waitUntil(lambda: view.model.row_of(visit_id) is not None, timeout=5000)
        assert view.model.index(view.model.row_of(visit_id), COL_VISITOR).data() == "远方来客0"
    finally:
        bus.stop()
        store.close()
