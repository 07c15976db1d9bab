"""Text as people type it: full-width forms from CJK input methods, stray spaces."""
from __future__ import annotations

import unicodedata


def clean_text(text: str) -> str:
    """NFKC folds full-width letters and digits a CJK input method may type; spaces collapse."""
    return " ".join(unicodedata.normalize("NFKC", text or "").split())
