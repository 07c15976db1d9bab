"""访客登记表 as a printable PDF: A4 landscape, the header row repeated on every page, page numbers.

The document is Chinese whatever the console's language (it is filed and handed over as such); the
shipped Noto Sans CJK font is embedded so it prints the same on any machine."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPdfWriter, QPen

from shared.services.privacy.visitor_log import COLUMNS, LogRow

from console.common.pdf import a4_writer, font, mm, paint_rect
from console.common.pdf import pdf_page_count, pdf_text, render_pdf_page_png  # noqa: F401  (re-exported)

MARGIN_MM = 12
# Column widths in mm (A4 landscape less the margins: 273 mm), in COLUMNS order.
WIDTHS_MM = (24, 20, 16, 16, 22, 35, 22, 33, 18, 28, 17, 22)
MAX_LINES = 3  # a long company name wraps, up to this; the rest is elided
PAD_MM = 1.2


@dataclass
class _Layout:
    cell: QFont
    head: QFont
    widths: list[float]
    line: float

    def text_height(self, metrics: QFontMetricsF, text: str, width: float) -> float:
        lines = metrics.boundingRect(QRectF(0, 0, width, 10_000), _WRAP, text).height() / self.line
        return self.line * max(1, min(MAX_LINES, round(lines)))


_WRAP = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def _elide_lines(metrics: QFontMetricsF, text: str, width: float) -> str:
    """Short enough to fit MAX_LINES lines: a printed log must not overflow into the next row."""
    if metrics.horizontalAdvance(text) <= width * MAX_LINES * 0.95:
        return text
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width * MAX_LINES * 0.9)


def write_log_pdf(rows: Sequence[LogRow], title: str, subtitle: str, path: str, note: str = "",
                  printed_at: datetime | None = None) -> int:
    """Write the log; returns the number of pages. note: a line under the table on the last page (the
    handover: who gave it to whom). The signature matches the core's PdfWriter (rows, title, subtitle,
    path), so export_log and archive_day can call it inside their transaction."""
    writer = a4_writer(path, title, landscape=True, margin_mm=MARGIN_MM)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    try:
        return _paint(painter, writer, rows, title, subtitle, note, printed_at or datetime.now())
    finally:
        painter.end()


def _paint(painter: QPainter, writer: QPdfWriter, rows: Sequence[LogRow], title: str, subtitle: str,
           note: str, printed_at: datetime) -> int:
    page = paint_rect(writer)
    cell, head = font(8), font(8.5, bold=True)
    painter.setFont(cell)
    metrics = QFontMetricsF(painter.font(), writer)
    layout = _Layout(cell, head, [mm(w) for w in WIDTHS_MM], metrics.lineSpacing())
    pad = mm(PAD_MM)
    cells = [[_elide_lines(metrics, text, w - 2 * pad) for text, w in zip(row.cells(), layout.widths)]
             for row in rows]
    heights = [max(layout.text_height(metrics, text, w - 2 * pad) for text, w in zip(texts, layout.widths))
               + 2 * pad for texts in cells]
    title_h, head_h, foot_h = mm(16), layout.line + 2 * pad, mm(8)
    room = page.height() - title_h - head_h - foot_h - (layout.line * 2 if note else 0)
    pages: list[list[int]] = [[]]
    used = 0.0
    for index, height in enumerate(heights):
        if pages[-1] and used + height > room:
            pages.append([])
            used = 0.0
        pages[-1].append(index)
        used += height
    total = len(pages)
    for number, indexes in enumerate(pages, start=1):
        if number > 1:
            writer.newPage()
        _title(painter, page, title, subtitle, len(rows), title_h)
        y = _header(painter, page.left(), page.top() + title_h, layout, head_h, pad)
        painter.setFont(cell)
        for index in indexes:
            _row(painter, page.left(), y, cells[index], heights[index], layout, pad, shade=index % 2 == 1)
            y += heights[index]
        if not rows:
            painter.drawText(QRectF(page.left(), y + pad, page.width(), layout.line * 2),
                             int(Qt.AlignmentFlag.AlignCenter), "（无记录）")
        if note and number == total:
            painter.setFont(font(9))
            painter.drawText(QRectF(page.left(), y + layout.line * 0.6, page.width(), layout.line * 1.5),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), note)
        _footer(painter, page, number, total, printed_at, foot_h)
    return total


def _title(painter: QPainter, page: QRectF, title: str, subtitle: str, count: int, height: float) -> None:
    painter.setPen(QColor("#111827"))
    painter.setFont(font(16, bold=True))
    painter.drawText(QRectF(page.left(), page.top(), page.width(), height * 0.62),
                     int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter), title)
    painter.setFont(font(9))
    painter.drawText(QRectF(page.left(), page.top() + height * 0.58, page.width(), height * 0.38),
                     int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
                     f"日期：{subtitle}　　共 {count} 条")


def _header(painter: QPainter, left: float, top: float, layout: _Layout, height: float, pad: float) -> float:
    painter.setFont(layout.head)
    x = left
    for (_, zh), width in zip(COLUMNS, layout.widths):
        rect = QRectF(x, top, width, height)
        painter.fillRect(rect, QColor("#e5e7eb"))
        painter.setPen(QPen(QColor("#374151"), mm(0.2)))
        painter.drawRect(rect)
        painter.setPen(QColor("#111827"))
        painter.drawText(rect.adjusted(pad, 0, -pad, 0), int(Qt.AlignmentFlag.AlignVCenter), zh)
        x += width
    return top + height


def _row(painter: QPainter, left: float, top: float, texts: list[str], height: float, layout: _Layout,
         pad: float, shade: bool) -> None:
    x = left
    for text, width in zip(texts, layout.widths):
        rect = QRectF(x, top, width, height)
        if shade:
            painter.fillRect(rect, QColor("#f9fafb"))
        painter.setPen(QPen(QColor("#9ca3af"), mm(0.15)))
        painter.drawRect(rect)
        painter.setPen(QColor("#111827"))
        painter.drawText(rect.adjusted(pad, pad, -pad, -pad), _WRAP, text)
        x += width


def _footer(painter: QPainter, page: QRectF, number: int, total: int, printed_at: datetime,
            height: float) -> None:
    painter.setFont(font(8))
    painter.setPen(QColor("#4b5563"))
    rect = QRectF(page.left(), page.bottom() - height, page.width(), height)
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                     f"打印时间：{printed_at:%Y-%m-%d %H:%M}")
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                     f"第 {number} 页 / 共 {total} 页")


def log_pdf_screenshot(store, actor, pdf_path: str, png_path: str, query=None) -> int:
    """For the README: today's log (or `query`) exported as a PDF through the core (so audited like any
    export), and its first page as a PNG. Returns the number of rows."""
    from shared.services.privacy.visitor_log import LogQuery, export_log

    query = query or LogQuery(date_from=datetime.now().date(), date_to=datetime.now().date())
    done = export_log(store, actor, query, "pdf", pdf_path, pdf_writer=write_log_pdf)
    render_pdf_page_png(pdf_path, png_path)
    return done.value
