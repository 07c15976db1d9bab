"""Pinyin keys of Chinese names: what the host directory stores and how searches match names by pinyin."""
from __future__ import annotations

from functools import lru_cache

from pypinyin import Style, lazy_pinyin


def _initials(syllables: list[str]) -> str:
    return "".join(s[0] for s in syllables if s)


def pinyin_keys(name: str) -> tuple[str, str]:
    """张三 -> ("zhang san", "zs"): the name read as a whole (phrases decide polyphones), and initials."""
    syllables = [s.lower() for s in lazy_pinyin(name, style=Style.NORMAL, errors="ignore")]
    return " ".join(syllables), _initials(syllables)


def search_key(text: str) -> str:
    """"zhang san" / "ZS" -> "zhangsan" / "zs"; "" when the text is not pinyin (digits, hanzi)."""
    key = text.lower().replace(" ", "").replace("'", "")
    return key if len(key) >= 2 and key.isascii() and key.isalpha() else ""


@lru_cache(maxsize=8192)
def _char_pinyin(char: str) -> str:
    syllables = lazy_pinyin(char, style=Style.NORMAL, errors="ignore")
    return syllables[0].lower() if syllables else ""


@lru_cache(maxsize=100_000)
def _pinyin_of(name: str) -> tuple[str, str, tuple[int, ...]]:
    """张三丰 -> ("zhangsanfeng", "zsf", (0, 5, 8)): the full pinyin, the initials, where syllables start.

    Character by character (cached per character): a log search converts many names, each once."""
    syllables = [p for p in map(_char_pinyin, name) if p]
    starts, at = [], 0
    for syllable in syllables:
        starts.append(at)
        at += len(syllable)
    return "".join(syllables), _initials(syllables), tuple(starts)


def name_matches(name: str, key: str) -> bool:
    """From the start of any character on: "zhangs", "sanfeng" and "sf" find 张三丰; "angsan" does not."""
    full, initials, starts = _pinyin_of(name)
    return key in initials or any(full.startswith(key, at) for at in starts)
