"""The canvas every layout draws on: a 1-bit strip of paper with a cursor running top to bottom."""
from __future__ import annotations

from dataclasses import dataclass

from PIL import Image, ImageDraw

from printers.layout.qr import qr_matrix
from printers.layout.text import fit_text, set_line, text_width

INK, PAPER = 0, 255  # mode "1": 0 is black (burnt dot), 255 is white paper
DESIGN_WIDTH = 576  # sizes below are designed for 80 mm paper and scaled for the rest
MIN_WIDTH = 240  # below this the name cannot be read at arm's length
DOTS_PER_MM = 8  # 203 dpi


@dataclass(frozen=True, slots=True)
class FieldBox:
    """Where a piece of text ended up: bbox (x0, y0, x1, y1) is the glyph box in image pixels.

    text is the data as given and lines how it was broken; label is the caption printed beside it."""

    bbox: tuple[int, int, int, int]
    font_size: int
    bold: bool
    text: str
    lines: tuple[str, ...] = ()
    label: str = ""


@dataclass(frozen=True, slots=True)
class RenderedBadge:
    """A rendered document (badge, gate pass or test page): the image and where each field is."""

    image: Image.Image
    fields: dict[str, FieldBox]


def check_width(width_dots: int) -> float:
    if width_dots < MIN_WIDTH:
        raise ValueError(f"width_dots must be at least {MIN_WIDTH}, got {width_dots}")
    return width_dots / DESIGN_WIDTH


def union(boxes: list[tuple[int, int, int, int]]) -> tuple[int, int, int, int]:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _baseline(size: int) -> int:
    return round(size * 0.88)  # CJK glyphs sit in an em box whose top is ~0.88 em above the baseline


def _line_height(size: int) -> int:
    return round(size * 1.22)


def _unbreakable(value: str) -> bool:
    """A code such as an ID or plate number: no spaces and no CJK, so no place a reader expects a break."""
    return not any(ch.isspace() or ord(ch) >= 0x2E80 for ch in value)


def _label_size(size: int) -> int:
    return max(18, round(size * 0.87))  # captions a step smaller than the data they name


