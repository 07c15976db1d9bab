"""The host directory kept by the desk: add, edit, deactivate, import; on both databases."""
import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from shared.domain.errors import InvalidInput, NotFound
from shared.domain.model import Actor
from shared.services.directory import hosts
from shared.services.common.tables import RejectedRow
from shared.store import models as db
from tests.support.actors import STAFF

ADMIN = Actor("desk-1", "Admin Li", "admin")


def count(store):
    with store.read() as s:
        return s.scalar(select(func.count(db.Host.id)))


def by_name(store, name):
    return next(h for h in hosts.host_directory(store, STAFF) if h.name == name)


def test_a_new_host_is_found_by_pinyin_and_keeps_every_detail(store):
    made = hosts.create_host(store, ADMIN, name=" 欧阳 娜娜", name_en="Ouyang Nana", department="销售部",
                             email="nana@example.com", phone="138 0013 8000", assistant="小李",
                             assistant_phone="8021", notify_channel="wecom", language="en").value
    assert (made.name, made.pinyin, made.initials) == ("欧阳 娜娜", "ou yang na na", "oynn")
    assert made.phone == "+8613800138000" and made.assistant_phone == "8021"
    assert (made.notify_channel, made.language, made.active) == ("wecom", "en", True)
    assert hosts.host_directory(store, STAFF) == [made]
    assert [h.id for h in hosts.search_hosts(store, "oynn")] == [made.id]


def test_add_host_keeps_its_old_signature_for_the_demo_and_kiosk(store):
    host = hosts.add_host(store, "钱七", "Qian Qi", "法务部 Legal", phone="13900000000", email="qq@example.com").value
    record = hosts.host_record(store, STAFF, host.id)
    assert (host.name, host.name_en, record.phone, record.initials) == ("钱七", "Qian Qi", "+8613900000000", "qq")


@pytest.mark.parametrize("fields, problems", [
    ({"name": ""}, {"name": "required"}),
    ({"name": "张三", "email": "not-an-address", "phone": "12345", "notify_channel": "pigeon"},
     {"email": "invalid", "phone": "invalid", "notify_channel": "invalid"}),
    ({"name": "张三", "language": "fr", "assistant_phone": "call the lobby"},
     {"language": "invalid", "assistant_phone": "invalid"}),
    ({"name": "张三", "department": "部" * 81}, {"department": "too_long"}),
    ({"name": "张三", "colour": "red"}, {"colour": "unknown"}),
])
def test_bad_input_names_every_problem_and_saves_nothing(store, fields, problems):
    with pytest.raises(InvalidInput) as err:
        hosts.create_host(store, ADMIN, **fields)
    assert err.value.problems == problems
    assert count(store) == 0


def test_an_edit_recomputes_the_pinyin_and_a_bad_edit_changes_nothing(store):
    host = hosts.create_host(store, ADMIN, name="张三", email="zs@example.com").value
    renamed = hosts.update_host(store, ADMIN, host.id, name="李四", department="采购部").value
    assert (renamed.pinyin, renamed.initials, renamed.department, renamed.email) == ("li si", "ls", "采购部",
                                                                                     "zs@example.com")
    assert hosts.search_hosts(store, "zs") == [] and hosts.search_hosts(store, "ls")[0].id == host.id
    with pytest.raises(InvalidInput) as err:
        hosts.update_host(store, ADMIN, host.id, department="研发部", email="zs@")
    assert err.value.problems == {"email": "invalid"}
    assert hosts.host_record(store, STAFF, host.id) == renamed
    with pytest.raises(NotFound):
        hosts.update_host(store, ADMIN, 9999, department="x")


def test_a_deactivated_host_stays_listed_but_visitors_no_longer_find_them(store):
    host = hosts.create_host(store, ADMIN, name="王芳").value
    assert hosts.set_host_active(store, ADMIN, host.id, False).value.active is False
    assert hosts.search_hosts(store, "王芳") == []
    assert [h.active for h in hosts.host_directory(store, STAFF)] == [False]
    assert hosts.host_directory(store, STAFF, include_inactive=False) == []
    hosts.set_host_active(store, ADMIN, host.id, True)
    assert [h.name for h in hosts.search_hosts(store, "wf")] == ["王芳"]


