"""Documents visitors sign on the kiosk (NDA, the factory's safety rules 安全告知): who signs which, and
what counts as a signature."""
from __future__ import annotations

import io
import math

from PIL import Image, ImageDraw

from shared.domain.errors import InvalidInput
from shared.domain.model import ReceptionLevel, SignText, Stroke

LEVEL_AUDIENCES = tuple(f"level:{level}" for level in ReceptionLevel)
SIGN_AUDIENCES = ("all", "walk_in", "gate", *LEVEL_AUDIENCES)
CHECK_INS = ("walk_in", "invitation")  # how a visitor checks in at the kiosk

KEY_MAX, TITLE_MAX, TEXT_MAX = 40, 120, 20_000
MAX_POINTS = 6_000  # a long signature is a few hundred points; more is not a finger
MIN_INK = 0.25  # total stroke length, in pad widths: a tap or a short dash is not a signature


def applies(audience: str, check_in: str, level: ReceptionLevel | str = ReceptionLevel.STANDARD) -> bool:
    """Whether a document for `audience` is signed by a visitor checking in so (a walk-in is received at
    the standard level). Gate documents are signed at the gate, not at the kiosk."""
    if audience == "all":
        return check_in in CHECK_INS
    if audience == "walk_in":
        return check_in == "walk_in"
    if audience == "gate":
        return check_in == "gate"
    return check_in in CHECK_INS and audience == f"level:{ReceptionLevel(level)}"


def for_check_in(documents: list[SignText], check_in: str,
                 level: ReceptionLevel | str = ReceptionLevel.STANDARD) -> list[SignText]:
    return [d for d in documents if applies(d.audience, check_in, level)]


def check_strokes(strokes: tuple[Stroke, ...]) -> None:
    """A signature: points inside the pad, not too many, and enough ink to be more than a tap."""
    points = [p for stroke in strokes for p in stroke]
    if not points:
        raise InvalidInput({"signature": "empty"})
    if len(points) > MAX_POINTS or any(
            len(p) != 2 or not all(isinstance(v, (int, float)) and math.isfinite(v) and 0 <= v <= 1 for v in p)
            for p in points):
        raise InvalidInput({"signature": "invalid"})
    if ink_length(strokes) < MIN_INK:
        raise InvalidInput({"signature": "empty"})


def ink_length(strokes: tuple[Stroke, ...], aspect: float = 3.0) -> float:
    """Total length of the strokes in pad widths (the pad is `aspect` times wider than high)."""
    return sum(math.hypot(x1 - x0, (y1 - y0) / aspect) for stroke in strokes for (x0, y0), (x1, y1)
               in zip(stroke, stroke[1:]))


def signature_image(strokes: tuple[Stroke, ...], size: tuple[int, int] = (900, 300)) -> Image.Image:
    """The strokes drawn in ink on white, as the visitor saw them on the pad (3:1)."""
    w, h = size
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    pen = max(3, w // 150)
    for stroke in strokes:
        points = [(x * (w - 1), y * (h - 1)) for x, y in stroke]
        if len(points) == 1:
            x, y = points[0]
            draw.ellipse((x - pen / 2, y - pen / 2, x + pen / 2, y + pen / 2), fill=0)
        else:
            draw.line(points, fill=0, width=pen, joint="curve")
    return image


def signature_png(strokes: tuple[Stroke, ...]) -> bytes:
    out = io.BytesIO()
    signature_image(strokes).save(out, format="PNG", optimize=True)
    return out.getvalue()
