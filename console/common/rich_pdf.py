"""Paged rich-text printouts: an HTML body laid out by QTextDocument on A4 pages, a header and a footer
painted on each page, and the HTML blocks (title, section, fields, table, signature line) they are made of."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import (QColor, QFont, QFontMetricsF, QPainter, QPdfWriter, QPen, QTextCursor, QTextDocument,
                           QTextFrameFormat, QTextTable)

from console.common.pdf import DPI, font, mm, paint_rect

INK, MUTED, RULE, SHADE, HEAD, BAND, ACCENT = ("#111827", "#4b5563", "#9ca3af", "#f9fafb", "#e5e7eb", "#dbeafe",
                                               "#2563eb")
PAD_MM = 1.2
PAD_PX = PAD_MM * 96 / 25.4  # Qt reads CSS pixels at 96 dpi and scales them to the writer's
STYLE = f"""
table.grid td, table.grid th {{ border-left: 1px solid {RULE}; border-bottom: 1px solid {RULE}; }}
table.grid .last {{ border-right: 1px solid {RULE}; }}
table.grid th {{ border-top: 1px solid {RULE}; background-color: {HEAD}; font-weight: bold; text-align: left; }}
td.sign {{ border-bottom: 2px solid {INK}; }}
"""
# A grid line is a cell's left or bottom border, drawn once (a right one would be painted over by the next
# cell's shade), and HAIRLINE_MM wide per CSS pixel.
HAIRLINE_MM = 0.15
EDGE_PX = 2  # room round each laid-out page, so a border at its edge is painted, not clipped
KEEP_LINES = 2.5  # a section heading goes to the next page when less than this is left under it


def text(value: str) -> str:
    """Escaped for HTML (the body keeps white space and line breaks as entered)."""
    return escape(value or "")


def elide_lines(value: str, cell_font: QFont, width: float, lines: int, device: QPdfWriter) -> str:
    """Short enough for `lines` lines of `width` device units: a printed row must fit on a page."""
    metrics = QFontMetricsF(cell_font, device)
    if metrics.horizontalAdvance(value) <= width * lines * 0.95:
        return value
    return metrics.elidedText(value, Qt.TextElideMode.ElideRight, width * lines * 0.9)


@dataclass(frozen=True)
class Column:
    title: str
    width_mm: float
    right: bool = False  # amounts


class Body:
    """The flowing part of a printout, block by block; widths are shares of the page's width in mm."""

    def __init__(self, writer: QPdfWriter, cell_font: QFont, colon: str = "：", label_mm: float = 26) -> None:
        self.writer, self.font, self.colon, self.label_mm = writer, cell_font, colon, label_mm
        self.width_mm = paint_rect(writer).width() / mm(1)
        self.parts: list[str] = []
        self.tables = 0  # top-level tables so far: a heading is found again by its index
        self.headings: list[int] = []

    def html(self) -> str:
        return f'<body style="color:{INK}; white-space:pre-wrap">{"".join(self.parts)}</body>'

    def _pct(self, width_mm: float) -> str:
        return f"{100 * width_mm / self.width_mm:.2f}%"

    def _table(self, attributes: str, rows: str) -> None:
        self.tables += 1
        self.parts.append(f'<table width="100%" cellspacing="0" {attributes}>{rows}</table>')

    def space(self, height_mm: float) -> None:
        self.parts.append(f'<p style="margin:0; font-size:{height_mm * 72 / 25.4:.1f}pt">&nbsp;</p>')

    def title(self, title: str, subtitle: str = "") -> None:
        self.parts.append(f'<p align="center" style="margin:0; font-size:17pt; font-weight:bold; '
                          f'line-height:140%">{text(title)}</p>')
        if subtitle:
            self.parts.append(f'<p align="center" style="margin:0; font-size:10pt; color:{MUTED}">'
                              f'{text(subtitle)}</p>')
        self.space(3)

    def section(self, title: str) -> None:
        """A heading with a blue bar, kept with what follows it (see KEEP_LINES)."""
        self.headings.append(self.tables)
        self._table('cellpadding="0" style="margin-top:6px; margin-bottom:3px"',
                    f'<tr><td width="{self._pct(1.2)}" bgcolor="{ACCENT}"></td>'
                    f'<td style="padding-left:8px; font-size:11pt; font-weight:bold">{text(title)}</td></tr>')

    def fields(self, pairs: Sequence[tuple[str, str]], wide: Sequence[str] = ()) -> None:
        """Label: value, two to a row; a label in `wide` (long text) gets the whole row. Empty values
        are left out: a plan without a pickup does not print an empty pickup line."""
        pairs = [(label, value) for label, value in pairs if value]
        label_w, value_w = self._pct(self.label_mm), self._pct(self.width_mm / 2 - self.label_mm)
        rows: list[list[tuple[str, str]]] = []
        for label, value in pairs:
            if label in wide:
                rows.append([(label, value)])
                continue
            if not rows or len(rows[-1]) == 2 or rows[-1][0][0] in wide:
                rows.append([])
            rows[-1].append((label, value))
        html = []
        for row in rows:
            cells = []
            for label, value in row:
                span = ' colspan="3"' if label in wide else f' width="{value_w}"'
                cells.append(f'<td width="{label_w}" style="color:{MUTED}; font-weight:bold">'
                             f'{text(label + self.colon)}</td><td{span}>{text(value)}</td>')
            html.append(f"<tr>{''.join(cells)}</tr>")
        if html:
            self._table('cellpadding="1" style="margin-bottom:6px"', "".join(html))

    def paragraph(self, value: str, muted: bool = False, points: float = 0) -> None:
        style = (f"color:{MUTED}; " if muted else "") + (f"font-size:{points}pt; " if points else "")
        self.parts.append(f'<p style="{style}margin-top:0; margin-bottom:6px">{text(value)}</p>')

    def table(self, columns: Sequence[Column], rows: Sequence[Sequence[str]], bold_rows: frozenset[int] = frozenset(),
              band: Callable[[int], str] | None = None, empty: str = "", head_pt: float = 9,
              max_lines: int = 8, middle: bool = False) -> None:
        """Rows with the header repeated after a page break, every other row shaded, a long cell cut
        at `max_lines`. band(i): a full-width label before row i (a day of the itinerary), or "";
        `empty` stands for no rows; `middle`: cells centred vertically rather than at the top."""
        total = sum(c.width_mm for c in columns)
        room = [mm(c.width_mm * self.width_mm / total) - 2 * mm(PAD_MM) for c in columns]
        rows = [[elide_lines(v, self.font, width, max_lines, self.writer) for v, width in zip(cells, room)]
                for cells in rows]
        last = len(columns) - 1
        heads = "".join(f'<th width="{100 * c.width_mm / total:.2f}%"{_cell(c, n == last)}>{text(c.title)}</th>'
                        for n, c in enumerate(columns))
        html = [f'<thead><tr style="font-size:{head_pt}pt">{heads}</tr></thead>']
        whole = f'colspan="{len(columns)}" class="last"'
        valign = ' valign="middle"' if middle else ""
        for index, cells in enumerate(rows):
            label = band(index) if band else ""
            if label:
                html.append(f'<tr bgcolor="{BAND}"><td {whole}><b>{text(label)}</b></td></tr>')
            shade = f' bgcolor="{SHADE}"' if index % 2 else ""
            weight = ' style="font-weight:bold"' if index in bold_rows else ""
            tds = "".join(f"<td{_cell(c, n == last)}{valign}>{text(v)}</td>"
                          for n, (c, v) in enumerate(zip(columns, cells)))
            html.append(f"<tr{shade}{weight}>{tds}</tr>")
        if not rows:
            html.append(f'<tr><td {whole} align="center" style="color:{MUTED}">{text(empty)}</td></tr>')
        self._table(f'class="grid" cellpadding="{PAD_PX:.1f}" style="margin-bottom:10px"', "".join(html))

    def signature_line(self, label: str, value: str) -> None:
        self._table('cellpadding="2" style="margin-top:10px; font-size:10pt"',
                    f'<tr><td width="{self._pct(30)}" valign="bottom" style="font-weight:bold">'
                    f'{text(label + self.colon)}</td><td width="{self._pct(70)}" class="sign" valign="bottom">'
                    f'{text(value)}</td><td></td></tr>')


