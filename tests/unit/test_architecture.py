"""The core knows nothing of Qt: proved by import-linter and by running it with PySide6 absent.
The station tools (reception doctor, backup, ...) load without it too: a server may have no Qt."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BLOCK_QT = r'''
import importlib, pkgutil, sys

class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("PySide6 is absent in this test")
sys.meta_path.insert(0, NoQt())
'''

NO_QT = BLOCK_QT + r'''

import shared, printers
for pkg in (shared, printers):
    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
        if info.name.startswith("shared.qt") or "migrations" in info.name:
            continue
        importlib.import_module(info.name)

from shared.store.engine import open_store
from shared.services.demo import seed_demo
from shared.services.checkin import check_in_walk_in
from shared.domain.model import Actor, WalkIn
store = open_store("sqlite://")
seed_demo(store)
visit = check_in_walk_in(store, Actor("t"), WalkIn("张三", "13800138000", "", 1), "badge").value
assert not any(m.startswith("PySide6") for m in sys.modules), "PySide6 was imported"
print("ok", visit.state)
'''


def test_core_runs_with_pyside6_absent():
    proc = subprocess.run([sys.executable, "-c", NO_QT], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok host_notified"


TOOLS_NO_QT = BLOCK_QT + r'''
import reception
for info in pkgutil.walk_packages(reception.__path__, "reception."):
    if not info.name.endswith("__main__"):  # that one runs the program
        importlib.import_module(info.name)
from reception.cli import parser
parser()
assert not any(m.startswith("PySide6") for m in sys.modules), "PySide6 was imported"
print("ok")
'''


def test_station_tools_load_with_pyside6_absent():
    proc = subprocess.run([sys.executable, "-c", TOOLS_NO_QT], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"


def test_import_contracts_hold():
    lint = Path(sys.executable).parent / "lint-imports"
    proc = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 broken" in proc.stdout
