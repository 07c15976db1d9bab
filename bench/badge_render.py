"""Rendering each printed layout, next to the time the printer's mechanism needs to print it.

badge_render_ms_p95_<layout>_<width>: document to finished 1-bit image (render_document), p95 of
SAMPLES renders after one warm-up that opens the fonts. printer_mechanism_ms_<layout>_<width>: the
same image's length on paper at 8 dots/mm, printed at 250 mm/s, for comparison: rendering should be a
small fraction of it. The documents are the samples whose approved images are in tests/approved, each
render with a new random token and new people: every Chinese character of a name, company, host, group,
guard or carried item drawn afresh from the 8,105 common ones (so only the printed captions repeat, as
at a real desk).
"""
from __future__ import annotations

import dataclasses
import random
import secrets
import time
from pathlib import Path

from printers.layout import DOTS_PER_MM, render_document
from tests.support.images import layout_samples

from bench.stats import percentile

SAMPLES = 100  # a p95 from fewer samples is mostly noise
WIDTHS = (384, 576)
PRINT_SPEED_MM_S = 250
PEOPLE_FIELDS = {"visitor_name", "company", "host_name", "group_name", "guard", "operator", "name"}
TABLE = Path(__file__).resolve().parent.parent / "tests" / "data" / "general-standard-chinese-characters-8105.txt"


def _fresh(text: str, rng: random.Random, table: list[str]) -> str:
    return "".join(rng.choice(table) if ord(ch) >= 0x2E80 else ch for ch in text)


def varied(value, rng: random.Random, table: list[str]):
    """The document with new people in it (same shape and lengths) and, where it has one, a new token."""
    if isinstance(value, tuple):
        return tuple(varied(each, rng, table) for each in value)
    if not dataclasses.is_dataclass(value):
        return value
    changes = {}
    for field in dataclasses.fields(value):
        old = getattr(value, field.name)
        if field.name == "token":
            changes["token"] = secrets.token_urlsafe(16)
        elif field.name in PEOPLE_FIELDS and isinstance(old, str):
            changes[field.name] = _fresh(old, rng, table)
        elif isinstance(old, tuple) or dataclasses.is_dataclass(old):
            changes[field.name] = varied(old, rng, table)
    return dataclasses.replace(value, **changes)


def mechanism_ms(height_dots: int) -> float:
    return height_dots / DOTS_PER_MM / PRINT_SPEED_MM_S * 1000


def run() -> dict[str, float]:
    figures: dict[str, float] = {}
    rng = random.Random(14)
    table = TABLE.read_text(encoding="utf-8").split()
    for layout, document in layout_samples().items():
        for width in WIDTHS:
            image = render_document(document, width)  # warm-up: fonts opened, caches filled
            # A fresh token and new people each time, as at a real desk: a new QR and new names to set.
            documents = [varied(document, rng, table) for _ in range(SAMPLES)]
            times = []
            for each in documents:
                start = time.perf_counter()
                render_document(each, width)
                times.append((time.perf_counter() - start) * 1000)
            figures[f"badge_render_ms_p95_{layout}_{width}"] = percentile(times, 95)
            figures[f"printer_mechanism_ms_{layout}_{width}"] = mechanism_ms(image.height)
    return figures
