"""疏散名单 Evacuation list: everyone on site, each with a box to tick at the assembly point."""
from __future__ import annotations

from shared.domain.evacuation import EvacuationLine, EvacuationList

from printers.layout.gate_pass import local_time_text
from printers.layout.sheet import INK, FieldBox, RenderedBadge, Sheet, union
from printers.layout.text import text_width


def _person(sheet: Sheet, i: int, line: EvacuationLine) -> None:
    """A tick box, the name bold and the arrival time on the right; below, company, host and detail."""
    name_size = sheet.size(30, 22)
    small = sheet.size(24, 18)
    box = sheet.px(26, 16)
    text_left = sheet.left + box + sheet.px(14, 8)
    since_width = text_width(line.since, False, small) if line.since else 0
    sheet.ensure(box + name_size * 3)
    top = sheet.y
    sheet.box(top + sheet.px(3, 2), top + sheet.px(3, 2) + box, sheet.px(2, 1), left=sheet.left,
              right=sheet.left + box)
    name = sheet.text(None, line.name, bold=True, size=name_size, min_size=sheet.size(24, 18), left=text_left,
                      right=sheet.right - since_width - sheet.px(16, 8))
    after = sheet.y
    boxes = [name.bbox]
    if line.since:
        sheet.y = top + (name_size - small) // 2
        boxes.append(sheet.text(None, line.since, bold=False, size=small, align="right").bbox)
    sheet.y = max(after, top + box + sheet.px(3, 2))
    who = " \uff65 ".join(x for x in (line.company, f"→ {line.host_name}" if line.host_name else "") if x)
    if who:
        boxes.append(sheet.text(None, who, bold=False, size=small, min_size=18, left=text_left).bbox)
    if line.detail:  # the half-width dot, as on the gate pass: the CJK font's U+00B7 splits a plate
        detail = line.detail.replace("\u00b7", "\uff65")
        boxes.append(sheet.text(None, detail, bold=False, size=small, min_size=18, left=text_left).bbox)
    sheet.add(f"person_{i}", FieldBox(union(boxes), name.font_size, True, line.name, name.lines))


def _signature(sheet: Sheet) -> None:
    size = sheet.size(26, 20)
    sheet.gap(48)
    field = sheet.text(None, "清点人签字 Counted by:", bold=False, size=size)
    line_y = field.bbox[3] + sheet.px(2)
    x0 = field.bbox[2] + sheet.px(12, 6)
    sheet.draw.rectangle((x0, line_y - sheet.px(2, 1) + 1, sheet.right - 1, line_y), fill=INK)
    sheet.add("signature", FieldBox((field.bbox[0], field.bbox[1], sheet.right, line_y + 1), size, False,
                                    field.text, field.lines))
    sheet.y = max(sheet.y, line_y + 1)


def render_evacuation_list(document: EvacuationList, width_dots: int = 576) -> RenderedBadge:
    """Title band, when and where it was printed, the counts large, then every person with a tick box
    (earliest arrival first) and the vehicles' plates; a line to sign once everyone is counted."""
    sheet = Sheet(width_dots)
    sheet.y = 0
    sheet.band("title", "疏散名单 EVACUATION LIST", sheet.size(38, 24), height=sheet.px(80, 48))
    sheet.gap(16)
    info = sheet.size(26, 20)
    sheet.pairs([
        ("printed_at", "打印时间 Printed", local_time_text(document.printed_at)),
        ("station", "站点 Station", document.station or "—"),
        ("operator", "操作员 Operator", document.operator or "—"),
    ], size=info, min_size=18, row_gap=sheet.px(6, 3))
    sheet.gap(16)
    sheet.rule(sheet.px(4, 2))
    sheet.gap(12)
    people, vehicles = len(document.people), len(document.vehicles)
    sheet.text("counts", f"在场 {people} 人 · 车辆 {vehicles} 辆", bold=True, size=sheet.size(44, 28),
               min_size=22, align="center")
    sheet.text("counts_en", f"{people} people · {vehicles} vehicles on site", bold=False,
               size=sheet.size(26, 20), min_size=18, align="center")
    sheet.gap(12)
    sheet.rule(sheet.px(4, 2))
    sheet.gap(16)
    if not document.people:
        sheet.text("empty", "无人在场 Nobody on site", bold=False, size=sheet.size(30, 22), align="center")
    for i, line in enumerate(document.people):
        if i:
            sheet.gap(10)
            sheet.dotted_rule()
            sheet.gap(10)
        _person(sheet, i, line)
    if document.vehicles:
        sheet.gap(18)
        sheet.rule(sheet.px(2, 1))
        sheet.gap(12)
        sheet.text("vehicles_title", "车辆 Vehicles", bold=True, size=sheet.size(28, 20))
        sheet.gap(4)
        sheet.text("vehicles", "   ".join(p.replace("\u00b7", "\uff65") for p in document.vehicles), bold=False,
                   size=sheet.size(28, 20), min_size=sheet.size(28, 20))
    _signature(sheet)
    return sheet.result()
