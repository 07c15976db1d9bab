"""Spreadsheets from the office: CSV in UTF-8 or GBK, XLSX, loose headers, clear refusals."""
from datetime import date, time

import pytest
from openpyxl import Workbook

from shared.domain.errors import InvalidInput
from shared.services.common.tables import read_sheet

COLUMNS = {"name": ("姓名", "Visitor"), "mobile": ("手机", "Mobile phone"), "date": ("日期",), "from": ("开始",)}


def test_csv_in_gbk_with_chinese_headers(tmp_path):
    path = tmp_path / "来访.csv"
    path.write_bytes("姓名,手机\n张伟,13800138000\n\n李娜,\n".encode("gbk"))
    rows = read_sheet(path, COLUMNS, required=("name",))
    assert [(r.line, r.values) for r in rows] == [(2, {"name": "张伟", "mobile": "13800138000"}),
                                                 (4, {"name": "李娜", "mobile": ""})]


def test_xlsx_numbers_dates_and_times_come_back_as_a_person_typed_them(tmp_path):
    book = Workbook()
    book.active.append(["Visitor", "Mobile phone", "日期", "开始"])
    book.active.append(["Anna Schmidt", 13800138000, date(2026, 12, 1), time(9, 30)])
    path = tmp_path / "expected.xlsx"
    book.save(path)
    (row,) = read_sheet(path, COLUMNS, required=("name",))
    assert row.values == {"name": "Anna Schmidt", "mobile": "13800138000", "date": "2026-12-01", "from": "09:30"}


def test_a_missing_required_column_refuses_the_file(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("company\nACME\n", encoding="utf-8")
    with pytest.raises(InvalidInput) as err:
        read_sheet(path, COLUMNS, required=("name", "mobile"))
    assert err.value.problems == {"columns": "name, mobile"}


@pytest.mark.parametrize("name, data, problem", [("a.xlsx", b"not a zip", "unreadable"), ("a.txt", b"x", "type"),
                                                 ("a.csv", b"", "empty")])
def test_unreadable_files_get_a_clear_problem(tmp_path, name, data, problem):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InvalidInput) as err:
        read_sheet(path, COLUMNS, required=("name",))
    assert err.value.problems == {"file": problem}
