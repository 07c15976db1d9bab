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


def test_no_literal_text_hides_from_lupdate():
    """lupdate sees tr("…"), translate("Ctx", "…") and QT_TRANSLATE_NOOP; a literal handed to a
    home-made wrapper such as _tr("…") never reaches the catalogue and shows in English."""
    import ast

    hidden = []
    for catalog_folders in i18n.CATALOGS.values():
        for folder in catalog_folders:
            for py in sorted((ROOT / folder).rglob("*.py")):
                for node in ast.walk(ast.parse(py.read_text(encoding="utf-8"))):
                    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_tr"
                            and node.args and isinstance(node.args[0], ast.Constant)):
                        hidden.append(f"{py.relative_to(ROOT)}:{node.lineno} {node.args[0].value!r}")
    assert hidden == []
