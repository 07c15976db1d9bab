"""Hand back what a station that runs for months holds for nothing.

PySide6 reads the source of every module imported after it (its __feature__ hook asks inspect.getsource
whether the module uses PySide), and linecache keeps each file's lines for good: 27 MB in a kiosk, ~600
files. A traceback reads them again when it needs them. glibc keeps freed memory for reuse; malloc_trim
returns it (the glyph caches shared.qt.fonts drops are tens of MB)."""
from __future__ import annotations

import ctypes
import ctypes.util
import linecache


def release_memory() -> None:
    linecache.clearcache()
    trim_heap()


def trim_heap() -> None:
    name = ctypes.util.find_library("c")
    try:
        ctypes.CDLL(name).malloc_trim(0)
    except (OSError, AttributeError, TypeError):  # not glibc (macOS, Windows, musl): nothing to do
        pass
