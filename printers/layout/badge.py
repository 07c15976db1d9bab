"""Visitor badges: the standard badge, the VIP badge (贵宾证) and a group member's badge."""
from __future__ import annotations

import re
from datetime import date, datetime

from shared.domain.model import BadgeData, ReceptionLevel
from shared.domain.photo import badge_photo

from printers.layout.sheet import INK, FieldBox, RenderedBadge, Sheet

PHOTO_WIDTH = 0.36  # of the paper: 26 mm on 80 mm paper, 18 mm on 58 mm
MAX_PRINTED_ID_DIGITS = 8  # "1101**********1234" shows 8: more means the number was not masked


def check_masked(id_number: str) -> str:
    """The layout prints what it is given, so it refuses anything that still looks like a whole ID."""
    if len(re.findall(r"\d", id_number)) > MAX_PRINTED_ID_DIGITS:
        raise ValueError("id_number_masked holds an unmasked ID number; mask it before printing")
    return id_number


def _valid_until_text(visit_date: date, valid_until: datetime) -> str:
    if valid_until.date() == visit_date:
        return valid_until.strftime("%H:%M")
    return valid_until.strftime("%Y-%m-%d %H:%M")


def _header(sheet: Sheet, badge: BadgeData) -> None:
    if badge.level == ReceptionLevel.VIP:
        sheet.y = 0  # the band runs to the paper edge and joins the frame
        sheet.band("header", "贵宾 VIP", sheet.size(50, 30), band_key="vip_band", height=sheet.px(96, 56))
        sheet.gap(30)
        return
    header = sheet.text("header", "访客 VISITOR", bold=True, size=sheet.size(36, 20), align="center")
    if badge.level == ReceptionLevel.SENIOR:
        _diamonds(sheet, header)
    sheet.gap(8)
    sheet.rule(sheet.px(4, 2))
    if badge.level == ReceptionLevel.SENIOR:  # a double rule: quietly says "expected, look after them"
        sheet.gap(3)
        sheet.rule(sheet.px(2, 1))
    sheet.gap(26)


def _diamonds(sheet: Sheet, header: FieldBox) -> None:
    x0, y0, x1, y1 = header.bbox
    r = sheet.px(7, 4)
    cy = (y0 + y1) // 2
    for cx in (x0 - sheet.px(26, 14), x1 + sheet.px(26, 14)):
        sheet.draw.polygon([(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)], fill=INK)


def _group(sheet: Sheet, badge: BadgeData) -> None:
    """A boxed panel: the group's name, then "第 n / N 位 · n of N"."""
    sheet.gap(18)
    top = sheet.y
    pad = sheet.px(14, 8)
    border = sheet.px(3, 2)
    sheet.y += pad + border
    inner_left, inner_right = sheet.left + pad + border, sheet.right - pad - border
    if badge.group_name:
        sheet.text("group", f"团体 Group  {badge.group_name}", bold=True, size=sheet.size(32, 22),
                   min_size=sheet.size(24, 18), align="center", left=inner_left, right=inner_right)
    if badge.group_size > 0 and badge.member_no > 0:
        if badge.group_name:
            sheet.gap(4)
        n, total = badge.member_no, badge.group_size
        sheet.text("group_member", f"第 {n} / {total} 位 · {n} of {total}", bold=False,
                   size=sheet.size(30, 22), min_size=18, align="center", left=inner_left, right=inner_right)
    sheet.y += pad + border - sheet.px(4)
    sheet.box(top, sheet.y, border)


def render_badge(badge: BadgeData, width_dots: int = 576) -> RenderedBadge:
    """Visitor badge: name, company, host, date, validity, visit number and a QR of the token only.

    VIP level gets the 贵宾 band and a heavy frame; senior a quiet double rule and two diamonds;
    a group member's badge a panel with the group and "n of N"; a masked ID number prints when given."""
    id_number = check_masked(badge.id_number_masked)
    vip = badge.level == ReceptionLevel.VIP
    sheet = Sheet(width_dots, frame=max(4, round(8 * width_dots / 576)) if vip else 0)
    _header(sheet, badge)
    if badge.photo:  # a face to compare with the person wearing it: as wide as the QR, above the name
        sheet.picture("photo", badge_photo(badge.photo, round(width_dots * PHOTO_WIDTH)))
        sheet.gap(14)
    sheet.text("visitor_name", badge.visitor_name, bold=True, size=sheet.size(104, 40),
               min_size=sheet.size(44, 30), align="center")
    sheet.gap(12)
    sheet.text("company", badge.company, bold=False, size=sheet.size(40, 24),
               min_size=max(22, sheet.px(26)), align="center")
    if badge.group_name or (badge.group_size > 0 and badge.member_no > 0):
        _group(sheet, badge)
    sheet.gap(24)
    sheet.rule(sheet.px(2, 1))
    sheet.gap(20)
    info = sheet.size(30, 22)
    rows = [
        ("host_name", "被访人 Host", badge.host_name),
        ("date", "日期 Date", badge.visit_date.isoformat()),
        ("valid_until", "有效至 Valid until", _valid_until_text(badge.visit_date, badge.valid_until)),
    ]
    if id_number:
        rows.append(("id_number", "证件 ID", id_number, False))  # secondary: regular weight
    # The guard at the workshop door asks "has this visitor had the safety briefing?": one title a row.
    for i, title in enumerate(badge.signed):
        rows.append((f"signed_{i + 1}", "" if i else "已签署 Signed", title, False))
    sheet.pairs(rows, size=info, min_size=20, row_gap=sheet.px(8, 4))
    sheet.gap(26)
    sheet.qr("qr", badge.token, round(width_dots * 0.42))
    sheet.gap(6)
    sheet.text("visit_no", f"编号 No. {badge.visit_no}", bold=True, size=info, min_size=20, align="center")
    sheet.gap(10)
    sheet.text("footer", "离开时请交还 Please return on leaving", bold=False, size=sheet.size(24, 20),
               min_size=18, align="center")
    return sheet.result()
