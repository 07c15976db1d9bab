"""访客登记表: search over all history, masked rows and files, confidential visits, reveals, exports and
archives, on both databases."""
import csv
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from shared.domain.errors import InvalidInput, NotFound
from shared.domain.model import Actor, WalkIn
from shared.services.privacy import visitor_log as vl
from shared.services.site.audit import audit_entries
from shared.services.directory.hosts import add_host
from shared.domain.permissions import NotPermitted
from shared.services.desk.queries import todays_visits, visit_by_badge, visits_by_ids
from shared.services.checkin import check_in_walk_in
from shared.store import models as db
from tests.support.actors import STAFF

KIOSK = Actor("kiosk-1")
DESK = Actor("desk-1", "Amy", "receptionist")
GUARD = Actor("gate-1", "老赵", "security")
ADMIN = Actor("desk-1", "Boss", "admin")
TODAY = date.today()
ID_NUMBER = "11010519491231002X"


def walk_in(store, name, mobile="13800138000", company="", host=None, days_ago=0, **extra):
    visit = check_in_walk_in(store, KIOSK, WalkIn(name, mobile, company, host, host_unknown=host is None,
                                                  **extra)).value
    if days_ago:
        with store.write() as s:
            s.execute(update(db.Visit).where(db.Visit.id == visit.id)
                      .values(visit_date=TODAY - timedelta(days=days_ago)))
    return visit


@pytest.fixture
def site(store):
    """Four visits over three months, two hosts."""
    li = add_host(store, "李娜", "Li Na", "采购部").value
    chen = add_host(store, "陈晨", "Chen Chen", "人事部").value
    visits = {
        "zhang": walk_in(store, "张三丰", "13800138000", "华为技术有限公司", li.id, days_ago=60, id_number=ID_NUMBER),
        "wang": walk_in(store, "王小明", "13912345678", "Siemens China", chen.id, days_ago=10, plate="粤B12345"),
        "smith": walk_in(store, "John Smith", "13700001111", "Accenture", li.id, days_ago=1),
        "zhao": walk_in(store, "赵丽", "13600002222", "美的集团", chen.id),
    }
    return store, visits, li, chen


def names(page):
    return [r.visitor_name for r in page.rows]


@pytest.mark.parametrize("text, found", [
    ("王小明", ["王小明"]), ("小明", ["王小明"]),
    ("wangxiaoming", ["王小明"]), ("wang xiao", ["王小明"]), ("xiaoming", ["王小明"]), ("wxm", ["王小明"]),
    ("zsf", ["张三丰"]), ("ZhangS", ["张三丰"]), ("sanfeng", ["张三丰"]),
    ("smith", ["John Smith"]),
    ("13912345678", ["王小明"]), ("139 1234 5678", ["王小明"]), ("8000", ["张三丰"]),
    ("华为", ["张三丰"]), ("siemens", ["王小明"]),
    ("李娜", ["John Smith", "张三丰"]), ("chenchen", ["赵丽", "王小明"]),  # hosts, by name and pinyin
    ("粤B12345", ["王小明"]),
    ("nobody", []), ("钱多多", []),
])
def test_search_by_name_pinyin_mobile_company_and_host_over_all_history(site, text, found):
    store, *_ = site
    page = vl.search_log(store, DESK, vl.LogQuery(text))
    assert names(page) == found and page.total == len(found)


def test_newest_first_date_range_host_filter_and_pages(site):
    store, visits, li, chen = site
    assert names(vl.search_log(store, DESK, vl.LogQuery())) == ["赵丽", "John Smith", "王小明", "张三丰"]
    week = vl.LogQuery(date_from=TODAY - timedelta(days=7), date_to=TODAY)
    assert names(vl.search_log(store, DESK, week)) == ["赵丽", "John Smith"]
    assert names(vl.search_log(store, DESK, vl.LogQuery(date_to=TODAY - timedelta(days=30)))) == ["张三丰"]
    assert names(vl.search_log(store, DESK, vl.LogQuery(host_id=li.id))) == ["John Smith", "张三丰"]
    assert names(vl.search_log(store, DESK, vl.LogQuery("zhao", host_id=li.id))) == []
    pages = [vl.search_log(store, DESK, vl.LogQuery(page=n, page_size=3)) for n in range(2)]
    assert [names(p) for p in pages] == [["赵丽", "John Smith", "王小明"], ["张三丰"]]
    assert {(p.total, p.pages) for p in pages} == {(4, 2)}
    with pytest.raises(InvalidInput) as err:
        vl.search_log(store, DESK, vl.LogQuery(date_from=TODAY, date_to=TODAY - timedelta(days=1)))
    assert err.value.problems == {"date_to": "before_start"}


