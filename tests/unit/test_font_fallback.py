"""Every script a name is accepted in has a shipped font, on the badge and on the screens; a name none of them can
draw is refused before anything is saved; emoji stay refused."""
from __future__ import annotations

import sys
import unicodedata
from functools import lru_cache
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from assets import COVERAGE_FILE, FONTS_DIR, chain_files
from printers.layout.text import runs, set_line
from shared.domain.scripts import font_for, undrawable
from shared.domain.validation import name_problem

ROOT = Path(__file__).resolve().parents[2]
NAMES = {  # a visitor's name in each script the issue names, and more
    "Uyghur (Arabic)": "ئابدۇرېھىم ئابلىمىت", "Arabic": "محمد علي", "Persian": "فاطمه رضایی",
    "Tibetan": "བཀྲ་ཤིས་བདེ་ལེགས", "Mongolian": "ᠪᠠᠲᠤ ᠮᠥᠩᠬᠡ", "Thai": "สมชาย ใจดี", "Devanagari": "राहुल शर्मा",
    "Hebrew": "בנימין כהן", "Korean": "김민준", "Cyrillic": "Дмитрий Иванов", "Greek": "Ἀλέξανδρος Παππάς",
    "Vietnamese": "Nguyễn Văn Ạnh", "Bengali": "সৌরভ গাঙ্গুলী", "Tamil": "முத்து குமார்", "Georgian": "გიორგი",
    "Armenian": "Արամ Խաչատրյան", "Amharic": "አበበ ቢቂላ", "Khmer": "សុខ ចាន់", "Burmese": "အောင်ဆန်း",
    "Sinhala": "කුමාර", "Japanese": "やまだ タロウ", "Kazakh (Cyrillic)": "Нұрсұлтан",
}


@lru_cache(maxsize=None)
def cmap(name: str) -> dict[int, str]:
    with TTFont(str(FONTS_DIR / name), lazy=True) as font:
        return dict(font.getBestCmap())


def test_the_coverage_file_is_what_the_fonts_hold():
    sys.path.insert(0, str(ROOT / "packaging"))
    from font_coverage import coverage_text

    assert COVERAGE_FILE.read_text(encoding="utf-8") == coverage_text(), \
        "fonts changed: run python packaging/font_coverage.py"


def test_every_font_of_the_chain_is_shipped_with_its_licence():
    for bold in (False, True):
        for name in chain_files(bold):
            assert (FONTS_DIR / name).is_file(), name
    assert (FONTS_DIR / "LICENSE-OFL.txt").is_file() and (FONTS_DIR / "fallback" / "README.md").is_file()


@pytest.mark.parametrize("script", list(NAMES))
@pytest.mark.parametrize("bold", [False, True])
def test_a_name_in_each_script_is_accepted_and_set_without_a_missing_glyph(script, bold):
    name = NAMES[script]
    assert name_problem(name) is None
    for font, run in runs(name, bold):
        mapped = cmap(font)
        assert all(ord(ch) in mapped and mapped[ord(ch)] != ".notdef" for ch in run), (script, font, run)
    line = set_line(name, bold, 48)
    boxes = set_line("\U0010fffd" * len(name), bold, 48)  # what missing glyphs look like: .notdef boxes
    assert line.mask.getbbox() is not None and line.mask.tobytes() != boxes.mask.tobytes()


def test_every_character_validation_accepts_has_a_font_that_maps_it():
    accepted = 0
    for cp in range(0x20, 0x110000):
        ch = chr(cp)
        if unicodedata.category(ch).startswith(("C", "S")) or undrawable(ch):
            continue
        accepted += 1
        for bold in (False, True):
            font = font_for(ch, bold)
            assert font is not None and cmap(font).get(cp, ".notdef") != ".notdef", (hex(cp), font)
    assert accepted > 40_000  # the CJK characters and every script of the chain


@pytest.mark.parametrize("name, code", [("𓀀𓀁", "script"), ("ꓲꓳ ꓑ", "script"), ("Anna 😀", "invalid"),
                                        ("张三🎉", "invalid")])
def test_a_name_no_shipped_font_draws_is_refused_and_emoji_still_are(name, code):
    assert name_problem(name) == code
