"""Rendering each printed layout, next to the time the printer's mechanism needs to print it.

badge_render_ms_p95_<layout>_<width>: document to finished 1-bit image (render_document), p95 of
SAMPLES renders after one warm-up that opens the fonts. printer_mechanism_ms_<layout>_<width>: the
same image's length on paper at 8 dots/mm, printed at 250 mm/s, for comparison: rendering should be a
small fraction of it. The documents are the samples whose approved images are in tests/approved, each
render with a new random token.
"""
from __future__ import annotations

import dataclasses
import secrets
import time

from printers.layout import DOTS_PER_MM, render_document
from tests.support.images import layout_samples

from bench.stats import percentile

SAMPLES = 100  # a p95 from fewer samples is mostly noise
WIDTHS = (384, 576)
PRINT_SPEED_MM_S = 250


def mechanism_ms(height_dots: int) -> float:
    return height_dots / DOTS_PER_MM / PRINT_SPEED_MM_S * 1000


def run() -> dict[str, float]:
    figures: dict[str, float] = {}
    for layout, document in layout_samples().items():
        for width in WIDTHS:
            image = render_document(document, width)  # warm-up: fonts opened, caches filled
            # A fresh token each time, as at a real check-in: a new QR, nothing reused from the last one.
            documents = [dataclasses.replace(document, token=secrets.token_urlsafe(16))
                         if hasattr(document, "token") else document for _ in range(SAMPLES)]
            times = []
            for each in documents:
                start = time.perf_counter()
                render_document(each, width)
                times.append((time.perf_counter() - start) * 1000)
            figures[f"badge_render_ms_p95_{layout}_{width}"] = percentile(times, 95)
            figures[f"printer_mechanism_ms_{layout}_{width}"] = mechanism_ms(image.height)
    return figures
