"""Write assets/fonts/coverage.txt: which characters each shipped font draws, in fallback order.

    python packaging/font_coverage.py            # after adding or replacing a font (needs fontTools)

The kiosk checks names against it and the badge renderer picks each character's font from it, without parsing
16 MB of CJK font at start-up; tests/unit/test_font_fallback.py checks it against the fonts themselves."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assets import COVERAGE_FILE, FONTS_DIR, chain_files  # noqa: E402


def code_points(path: Path) -> set[int]:
    from fontTools.ttLib import TTFont

    with TTFont(str(path), lazy=True) as font:
        return set(font.getBestCmap() or {})


def ranges(points: set[int]) -> str:
    out, start, prev = [], None, None
    for cp in sorted(points):
        if start is None:
            start = prev = cp
        elif cp == prev + 1:
            prev = cp
        else:
            out.append(f"{start:x}-{prev:x}" if prev != start else f"{start:x}")
            start = prev = cp
    if start is not None:
        out.append(f"{start:x}-{prev:x}" if prev != start else f"{start:x}")
    return ",".join(out)


def coverage_text() -> str:
    names = dict.fromkeys(f for bold in (False, True) for f in chain_files(bold))
    return "".join(f"{name}\t{ranges(code_points(FONTS_DIR / name))}\n" for name in names)


if __name__ == "__main__":
    COVERAGE_FILE.write_text(coverage_text(), encoding="utf-8")
    print(f"wrote {COVERAGE_FILE}")
