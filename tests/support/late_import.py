"""A module imported after PySide6, as escpos is at the first badge: PySide6's import hook reads its source
into linecache. Each call writes a module of its own name and forgets it afterwards, so one test's module is
never the one another test imports."""
from __future__ import annotations

import itertools
import sys
from pathlib import Path

_serial = itertools.count()


def import_late(folder: Path) -> str:
    """Import a fresh module from `folder` with an import statement (the hook is on __import__); return
    its file."""
    name = f"late_module_{next(_serial)}_{folder.name.replace('-', '_')}"
    (folder / f"{name}.py").write_text("VALUE = 1\n")
    sys.path.insert(0, str(folder))
    try:
        module = __import__(name)
    finally:
        sys.path.remove(str(folder))
        sys.modules.pop(name, None)
    return module.__file__
