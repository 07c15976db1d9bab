"""Caches that fill with what past visitors brought (their names' pinyin, their badge lines set in type).

Each is bounded, and a kiosk drops them all between visitors every so often (forget_visitors): at a
kiosk every visitor is new, so they only ever grew (a megabyte or two a thousand visitors) and kept past
visitors' names in memory longer than any use for them."""
from __future__ import annotations

from collections.abc import Callable

_clearers: list[Callable[[], None]] = []


def visitor_cache(clear: Callable[[], None]) -> None:
    """Registers how to empty one such cache (functools.lru_cache's cache_clear, a dict's clear)."""
    _clearers.append(clear)


def forget_visitors() -> None:
    for clear in _clearers:
        clear()
