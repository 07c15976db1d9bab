"""Shipped data: fonts, translations, icons. Located relative to this file so bundles find them."""
from __future__ import annotations

from pathlib import Path

ASSETS_DIR = Path(__file__).resolve().parent
FONTS_DIR = ASSETS_DIR / "fonts"
I18N_DIR = ASSETS_DIR / "i18n"
DEMO_PHOTO = ASSETS_DIR / "demo" / "visitor-photo.jpg"  # what the demo's camera sees (a drawn visitor)
# The display's call chime: a 1.4 s two-tone "ding-dong" (G5 then D#5, 16-bit mono, 22.05 kHz), made once
# with the wave module.
CHIME = ASSETS_DIR / "chime.wav"


def font_path(bold: bool = False) -> Path:
    """Noto Sans CJK SC: covers all 8,105 standard characters and rare name characters."""
    return FONTS_DIR / ("NotoSansCJKsc-Bold.otf" if bold else "NotoSansCJKsc-Regular.otf")


COVERAGE_FILE = FONTS_DIR / "coverage.txt"  # written by packaging/font_coverage.py
# After the CJK font (Chinese, Japanese kana, Hangul, Latin, Greek, Cyrillic): the scripts visitors' names come
# in, each a Noto family (fallback/, OFL like the CJK font). A family with no bold is used for both weights.
FALLBACK_FAMILIES = ["NotoSans", "NotoSansArabic", "NotoSansHebrew", "NotoSansThai", "NotoSansDevanagari",
                     "NotoSansBengali", "NotoSansTamil", "NotoSansTelugu", "NotoSansKannada", "NotoSansMalayalam",
                     "NotoSansGujarati", "NotoSansGurmukhi", "NotoSansOriya", "NotoSansSinhala", "NotoSansKhmer",
                     "NotoSansLao", "NotoSansMyanmar", "NotoSansGeorgian", "NotoSansArmenian", "NotoSansEthiopic",
                     "NotoSerifTibetan", "NotoSansMongolian", "NotoSansSyriac", "NotoSansThaana"]


def chain_files(bold: bool) -> list[str]:
    """The fonts tried for a character, first to last, as paths relative to FONTS_DIR."""
    files = [font_path(bold).name]
    for family in FALLBACK_FAMILIES:
        wanted = FONTS_DIR / "fallback" / f"{family}-{'Bold' if bold else 'Regular'}.ttf"
        files.append(str((wanted if wanted.exists() else wanted.with_name(f"{family}-Regular.ttf"))
                         .relative_to(FONTS_DIR)))
    return files


_coverage: dict[str, list[tuple[int, int]]] | None = None


def coverage() -> dict[str, list[tuple[int, int]]]:
    """{font file: sorted (first, last) code point ranges} from COVERAGE_FILE, read once."""
    global _coverage
    if _coverage is None:
        found: dict[str, list[tuple[int, int]]] = {}
        for line in COVERAGE_FILE.read_text(encoding="utf-8").splitlines():
            name, _, spans = line.partition("\t")
            found[name] = [(int(a, 16), int(b or a, 16)) for a, _, b in (s.partition("-") for s in spans.split(","))]
        _coverage = found
    return _coverage