def test_numbers_are_masked_in_rows(site):
    store, visits, *_ = site
    (row,) = vl.search_log(store, DESK, vl.LogQuery("张三丰")).rows
    assert (row.mobile_masked, row.id_masked) == ("138****8000", "1101**********002X")
    assert "13800138000" not in repr(row) and ID_NUMBER not in repr(row)
    (other,) = vl.search_log(store, DESK, vl.LogQuery("王小明")).rows
    assert (other.mobile_masked, other.id_masked, other.plate) == ("139****5678", "", "粤B12345")


def test_csv_and_xlsx_exports_are_masked_chinese_and_audited(site, tmp_path):
    store, *_ = site
    path = tmp_path / "log.csv"
    assert vl.export_log(store, DESK, vl.LogQuery(), "csv", str(path)).value == 4
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    lines = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert lines[0][:5] == ["登记号", "日期", "来访时间", "离开时间", "姓名"]
    zhang = next(line for line in lines if line[4] == "张三丰")
    assert (zhang[6], zhang[7], zhang[11]) == ("138****8000", "1101**********002X", "已通知被访人")
    assert "13800138000" not in raw.decode("utf-8-sig") and ID_NUMBER not in raw.decode("utf-8-sig")

    book = tmp_path / "log.xlsx"
    assert vl.export_log(store, DESK, vl.LogQuery("zhang"), "xlsx", str(book)).value == 1
    sheet = load_workbook(book)[vl.TITLE]
    values = [[c.value for c in r] for r in sheet.iter_rows()]
    assert values[0][4] == "姓名" and values[1][4] == "张三丰" and values[1][6] == "138****8000"
    assert values[1][7] == "1101**********002X"

    exports = [(e.operator, e.subject, e.detail) for e in reversed(audit_entries(store, STAFF, "export"))]
    assert exports == [("Amy", "visitor log 全部", {"format": "csv", "rows": 4}),
                       ("Amy", "visitor log 全部", {"format": "xlsx", "rows": 1, "filter": "z****"})]


def test_an_export_needs_the_permission_and_a_known_format(site, tmp_path):
    store, *_ = site
    with pytest.raises(NotPermitted):
        vl.export_log(store, KIOSK, vl.LogQuery(), "csv", str(tmp_path / "a.csv"))
    with pytest.raises(InvalidInput) as err:
        vl.export_log(store, DESK, vl.LogQuery(), "doc", str(tmp_path / "a.doc"))
    assert err.value.problems == {"format": "invalid"}
    with pytest.raises(InvalidInput):
        vl.export_log(store, DESK, vl.LogQuery(), "pdf", str(tmp_path / "a.pdf"))  # no writer: the core has no Qt
    with pytest.raises(InvalidInput) as err:
        vl.export_log(store, DESK, vl.LogQuery(), "csv", str(tmp_path / "no such folder" / "a.csv"))
    assert err.value.problems == {"path": "unwritable"}
    assert audit_entries(store, STAFF, "export") == [] and not (tmp_path / "a.csv").exists()


def test_a_formula_typed_as_a_name_stays_text(store, tmp_path):
    walk_in(store, "Ann", company="=HYPERLINK(1)", purpose="@SUM(1)")
    path = tmp_path / "log.csv"
    vl.export_log(store, DESK, vl.LogQuery(), "csv", str(path))
    row = list(csv.reader(path.read_text("utf-8-sig").splitlines()))[1]
    assert (row[5], row[9]) == ("'=HYPERLINK(1)", "'@SUM(1)")


