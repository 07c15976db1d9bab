"""Register the shipped CJK font so Chinese renders on machines without one; and let go of its glyphs.

Qt keeps every glyph it has drawn, per font size, for as long as the font stays registered: a kiosk
showing visitors' names (8,105 common characters, several sizes) grew by ~18 MB per size over a day.
refresh_fonts() registers the font anew, which drops those caches, and hands the freed memory back."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from assets import FONTS_DIR, chain_files, font_path
from shared.qt.memory import release_memory

FAMILY = "Noto Sans CJK SC"
_registered: list[int] = []  # the application font ids of the shipped weights
_fallbacks: list[int] = []  # those of the other scripts' fonts


def _register() -> list[str]:
    families: list[str] = []
    for bold in (False, True):
        font_id = QFontDatabase.addApplicationFont(str(font_path(bold)))
        if font_id < 0:
            raise RuntimeError(f"cannot load the shipped font {font_path(bold)}")
        _registered.append(font_id)
        families += QFontDatabase.applicationFontFamilies(font_id)
    return families


def _register_fallbacks() -> None:
    """The Noto families for the other scripts names come in (assets.FALLBACK_FAMILIES): Qt falls back to them
    for a character the CJK font lacks. Registered once (7 ms for all); their glyph caches stay small."""
    if _fallbacks:
        return
    for name in dict.fromkeys(chain_files(False) + chain_files(True)):
        if name.startswith("fallback/"):
            font_id = QFontDatabase.addApplicationFont(str(FONTS_DIR / name))
            if font_id < 0:
                raise RuntimeError(f"cannot load the shipped font {FONTS_DIR / name}")
            _fallbacks.append(font_id)


def register_fonts(app: QApplication, point_size: int = 0) -> str:
    _register_fallbacks()
    families = _register()
    family = FAMILY if FAMILY in families else families[0]
    font = QFont(family)
    if point_size:
        font.setPointSize(point_size)
    app.setFont(font)
    return family


def refresh_fonts() -> None:
    """Drop every glyph Qt has cached: the shipped font registered again (the same family, so widgets
    keep their fonts), then the freed memory returned to the system (shared.qt.memory). A few milliseconds;
    the next paint draws its glyphs anew. For a moment between visitors, not during a paint."""
    if not _registered:
        return
    for font_id in _registered:
        QFontDatabase.removeApplicationFont(font_id)
    _registered.clear()
    _register()
    release_memory()

