"""Badge and test-page layout as 1-bit images, ready for a thermal printer or a preview file.

Sizes are designed for 576 dots (80 mm paper, 203 dpi) and scaled for other widths (384 dots = 58 mm).
Text is drawn straight onto a mode "1" image: Pillow then renders glyphs without anti-aliasing,
which is what a thermal head prints anyway, and keeps strokes crisp instead of dithered.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

import qrcode
from PIL import Image, ImageDraw, ImageFont

from assets import font_path
from shared.domain.model import BadgeData, Document, ReceptionLevel, TestPage

INK, PAPER = 0, 255  # mode "1": 0 is black (burnt dot), 255 is white paper
DESIGN_WIDTH = 576
MIN_WIDTH = 240  # below this the name cannot be read at arm's length

# Latin words wrap at spaces and after hyphens; CJK text may break between any two characters.
_WRAP_TOKENS = re.compile(r"[A-Za-z0-9À-ɏ'’.,&@()]+-?\s*|\s+|.", re.S)


@dataclass(frozen=True, slots=True)
class FieldBox:
    """Where a piece of text ended up: bbox (x0, y0, x1, y1) is the glyph box in image pixels."""

    bbox: tuple[int, int, int, int]
    font_size: int
    bold: bool
    text: str
    lines: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RenderedBadge:
    image: Image.Image
    fields: dict[str, FieldBox]


@lru_cache(maxsize=128)
def load_font(bold: bool, size: int) -> ImageFont.FreeTypeFont:
    """Opening the 16 MB CJK OTF is the slow part; each (weight, size) is opened once per process."""
    return ImageFont.truetype(str(font_path(bold)), size)


def _text_width(text: str, font: ImageFont.FreeTypeFont) -> int:
    x0, _, x1, _ = font.getbbox(text)
    return x1 - min(x0, 0)


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Greedy wrap; a single token wider than the line is split by characters so nothing is cut."""
    lines: list[str] = []
    line = ""
    for token in _WRAP_TOKENS.findall(text):
        candidate = line + token
        if _text_width(candidate.rstrip(), font) <= width:
            line = candidate
            continue
        if line.strip():
            lines.append(line.rstrip())
        line = token.lstrip()
        while _text_width(line.rstrip(), font) > width and len(line) > 1:
            cut = len(line) - 1
            while cut > 1 and _text_width(line[:cut], font) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
    if line.strip():
        lines.append(line.rstrip())
    return lines or [""]


def _fits(lines: list[str], bold: bool, size: int, width: int) -> bool:
    font = load_font(bold, size)
    return all(_text_width(line, font) <= width for line in lines)


