"""Update the Qt Linguist catalogues from the sources and compile them.

    python packaging/i18n.py           # lupdate (keeps existing translations) + lrelease
    python packaging/i18n.py --check   # exit 1 if a source string has no translation
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "assets" / "i18n"
LANGUAGES = ["zh_CN"]
# catalogue -> source folders
CATALOGS = {"shared": ["shared/qt"], "kiosk": ["kiosk"], "console": ["console"], "display": ["display"]}


def _tool(name: str) -> str:
    exe = shutil.which(name) or str(Path(sys.executable).parent / name)
    return exe


def sources(catalog: str) -> list[str]:
    files: list[str] = []
    for folder in CATALOGS[catalog]:
        files += sorted(str(p.relative_to(ROOT)) for p in (ROOT / folder).rglob("*.py"))
    return files


def ts_path(catalog: str, lang: str) -> Path:
    return I18N / f"{catalog}_{lang}.ts"


def update() -> None:
    for catalog in CATALOGS:
        for lang in LANGUAGES:
            ts = ts_path(catalog, lang)
            subprocess.run([_tool("pyside6-lupdate"), *sources(catalog), "-no-obsolete", "-ts", str(ts)],
                           cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
            subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                           cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def untranslated(ts: Path) -> list[str]:
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        tr = message.find("translation")
        if tr is None or tr.get("type") in {"unfinished", "vanished", "obsolete"} or not (tr.text or "").strip():
            if tr is None or tr.get("type") not in {"vanished", "obsolete"}:
                missing.append(message.findtext("source") or "")
    return missing


if __name__ == "__main__":
    if "--check" in sys.argv:
        bad = {str(ts_path(c, l)): untranslated(ts_path(c, l)) for c in CATALOGS for l in LANGUAGES}
        bad = {k: v for k, v in bad.items() if v}
        for path, strings in bad.items():
            print(path, strings)
        sys.exit(1 if bad else 0)
    update()
