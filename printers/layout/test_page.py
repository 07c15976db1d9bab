"""Printer test page: which station and printer, the paper width, the CJK font, a ruler and a QR."""
from __future__ import annotations

from PIL import Image

from shared.domain.model import TestPage

from printers.layout.sheet import DOTS_PER_MM, INK, FieldBox, RenderedBadge, Sheet
from printers.layout.text import load_font

PRODUCT = "访客接待 Visitor Reception"
PAPER_MM = {384: 58, 576: 80}  # the usual rolls for these print widths
CJK_SAMPLE = "中文 欧阳娜娜 𠮷 䶮 堃 喆 玥 龘"


def _ruler(sheet: Sheet) -> None:
    """Full-width millimetre ruler: a tick per mm, longer every 5, numbered every 10 mm."""
    tall, mid, short = sheet.px(30, 20), sheet.px(18, 12), sheet.px(9, 6)
    number_size = sheet.size(18, 14)
    font = load_font(False, number_size)
    sheet.ensure(tall + number_size * 2)
    top = sheet.y + round(number_size * 1.1)
    base = top + tall
    for mm in range(sheet.width // DOTS_PER_MM + 1):
        x = min(mm * DOTS_PER_MM, sheet.width - 1)
        length = tall if mm % 10 == 0 else mid if mm % 5 == 0 else short
        sheet.draw.line((x, base - length, x, base), fill=INK)
        if mm % 10 == 0 and 0 < mm and x + 2 * number_size < sheet.width:
            sheet.draw.text((x, top - 3), str(mm), font=font, fill=INK, anchor="ms")
    sheet.draw.line((0, base, sheet.width - 1, base), fill=INK)
    sheet.draw.line((sheet.width - 1, base - tall, sheet.width - 1, base), fill=INK)
    sheet.add("ruler", FieldBox((0, sheet.y, sheet.width, base + 1), number_size, False, "mm"))
    sheet.y = base + 1


def layout_test_page(page: TestPage, width_dots: int | None = None) -> RenderedBadge:
    width = width_dots or page.width_dots
    sheet = Sheet(width)
    sheet.text("product", PRODUCT, bold=True, size=sheet.size(40, 24), min_size=20, align="center")
    sheet.gap(10)
    sheet.band("title", "打印测试页 PRINTER TEST", sheet.size(30, 22))
    sheet.gap(22)
    paper = PAPER_MM.get(width)
    mm = width / DOTS_PER_MM
    rows = [
        ("station", "站点 Station", page.station or "—"),
        ("printer", "打印机 Printer", page.printer or "—"),
        ("width", "打印宽度 Width", f"{width} dots = {mm:g} mm"),
    ]
    if paper:
        rows.append(("paper", "纸宽 Paper", f"{paper} mm"))
    sheet.pairs(rows, size=sheet.size(28, 22), min_size=18, row_gap=sheet.px(8, 4))
    sheet.gap(22)
    sheet.rule(sheet.px(2, 1))
    sheet.gap(18)
    sheet.text("cjk", CJK_SAMPLE, bold=False, size=sheet.size(36, 24), min_size=20, align="center")
    sheet.gap(6)
    sheet.text("cjk_bold", "粗体 Bold 访客 ABCabc 0123", bold=True, size=sheet.size(36, 24), min_size=20,
               align="center")
    sheet.gap(6)
    sheet.text("latin", "The quick brown fox jumps over the lazy dog", bold=False, size=sheet.size(24, 18),
               min_size=16, align="center")
    sheet.gap(22)
    _ruler(sheet)
    sheet.gap(12)
    # A full-width bar shows at a glance whether the head prints edge to edge, with no weak dots.
    bar = sheet.px(24, 14)
    sheet.ensure(bar)
    sheet.draw.rectangle((0, sheet.y, width - 1, sheet.y + bar - 1), fill=INK)
    sheet.add("bar", FieldBox((0, sheet.y, width, sheet.y + bar), 0, False, ""))
    sheet.y += bar
    sheet.gap(26)
    sheet.qr("qr", f"TEST-{width}", round(width * 0.3))
    sheet.gap(4)
    sheet.text("qr_text", f"TEST-{width}", bold=True, size=sheet.size(26, 20), align="center")
    return sheet.result()


def render_test_page(page: TestPage | int = 576, width_dots: int | None = None) -> Image.Image:
    """The test page as an image: render_test_page(576) or render_test_page(TestPage(...), 576)."""
    if isinstance(page, int):
        page = TestPage(station="", printer="", width_dots=page)
    return layout_test_page(page, width_dots).image
