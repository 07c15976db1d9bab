"""Gate pass (入厂放行条): every field the guard checks, an exit QR of the token only, any number of items."""
from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta, timezone

import pytest
import zxingcpp

from printers.layout import local_time_text, render_document, render_gate_pass
from shared.domain.model import CarriedItem, GatePass

TOKEN = "Xp4Lr9Tb2Hs7Nc1Kq6Wm3A"
WIDTHS = [384, 576]


def make_pass(**changes) -> GatePass:
    gate_pass = GatePass(
        pass_no="GP20251127-0007", visitor_name="欧阳娜娜", company="上海浦东国际贸易有限公司",
        host_name="王建国", plate="沪A·D12345", parking_spot="B2-017",
        items=(CarriedItem("笔记本电脑 Laptop", 1), CarriedItem("样品箱 Sample case", 2)),
        issued_at=datetime(2025, 11, 27, 9, 41), guard="刘卫东", token=TOKEN,
    )
    return dataclasses.replace(gate_pass, **changes)


def assert_inside(rendered, key):
    x0, y0, x1, y1 = rendered.fields[key].bbox
    assert 0 <= x0 < x1 <= rendered.image.width and 0 <= y0 < y1 <= rendered.image.height, key


@pytest.mark.parametrize("width", WIDTHS)
def test_exit_qr_holds_exactly_the_token(width):
    rendered = render_gate_pass(make_pass(), width)
    assert rendered.image.mode == "1" and rendered.image.width == width
    results = zxingcpp.read_barcodes(rendered.image.convert("L"))
    assert [r.text for r in results] == [TOKEN]  # no name, plate or company in the code
    x0, y0, x1, y1 = rendered.fields["qr"].bbox
    corners = results[0].position
    for point in (corners.top_left, corners.top_right, corners.bottom_left, corners.bottom_right):
        assert x0 <= point.x <= x1 and y0 <= point.y <= y1


@pytest.mark.parametrize("width", WIDTHS)
def test_every_field_the_guard_checks_is_printed_inside_the_paper(width):
    rendered = render_gate_pass(make_pass(), width)
    fields = rendered.fields
    for key in ("title", "pass_no", "visitor_name", "company", "host_name", "plate", "parking_spot", "items",
                "item_0", "item_1", "issued_at", "guard", "signature", "qr"):
        assert_inside(rendered, key)
    assert "GATE PASS" in fields["title"].text and "入厂放行条" in fields["title"].text
    assert "GP20251127-0007" in fields["pass_no"].text
    assert fields["visitor_name"].text == "欧阳娜娜" and fields["host_name"].text == "王建国"
    assert fields["plate"].text == "沪A·D12345" and fields["plate"].bold
    # The plate is the largest text on the pass after the title: a guard reads it from the booth.
    assert fields["plate"].font_size > fields["visitor_name"].font_size
    assert fields["parking_spot"].text == "B2-017"
    assert fields["item_0"].text == "笔记本电脑 Laptop" and fields["item_0"].label == "× 1"
    assert fields["item_1"].label == "× 2"
    assert fields["items"].lines == ("笔记本电脑 Laptop × 1", "样品箱 Sample case × 2")
    assert fields["issued_at"].text == "2025-11-27 09:41"
    assert fields["guard"].text == "刘卫东"
    assert "Signature" in fields["signature"].text
    # The signature line is long enough to sign on: at least a third of the paper.
    x0, _, x1, _ = fields["signature"].bbox
    assert x1 - x0 > width // 3
    order = ["title", "visitor_name", "plate", "items", "issued_at", "guard", "signature", "qr"]
    tops = [fields[key].bbox[1] for key in order]
    assert tops == sorted(tops), "fields are out of reading order"


@pytest.mark.parametrize("width", WIDTHS)
def test_twelve_long_items_fit_and_the_pass_grows(width):
    short = render_gate_pass(make_pass(), width)
    items = tuple(
        CarriedItem(f"第{i}件 实验室精密测量仪器设备及全部配件 Precision measuring instrument with accessories #{i}",
                    i * 7)
        for i in range(1, 13))
    rendered = render_gate_pass(make_pass(items=items), width)
    assert rendered.image.height > short.image.height + 12 * 40
    assert len(rendered.fields["items"].lines) == 12
    previous_bottom = 0
    for i, item in enumerate(items):
        field = rendered.fields[f"item_{i}"]
        assert_inside(rendered, f"item_{i}")
        assert len(field.lines) >= 2, "a long name wraps"
        assert "".join(field.lines).replace(" ", "") == item.name.replace(" ", ""), "nothing is cut"
        assert field.label == f"× {item.quantity}"
        assert field.bbox[1] >= previous_bottom, "rows overlap"
        previous_bottom = field.bbox[3]
    assert [r.text for r in zxingcpp.read_barcodes(rendered.image.convert("L"))] == [TOKEN]
    assert_inside(rendered, "signature")


@pytest.mark.parametrize("width", WIDTHS)
def test_no_vehicle_and_no_items_still_print_clearly(width):
    rendered = render_gate_pass(make_pass(plate="", parking_spot="", items=()), width)
    assert "No vehicle" in rendered.fields["plate"].text
    assert rendered.fields["parking_spot"].text == "—"
    assert rendered.fields["items"].lines == ("无 None",)
    assert [r.text for r in zxingcpp.read_barcodes(rendered.image.convert("L"))] == [TOKEN]


def test_issue_time_is_local_wall_clock_to_the_minute():
    assert local_time_text(datetime(2025, 11, 27, 9, 41, 59)) == "2025-11-27 09:41"
    aware = datetime(2025, 11, 27, 1, 41, tzinfo=UTC)
    assert local_time_text(aware) == aware.astimezone().strftime("%Y-%m-%d %H:%M")
    shanghai = datetime(2025, 11, 27, 9, 41, tzinfo=timezone(timedelta(hours=8)))
    assert render_gate_pass(make_pass(issued_at=shanghai)).fields["issued_at"].text == \
        shanghai.astimezone().strftime("%Y-%m-%d %H:%M")


def test_render_document_prints_a_gate_pass():
    image = render_document(make_pass(), 576)
    assert image.tobytes() == render_gate_pass(make_pass(), 576).image.tobytes()


def test_too_narrow_paper_is_refused():
    with pytest.raises(ValueError):
        render_gate_pass(make_pass(), 200)


@pytest.mark.parametrize("width", WIDTHS)
def test_fields_do_not_overlap(width):
    fields = render_gate_pass(make_pass(), width).fields
    boxes = sorted((f.bbox for key, f in fields.items() if key != "items"), key=lambda b: b[1])  # items: the table
    for upper, lower in zip(boxes, boxes[1:], strict=False):
        assert upper[3] <= lower[1], f"{upper} overlaps {lower}"
