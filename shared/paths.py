"""Where the program runs from: a source checkout, an installed package, or a PyInstaller bundle.

Shipped files (assets/, shared/store/migrations/) are found next to their package's __file__, which
a bundle keeps: its modules' __file__ points into the bundle's folder, where packaging/reception.spec
puts those files at the same relative places. What differs is how to start the program again."""
from __future__ import annotations

import sys


def frozen() -> bool:
    """True inside the PyInstaller bundle (dist/reception/reception)."""
    return bool(getattr(sys, "frozen", False))


def reception_command() -> list[str]:
    """The command line that starts another `reception` process: the bundle's own executable,
    or this Python with -m (the bundle's executable takes no -m)."""
    return [sys.executable] if frozen() else [sys.executable, "-m", "reception"]
