"""Every CSV and XLSX file the product writes: one writer, so no cell a person typed becomes a formula.

A name typed at the kiosk such as =HYPERLINK("http://…") or @SUM(A1) would run when the file is opened in
a spreadsheet; a cell whose text starts with = + - @ (or their full-width forms, or a tab or line break),
even after leading spaces, gets a leading apostrophe. Real numbers (int, float) stay numbers. CSV files
carry a byte-order mark so Excel reads the Chinese as UTF-8."""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path

Cell = str | int | float | None
FORMULA_START = frozenset("=+-@\t\r\n＝＋－＠")
# what a spreadsheet may skip before reading a cell: spaces, control and zero-width characters
_LEADING = re.compile(r"^[\s\x00-\x1f\x7f\u200b-\u200f\u2060\ufeff]+")


def safe_cell(value: Cell) -> str | int | float:
    """The value as a cell that is never a formula: numbers as numbers, text neutralised."""
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    text = str(value)
    if text[:1] in FORMULA_START or _LEADING.sub("", text)[:1] in FORMULA_START:
        return "'" + text
    return text


def safe_row(row: Iterable[Cell]) -> list[str | int | float]:
    return [safe_cell(value) for value in row]


def csv_text(rows: Iterable[Sequence[Cell]]) -> str:
    """The rows as CSV text (CRLF line ends, as Excel writes them), every cell made safe."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(map(safe_row, rows))
    return out.getvalue()


def write_csv(path: str | Path, rows: Iterable[Sequence[Cell]]) -> None:
    """The rows to a CSV file, UTF-8 with a BOM; written row by row (a log export can be 50,000 rows)."""
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            writer.writerow(safe_row(row))


def write_xlsx(path: str | Path, title: str, rows: Iterable[Sequence[Cell]], widths: Sequence[float] = (),
               bold_rows: Collection[int] = (0,), freeze: str | None = None) -> None:
    """The rows to one sheet; bold_rows: which rows (from 0) are headings; widths: of the columns from A."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)  # streamed: memory stays flat however many rows
    sheet = book.create_sheet(title[:31])
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    if freeze:
        sheet.freeze_panes = freeze
    bold = Font(bold=True)
    for index, row in enumerate(rows):
        # a control character (pasted from elsewhere) would make openpyxl refuse the whole file
        cells = safe_row(ILLEGAL_CHARACTERS_RE.sub("", c) if isinstance(c, str) else c for c in row)
        if index in bold_rows:
            cells = [_bold(WriteOnlyCell(sheet, value=c), bold) for c in cells]
        sheet.append(cells)
    book.save(path)


def _bold(cell, font):
    cell.font = font
    return cell