def test_a_huge_export_is_refused_with_a_reason(site, tmp_path, monkeypatch):
    store, *_ = site
    monkeypatch.setattr(vl, "EXPORT_LIMIT", 3)
    with pytest.raises(InvalidInput) as err:
        vl.export_log(store, DESK, vl.LogQuery(), "csv", str(tmp_path / "a.csv"))
    assert err.value.problems == {"log": "too_many_rows"}
    assert vl.export_log(store, DESK, vl.LogQuery("wang"), "csv", str(tmp_path / "a.csv")).value == 1


# --- confidential ------------------------------------------------------------------------------------

def everything_a_receptionist_sees(store, text, tmp_path):
    """Every way the desk could learn of a visit: the log (rows, counts, pages, export), the console's lists."""
    page = vl.search_log(store, DESK, vl.LogQuery(text))
    everything = vl.search_log(store, DESK, vl.LogQuery())
    path = tmp_path / f"{len(list(tmp_path.iterdir()))}.csv"
    exported = vl.export_log(store, DESK, vl.LogQuery(text), "csv", str(path)).value
    return (page, everything.total, names(everything), exported, path.read_bytes(),
            [v.visitor_name for v in todays_visits(store, actor=DESK)])


def test_a_confidential_visit_is_for_a_receptionist_exactly_what_a_stranger_is(store, tmp_path):
    walk_in(store, "赵丽", "13600002222")
    before = {text: everything_a_receptionist_sees(store, text, tmp_path)
              for text in ("钱多多", "qianduoduo", "13511112222")}
    secret = walk_in(store, "钱多多", "13511112222", "国安")
    vl.set_confidential(store, GUARD, secret.id, True)
    for text, stranger in before.items():
        assert everything_a_receptionist_sees(store, text, tmp_path) == stranger

    missing = max(secret.id, 10_000) + 1
    errors = []
    for visit_id in (secret.id, missing):
        with pytest.raises(NotFound) as err:
            vl.set_confidential(store, DESK, visit_id, False)
        errors.append((type(err.value), str(err.value), err.value.params.keys()))
    assert errors[0][:2] == errors[1][:2] and errors[0][2] == errors[1][2]
    assert visits_by_ids(store, [secret.id], actor=DESK) == visits_by_ids(store, [missing], actor=DESK) == []
    token = _token(store, secret.id)
    with pytest.raises(NotFound) as hidden:
        visit_by_badge(store, token, actor=DESK)
    with pytest.raises(NotFound) as unknown:
        visit_by_badge(store, "no-such-token", actor=DESK)
    assert (str(hidden.value), hidden.value.params) == (str(unknown.value), unknown.value.params)


def _token(store, visit_id):
    with store.read() as s:
        return s.scalar(select(db.Visit.badge_token).where(db.Visit.id == visit_id))


def test_security_and_the_system_see_a_confidential_visit_and_know_it_is(store):
    secret = walk_in(store, "钱多多", "13511112222")
    done = vl.set_confidential(store, DESK, secret.id, True)  # a receptionist may hide a visit...
    assert done.value.confidential
    assert vl.search_log(store, DESK, vl.LogQuery("钱多多")).total == 0  # ...and then no longer finds it
    (row,) = vl.search_log(store, GUARD, vl.LogQuery("qdd")).rows
    assert row.confidential and row.visitor_name == "钱多多"
    assert [v.confidential for v in visits_by_ids(store, [secret.id], actor=GUARD)] == [True]
    assert [v.id for v in todays_visits(store, actor=STAFF)] == [secret.id]  # the system (no actor) sees everything
    assert visit_by_badge(store, _token(store, secret.id), actor=STAFF).id == secret.id  # the kiosk's badge scan still works
    everyone = todays_visits(store, actor=STAFF)
    assert vl.visible_visits(DESK, everyone) == [] and vl.visible_visits(GUARD, everyone) == everyone

    vl.set_confidential(store, GUARD, secret.id, False)
    assert vl.search_log(store, DESK, vl.LogQuery("钱多多")).total == 1
    entries = [(e.operator, e.action, e.subject, e.detail) for e in reversed(audit_entries(store, STAFF, "confidential"))]
    assert entries == [("Amy", "confidential", f"visit {secret.visit_no}", {"confidential": True}),
                       ("老赵", "confidential", f"visit {secret.visit_no}", {"confidential": False})]
    with pytest.raises(NotPermitted):
        vl.set_confidential(store, KIOSK, secret.id, True)


