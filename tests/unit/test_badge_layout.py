"""Badge layout: the QR carries only the token, names are drawn in the shipped font, long text fits."""
from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest
import zxingcpp
from fontTools.ttLib import TTFont
from PIL import Image

from assets import font_path
from printers.layout import render_badge, render_test_page
from shared.domain.model import BadgeData, ReceptionLevel
from tests.support.images import differing_fraction, ink_crop, reference_text

TOKEN = "q3Zf8kLm2NpR7sTvW1xYzA"  # shaped like secrets.token_urlsafe(16)


def make_badge(**changes) -> BadgeData:
    badge = BadgeData(
        visit_no="V20251127-0042", visitor_name="欧阳娜娜", company="上海浦东国际贸易有限公司",
        host_name="王建国", visit_date=date(2025, 11, 27), valid_until=datetime(2025, 11, 27, 18, 0),
        token=TOKEN,
    )
    return dataclasses.replace(badge, **changes)


def decode_qr(image: Image.Image) -> list[zxingcpp.Result]:
    return zxingcpp.read_barcodes(image.convert("L"))


@pytest.mark.parametrize("width", [384, 576])
def test_badge_is_one_bit_at_paper_width_and_qr_holds_only_the_token(width):
    rendered = render_badge(make_badge(), width)
    assert rendered.image.mode == "1"
    assert rendered.image.width == width

    results = decode_qr(rendered.image)
    assert [r.text for r in results] == [TOKEN]  # exactly the token: no name, company or phone
    x0, y0, x1, y1 = rendered.fields["qr"].bbox
    corners = results[0].position
    for point in (corners.top_left, corners.top_right, corners.bottom_left, corners.bottom_right):
        assert x0 <= point.x <= x1 and y0 <= point.y <= y1, "QR is not where fields['qr'] says"


@pytest.mark.parametrize("width", [384, 576])
def test_all_fields_are_reported_inside_the_image(width):
    rendered = render_badge(make_badge(), width)
    for key in ("visitor_name", "company", "host_name", "date", "visit_no", "qr"):
        x0, y0, x1, y1 = rendered.fields[key].bbox
        assert 0 <= x0 < x1 <= width and 0 <= y0 < y1 <= rendered.image.height, key
    assert rendered.fields["host_name"].text.endswith("王建国")
    assert "2025-11-27" in rendered.fields["date"].text
    assert "V20251127-0042" in rendered.fields["visit_no"].text
    assert rendered.fields["visitor_name"].bold


@pytest.mark.parametrize(("name", "other"), [("欧阳娜娜", "欧阳菲菲"), ("吉𠮷喆", "吉吉喆")])
@pytest.mark.parametrize("width", [384, 576])
def test_visitor_name_is_drawn_in_the_shipped_font(name, other, width):
    with TTFont(str(font_path(True)), lazy=True) as font:
        cmap = font.getBestCmap()
    assert all(ord(ch) in cmap for ch in name), "font lacks a glyph: the badge would show a box"

    field = render_badge(make_badge(visitor_name=name), width).fields["visitor_name"]
    assert field.bold and field.lines == (name,)
    drawn = ink_crop(render_badge(make_badge(visitor_name=name), width).image.crop(field.bbox))

    assert differing_fraction(drawn, reference_text(name, field.font_size, bold=True)) < 0.002
    # The comparison can fail: even the look-alike 吉 in place of 𠮷 (one stroke) differs by ~3 %.
    assert differing_fraction(drawn, reference_text(other, field.font_size, bold=True)) > 0.01


@pytest.mark.parametrize("width", [384, 576])
def test_long_company_shrinks_and_stays_inside(width):
    short = render_badge(make_badge(company="华为"), width).fields["company"]
    long_name = "北京经济技术开发区科技发展公司"  # fits one line only when shrunk
    long = render_badge(make_badge(company=long_name), width).fields["company"]
    assert long.font_size < short.font_size
    assert long.lines == (long_name,)  # shrunk, not cut
    assert 0 <= long.bbox[0] and long.bbox[2] <= width


@pytest.mark.parametrize("width", [384, 576])
def test_text_too_long_for_the_minimum_size_wraps_and_loses_nothing(width):
    company = "International Business Machines Corporation (China) Company Limited 上海分公司"
    name = "Alexandria Catherine Montgomery-Williams"
    rendered = render_badge(make_badge(company=company, visitor_name=name), width)
    for key, text in (("company", company), ("visitor_name", name)):
        field = rendered.fields[key]
        assert len(field.lines) >= 2, key
        assert "".join(field.lines).replace(" ", "") == text.replace(" ", ""), key
        assert 0 <= field.bbox[0] and field.bbox[2] <= width, key
    assert "Montgomery-Williams" in " ".join(rendered.fields["visitor_name"].lines)  # wraps at words
    assert [r.text for r in decode_qr(rendered.image)] == [TOKEN]


def test_fields_do_not_overlap():
    rendered = render_badge(make_badge(company="International Business Machines Corporation (China) Ltd"))
    boxes = sorted((f.bbox for f in rendered.fields.values()), key=lambda b: b[1])
    for upper, lower in zip(boxes, boxes[1:]):
        assert upper[3] <= lower[1], f"{upper} overlaps {lower}"


def test_vip_header_is_an_inverted_band():
    standard = render_badge(make_badge())
    vip = render_badge(make_badge(level=ReceptionLevel.VIP))
    assert vip.fields["header"].text == "贵宾 VIP"
    band_row = vip.fields["header"].bbox[1] - 2
    assert all(vip.image.getpixel((x, band_row)) == 0 for x in range(vip.image.width))
    assert standard.fields["header"].text == "访客 VISITOR"
    assert standard.image.getpixel((2, standard.fields["header"].bbox[1])) == 255


@pytest.mark.parametrize("width", [384, 576])
def test_test_page(width):
    page = render_test_page(width)
    assert page.mode == "1" and page.width == width
    assert [r.text for r in decode_qr(page)] == [f"TEST-{width}"]


def test_too_narrow_paper_is_refused():
    with pytest.raises(ValueError):
        render_badge(make_badge(), 100)
