"""Hand back what a station that runs for months holds for nothing.

PySide6 reads the source of every module imported after it (its __feature__ hook asks inspect.getsource
whether the module uses PySide), and linecache keeps each file's lines for good: 27 MB in a kiosk, ~600
files. A traceback reads them again when it needs them. glibc keeps freed memory for reuse; malloc_trim
returns it (the glyph caches shared.qt.fonts drops are tens of MB)."""
from __future__ import annotations

import ctypes
import ctypes.util
import linecache


M_ARENA_MAX, M_MMAP_THRESHOLD = -8, -3  # glibc's mallopt parameters
MMAP_THRESHOLD = 128 * 1024


def tune_malloc() -> None:
    """For a process that runs for months: two heaps (glibc gives each thread of the print worker, the card
    reader and Qt's pools one of up to 8 per core, each keeping its own freed memory), and blocks of 128 KB
    and more (a badge's image, a font's glyph buffers) always mapped and unmapped on their own: left to
    itself glibc raises that threshold after the first such block is freed, and the next ones come from the
    heap, where they leave holes a long day never fills."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c"))
        libc.mallopt(M_ARENA_MAX, 2)
        libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)
    except (OSError, AttributeError, TypeError):  # not glibc: nothing to do
        pass


def release_memory() -> None:
    linecache.clearcache()
    trim_heap()


def trim_heap() -> None:
    name = ctypes.util.find_library("c")
    try:
        ctypes.CDLL(name).malloc_trim(0)
    except (OSError, AttributeError, TypeError):  # not glibc (macOS, Windows, musl): nothing to do
        pass
