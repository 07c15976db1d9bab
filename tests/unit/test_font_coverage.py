"""The shipped font has a glyph for every character a Chinese name can use, in both weights.

Checked through the fonts' character maps (fontTools, lazy: only the cmap table is read), so a missing
glyph is found here rather than as an empty box on a visitor's badge."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from assets import font_path
from printers.layout import render_badge
from tests.support.images import differing_fraction, ink_crop, layout_samples, reference_text

STANDARD_8105 = Path(__file__).resolve().parents[1] / "data" / "general-standard-chinese-characters-8105.txt"
RARE_NAME_CHARACTERS = "𠮷䶮堃喆玥"  # U+20BB7 (CJK Ext. B), U+4DAE (Ext. A) and three common in names


def standard_characters() -> list[str]:
    return [line.strip() for line in STANDARD_8105.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module", params=[False, True], ids=["regular", "bold"])
def cmap(request) -> dict[int, str]:
    with TTFont(str(font_path(request.param)), lazy=True) as font:
        return font.getBestCmap()


def test_the_list_is_the_whole_table():
    characters = standard_characters()
    assert len(characters) == 8105 and len(set(characters)) == 8105
    assert all(len(ch) == 1 for ch in characters)
    assert characters[0] == "一"


def test_every_standard_character_has_a_glyph(cmap):
    missing = [ch for ch in standard_characters() if ord(ch) not in cmap]
    assert not missing, f"{len(missing)} of the 8105 standard characters are missing, e.g. {missing[:20]}"


def test_rare_name_characters_have_glyphs(cmap):
    missing = [f"{ch} U+{ord(ch):04X}" for ch in RARE_NAME_CHARACTERS if ord(ch) not in cmap]
    assert not missing, missing
    assert ord("𠮷") > 0xFFFF  # outside the BMP: the check really covers the supplementary planes


@pytest.mark.parametrize("width", [384, 576])
def test_a_name_with_a_supplementary_plane_character_is_drawn_as_that_character(width):
    badge = layout_samples()["visitor"]
    rendered = render_badge(replace(badge, visitor_name="吉𠮷"), width)
    field = rendered.fields["visitor_name"]
    assert field.lines == ("吉𠮷",)
    drawn = ink_crop(rendered.image.crop(field.bbox))
    assert differing_fraction(drawn, reference_text("吉𠮷", field.font_size, bold=True)) < 0.002
    # Not a box, not 吉 twice: the one-stroke difference between 𠮷 and 吉 is visible.
    assert differing_fraction(drawn, reference_text("吉吉", field.font_size, bold=True)) > 0.01
    assert differing_fraction(drawn, reference_text("吉\U000F0000", field.font_size, bold=True)) > 0.01
