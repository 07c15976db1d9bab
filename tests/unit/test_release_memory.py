"""Why shared.qt.memory clears linecache: PySide6's import hook reads the source of every module imported
after it, and linecache would keep those lines for the life of the station."""
from __future__ import annotations

import linecache
import sys

from shared.qt.memory import release_memory


def test_a_module_imported_after_pyside6_has_its_source_read_and_release_memory_lets_it_go(tmp_path,
                                                                                           monkeypatch):
    import PySide6.QtCore  # noqa: F401  (installs the hook)

    release_memory()
    (tmp_path / "late_module.py").write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    module = __import__("late_module")  # an import statement: the hook is on __import__
    monkeypatch.delitem(sys.modules, "late_module")
    assert module.__file__ in linecache.cache  # read by PySide6's feature hook, not by us
    release_memory()
    assert not linecache.cache
    assert linecache.getlines(module.__file__)  # a traceback can still read it
