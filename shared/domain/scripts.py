"""Which characters the shipped fonts draw (assets/fonts/coverage.txt): the badge and the screens have a font
for every script a name is accepted in, and a name with a character none of them has is refused before
anything is saved, rather than printed as empty boxes."""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from assets import chain_files, coverage


@lru_cache(maxsize=2)
def _chain(bold: bool) -> tuple[tuple[str, tuple[int, ...], tuple[int, ...]], ...]:
    """(font file, range starts, range ends) in fallback order."""
    spans = coverage()
    return tuple((name, tuple(a for a, _ in spans[name]), tuple(b for _, b in spans[name]))
                 for name in chain_files(bold))


def _has(starts: tuple[int, ...], ends: tuple[int, ...], cp: int) -> bool:
    i = bisect_right(starts, cp) - 1
    return i >= 0 and cp <= ends[i]


def font_for(ch: str, bold: bool = False, prefer: str | None = None) -> str | None:
    """The first font of the chain that draws ch (`prefer` first, when it does: a run stays in its font);
    None when none does."""
    cp = ord(ch)
    chain = _chain(bold)
    if prefer is not None:
        for name, starts, ends in chain:
            if name == prefer and _has(starts, ends, cp):
                return name
    return next((name for name, starts, ends in chain if _has(starts, ends, cp)), None)


def all_in_first_font(text: str, bold: bool = False) -> bool:
    """Whether the CJK font (the chain's first) draws all of text: the usual line, set in one run."""
    _, starts, ends = _chain(bold)[0]
    return all(_has(starts, ends, ord(ch)) for ch in text)


def undrawable(text: str) -> list[str]:
    """The characters of text no shipped font draws (in either weight), each once, in order."""
    return list(dict.fromkeys(ch for ch in text if font_for(ch) is None or font_for(ch, True) is None))
