"""Image comparisons for badge tests: is this text drawn here, in the shipped font?"""
from __future__ import annotations

from PIL import Image, ImageChops, ImageDraw, ImageFont, ImageOps

from assets import font_path


def ink_crop(image: Image.Image) -> Image.Image:
    """Crop to the black pixels, so images drawn at different offsets can be compared."""
    bbox = ImageOps.invert(image.convert("L")).getbbox()
    assert bbox is not None, "no ink at all"
    return image.convert("1").crop(bbox)


def reference_text(text: str, size: int, bold: bool) -> Image.Image:
    """The same text drawn independently of printers.layout, straight from the shipped font."""
    font = ImageFont.truetype(str(font_path(bold)), size)
    canvas = Image.new("1", (size * (len(text) + 2), size * 3), 255)
    ImageDraw.Draw(canvas).text((size // 2, size // 2), text, font=font, fill=0)
    return ink_crop(canvas)


def differing_fraction(a: Image.Image, b: Image.Image) -> float:
    if a.size != b.size:
        return 1.0
    diff = ImageChops.logical_xor(a.convert("1"), b.convert("1"))
    return diff.histogram()[255] / (a.width * a.height)
