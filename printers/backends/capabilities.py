"""python-escpos's printer capability database, made quick to open in every process.

escpos reads its capabilities.json with a pure-Python YAML parser on first import (0.13 s alone,
seconds on a kiosk whose screen thread holds the interpreter) and caches the result in a new temporary
folder per process, so every kiosk start paid it again, at its first visitor's badge. The same file is
plain JSON: parsed with json (under 1 ms) and pickled once into the user's cache folder, where escpos
finds it (ESCPOS_CAPABILITIES_PICKLE_DIR) and loads it as its own cache."""
from __future__ import annotations

import importlib.util
import json
import os
import pickle
import platform
import tempfile
from pathlib import Path

import platformdirs

from shared.config import APP

ENV = "ESCPOS_CAPABILITIES_PICKLE_DIR"


def cache_folder() -> Path:
    return Path(platformdirs.user_cache_dir(APP)) / "escpos"


def prepare() -> None:
    """Before escpos is first imported: its capability cache in place. On any trouble escpos falls back
    to its own slow load, so printing never depends on this."""
    if ENV in os.environ:
        return
    spec = importlib.util.find_spec("escpos")
    if spec is None or not spec.submodule_search_locations:
        return
    source = Path(spec.submodule_search_locations[0]) / "capabilities.json"
    folder = cache_folder()
    # escpos's own name for its cache; it reloads when the JSON is newer than the pickle.
    target = folder / f"{platform.python_version()}.capabilities.pickle"
    try:
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            folder.mkdir(parents=True, exist_ok=True)
            data = json.loads(source.read_text(encoding="utf-8"))
            handle, partial = tempfile.mkstemp(dir=folder, suffix=".partial")
            with os.fdopen(handle, "wb") as out:
                pickle.dump(data, out)
            os.replace(partial, target)  # whole or absent: a second station starting at once reads either
    except (OSError, ValueError):
        return
    os.environ[ENV] = str(folder)
