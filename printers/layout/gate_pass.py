"""入厂放行条 Gate pass: what the guard checks at the exit, with an exit QR of the pass token only."""
from __future__ import annotations

from datetime import datetime

from shared.domain.model import GatePass

from printers.layout.sheet import INK, FieldBox, RenderedBadge, Sheet, union
from printers.layout.text import fit_text, text_width

NONE = "无 None"
LABELS = {
    "visitor_name": "访客 Visitor", "company": "单位 Company", "host_name": "被访人 Host",
    "parking_spot": "车位 Parking", "issued_at": "签发时间 Issued", "guard": "签发门卫 Guard",
}


def local_time_text(moment: datetime) -> str:
    """YYYY-MM-DD HH:MM in the station's local time (a naive time is taken as local already)."""
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


def _plate(sheet: Sheet, plate: str) -> None:
    """The plate large and bold in a plate-like frame, so the guard reads it from the booth."""
    sheet.text("plate_label", "车牌 Plate", bold=False, size=sheet.size(26, 20), align="center")
    sheet.gap(6)
    if not plate.strip():
        sheet.text("plate", "无车辆 No vehicle", bold=True, size=sheet.size(40, 24), min_size=20, align="center")
        return
    border = sheet.px(4, 2)
    pad = sheet.px(14, 8)
    # "沪A·D12345": the CJK font sets U+00B7 a full em wide, which splits the plate in two; the
    # half-width middle dot looks like the dot on the plate itself. Only the drawing changes.
    shown = plate.replace("\u00b7", "\uff65")
    size, lines = fit_text(shown, True, sheet.size(76, 40), sheet.size(40, 28), sheet.inner - 2 * (pad + border))
    widest = max(text_width(line, True, size) for line in lines)
    box_width = min(sheet.inner, widest + 2 * (pad + border) + sheet.px(40, 20))
    left = (sheet.width - box_width) // 2
    top = sheet.y
    sheet.y += border + pad // 2
    drawn = sheet.text(None, shown, bold=True, size=size, min_size=size, align="center",
                       left=left + border + pad, right=left + box_width - border - pad)
    sheet.add("plate", FieldBox(drawn.bbox, drawn.font_size, True, plate, drawn.lines, "车牌 Plate"))
    sheet.y += pad // 2 + border
    sheet.box(top, sheet.y, border, left=left, right=left + box_width)


def _items(sheet: Sheet, gate_pass: GatePass) -> None:
    """Name left, "× n" right; a long name wraps under itself, never under the quantity."""
    head = sheet.size(26, 20)
    body = sheet.size(30, 22)
    head_top = sheet.y
    name_head = sheet.text(None, "携带物品 Items", bold=True, size=head)
    sheet.y = head_top
    qty_head = sheet.text(None, "数量 Qty", bold=True, size=head, align="right")
    sheet.gap(6)
    sheet.rule(sheet.px(2, 1))
    sheet.gap(10)
    boxes = [name_head.bbox, qty_head.bbox]
    lines_out: list[str] = []
    if not gate_pass.items:
        boxes.append(sheet.text(None, NONE, bold=False, size=body).bbox)
        lines_out.append(NONE)
    qty_width = max((text_width(f"× {item.quantity}", True, body) for item in gate_pass.items), default=0)
    name_right = sheet.right - qty_width - sheet.px(24, 12)
    for i, item in enumerate(gate_pass.items):
        if i:
            sheet.gap(8)
            sheet.dotted_rule()
            sheet.gap(8)
        row_top = sheet.y
        name = sheet.text(None, item.name, bold=False, size=body, min_size=body, right=name_right)
        after = sheet.y
        sheet.y = row_top
        qty = sheet.text(None, f"× {item.quantity}", bold=True, size=body, align="right")
        sheet.y = after
        sheet.add(f"item_{i}", FieldBox(union([name.bbox, qty.bbox]), body, False, item.name, name.lines,
                                        f"× {item.quantity}"))
        boxes += [name.bbox, qty.bbox]
        lines_out.append(f"{item.name} × {item.quantity}")
    text = "; ".join(lines_out)
    sheet.add("items", FieldBox(union(boxes), body, False, text, tuple(lines_out), "携带物品 Items"))
    sheet.gap(10)
    sheet.rule(sheet.px(2, 1))


def _signature(sheet: Sheet) -> None:
    """A caption and a line long enough to sign on, with room above it for the pen."""
    size = sheet.size(28, 22)
    sheet.gap(56)
    field = sheet.text(None, "签字 Signature:", bold=False, size=size)
    line_y = field.bbox[3] + sheet.px(2)  # the pen line sits just under the caption's baseline
    x0 = field.bbox[2] + sheet.px(12, 6)
    sheet.draw.rectangle((x0, line_y - sheet.px(2, 1) + 1, sheet.right - 1, line_y), fill=INK)
    sheet.add("signature", FieldBox((field.bbox[0], field.bbox[1], sheet.right, line_y + 1), size, False,
                                    "签字 Signature:", ("签字 Signature:",)))
    sheet.y = max(sheet.y, line_y + 1)


def render_gate_pass(gate_pass: GatePass, width_dots: int = 576) -> RenderedBadge:
    """入厂放行条: visitor, company, host, plate, parking spot, carried items, issue time and guard,
    a signature line and an exit QR whose payload is exactly the pass token."""
    sheet = Sheet(width_dots)
    sheet.text("title", "入厂放行条 GATE PASS", bold=True, size=sheet.size(44, 26), min_size=20, align="center")
    sheet.gap(8)
    sheet.rule(sheet.px(5, 3))
    sheet.gap(10)
    sheet.text("pass_no", f"编号 No. {gate_pass.pass_no}", bold=True, size=sheet.size(28, 22), min_size=18,
               align="center")
    sheet.gap(18)
    info = sheet.size(30, 22)
    gap = sheet.px(8, 4)
    column = sheet.label_column(list(LABELS.values()), info)
    sheet.pairs([
        ("visitor_name", LABELS["visitor_name"], gate_pass.visitor_name),
        ("company", LABELS["company"], gate_pass.company or "—"),
        ("host_name", LABELS["host_name"], gate_pass.host_name),
    ], size=info, min_size=20, row_gap=gap, column=column)
    sheet.gap(20)
    sheet.rule(sheet.px(2, 1))
    sheet.gap(18)
    _plate(sheet, gate_pass.plate)
    sheet.gap(16)
    sheet.pairs([("parking_spot", LABELS["parking_spot"], gate_pass.parking_spot or "—")], size=info,
                min_size=20, row_gap=gap, column=column)
    sheet.gap(26)
    _items(sheet, gate_pass)
    sheet.gap(18)
    sheet.pairs([
        ("issued_at", LABELS["issued_at"], local_time_text(gate_pass.issued_at)),
        ("guard", LABELS["guard"], gate_pass.guard),
    ], size=info, min_size=20, row_gap=gap, column=column)
    _signature(sheet)
    sheet.gap(34)
    sheet.qr("qr", gate_pass.token, round(width_dots * 0.4))
    sheet.gap(6)
    sheet.text("footer", "出厂时出示此码 Show this code at the exit", bold=False, size=sheet.size(24, 20),
               min_size=18, align="center")
    return sheet.result()

