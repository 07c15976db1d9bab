"""escpos's capability database comes from our cache: the same data escpos would parse, made once."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import json, os, sys
from printers.backends import DummyPrinter
from tests.support.images import layout_samples
outcome = DummyPrinter("badge").print_document(layout_samples()["visitor"])
import escpos.capabilities as caps
print(json.dumps({"ok": outcome.ok, "dir": os.environ.get("ESCPOS_CAPABILITIES_PICKLE_DIR"),
                  "path": caps.pickle_path, "profiles": len(caps.CAPABILITIES["profiles"])}))
"""


def run_child(cache: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "ESCPOS_CAPABILITIES_PICKLE_DIR"}
    env["XDG_CACHE_HOME"] = str(cache)
    done = subprocess.run([sys.executable, "-c", CHILD], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_first_print_loads_escpos_capabilities_from_the_user_cache_made_from_the_json(tmp_path):
    first = run_child(tmp_path)
    folder = tmp_path / "reception" / "escpos"
    assert first["ok"] and first["dir"] == str(folder)
    assert Path(first["path"]).parent == folder and Path(first["path"]).exists()
    made = Path(first["path"]).stat().st_mtime_ns
    second = run_child(tmp_path)  # another station process: the same file, not made again
    assert second["path"] == first["path"] and Path(second["path"]).stat().st_mtime_ns == made
    assert second["profiles"] == first["profiles"] > 10
    assert not list(folder.glob("*.partial"))


def test_the_json_parses_to_what_escpos_own_yaml_load_gives():
    import importlib.util

    source = Path(importlib.util.find_spec("escpos").submodule_search_locations[0]) / "capabilities.json"
    text = source.read_text(encoding="utf-8")
    assert json.loads(text) == yaml.safe_load(text)
