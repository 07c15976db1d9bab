"""Register the shipped CJK font so Chinese renders on machines without one."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from assets import font_path

FAMILY = "Noto Sans CJK SC"


def register_fonts(app: QApplication, point_size: int = 0) -> str:
    families: list[str] = []
    for bold in (False, True):
        font_id = QFontDatabase.addApplicationFont(str(font_path(bold)))
        if font_id < 0:
            raise RuntimeError(f"cannot load the shipped font {font_path(bold)}")
        families += QFontDatabase.applicationFontFamilies(font_id)
    family = FAMILY if FAMILY in families else families[0]
    font = QFont(family)
    if point_size:
        font.setPointSize(point_size)
    app.setFont(font)
    return family
