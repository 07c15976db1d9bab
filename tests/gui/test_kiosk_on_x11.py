"""The kiosk on a real X server (Xvfb): full screen without a window manager, the screen as the X server holds it
identical to the offscreen rendering, and a walk-in completed by pointer clicks and key presses sent through it."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from kiosk.app import build_kiosk
from shared import config
from shared.config import StationConfig
from shared.services.demo import seed_demo
from shared.store.engine import open_store
from tests.support.displays import Xvfb

ROOT = Path(__file__).resolve().parents[2]
SIZE = (1280, 800)


@pytest.fixture
def xvfb():
    server = Xvfb(*SIZE)
    yield server
    server.stop()


@pytest.fixture
def station(tmp_path):
    """A seeded station database and its config; a copy of the database for the offscreen twin."""
    url = f"sqlite:///{tmp_path / 'r.sqlite'}"
    store = open_store(url)
    seed_demo(store)
    store.close()
    shutil.copyfile(tmp_path / "r.sqlite", tmp_path / "twin.sqlite")
    path = tmp_path / "kiosk.toml"
    config.write(path, StationConfig(station="kiosk-1", database_url=url, language="en",
                                     printers={"badge": {"type": "preview", "folder": str(tmp_path / "badges")}}))
    return path


def differing(a: QImage, b: QImage) -> int:
    a, b = a.convertToFormat(QImage.Format.Format_RGB32), b.convertToFormat(QImage.Format.Format_RGB32)
    assert a.size() == b.size(), (a.size(), b.size())
    return sum(1 for y in range(0, a.height(), 2) for x in range(0, a.width(), 2) if a.pixel(x, y) != b.pixel(x, y))


def test_the_kiosk_fills_the_x_screen_and_looks_as_it_renders_offscreen(qtbot, xvfb, station, tmp_path,
                                                                        make_translations):
    env = {**xvfb.env(), "RECEPTION_DATA_DIR": str(tmp_path / "data")}
    kiosk = subprocess.Popen([sys.executable, "-m", "reception", "--config", str(station), "kiosk"], cwd=ROOT,
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        cfg = config.load(station)
        twin_cfg = StationConfig(**{**cfg.__dict__, "database_url": f"sqlite:///{tmp_path / 'twin.sqlite'}"})
        twin_store = open_store(twin_cfg.database_url)
        twin = build_kiosk(twin_cfg, twin_store, make_translations(["shared", "kiosk"], "en"), start_worker=False)
        qtbot.addWidget(twin, before_close_func=lambda w: w.allow_exit())
        twin.resize(*SIZE)
        twin.show()
        qtbot.waitExposed(twin)
        qtbot.wait(50)
        expected = twin.grab().toImage()
        deadline, diff = time.monotonic() + 60, None
        while time.monotonic() < deadline and kiosk.poll() is None:
            shot = QImage(str(xvfb.screenshot(tmp_path / "x11.png")))
            diff = differing(shot, expected)
            if diff == 0:
                break
            time.sleep(0.5)
        assert kiosk.poll() is None, kiosk.stdout.read()[-3000:]
        assert diff == 0, f"{diff} pixels differ from the offscreen rendering (see {tmp_path / 'x11.png'})"
        twin_store.close()
    finally:
        kiosk.terminate()
        kiosk.wait(20)


def test_a_walk_in_by_pointer_and_keys_through_the_x_server(xvfb, station, tmp_path):
    env = {**xvfb.env(), "RECEPTION_DATA_DIR": str(tmp_path / "data"),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([sys.executable, "-m", "tests.support.x11_walk_in", str(station), "Mary Walker",
                           "13900139000"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    said = done.stdout.split()
    assert said[:2] == ["welcome", "done-page"] and said[2] == "badge", done.stdout
    assert Path(said[3]).stat().st_size > 1000
    with sqlite3.connect(tmp_path / "r.sqlite") as db:
        rows = db.execute("SELECT p.name, p.mobile, h.name FROM visit v JOIN visitor p ON p.id = v.visitor_id "
                          "JOIN host h ON h.id = v.host_id WHERE p.name = 'Mary Walker'").fetchall()
    assert len(rows) == 1 and rows[0][0] == "Mary Walker" and rows[0][1].endswith("13900139000") \
        and rows[0][2] == "张三", rows