def _largest_size(text: str, bold: bool, max_size: int, min_size: int, width: int) -> int | None:
    """Largest size in [min_size, max_size] at which text fits on one line, or None."""
    if not _fits([text], bold, min_size, width):
        return None
    if _fits([text], bold, max_size, width):
        return max_size
    # Width grows about linearly with size: estimate, then step down past hinting rounding.
    size = min(max_size, max(min_size, max_size * width // max(1, _text_width(text, load_font(bold, max_size)))))
    while size > min_size and not _fits([text], bold, size, width):
        size -= 1
    while size < max_size and _fits([text], bold, size + 1, width):
        size += 1
    return size


def fit_text(text: str, bold: bool, max_size: int, min_size: int, width: int) -> tuple[int, list[str]]:
    """Shrink to fit one line; below min_size wrap instead, so a name or company is never cut."""
    size = _largest_size(text, bold, max_size, min_size, width)
    if size is not None:
        return size, [text]
    # Two lines at the largest size that allows it read better than one line in tiny type.
    for size in range(max_size, min_size - 1, -1):
        lines = _wrap(text, load_font(bold, size), width)
        if len(lines) <= 2:
            return size, lines
    return min_size, _wrap(text, load_font(bold, min_size), width)


class _Sheet:
    """A tall white canvas with a cursor; drawn top to bottom, then cropped to the used height."""

    def __init__(self, width: int, scale: float) -> None:
        self.width = width
        self.scale = scale
        self.margin = max(8, round(24 * scale))
        self.image = Image.new("1", (width, 4000), PAPER)
        self.draw = ImageDraw.Draw(self.image)
        self.y = self.margin
        self.fields: dict[str, FieldBox] = {}

    def px(self, design_px: float, floor: int = 1) -> int:
        return max(floor, round(design_px * self.scale))

    @property
    def inner(self) -> int:
        return self.width - 2 * self.margin

    def text(self, key: str | None, text: str, *, bold: bool, size: int, min_size: int | None = None,
             center: bool = False, fill: int = INK) -> FieldBox:
        size, lines = fit_text(text, bold, size, min_size or size, self.inner)
        font = load_font(bold, size)
        line_height = round(size * 1.22)
        boxes = []
        for i, line in enumerate(lines):
            # CJK glyphs sit in an em box whose top is ~0.88 em above the baseline.
            baseline = self.y + round(size * 0.88) + i * line_height
            x = self.margin
            if center:
                x0, _, x1, _ = font.getbbox(line)
                x = (self.width - (x1 - x0)) // 2 - x0
            self.draw.text((x, baseline), line, font=font, fill=fill, anchor="ls")
            boxes.append(self.draw.textbbox((x, baseline), line, font=font, anchor="ls"))
        self.y += line_height * len(lines)
        bbox = (
            max(0, min(b[0] for b in boxes)), max(0, min(b[1] for b in boxes)),
            min(self.width, max(b[2] for b in boxes)), max(b[3] for b in boxes),
        )
        field = FieldBox(bbox, size, bold, text, tuple(lines))
        if key:
            self.fields[key] = field
        return field

    def rule(self, thickness: int) -> None:
        self.draw.rectangle((self.margin, self.y, self.width - self.margin - 1, self.y + thickness - 1), fill=INK)
        self.y += thickness

    def gap(self, design_px: float) -> None:
        self.y += self.px(design_px)

    def band(self, text: str, size: int) -> FieldBox:
        """Inverted (white on black) header band across the full paper width."""
        height = round(size * 1.6)
        self.draw.rectangle((0, self.y, self.width - 1, self.y + height - 1), fill=INK)
        top = self.y
        self.y += (height - round(size * 1.22)) // 2
        field = self.text("header", text, bold=True, size=size, center=True, fill=PAPER)
        self.y = top + height
        return field

    def qr(self, key: str, payload: str, target_width: int) -> None:
        code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
        code.add_data(payload)
        code.make(fit=True)
        matrix = code.get_matrix()  # includes the 4-module quiet zone scanners need
        module = max(3, target_width // len(matrix))  # whole dots per module: no blurred edges
        side = module * len(matrix)
        left = (self.width - side) // 2
        for row, cells in enumerate(matrix):
            for col, dark in enumerate(cells):
                if dark:
                    x, y = left + col * module, self.y + row * module
                    self.draw.rectangle((x, y, x + module - 1, y + module - 1), fill=INK)
        self.fields[key] = FieldBox((left, self.y, left + side, self.y + side), 0, False, "")
        self.y += side

    def finish(self) -> Image.Image:
        return self.image.crop((0, 0, self.width, self.y + self.margin))


def _check_width(width_dots: int) -> float:
    if width_dots < MIN_WIDTH:
        raise ValueError(f"width_dots must be at least {MIN_WIDTH}, got {width_dots}")
    return width_dots / DESIGN_WIDTH


def _valid_until_text(visit_date: date, valid_until: datetime) -> str:
    if valid_until.date() == visit_date:
        return valid_until.strftime("%H:%M")
    return valid_until.strftime("%Y-%m-%d %H:%M")


def render_badge(badge: BadgeData, width_dots: int = 576) -> RenderedBadge:
    """Visitor badge: header, name, company, host, validity, visit number and a QR of the token only."""
    sheet = _Sheet(width_dots, _check_width(width_dots))
    header_size = sheet.px(36, 20)
    if badge.level == ReceptionLevel.VIP:
        sheet.y = 0  # the band runs to the paper edge
        sheet.band("贵宾 VIP", header_size)
    else:
        sheet.text("header", "访客 VISITOR", bold=True, size=header_size, center=True)
        sheet.gap(6)
        sheet.rule(sheet.px(4, 2))
    sheet.gap(28)
    sheet.text("visitor_name", badge.visitor_name, bold=True, size=sheet.px(104, 40),
               min_size=sheet.px(44, 30), center=True)
    sheet.gap(14)
    sheet.text("company", badge.company, bold=False, size=sheet.px(40, 24),
               min_size=max(22, sheet.px(26)), center=True)
    sheet.gap(24)
    sheet.rule(sheet.px(2, 1))
    sheet.gap(20)
    info = max(22, sheet.px(30))
    sheet.text("host_name", f"被访人 Host: {badge.host_name}", bold=False, size=info, min_size=20)
    sheet.gap(8)
    sheet.text("date", f"日期 Date: {badge.visit_date.isoformat()}", bold=False, size=info, min_size=20)
    sheet.gap(8)
    sheet.text("valid_until", f"有效至 Valid until: {_valid_until_text(badge.visit_date, badge.valid_until)}",
               bold=False, size=info, min_size=20)
    sheet.gap(24)
    sheet.qr("qr", badge.token, round(width_dots * 0.42))
    sheet.gap(4)
    sheet.text("visit_no", f"编号 No. {badge.visit_no}", bold=True, size=info, min_size=20, center=True)
    sheet.gap(12)
    sheet.text("footer", "离开时请交还 Please return on leaving", bold=False, size=max(20, sheet.px(24)),
               min_size=18, center=True)
    return RenderedBadge(sheet.finish(), sheet.fields)


def render_test_page(width_dots: int = 576, product: str = "访客接待 Visitor Reception") -> Image.Image:
    """Printer test page: proves width, the CJK font and QR printing in one short slip."""
    sheet = _Sheet(width_dots, _check_width(width_dots))
    sheet.text(None, product, bold=True, size=sheet.px(40, 24), min_size=20, center=True)
    sheet.gap(8)
    sheet.rule(sheet.px(3, 2))
    sheet.gap(16)
    body = max(22, sheet.px(30))
    sheet.text(None, f"打印测试 Test page: {width_dots} dots", bold=False, size=body, min_size=18)
    sheet.gap(8)
    sheet.text(None, "中文字体 欧阳娜娜 吉𠮷喆 龘", bold=False, size=body, min_size=18)
    sheet.gap(16)
    sheet.qr("qr", f"TEST-{width_dots}", round(width_dots * 0.3))
    # A full-width bar shows at a glance whether the head prints edge to edge.
    sheet.gap(16)
    sheet.draw.rectangle((0, sheet.y, width_dots - 1, sheet.y + sheet.px(8, 4)), fill=INK)
    sheet.y += sheet.px(8, 4)
    return sheet.finish()


def render_document(document: Document, width_dots: int = 576) -> Image.Image:
    """The picture a printer prints for any document a print job can hold."""
    if isinstance(document, BadgeData):
        return render_badge(document, width_dots).image
    if isinstance(document, TestPage):
        return render_test_page(width_dots)
    raise NotImplementedError(f"no layout yet for {type(document).__name__}")
