"""排队号 Queue ticket: a clinic patient's number, large, with the doctor, the room and the wait."""
from __future__ import annotations

from shared.domain.model import QueueTicket

from printers.layout.gate_pass import local_time_text
from printers.layout.sheet import RenderedBadge, Sheet

KIND_TEXT = {"appointment": "预约 Appointment", "first_visit": "初诊 First visit", "injury": "急诊 Emergency",
             "emergency": "急诊 Emergency"}


def _wait_text(ticket: QueueTicket) -> str:
    if ticket.ahead == 0:
        return "下一位就是您 You are next"
    return f"前面 {ticket.ahead} 位，约 {ticket.wait_min} 分钟 · {ticket.ahead} ahead, about {ticket.wait_min} min"


def render_queue_ticket(ticket: QueueTicket, width_dots: int = 576) -> RenderedBadge:
    """The number the waiting-room screen calls, big enough to read at arm's length; the masked name, so a
    ticket left on a chair tells nobody who waited; a QR of the badge token for leaving."""
    sheet = Sheet(width_dots)
    if ticket.site_name:
        sheet.text("site", ticket.site_name, bold=False, size=sheet.size(26, 20), min_size=18, align="center")
        sheet.gap(6)
    sheet.band("title", "排队号 QUEUE TICKET", sheet.size(30, 22))
    sheet.gap(16)
    sheet.text("ticket", ticket.ticket, bold=True, size=sheet.size(150, 84), min_size=60, align="center")
    sheet.gap(4)
    sheet.text("kind", KIND_TEXT.get(ticket.patient_kind, ticket.patient_kind), bold=False, size=sheet.size(26, 20), min_size=18,
               align="center")
    sheet.gap(18)
    sheet.rule(sheet.px(2, 1))
    sheet.gap(16)
    sheet.pairs([
        ("patient_name", "患者 Patient", ticket.patient_name),
        ("doctor", "医生 Doctor", ticket.doctor or "前台安排 Desk arranges"),
        ("room", "诊室 Room", ticket.room or "—"),
        ("issued_at", "取号 Issued", local_time_text(ticket.issued_at)),
    ], size=sheet.size(30, 22), min_size=20, row_gap=sheet.px(8, 4))
    sheet.gap(16)
    sheet.text("wait", _wait_text(ticket), bold=True, size=sheet.size(28, 20), min_size=18, align="center")
    sheet.gap(8)
    sheet.text("hint", "请留意候诊屏叫号 Please watch the screen for your number", bold=False,
               size=sheet.size(22, 18), min_size=18, align="center")
    sheet.gap(22)
    sheet.qr("qr", ticket.token, round(width_dots * 0.3))
    return sheet.result()