# --- reveal ------------------------------------------------------------------------------------------

def test_revealing_a_full_number_needs_a_role_and_a_reason_and_is_audited(site):
    store, visits, *_ = site
    zhang = visits["zhang"]
    with pytest.raises(NotPermitted):
        vl.reveal(store, DESK, zhang.id, "mobile", "the host asks to call the visitor")
    for reason, code in (("", "required"), ("   ", "required"), ("查验", "too_short")):
        with pytest.raises(InvalidInput) as err:
            vl.reveal(store, GUARD, zhang.id, "mobile", reason)
        assert err.value.problems == {"reason": code}
    with pytest.raises(InvalidInput) as err:
        vl.reveal(store, GUARD, zhang.id, "name", "family emergency")
    assert err.value.problems == {"field": "invalid"}
    assert audit_entries(store, STAFF, "reveal") == []

    assert vl.reveal(store, GUARD, zhang.id, "mobile", "家属紧急联系").value == "13800138000"
    assert vl.reveal(store, ADMIN, zhang.id, "id_number", "police request, case 42").value == ID_NUMBER
    with pytest.raises(InvalidInput) as err:
        vl.reveal(store, GUARD, visits["wang"].id, "id_number", "family emergency")
    assert err.value.problems == {"id_number": "not_held"}
    entries = [(e.operator, e.subject, e.detail) for e in reversed(audit_entries(store, STAFF, "reveal"))]
    assert entries == [("老赵", f"visit {zhang.visit_no}", {"field": "mobile", "reason": "家属紧急联系"}),
                       ("Boss", f"visit {zhang.visit_no}", {"field": "id_number", "reason": "police request, case 42"})]
    assert ID_NUMBER not in str(entries) and "13800138000" not in str(entries)
    with pytest.raises(NotFound):
        vl.reveal(store, GUARD, 999_999, "mobile", "family emergency")


# --- archive -----------------------------------------------------------------------------------------

def test_archiving_a_day_records_who_handed_it_to_whom_and_a_digest_of_its_rows(site, tmp_path):
    store, visits, *_ = site
    written = []

    def writer(rows, title, subtitle, path):
        written.append((len(rows), title, subtitle, path))

    day = TODAY - timedelta(days=10)
    pdf = str(tmp_path / "day.pdf")
    archive = vl.archive_day(store, DESK, day, "  保安 老赵 ", pdf, pdf_writer=writer).value
    rows = vl.search_log(store, DESK, vl.LogQuery(date_from=day, date_to=day)).rows
    assert (archive.day, archive.archived_by, archive.handed_to, archive.rows) == (day, "Amy", "保安 老赵", 1)
    assert archive.digest == vl.log_digest(rows) and len(archive.digest) == 64 and archive.path == pdf
    assert written == [(1, "访客登记表", day.isoformat(), pdf)]
    assert vl.archive_of(store, STAFF, day) == archive and vl.archive_of(store, STAFF, TODAY) is None
    (entry,) = audit_entries(store, STAFF, "archive")
    assert (entry.subject, entry.detail) == (f"visitor log {day.isoformat()}",
                                             {"handed_to": "保安 老赵", "rows": 1, "digest": archive.digest})

    for args, problem in (((day, "someone"), {"log_day": "archived"}),
                          ((TODAY, "  "), {"handed_to": "required"}),
                          ((TODAY + timedelta(days=1), "someone"), {"log_day": "future"})):
        with pytest.raises(InvalidInput) as err:
            vl.archive_day(store, DESK, *args)
        assert err.value.problems == problem
    with pytest.raises(NotPermitted):
        vl.archive_day(store, KIOSK, TODAY, "someone")
    assert len(audit_entries(store, STAFF, "archive")) == 1


def test_the_digest_changes_when_a_row_does(site):
    store, *_ = site
    rows = vl.search_log(store, DESK, vl.LogQuery()).rows
    assert vl.log_digest(rows) != vl.log_digest(rows[:-1]) != vl.log_digest(rows[1:])