def test_the_directory_is_in_pinyin_order(store):
    for name in ("张三", "Emily Carter", "陈建国", "欧阳明"):
        hosts.create_host(store, ADMIN, name=name)
    assert [h.name for h in hosts.host_directory(store, STAFF)] == ["陈建国", "Emily Carter", "欧阳明", "张三"]


def test_import_csv_with_chinese_headers_adds_updates_and_reports_bad_lines(store, tmp_path):
    existing = hosts.create_host(store, ADMIN, name="张三", email="old@example.com", phone="13800138000").value
    path = tmp_path / "通讯录.csv"
    path.write_bytes((
        "姓名,英文名,部门,邮箱,手机,助理,通知方式,语言\n"
        "张三,Zhang San,销售部,zs@example.com,,,企业微信,中文\n"     # updates; the empty mobile keeps the old one
        "李四,Li Si,采购部,ls@example.com,13900000000,小王,邮件,英文\n"  # adds
        ",No Name,IT,x@example.com,,,,\n"                                 # line 4: no name
        "王五,,人事部,wangwu@,12,,信鸽,\n"                                 # line 5: three problems
    ).encode("gbk"))
    report = hosts.import_hosts(store, ADMIN, path).value
    assert report.accepted == 2
    assert report.rejected == (RejectedRow(4, {"name": "required"}),
                               RejectedRow(5, {"email": "invalid", "phone": "invalid", "notify_channel": "invalid"}))
    zhang = hosts.host_record(store, STAFF, existing.id)
    assert (zhang.name_en, zhang.department, zhang.email, zhang.phone, zhang.notify_channel) == (
        "Zhang San", "销售部", "zs@example.com", "+8613800138000", "wecom")
    li = by_name(store, "李四")
    assert (li.initials, li.phone, li.assistant, li.notify_channel, li.language) == (
        "ls", "+8613900000000", "小王", "email", "en")
    assert count(store) == 2


def test_import_xlsx_with_english_headers(store, tmp_path):
    book = Workbook()
    book.active.append(["Name", "Department", "E-mail", "Mobile", "Channel", "Language"])
    book.active.append(["Emily Carter", "International", "emily@example.com", 13800138000, "DingTalk", "English"])
    book.active.append(["欧阳明", "R&D", "", None, "", ""])
    path = tmp_path / "hosts.xlsx"
    book.save(path)
    report = hosts.import_hosts(store, ADMIN, path).value
    assert (report.accepted, report.rejected) == (2, ())
    emily = by_name(store, "Emily Carter")
    assert (emily.phone, emily.notify_channel, emily.language) == ("+8613800138000", "dingtalk", "en")
    assert (by_name(store, "欧阳明").notify_channel, by_name(store, "欧阳明").initials) == ("email", "oym")


def test_a_name_shared_by_two_hosts_is_not_guessed(store, tmp_path):
    for _ in range(2):
        hosts.create_host(store, ADMIN, name="张伟")
    path = tmp_path / "h.csv"
    path.write_text("姓名,部门\n张伟,IT\n", encoding="utf-8")
    report = hosts.import_hosts(store, ADMIN, path).value
    assert (report.accepted, report.rejected) == (0, (RejectedRow(2, {"name": "ambiguous"}),))
    assert {h.department for h in hosts.host_directory(store, STAFF)} == {""}


@pytest.mark.parametrize("name, data, problems", [
    ("h.csv", "部门,邮箱\nIT,a@example.com\n".encode(), {"columns": "name"}),
    ("h.xlsx", b"not a zip", {"file": "unreadable"}),
    ("h.txt", b"name\nx\n", {"file": "type"}),
])
def test_a_file_that_cannot_be_imported_changes_nothing(store, tmp_path, name, data, problems):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InvalidInput) as err:
        hosts.import_hosts(store, ADMIN, path)
    assert err.value.problems == problems
    assert count(store) == 0
