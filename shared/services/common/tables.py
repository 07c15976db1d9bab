"""Rows from a spreadsheet a person prepared: CSV (UTF-8 or the GBK Excel writes in China) or XLSX.

Headers are matched loosely (case, spaces, Chinese or English names) so an office export works as is."""
from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from shared.domain.errors import InvalidInput
from shared.domain.text import clean_text

MAX_ROWS = 5000


@dataclass(frozen=True, slots=True)
class SheetRow:
    line: int  # as the person sees it in their program: the header is line 1
    values: dict[str, str]  # field -> cleaned text ("" when absent)


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InvalidInput({"file": "encoding"})


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a mobile number typed into Excel comes back as 13800138000.0
    if hasattr(value, "strftime"):
        return value.strftime("%H:%M") if type(value).__name__ == "time" else value.strftime("%Y-%m-%d")
    return clean_text(str(value))


def _raw_rows(path: Path) -> list[list[str]]:
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            return [[_cell(v) for v in row] for row in csv.reader(io.StringIO(_decode(path.read_bytes())))]
        if suffix == ".xlsx":
            from openpyxl import load_workbook

            book = load_workbook(path, read_only=True, data_only=True)
            try:
                return [[_cell(v) for v in row] for row in book.worksheets[0].iter_rows(values_only=True)]
            finally:
                book.close()
    except InvalidInput:
        raise
    except (OSError, ValueError, KeyError, csv.Error) as err:
        raise InvalidInput({"file": "unreadable"}) from err
    except Exception as err:  # openpyxl raises its own kinds for a damaged or non-XLSX file
        raise InvalidInput({"file": "unreadable"}) from err
    raise InvalidInput({"file": "type"})


def _key(header: str) -> str:
    return clean_text(header).casefold().replace(" ", "").replace("_", "")


def read_sheet(path: Path, columns: Mapping[str, tuple[str, ...]], required: tuple[str, ...]) -> list[SheetRow]:
    """columns: field -> the header names it may have. The first row is the header; blank rows are
    skipped. A missing required column refuses the whole file: InvalidInput {"columns": "a, b"}."""
    rows = _raw_rows(Path(path))
    if not rows:
        raise InvalidInput({"file": "empty"})
    header = [_key(h) for h in rows[0]]
    where = {}
    for field, names in columns.items():
        for name in (field, *names):
            if _key(name) in header:
                where[field] = header.index(_key(name))
                break
    if missing := [f for f in required if f not in where]:
        raise InvalidInput({"columns": ", ".join(missing)})
    if len(rows) - 1 > MAX_ROWS:
        raise InvalidInput({"file": "too_many_rows"})
    out = []
    for line, row in enumerate(rows[1:], start=2):
        if not any(row):
            continue
        out.append(SheetRow(line, {f: row[i] if i < len(row) else "" for f, i in where.items()}))
    return out


@dataclass(frozen=True, slots=True)
class RejectedRow:
    line: int
    problems: dict[str, str]  # field -> problem code, as InvalidInput carries them


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did, row by row: the good rows are saved, the others say why not."""

    accepted: int
    rejected: tuple[RejectedRow, ...]
