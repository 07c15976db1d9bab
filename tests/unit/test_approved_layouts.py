"""Approved images: every layout at 58 mm (384 dots) and 80 mm (576 dots), pixel for pixel.

Each layout renders a fixed sample (tests.support.images.layout_samples: fixed tokens, dates and names,
rare characters included) and must equal tests/approved/<layout>-<width>.png exactly. On a mismatch
the test writes the actual image and a difference image (black = differing pixel) to
<tmp>/reception-layouts/ and fails with their paths and the number of differing pixels.

After an intended change to a layout, re-approve, then look at every image before committing:

    APPROVE_LAYOUTS=1 .venv/bin/python -m pytest tests/unit/test_approved_layouts.py
    .venv/bin/python -m tests.unit.test_approved_layouts        # the same, without pytest

Glyphs come from Pillow's bundled FreeType: a Pillow upgrade may move a few pixels, which shows up
here first. Re-approve then, after looking at the new images.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from printers.layout import render_document
from tests.support.images import count_differing, layout_samples

APPROVED = Path(__file__).resolve().parents[1] / "approved"
LAYOUTS = ["visitor", "vip", "group", "gate_pass", "test_page", "evacuation", "photo", "ticket"]
WIDTHS = [384, 576]
CASES = [(layout, width) for layout in LAYOUTS for width in WIDTHS]


def approved_path(layout: str, width: int) -> Path:
    return APPROVED / f"{layout}-{width}.png"


def render_sample(layout: str, width: int) -> Image.Image:
    return render_document(layout_samples()[layout], width)


def approve() -> list[Path]:
    """Render every sample and write it as the approved image; returns the paths written."""
    APPROVED.mkdir(parents=True, exist_ok=True)
    written = []
    for layout, width in CASES:
        path = approved_path(layout, width)
        render_sample(layout, width).save(path, format="PNG", optimize=True)
        written.append(path)
    return written


def _write_failure(layout: str, width: int, actual: Image.Image, approved: Image.Image) -> tuple[Path, Path | None]:
    out = Path(tempfile.gettempdir()) / "reception-layouts"
    out.mkdir(parents=True, exist_ok=True)
    actual_path = out / f"{layout}-{width}.actual.png"
    actual.save(actual_path)
    if actual.size != approved.size:
        return actual_path, None
    diff_path = out / f"{layout}-{width}.diff.png"
    ImageChops.invert(ImageChops.logical_xor(actual.convert("1"), approved.convert("1")).convert("L")).save(diff_path)
    return actual_path, diff_path


@pytest.mark.parametrize(("layout", "width"), CASES, ids=[f"{layout}-{width}" for layout, width in CASES])
def test_layout_matches_the_approved_image(layout, width):
    actual = render_sample(layout, width)
    path = approved_path(layout, width)
    if os.environ.get("APPROVE_LAYOUTS") == "1":
        APPROVED.mkdir(parents=True, exist_ok=True)
        actual.save(path, format="PNG", optimize=True)
        return
    assert path.exists(), f"no approved image {path}: run with APPROVE_LAYOUTS=1, then look at it"
    with Image.open(path) as stored:
        approved = stored.convert("1")
    differing = count_differing(actual, approved)
    if differing:
        actual_path, diff_path = _write_failure(layout, width, actual, approved)
        size_note = "" if actual.size == approved.size else f" (size {actual.size} vs approved {approved.size})"
        pytest.fail(f"{layout} at {width} dots differs from {path} in {differing} pixels{size_note}; "
                    f"actual image: {actual_path}" + (f", difference: {diff_path}" if diff_path else ""))


def test_approved_folder_holds_exactly_the_layouts():
    assert sorted(p.name for p in APPROVED.glob("*.png")) == sorted(approved_path(*c).name for c in CASES)


def test_approved_images_are_one_bit_at_paper_width():
    for layout, width in CASES:
        with Image.open(approved_path(layout, width)) as image:
            assert image.mode == "1" and image.width == width, (layout, width)


if __name__ == "__main__":
    for written in approve():
        print(written)
    sys.exit(0)
