"""The benchmark suite itself: every figure can be run alone, and every p95 rests on enough samples."""
from __future__ import annotations

import importlib
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.run import BENCHMARKS

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name", BENCHMARKS)
def test_a_p95_rests_on_at_least_a_hundred_samples(name):
    module = importlib.import_module(f"bench.{name}")
    if hasattr(module, "SAMPLES"):
        assert module.SAMPLES >= 100


def test_only_refuses_a_name_that_is_no_benchmark():
    done = subprocess.run([sys.executable, "-m", "bench", "--only", "no_such_bench"], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 2 and "host_search" in done.stderr and done.stdout == ""


def test_only_runs_just_that_benchmark(monkeypatch, capsys):
    from bench import run

    ran = []
    monkeypatch.setattr(importlib, "import_module", lambda name: type("M", (), {
        "run": staticmethod(lambda: ran.append(name) or {f"{name}_x": 1.0})}))
    assert run.main(["--only", "badge_render", "--json"]) == 0
    assert ran == ["bench.badge_render"] and '"bench.badge_render_x": 1.0' in capsys.readouterr().out


def test_a_start_up_ends_at_the_first_real_paint_of_the_window():
    from bench.kiosk_start import BARE

    unshown = BARE.replace("window.show()\n", "")  # never painted: ends by the fallback, saying so
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.time()
    painted = subprocess.run([sys.executable, "-c", BARE], cwd=ROOT, env=env, capture_output=True, text=True,
                             timeout=60)
    said, at = painted.stdout.split("\n")[:2]
    assert said == "shown" and started < float(at.removeprefix("at ")) < time.time(), painted.stderr
    fast_fallback = unshown.replace("quit_on_first_paint(app, window)",
                                    "import shared.qt.first_paint as fp; fp.NO_PAINT_S = 1; "
                                    "fp.quit_on_first_paint(app, window)")
    never = subprocess.run([sys.executable, "-c", fast_fallback], cwd=ROOT, env=env, capture_output=True, text=True,
                           timeout=60)
    assert never.stdout.split("\n")[0] == "shown without a paint", never.stderr
