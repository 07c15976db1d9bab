"""Every string a screen shows has its Chinese translation, and the shipped .qm files match the .ts."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import i18n  # noqa: E402


@pytest.mark.parametrize("catalog", sorted(i18n.CATALOGS))
def test_every_source_string_is_translated(catalog, tmp_path):
    # lupdate into a copy: a string added in the code but missing from the catalogue shows up here.
    ts = tmp_path / i18n.ts_path(catalog, "zh_CN").name
    shutil.copy(i18n.ts_path(catalog, "zh_CN"), ts)
    subprocess.run([i18n._tool("pyside6-lupdate"), *i18n.sources(catalog), "-no-obsolete", "-ts", str(ts)],
                   cwd=ROOT, check=True, capture_output=True)
    assert i18n.untranslated(ts) == []


@pytest.mark.parametrize("catalog", sorted(i18n.CATALOGS))
def test_shipped_qm_is_compiled_from_the_catalogue(catalog, tmp_path):
    ts = i18n.ts_path(catalog, "zh_CN")
    qm = tmp_path / "out.qm"
    subprocess.run([i18n._tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    assert qm.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run: python packaging/i18n.py"
