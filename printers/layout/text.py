"""Fonts, measuring, wrapping and shrink-to-fit: the text rules every layout shares."""
from __future__ import annotations

import os
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from assets import FONTS_DIR, font_path
from shared.domain.scripts import all_in_first_font, font_for
from shared.domain.visitor_caches import visitor_cache

# Latin words, numbers and times ("12:00") wrap at spaces and after hyphens; CJK text (ideographs,
# CJK punctuation, full-width forms) may break between any two characters.
_CJK = "\u2e80-\u303f\u3040-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff"
_WORD_HYPHEN = r"(?<=[A-Za-zÀ-ɏ])-(?=[A-Za-zÀ-ɏ])"  # Montgomery-|Williams, but never 2025-11-28
_WRAP_TOKENS = re.compile(rf"[^\s{_CJK}]+?(?:{_WORD_HYPHEN}|(?=[\s{_CJK}]|$))\s*|\s+|.", re.DOTALL)


# Each face maps the 16 MB font file anew (its pages count again in RSS): a few, reopened as needed. Six
# keep a desk's evacuation list and gate pass fast; a kiosk (badges only) keeps four (FACES_ENV).
MAX_FACES = 6
FACES_ENV = "RECEPTION_PRINT_FACES"
MAX_USES = 100  # texts a face measures or draws before it is reopened
_faces: OrderedDict[tuple[str, int], list] = OrderedDict()  # (font file, size) -> [face, uses], least recent first
_faces_lock = threading.Lock()  # the print worker renders beside the screen's thread


def load_font(bold: bool, size: int) -> ImageFont.FreeTypeFont:
    """A face of the CJK font at this size (load_face: any font of the fallback chain)."""
    return load_face(font_path(bold).name, size)


def load_face(name: str, size: int) -> ImageFont.FreeTypeFont:
    """A face of a shipped font (a file under assets/fonts) at this size. A face keeps every glyph it has drawn (~14 MB for the 8,105
    common characters), and shrink-to-fit tries many sizes: one face per size ever tried, kept for good,
    grew a kiosk by hundreds of MB over varied names. So a few faces are kept, each reopened after a
    hundred texts (opening one takes under a millisecond): memory stays flat however many visitors come."""
    key = (name, size)
    with _faces_lock:
        entry = _faces.pop(key, None)
        if entry is None or entry[1] >= MAX_USES:
            entry = [ImageFont.truetype(str(FONTS_DIR / name), size), 0]
        entry[1] += 1
        _faces[key] = entry
        while len(_faces) > int(os.environ.get(FACES_ENV) or MAX_FACES):
            _faces.popitem(last=False)
        return entry[0]


MAX_RUN_DOTS = 3_000_000  # set lines kept (1 byte a dot): ~3 MB, every layout's captions and more


@dataclass(frozen=True, slots=True)
class SetLine:
    """One line of text set once: its ink as a 1-bit mask and the ink box (x0, y0, x1, y1) relative to
    the left end of its baseline. Drawing and measuring both come from this one pass of the rasteriser."""

    mask: Image.Image
    bbox: tuple[int, int, int, int]


_set_lines: OrderedDict[tuple[str, bool, int], SetLine] = OrderedDict()
_set_dots = 0


def runs(text: str, bold: bool) -> list[tuple[str, str]]:
    """text cut where its font changes: (font file, run). A run keeps its font while that font has the next
    character (an Arabic name's spaces stay in the Arabic run, so raqm orders its words right to left); a
    character no font has stays in the CJK font (validation refuses such names before they get here)."""
    cjk = font_path(bold).name
    if all_in_first_font(text, bold):
        return [(cjk, text)]
    out: list[tuple[str, str]] = []
    current, start = None, 0
    for i, ch in enumerate(text):
        name = font_for(ch, bold, prefer=current) or cjk
        if name != current:
            if current is not None:
                out.append((current, text[start:i]))
            current, start = name, i
    if current is not None:
        out.append((current, text[start:]))
    return out or [(cjk, text)]


def _placed(parts: list[tuple[str, str]], size: int) -> list[tuple[ImageFont.FreeTypeFont, str, int, tuple]]:
    """Each run's face, text, pen position and ink box (relative to the line's baseline start)."""
    placed, pen = [], 0
    for name, run in parts:
        face = load_face(name, size)
        x0, y0, x1, y1 = face.getbbox(run, mode="1", anchor="ls")
        placed.append((face, run, pen, (x0 + pen, y0, x1 + pen, y1)))
        pen += round(face.getlength(run))
    return placed


def set_line(text: str, bold: bool, size: int) -> SetLine:
    """The line set in the CJK font, or in the fallback chain's fonts for other scripts. Captions repeat
    on every badge, so the last few megabytes of set lines are kept (least recently used dropped first):
    a repeat costs a paste, not a rasterisation."""
    global _set_dots
    key = (text, bold, size)
    with _faces_lock:
        found = _set_lines.pop(key, None)
        if found is not None:
            _set_lines[key] = found
            return found
    parts = runs(text, bold)
    if len(parts) == 1:  # the usual line: one font, one rasterisation (no pen advances to measure)
        face = load_face(parts[0][0], size)
        x0, y0, x1, y1 = face.getbbox(text, mode="1", anchor="ls")
        placed = [(face, text, 0, (x0, y0, x1, y1))]
    else:
        placed = _placed(parts, size)
        x0, y0 = min(p[3][0] for p in placed), min(p[3][1] for p in placed)
        x1, y1 = max(p[3][2] for p in placed), max(p[3][3] for p in placed)
    mask = Image.new("1", (max(1, x1 - x0), max(1, y1 - y0)), 0)
    draw = ImageDraw.Draw(mask)
    for face, run, pen, _ in placed:
        draw.text((pen - x0, -y0), run, font=face, fill=255, anchor="ls")
    found = SetLine(mask, (x0, y0, x1, y1))
    with _faces_lock:
        _set_lines[key] = found
        _set_dots += mask.width * mask.height
        while _set_dots > MAX_RUN_DOTS and len(_set_lines) > 1:
            _, dropped = _set_lines.popitem(last=False)
            _set_dots -= dropped.mask.width * dropped.mask.height
    return found


@lru_cache(maxsize=4096)
def _cached_width(text: str, bold: bool, size: int) -> int:
    parts = runs(text, bold)
    if len(parts) == 1:  # the usual line: one font, measured as before
        x0, _, x1, _ = load_face(parts[0][0], size).getbbox(text)
        return x1 - min(x0, 0)
    placed = _placed(parts, size)
    return max(p[3][2] for p in placed) - min(min(p[3][0] for p in placed), 0)


def _forget_set_lines() -> None:
    global _set_dots
    with _faces_lock:
        _set_lines.clear()
        _set_dots = 0


visitor_cache(_cached_width.cache_clear)  # visitors' names and companies among the captions
visitor_cache(_forget_set_lines)


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