class Sheet:
    """A white canvas with a cursor; drawn top to bottom, grown when needed, cropped to the used height."""

    def __init__(self, width: int, *, frame: int = 0) -> None:
        self.scale = check_width(width)
        self.width = width
        self.frame = frame  # a border drawn by finish(); content keeps clear of it
        self.margin = max(8, round(24 * self.scale)) + frame // 2
        self.image = Image.new("1", (width, 1600), PAPER)
        self.draw = ImageDraw.Draw(self.image)
        self.y = self.margin
        self.fields: dict[str, FieldBox] = {}

    # -- geometry ---------------------------------------------------------------------------------
    def px(self, design_px: float, floor: int = 1) -> int:
        return max(floor, round(design_px * self.scale))

    def size(self, design_px: float, floor: int) -> int:
        """A type size: scaled, but never below what a thermal head prints legibly."""
        return max(floor, round(design_px * self.scale))

    @property
    def left(self) -> int:
        return self.margin

    @property
    def right(self) -> int:
        return self.width - self.margin

    @property
    def inner(self) -> int:
        return self.right - self.left

    def ensure(self, height: int) -> None:
        """Make room for `height` more dots below the cursor: long item lists just make taller paper."""
        needed = self.y + height + 2 * self.margin
        if needed <= self.image.height:
            return
        grown = Image.new("1", (self.width, max(needed, self.image.height * 2)), PAPER)
        grown.paste(self.image, (0, 0))
        self.image = grown
        self.draw = ImageDraw.Draw(self.image)

    def gap(self, design_px: float) -> None:
        self.y += self.px(design_px)

    def add(self, key: str | None, field: FieldBox) -> FieldBox:
        if key:
            self.fields[key] = field
        return field

    # -- text -------------------------------------------------------------------------------------
    def _lines(self, lines: list[str], bold: bool, size: int, top: int, left: int, right: int,
               align: str, fill: int, line_height: int | None = None) -> list[tuple[int, int, int, int]]:
        step = line_height or _line_height(size)
        boxes = []
        for i, line in enumerate(lines):
            baseline = top + _baseline(size) + i * step
            run = set_line(line, bold, size)
            x0, y0, x1, y1 = run.bbox
            x = left
            if align != "left":
                room = right - left - (x1 - x0)
                x = left + (room // 2 if align == "center" else room) - x0
            if x1 > x0 and y1 > y0:
                self.image.paste(fill, (x + x0, baseline + y0), run.mask)
            boxes.append((x + x0, baseline + y0, x + x1, baseline + y1))
        return boxes

    def text(self, key: str | None, text: str, *, bold: bool, size: int, min_size: int | None = None,
             align: str = "left", fill: int = INK, left: int | None = None, right: int | None = None,
             line_gap: float = 1.22) -> FieldBox:
        """Text in the column [left, right): shrunk to fit one line, wrapped below min_size, never cut."""
        left = self.left if left is None else left
        right = self.right if right is None else right
        size, lines = fit_text(text, bold, size, min_size or size, right - left)
        step = round(size * line_gap)
        self.ensure(step * len(lines))
        boxes = self._lines(lines, bold, size, self.y, left, right, align, fill, step)
        self.y += step * (len(lines) - 1) + _line_height(size)
        return self.add(key, FieldBox(union(boxes), size, bold, text, tuple(lines)))

    def label_column(self, labels: list[str], size: int) -> int:
        """x where values start when these labels sit to their left (labels a step smaller than values)."""
        label_size = _label_size(size)
        return self.left + max(text_width(label, False, label_size) for label in labels) + self.px(20, 12)

    def pairs(self, rows: list[tuple], *, size: int, min_size: int, row_gap: int,
              column: int | None = None) -> None:
        """Label / value rows, the values in one aligned column: (key, label, value[, value_bold]) each.

        A row whose value is one code that would break in the column (an ID number on narrow paper), or
        every row when the labels leave the values too little room, puts its label on a line of its own."""
        label_size = _label_size(size)
        column = column or self.label_column([row[1] for row in rows], size)
        all_stacked = column - self.left > self.inner * 0.55
        for i, (key, label, value, *bold) in enumerate(rows):
            value_bold = bold[0] if bold else True
            if i:
                self.y += row_gap
            stacked = all_stacked or (_unbreakable(value) and len(
                fit_text(value, value_bold, size, min_size, self.right - column)[1]) > 1)
            if stacked:
                self.pair_stacked(key, label, value, size=size, label_size=label_size, min_size=min_size,
                                  value_bold=value_bold)
            else:
                self.pair(key, label, value, column=column, size=size, label_size=label_size,
                          min_size=min_size, value_bold=value_bold)

    def pair(self, key: str, label: str, value: str, *, column: int, size: int, label_size: int, min_size: int,
             value_bold: bool = True) -> FieldBox:
        value_size, lines = fit_text(value, value_bold, size, min_size, self.right - column)
        step = _line_height(value_size)
        self.ensure(_line_height(size) + step * len(lines))
        top = self.y
        # Label and value share the first baseline, even when the value had to shrink.
        baseline = top + _baseline(size)
        label_top = baseline - _baseline(label_size)
        label_box = self._lines([label], False, label_size, label_top, self.left, column, "left", INK)[0]
        value_top = baseline - _baseline(value_size)
        boxes = self._lines(lines, value_bold, value_size, value_top, column, self.right, "left", INK, step)
        self.y = max(top + _line_height(size), value_top + step * (len(lines) - 1) + _line_height(value_size))
        return self.add(key, FieldBox(union([label_box, *boxes]), value_size, value_bold, value, tuple(lines),
                                      label))

    def pair_stacked(self, key: str, label: str, value: str, *, size: int, label_size: int, min_size: int,
                     value_bold: bool = True) -> FieldBox:
        label_field = self.text(None, label, bold=False, size=label_size)
        self.y += self.px(2)
        value_field = self.text(None, value, bold=value_bold, size=size, min_size=min_size)
        return self.add(key, FieldBox(union([label_field.bbox, value_field.bbox]), value_field.font_size,
                                      value_bold, value, value_field.lines, label))

    # -- rules, bands, boxes ----------------------------------------------------------------------
    def rule(self, thickness: int, *, full: bool = False) -> None:
        self.ensure(thickness)
        x0, x1 = (0, self.width - 1) if full else (self.left, self.right - 1)
        self.draw.rectangle((x0, self.y, x1, self.y + thickness - 1), fill=INK)
        self.y += thickness

    def dotted_rule(self, *, dash: int | None = None) -> None:
        """A light dashed line between table rows."""
        dash = dash or self.px(4, 2)
        self.ensure(1)
        for x in range(self.left, self.right, dash * 2):
            self.draw.line((x, self.y, min(x + dash - 1, self.right - 1), self.y), fill=INK)
        self.y += 1

    def band(self, key: str, text: str, size: int, *, band_key: str | None = None,
             height: int | None = None) -> FieldBox:
        """Inverted (white on black) text on a band across the full paper width."""
        height = height or round(size * 1.7)
        self.ensure(height)
        top = self.y
        self.draw.rectangle((0, top, self.width - 1, top + height - 1), fill=INK)
        self.y = top + (height - _line_height(size)) // 2 + round(size * 0.06)
        field = self.text(key, text, bold=True, size=size, min_size=max(14, size * 2 // 3), align="center",
                          fill=PAPER)
        self.y = top + height
        if band_key:
            self.add(band_key, FieldBox((0, top, self.width, top + height), size, True, text, (text,)))
        return field

    def box(self, top: int, bottom: int, thickness: int, *, left: int | None = None,
            right: int | None = None) -> None:
        left = self.left if left is None else left
        right = self.right if right is None else right
        for i in range(thickness):
            self.draw.rectangle((left + i, top + i, right - 1 - i, bottom - 1 - i), outline=INK)

    # -- codes ------------------------------------------------------------------------------------
    def qr(self, key: str, payload: str, target_width: int) -> FieldBox:
        """A QR of exactly `payload`, centred, in whole dots per module so the edges stay sharp."""
        matrix = qr_matrix(payload)  # includes the 4-module quiet zone scanners need
        count = len(matrix)
        small = Image.new("1", (count, count), PAPER)
        small.putdata([INK if dark else PAPER for row in matrix for dark in row])
        module = max(3, target_width // count)
        side = module * count
        self.ensure(side)
        left = (self.width - side) // 2
        self.image.paste(small.resize((side, side), Image.Resampling.NEAREST), (left, self.y))
        field = self.add(key, FieldBox((left, self.y, left + side, self.y + side), 0, False, payload))
        self.y += side
        return field

    def picture(self, key: str, image: Image.Image) -> FieldBox:
        """A 1-bit picture (a dithered photo), centred, with a thin frame so its edge reads on pale skin."""
        self.ensure(image.height + 2)
        left = (self.width - image.width) // 2
        self.image.paste(image, (left, self.y))
        self.draw.rectangle((left - 1, self.y - 1, left + image.width, self.y + image.height), outline=INK)
        field = self.add(key, FieldBox((left - 1, self.y - 1, left + image.width + 1, self.y + image.height + 1),
                                       0, False, ""))
        self.y += image.height + 1
        return field

    def finish(self) -> Image.Image:
        image = self.image.crop((0, 0, self.width, self.y + self.margin))
        if self.frame:
            draw = ImageDraw.Draw(image)
            for i in range(self.frame):
                draw.rectangle((i, i, self.width - 1 - i, image.height - 1 - i), outline=INK)
        return image

    def result(self) -> RenderedBadge:
        return RenderedBadge(self.finish(), self.fields)