def _cell(column: Column, last: bool) -> str:
    """The last column draws the table's right edge; amounts are right-aligned."""
    return (' class="last"' if last else "") + (' align="right"' if column.right else "")


def draw_text(painter: QPainter, rect: QRectF, flags: Qt.AlignmentFlag, value: str, text_font: QFont,
              color: str = MUTED) -> None:
    painter.setFont(text_font)
    painter.setPen(QColor(color))
    painter.drawText(rect, int(flags), value)


def draw_footer(painter: QPainter, page: QRectF, height: float, left: str, right: str) -> None:
    """The printing time on the left and the page number on the right, at the foot of the page."""
    rect = QRectF(page.left(), page.bottom() - height, page.width(), height)
    bottom = Qt.AlignmentFlag.AlignBottom
    draw_text(painter, rect, Qt.AlignmentFlag.AlignLeft | bottom, left, font(8))
    draw_text(painter, rect, Qt.AlignmentFlag.AlignRight | bottom, right, font(8))


def draw_rule(painter: QPainter, page: QRectF, y: float) -> None:
    painter.setPen(QPen(QColor(RULE), mm(0.25)))
    painter.drawLine(page.left(), y, page.right(), y)


Decorate = Callable[[QPainter, QRectF, int, int], None]  # painter, page, number, total


