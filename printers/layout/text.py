"""Fonts, measuring, wrapping and shrink-to-fit: the text rules every layout shares."""
from __future__ import annotations

import re
import threading
from collections import OrderedDict
from functools import lru_cache

from PIL import ImageFont

from assets import font_path

# Latin words, numbers and times ("12:00") wrap at spaces and after hyphens; CJK text (ideographs,
# CJK punctuation, full-width forms) may break between any two characters.
_CJK = "\u2e80-\u303f\u3040-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff"
_WORD_HYPHEN = r"(?<=[A-Za-zÀ-ɏ])-(?=[A-Za-zÀ-ɏ])"  # Montgomery-|Williams, but never 2025-11-28
_WRAP_TOKENS = re.compile(rf"[^\s{_CJK}]+?(?:{_WORD_HYPHEN}|(?=[\s{_CJK}]|$))\s*|\s+|.", re.DOTALL)


MAX_FACES = 16  # a layout needs up to 14 (weight, size) pairs
MAX_USES = 100  # texts a face measures or draws before it is reopened
_faces: OrderedDict[tuple[bool, int], list] = OrderedDict()  # (bold, size) -> [face, uses], least recent first
_faces_lock = threading.Lock()  # the print worker renders beside the screen's thread


def load_font(bold: bool, size: int) -> ImageFont.FreeTypeFont:
    """A face of the CJK font at this size. A face keeps every glyph it has drawn (~14 MB for the 8,105
    common characters), and shrink-to-fit tries many sizes: one face per size ever tried, kept for good,
    grew a kiosk by hundreds of MB over varied names. So a few faces are kept, each reopened after a
    hundred texts (opening one takes under a millisecond): memory stays flat however many visitors come."""
    key = (bold, size)
    with _faces_lock:
        entry = _faces.pop(key, None)
        if entry is None or entry[1] >= MAX_USES:
            entry = [ImageFont.truetype(str(font_path(bold)), size), 0]
        entry[1] += 1
        _faces[key] = entry
        while len(_faces) > MAX_FACES:
            _faces.popitem(last=False)
        return entry[0]


@lru_cache(maxsize=4096)
def _cached_width(text: str, bold: bool, size: int) -> int:
    x0, _, x1, _ = load_font(bold, size).getbbox(text)
    return x1 - min(x0, 0)


def text_width(text: str, bold: bool, size: int) -> int:
    """Width in dots of text set on one line (labels repeat on every badge, so this is cached)."""
    return _cached_width(text, bold, size)


def wrap(text: str, bold: bool, size: int, width: int) -> list[str]:
    """Greedy wrap; a single token wider than the line is split by characters so nothing is cut."""
    lines: list[str] = []
    line = ""
    for token in _WRAP_TOKENS.findall(text):
        candidate = line + token
        if text_width(candidate.rstrip(), bold, size) <= width:
            line = candidate
            continue
        if line.strip():
            lines.append(line.rstrip())
        line = token.lstrip()
        while text_width(line.rstrip(), bold, size) > width and len(line) > 1:
            cut = len(line) - 1
            while cut > 1 and text_width(line[:cut], bold, size) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
    if line.strip():
        lines.append(line.rstrip())
    return lines or [""]


def _fits(text: str, bold: bool, size: int, width: int) -> bool:
    return text_width(text, bold, size) <= width


def _largest_size(text: str, bold: bool, max_size: int, min_size: int, width: int) -> int | None:
    """Largest size in [min_size, max_size] at which text fits on one line, or None."""
    if not _fits(text, bold, min_size, width):
        return None
    if _fits(text, bold, max_size, width):
        return max_size
    # Width grows about linearly with size: estimate, then step down past hinting rounding.
    estimate = max_size * width // max(1, text_width(text, bold, max_size))
    size = min(max_size, max(min_size, estimate))
    while size > min_size and not _fits(text, bold, size, width):
        size -= 1
    while size < max_size and _fits(text, bold, size + 1, width):
        size += 1
    return size


def fit_text(text: str, bold: bool, max_size: int, min_size: int, width: int) -> tuple[int, list[str]]:
    """Shrink to fit one line; below min_size wrap instead, so a name or company is never cut."""
    size = _largest_size(text, bold, max_size, min_size, width)
    if size is not None:
        return size, [text]
    # Two lines at the largest size that allows it read better than one line in tiny type.
    for size in range(max_size, min_size - 1, -1):
        lines = wrap(text, bold, size, width)
        if len(lines) <= 2:
            return size, lines
    return min_size, wrap(text, bold, min_size, width)
