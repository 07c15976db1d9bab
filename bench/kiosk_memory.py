"""The real kiosk's memory over a long day: a fresh kiosk process (its window offscreen, its print worker
rendering every badge and sending it to a file printer) driven through the walk-in screens by accessible
names, as a visitor taps, VISITS times, each visitor with a new name and company from the 8,105 common
characters.

kiosk_rss_mb_5k: the process's resident memory after the last badge is printed; kiosk_rss_growth_pct: its
growth from the WARM-th visitor on (after warm-up: flat is the aim). The database is made and seeded by another
process first, as a site's is before its kiosk starts: the kiosk only opens it (no migration imported)."""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VISITS, WARM = 5000, 1000

CHILD = r'''
import json, os, random, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from kiosk.app import build_kiosk, lean_process
lean_process()  # as the kiosk's run() does first
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select
from printers.factory import make_printers
from shared.config import StationConfig
from shared.qt.appbase import make_app
from shared.qt.memory import release_memory
from shared.store import models as db
from shared.store.engine import open_store
from tests.support.ui import Ui

def rss_mb():
    return int(open("/proc/self/statm").read().split()[1]) * 4096 / 2**20

def printed(store):
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(db.PrintJob).where(db.PrintJob.state == "done"))

visits, warm_at, url = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
table = open("tests/data/general-standard-chinese-characters-8105.txt", encoding="utf-8").read().split()
rng = random.Random(8)
printers = {"lobby": {"type": "file", "path": os.devnull}}
cfg = StationConfig(station="kiosk-1", database_url=url, language="zh_CN", printers=printers)
app, translations = make_app([], "bench-kiosk", ["kiosk"], cfg.language)
store = open_store(cfg.database_url)
window = build_kiosk(cfg, store, translations, printers=make_printers(printers))
window.confirm.tap_guard_s = 0  # the driver taps faster than a person
window.resize(1280, 800)
window.show()
release_memory()  # as kiosk.app.run() does once the window is up
ui = Ui()
warm = 0.0
for i in range(visits):
    name = "".join(rng.choice(table) for _ in range(rng.choice((2, 3, 3, 4))))
    company = "".join(rng.choice(table) for _ in range(rng.randint(2, 20)))
    ui.tap(window, "Walk-in")
    ui.type(window, "Visitor name", name)
    ui.type(window, "Mobile number", f"139{rng.randrange(10**8):08d}")
    ui.type(window, "Company", company)
    ui.type(window, "Host search", "zs")
    while ui.find(window, "Host results").count() == 0:
        QTest.qWait(2)
    ui.choose(window, "Host results", "张三")
    ui.tap(window, "Next")
    ui.tap(window, "Next")
    ui.tap(window, "I agree")
    ui.tap(window, "Confirm and print badge")
    while not window.done.isVisible():
        QApplication.processEvents()
    window.repaint()
    window.next_visitor()
    if i + 1 == warm_at:
        while printed(store) < warm_at:
            QTest.qWait(20)
        warm = rss_mb()
deadline = time.monotonic() + 120
while printed(store) < visits and time.monotonic() < deadline:
    QTest.qWait(50)
done = printed(store)
window.allow_exit()
window.close()
print(json.dumps({"warm": warm, "end": rss_mb(), "printed": done}))
'''


PREPARE = r'''
import sys
from shared.services.demo import seed_demo
from shared.store.engine import open_store
store = open_store(sys.argv[1])
seed_demo(store)
store.close()
'''


def run(visits: int = VISITS, warm: int = WARM) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'kiosk.sqlite'}"
        subprocess.run([sys.executable, "-c", PREPARE, url], cwd=ROOT, check=True, capture_output=True, timeout=600)
        done = subprocess.run([sys.executable, "-c", CHILD, str(visits), str(warm), url], cwd=ROOT,
                              capture_output=True, text=True, timeout=3600)
    if done.returncode != 0:
        raise RuntimeError(f"the kiosk run failed: {done.stderr[-3000:]}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    if figures["printed"] < visits:
        raise RuntimeError(f"only {figures['printed']} of {visits} badges were printed")
    return {"kiosk_rss_mb_5k": figures["end"],
            "kiosk_rss_growth_pct": (figures["end"] - figures["warm"]) / figures["warm"] * 100}


if __name__ == "__main__":
    print(run(int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) > 2 else run())
