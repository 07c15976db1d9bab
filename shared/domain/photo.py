"""The visitor's photo: cropped to the face guide the kiosk draws over its preview, kept small.

The kiosk asks the visitor to put their face in an oval in the middle of the picture, so the face area is
the guide's box: no face detector to ship, and a visitor who stands off-centre sees it in the preview
and retakes. What is kept is a small JPEG (it goes on the badge and beside the visit on the console)."""
from __future__ import annotations

import io

from PIL import Image, ImageOps, UnidentifiedImageError

from shared.domain.errors import InvalidInput

PHOTO_MISSING = ("declined", "no_camera", "camera_failed")  # why a visit that asked for a photo has none
GUIDE_HEIGHT = 0.86  # the oval's box: this share of the frame's height, 3 wide by 4 high, centred
PHOTO_SIZE = (300, 400)
MAX_JPEG_BYTES = 200_000  # what check_photo accepts: a photo this module made is ~20 KB


def guide_box(width: int, height: int) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) of the face guide in a frame of this size (the kiosk draws the same)."""
    h = round(height * GUIDE_HEIGHT)
    w = min(width, round(h * 3 / 4))
    h = round(w * 4 / 3)
    left, top = (width - w) // 2, (height - h) // 2
    return left, top, left + w, top + h


def crop_to_guide(frame: Image.Image) -> Image.Image:
    """The face area of a camera frame, at PHOTO_SIZE, in colour."""
    frame = ImageOps.exif_transpose(frame).convert("RGB")
    return frame.crop(guide_box(*frame.size)).resize(PHOTO_SIZE, Image.Resampling.LANCZOS)


def photo_jpeg(frame: Image.Image) -> bytes:
    out = io.BytesIO()
    crop_to_guide(frame).save(out, format="JPEG", quality=82, optimize=True)
    return out.getvalue()


def open_photo(jpeg: bytes) -> Image.Image:
    """A stored photo as an image; InvalidInput(photo=invalid) when it is not one."""
    try:
        image = Image.open(io.BytesIO(jpeg))
        image.load()
    except (UnidentifiedImageError, OSError, ValueError) as err:
        raise InvalidInput({"photo": "invalid"}) from err
    if image.format != "JPEG":
        raise InvalidInput({"photo": "invalid"})
    return image


def check_photo(jpeg: bytes, missing: str) -> None:
    """A photo, or a reason there is none: not both, not neither, and a photo is a small JPEG."""
    if bool(jpeg) == bool(missing) or (missing and missing not in PHOTO_MISSING):
        raise InvalidInput({"photo": "invalid"})
    if jpeg:
        if len(jpeg) > MAX_JPEG_BYTES:
            raise InvalidInput({"photo": "too_large"})
        image = open_photo(jpeg)
        if image.width > 2 * PHOTO_SIZE[0] or image.height > 2 * PHOTO_SIZE[1]:
            raise InvalidInput({"photo": "too_large"})


def badge_photo(jpeg: bytes, width: int) -> Image.Image:
    """For thermal paper: grey, contrast stretched (faces are mid-greys a dot pattern flattens), then
    Floyd-Steinberg dithered to black and white dots."""
    image = ImageOps.autocontrast(open_photo(jpeg).convert("L"), cutoff=1)
    height = round(width * image.height / image.width)
    return image.resize((width, height), Image.Resampling.LANCZOS).convert("1", dither=Image.Dither.FLOYDSTEINBERG)
