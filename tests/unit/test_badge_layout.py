"""Badge layout: the QR carries only the token, names are drawn in the shipped font, long text fits."""
from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest
import zxingcpp
from fontTools.ttLib import TTFont
from PIL import Image

from assets import font_path
from printers.layout import layout_document, render_badge, render_document, render_test_page
from shared.domain.model import BadgeData, ReceptionLevel
from shared.domain.model import TestPage as PrinterTestPage  # not "Test*": pytest would collect it
from tests.support.images import differing_fraction, ink_crop, ink_fraction, layout_samples, reference_text

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


@pytest.mark.parametrize("extra", [{}, {"group_name": "华东区经销商考察团", "member_no": 2, "group_size": 5,
                                      "id_number_masked": "1101**********1234", "level": ReceptionLevel.VIP}])
def test_fields_do_not_overlap(extra):
    rendered = render_badge(make_badge(company="International Business Machines Corporation (China) Ltd", **extra))
    # vip_band is the black band the header is printed on: it contains the header by design.
    boxes = sorted((f.bbox for key, f in rendered.fields.items() if key != "vip_band"), key=lambda b: b[1])
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


@pytest.mark.parametrize("width", [384, 576])
def test_vip_badge_differs_at_a_glance(width):
    standard = render_badge(make_badge(), width)
    vip = render_badge(make_badge(level=ReceptionLevel.VIP), width)
    band = vip.fields["vip_band"].bbox
    assert band[0] == 0 and band[2] == width and band[1] == 0, "the band runs edge to edge from the top"
    assert ink_fraction(vip.image, band) > 0.75  # white text on a black band
    assert ink_fraction(standard.image, band) < 0.25  # the standard badge is white paper there
    # The heavy frame: both paper edges are black all the way down.
    for x in (0, width - 1):
        assert ink_fraction(vip.image, (x, 0, x + 1, vip.image.height)) == 1.0
        assert ink_fraction(standard.image, (x, 0, x + 1, standard.image.height)) == 0.0
    assert "vip_band" not in standard.fields
    assert [r.text for r in decode_qr(vip.image)] == [TOKEN]


def test_senior_badge_keeps_the_visitor_header_with_a_quiet_mark():
    standard = render_badge(make_badge()).image
    senior = render_badge(make_badge(level=ReceptionLevel.SENIOR))
    assert senior.fields["header"].text == "访客 VISITOR"
    assert "vip_band" not in senior.fields
    assert differing_fraction(standard, senior.image) > 0  # not identical: double rule and diamonds


@pytest.mark.parametrize("width", [384, 576])
def test_group_member_badge_shows_the_group_and_n_of_n(width):
    rendered = render_badge(make_badge(group_name="华东区经销商考察团", member_no=2, group_size=5), width)
    group, member = rendered.fields["group"], rendered.fields["group_member"]
    assert "华东区经销商考察团" in group.text and group.bold
    assert "2 / 5" in member.text and "2 of 5" in member.text
    for field in (group, member):
        x0, y0, x1, y1 = field.bbox
        assert 0 <= x0 < x1 <= width and 0 <= y0 < y1 <= rendered.image.height
    # Between the company and the host, where a reader expects who the visitor came with.
    assert rendered.fields["company"].bbox[3] <= group.bbox[1] < member.bbox[1] < rendered.fields["host_name"].bbox[1]
    assert "group" not in render_badge(make_badge(), width).fields


@pytest.mark.parametrize("width", [384, 576])
def test_masked_id_number_prints_only_when_given(width):
    assert "id_number" not in render_badge(make_badge(), width).fields
    rendered = render_badge(make_badge(id_number_masked="1101**********1234"), width)
    field = rendered.fields["id_number"]
    assert field.text == "1101**********1234" and field.lines == ("1101**********1234",)  # never broken
    assert field.label.startswith("证件")
    assert 0 <= field.bbox[0] and field.bbox[2] <= width


@pytest.mark.parametrize("unmasked", ["110101199003071234", "11010119900307123X", "1101 0119 9003 0712 34"])
def test_an_unmasked_id_number_can_never_print(unmasked):
    with pytest.raises(ValueError, match="unmasked"):
        render_badge(make_badge(id_number_masked=unmasked))


def test_render_document_handles_every_document_kind():
    samples = layout_samples()
    for document in samples.values():
        for width in (384, 576):
            image = render_document(document, width)
            assert image.mode == "1" and image.width == width
            assert image.tobytes() == layout_document(document, width).image.tobytes()
    page = render_document(PrinterTestPage(station="lobby-kiosk-1", printer="lobby", width_dots=384), 384)
    assert [r.text for r in decode_qr(page)] == ["TEST-384"]
    with pytest.raises(TypeError):
        render_document("not a document", 576)  # type: ignore[arg-type]
