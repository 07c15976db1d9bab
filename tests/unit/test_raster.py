"""Our GS v 0 raster: the same bytes python-escpos's image(impl="bitImageRaster") sends, for every shape."""
from __future__ import annotations

import random

import pytest
from escpos.printer import Dummy
from PIL import Image

from printers.backends.base import escpos_profile, raster


def escpos_bytes(image: Image.Image, width: int) -> bytes:
    printer = Dummy(profile=escpos_profile(width))
    printer.image(image, impl="bitImageRaster")
    return printer.output


@pytest.mark.parametrize("size", [(576, 1), (576, 700), (576, 960), (576, 961), (576, 2500), (384, 1234),
                                  (250, 333), (241, 1930)])
def test_raster_is_byte_for_byte_what_escpos_sends(size):
    rng = random.Random(size[0] * 10_000 + size[1])
    image = Image.new("1", size, 255)
    image.putdata([0 if rng.random() < 0.3 else 255 for _ in range(size[0] * size[1])])
    assert raster(image) == escpos_bytes(image, max(size[0], 256))


def test_a_rendered_badge_rasters_as_escpos_would():
    from printers.layout import render_document
    from tests.support.images import layout_samples

    for document in layout_samples().values():
        image = render_document(document, 576)
        assert raster(image) == escpos_bytes(image, 576)
