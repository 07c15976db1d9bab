"""Rows from a spreadsheet a person prepared: CSV (UTF-8 or the GBK Excel writes in China) or XLSX.

Headers are matched loosely (case, spaces, Chinese or English names) so an office export works as is."""
from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from shared.domain.errors import InvalidInput
from shared.domain.text import clean_text, raw_problem

MAX_ROWS = 5000
CELL_MAX = 2000  # no column holds more; a longer cell is refused before it is cleaned


@dataclass(frozen=True, slots=True)
class SheetRow:
    line: int  # as the person sees it in their program: the header is line 1
    values: dict[str, str]  # field -> cleaned text ("" when absent)
    problems: dict[str, str] = field(default_factory=dict)  # field -> why its cell was refused


class _BadCell(str):
    """A cell refused as it was read (control characters, NUL, unpaired surrogates, far too long): its row
    is rejected with the reason, the other rows are not."""

    problem = ""

    def __bool__(self) -> bool:  # a row holding only a refused cell is not a blank row
        return True


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
    text = str(value)
    if problem := raw_problem(text, CELL_MAX, multiline=True):
        bad = _BadCell("")
        bad.problem = problem
        return bad
    return clean_text(text)


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
        values = {f: row[i] if i < len(row) else "" for f, i in where.items()}
        bad = {f: v.problem for f, v in values.items() if isinstance(v, _BadCell)}
        out.append(SheetRow(line, {f: str(v) for f, v in values.items()}, bad))
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
