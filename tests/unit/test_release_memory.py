"""Why shared.qt.memory clears linecache: PySide6's import hook reads the source of every module imported
after it, and linecache would keep those lines for the life of the station."""
from __future__ import annotations

import linecache

from shared.qt.memory import release_memory
from tests.support.late_import import import_late


def test_a_module_imported_after_pyside6_has_its_source_read_and_release_memory_lets_it_go(tmp_path):
    import PySide6.QtCore  # noqa: F401  (installs the hook)

    release_memory()
    source = import_late(tmp_path)
    assert source in linecache.cache  # read by PySide6's feature hook, not by us
    release_memory()
    assert not linecache.cache
    assert linecache.getlines(source)  # a traceback can still read it