def write_pages(path: str, body: Body, header_mm: float, footer_mm: float, decorate: Decorate) -> int:
    """Lay the body out in pages as tall as the paper less the header and the footer, then paint each
    page: its slice of the body and decorate(...)'s header and footer. Returns the page count."""
    writer = body.writer
    page = paint_rect(writer)
    top, height, edge = mm(header_mm), page.height() - mm(header_mm) - mm(footer_mm), EDGE_PX * DPI / 96
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)  # measured in the writer's units, as it will print
    doc.setDefaultFont(body.font)
    doc.setDocumentMargin(EDGE_PX)
    doc.setDefaultStyleSheet(STYLE)
    doc.setHtml(body.html())
    _thin_borders(doc)
    doc.setPageSize(QSizeF(page.width() + 2 * edge, height + 2 * edge))
    _keep_headings(doc, body.headings, height + 2 * edge, edge,
                   QFontMetricsF(body.font, writer).lineSpacing() * KEEP_LINES)
    total = doc.pageCount()
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    try:
        for number in range(total):
            if number:
                writer.newPage()
            decorate(painter, page, number + 1, total)
            painter.save()
            painter.translate(page.left() - edge, page.top() + top - edge - number * (height + 2 * edge))
            doc.drawContents(painter, QRectF(0, number * (height + 2 * edge), page.width() + 2 * edge,
                                             height + 2 * edge))
            painter.restore()
    finally:
        painter.end()
    return total


def _keep_headings(doc: QTextDocument, headings: Sequence[int], page_height: float, edge: float,
                   reserve: float) -> None:
    """A heading is not left alone at a page foot: one too close to it starts the next page instead."""
    layout = doc.documentLayout()
    for index in headings:
        table = doc.rootFrame().childFrames()[index]
        rect = layout.frameBoundingRect(table)
        room = page_height - edge - rect.top() % page_height
        if rect.height() + reserve > room:
            fmt = table.frameFormat()
            fmt.setPageBreakPolicy(QTextFrameFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            table.setFrameFormat(fmt)


def _thin_borders(doc: QTextDocument) -> None:
    """Each CSS border pixel made HAIRLINE_MM wide: the HTML reader rounds widths to whole pixels, too coarse."""
    scale = HAIRLINE_MM * 96 / 25.4
    edit = QTextCursor(doc)
    edit.beginEditBlock()  # one layout for all the changes, not one per cell
    for table in doc.rootFrame().childFrames():
        if not isinstance(table, QTextTable):
            continue
        for row in range(table.rows()):
            for column in range(table.columns()):
                cell = table.cellAt(row, column)
                fmt = cell.format().toTableCellFormat()
                fmt.setTopBorder(fmt.topBorder() * scale)
                fmt.setBottomBorder(fmt.bottomBorder() * scale)
                fmt.setLeftBorder(fmt.leftBorder() * scale)
                fmt.setRightBorder(fmt.rightBorder() * scale)
                cell.setFormat(fmt)
    edit.endEditBlock()
