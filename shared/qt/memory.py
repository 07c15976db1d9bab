"""Hand back what a station that runs for months holds for nothing.

PySide6 reads the source of every module imported after it (its __feature__ hook asks inspect.getsource
whether the module uses PySide), and linecache keeps each file's lines for good: 27 MB in a kiosk, ~600
files. A traceback reads them again when it needs them. glibc keeps freed memory for reuse; malloc_trim
returns it (the glyph caches shared.qt.fonts drops are tens of MB)."""
from __future__ import annotations

import ctypes
import gc
import ctypes.util
import linecache


def release_memory() -> None:
    linecache.clearcache()
    gc.collect()  # Qt wrappers and pages caught in cycles: freed now, so the trim can hand their pages back
    trim_heap()


M_ARENA_MAX = -8  # glibc's mallopt parameter


def few_arenas(count: int = 2) -> None:
    """Threads that allocate (the print worker, the heartbeat's writer) each get a malloc arena of their own by
    default; memory freed in one is not reused by another, and a kiosk's resident size creeps up over a day.
    Two arenas, set before those threads start."""
    try:  # the process's own symbols (glibc among them): no search for the library at start-up
        ctypes.CDLL(None).mallopt(M_ARENA_MAX, count)
    except (OSError, AttributeError, TypeError):  # not glibc: nothing to do
        pass


def trim_heap() -> None:
    name = ctypes.util.find_library("c")
    try:
        ctypes.CDLL(name).malloc_trim(0)
    except (OSError, AttributeError, TypeError):  # not glibc (macOS, Windows, musl): nothing to do
        pass
