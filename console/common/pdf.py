"""What every printable PDF shares: the resolution, millimetres to device units, the shipped CJK font
(embedded, so a document prints the same on any machine), opening an A4 writer, and reading a PDF back
(a page as a PNG for the README, its text for tests)."""
from __future__ import annotations

from PySide6.QtCore import QMarginsF, QRectF, QSize
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from assets import font_path
from shared.qt.fonts import FAMILY

DPI = 300


def mm(value: float) -> float:
    return value * DPI / 25.4


def family() -> str:
    """The shipped CJK font, registered if the app has not done it yet (a script, a test)."""
    if FAMILY not in QFontDatabase.families():
        for bold in (False, True):
            QFontDatabase.addApplicationFont(str(font_path(bold)))
    return FAMILY


def font(points: float, bold: bool = False) -> QFont:
    result = QFont(family())
    result.setPointSizeF(points)
    result.setBold(bold)
    # Shaped Latin runs lose their text in the PDF (a reader extracts "P261126" as control characters,
    # so search and copy fail); unshaped, the same glyphs keep their characters and look the same.
    result.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    return result


def a4_writer(path: str, title: str, landscape: bool = False, margin_mm: float = 12) -> QPdfWriter:
    writer = QPdfWriter(path)
    writer.setResolution(DPI)
    writer.setTitle(title)
    writer.setCreator("Lobby Reception")
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation,
                                     QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm),
                                     QPageLayout.Unit.Millimeter))
    return writer


def paint_rect(writer: QPdfWriter) -> QRectF:
    """The printable area in device units, with its top-left at (0, 0) (where the painter's origin is)."""
    rect = writer.pageLayout().paintRectPixels(DPI)
    return QRectF(rect).translated(-rect.topLeft())


def _document(pdf_path: str):
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    if document.load(pdf_path) != QPdfDocument.Error.None_:
        raise OSError(f"cannot read {pdf_path}")
    return document


def render_pdf_page_png(pdf_path: str, png_path: str, page: int = 0, width: int = 1600) -> QSize:
    """A picture of one page (README screenshots, tests): QtPdf renders what was written."""
    document = _document(pdf_path)
    points = document.pagePointSize(page)
    size = QSize(width, round(width * points.height() / points.width()))
    image = document.render(page, size)
    canvas = QImage(size, QImage.Format.Format_RGB32)
    canvas.fill(QColor("white"))  # the page is transparent where nothing was painted
    painter = QPainter(canvas)
    painter.drawImage(0, 0, image)
    painter.end()
    if not canvas.save(png_path):
        raise OSError(f"cannot write {png_path}")
    return size


def pdf_text(pdf_path: str, page: int = 0) -> str:
    """The text of one page, as a PDF reader extracts it."""
    return _document(pdf_path).getAllText(page).text()


def pdf_page_count(pdf_path: str) -> int:
    return _document(pdf_path).pageCount()
