"""Shipped data: fonts, translations, icons. Located relative to this file so bundles find them."""
from __future__ import annotations

from pathlib import Path

ASSETS_DIR = Path(__file__).resolve().parent
FONTS_DIR = ASSETS_DIR / "fonts"
I18N_DIR = ASSETS_DIR / "i18n"


def font_path(bold: bool = False) -> Path:
    """Noto Sans CJK SC: covers all 8,105 standard characters and rare name characters."""
    return FONTS_DIR / ("NotoSansCJKsc-Bold.otf" if bold else "NotoSansCJKsc-Regular.otf")
