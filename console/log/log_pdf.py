"""访客登记表 as a printable PDF: A4 landscape, the title and the header row repeated on every page, page numbers.

The document is Chinese whatever the console's language (it is filed and handed over as such); the
shipped Noto Sans CJK font is embedded so it prints the same on any machine."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter

from shared.services.privacy.visitor_log import COLUMNS, LogRow

from console.common.pdf import a4_writer, font, mm
from console.common.pdf import pdf_page_count, pdf_text, render_pdf_page_png  # noqa: F401  (re-exported)
from console.common.rich_pdf import INK, Body, Column, draw_footer, draw_text, write_pages

MARGIN_MM = 12
# Column widths in mm (A4 landscape less the margins: 273 mm), in COLUMNS order.
WIDTHS_MM = (24, 20, 16, 16, 22, 35, 22, 33, 18, 28, 17, 22)
MAX_LINES = 3  # a long company name wraps, up to this; the rest is elided
TITLE_MM, FOOTER_MM = 16, 8


def write_log_pdf(rows: Sequence[LogRow], title: str, subtitle: str, path: str, note: str = "",
                  printed_at: datetime | None = None) -> int:
    """Write the log; returns the number of pages. note: a line under the table on the last page (the
    handover: who gave it to whom). The signature matches the core's PdfWriter (rows, title, subtitle,
    path), so export_log and archive_day can call it inside their transaction."""
    printed_at = printed_at or datetime.now()
    body = Body(a4_writer(path, title, landscape=True, margin_mm=MARGIN_MM), font(8))
    body.table([Column(zh, width) for (_, zh), width in zip(COLUMNS, WIDTHS_MM)], [row.cells() for row in rows],
               empty="（无记录）", head_pt=8.5, max_lines=MAX_LINES, middle=True)
    if note:
        body.paragraph(note, points=9)

    def decorate(painter: QPainter, page: QRectF, number: int, total: int) -> None:
        height = mm(TITLE_MM)
        center = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
        draw_text(painter, QRectF(page.left(), page.top(), page.width(), height * 0.62), center, title,
                  font(16, bold=True), INK)
        draw_text(painter, QRectF(page.left(), page.top() + height * 0.58, page.width(), height * 0.38), center,
                  f"日期：{subtitle}　　共 {len(rows)} 条", font(9), INK)
        draw_footer(painter, page, mm(FOOTER_MM), f"打印时间：{printed_at:%Y-%m-%d %H:%M}",
                    f"第 {number} 页 / 共 {total} 页")

    return write_pages(path, body, TITLE_MM, FOOTER_MM, decorate)


def log_pdf_screenshot(store, actor, pdf_path: str, png_path: str, query=None) -> int:
    """For the README: today's log (or `query`) exported as a PDF through the core (so audited like any
    export), and its first page as a PNG. Returns the number of rows."""
    from shared.services.privacy.visitor_log import LogQuery, export_log

    query = query or LogQuery(date_from=datetime.now().date(), date_to=datetime.now().date())
    done = export_log(store, actor, query, "pdf", pdf_path, pdf_writer=write_log_pdf)
    render_pdf_page_png(pdf_path, png_path)
    return done.value
