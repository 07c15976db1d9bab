"""Pre-registration on both databases: expected guests and groups with their codes, the day's list,
cancelling, day-end no-shows, imports from CSV and XLSX with a row-by-row report, and the QR code."""
from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, time, timedelta

import pytest
import zxingcpp
from openpyxl import Workbook
from PIL import Image
from sqlalchemy import func, select

from shared.changes import Changes
from shared.domain.errors import InvalidInput, NotActionable
from shared.domain.model import Actor, Consent, ReceptionLevel
from shared.services import checkin
from shared.services.desk import expected as pre
from shared.services.desk.expected import ExpectedVisit
from shared.store import models as db

DESK = Actor("desk-1", "amy", "receptionist")
SYSTEM = Actor("desk-1", "system", "system")  # day end is the housekeeping's
KIOSK = Actor("kiosk-1", "kiosk")
TODAY = date.today()
ZHANG, LI = 1, 2  # 张三, 李四 in the demo directory


def count(store, model, *where):
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


def guest(**changes) -> ExpectedVisit:
    base = ExpectedVisit(visitor_name="王建明", host_id=ZHANG, expected_on=TODAY, mobile="139 1234 5678",
                         company="宏远物流", time_from="9:30", time_to="11:00", level="senior", purpose="洽谈")
    return replace(base, **changes)


# --- creating ------------------------------------------------------------------------------

def test_an_expected_guest_gets_a_code_the_kiosk_accepts(seeded):
    done = pre.pre_register(seeded, DESK, guest(transport="pickup", pickup_time="8:15", pickup_place="虹桥站",
                                                lodging="两晚", meals="午餐", notes="素食"))
    [view] = done.value
    assert done.changes == Changes.APPOINTMENTS  # no e-mail: no invitation in the outbox
    assert len(view.code) == 8 and set(view.code) <= set(checkin.CODE_ALPHABET)
    assert (view.visitor_name, view.host_name, view.level, view.state) == ("王建明", "张三", ReceptionLevel.SENIOR,
                                                                           "open")
    assert (view.time_from, view.time_to, view.pickup_time, view.pickup_place) == ("09:30", "11:00", "08:15", "虹桥站")
    assert view.mobile_masked == "139****5678" and view.invitation == ""
    with seeded.read() as s:
        row = s.get(db.Appointment, view.id)
        assert (row.mobile, row.created_by, row.lodging, row.meals, row.notes) == (
            "+8613912345678", "amy", "两晚", "午餐", "素食")
    assert count(seeded, db.Notification) == 0
    shown = checkin.find_invitation(seeded, view.code)
    assert (shown.visitor_name, shown.level) == ("王建明", ReceptionLevel.SENIOR)


def test_a_group_gets_one_row_and_one_code_each(seeded):
    views = pre.pre_register(seeded, DESK, guest(), ["李娜", " Anna  Schmidt "]).value
    leader, *members = views
    assert [v.visitor_name for v in views] == ["王建明", "李娜", "Anna Schmidt"]
    assert leader.party_size == 3 and leader.leader_id is None and leader.is_leader
    assert [(v.leader_id, v.leader_name, v.party_size) for v in members] == [(leader.id, "王建明", 1)] * 2
    assert len({v.code for v in views}) == 3
    assert {(v.host_name, v.time_from, v.level) for v in members} == {("张三", "09:30", ReceptionLevel.SENIOR)}
    # each member checks in with their own code
    visit = checkin.check_in_invitation(seeded, KIOSK, members[1].code, "badge", Consent(privacy=True)).value
    assert visit.visitor_name == "Anna Schmidt"


def test_every_problem_is_named_at_once_and_nothing_is_saved(seeded):
    bad = guest(visitor_name="", mobile="12345", email="not-an-address", expected_on=TODAY - timedelta(days=1),
                time_from="11:00", time_to="10:00", level="gold", transport="pickup", pickup_time="",
                pickup_place="")
    with pytest.raises(InvalidInput) as err:
        pre.pre_register(seeded, DESK, bad, ["李娜", ""])
    assert err.value.problems == {
        "name": "required", "mobile": "invalid", "email": "invalid", "expected_on": "past",
        "time_to": "not_after_start", "level": "invalid", "pickup_time": "required", "pickup_place": "required",
        "member_1": "required"}
    assert count(seeded, db.Appointment) == 0


@pytest.mark.parametrize("changes, problems", [
    ({"host_id": None}, {"host": "required"}),
    ({"host_id": 999}, {"host": "unknown"}),
    ({"time_from": "25:00"}, {"time_from": "invalid"}),
    ({"time_to": ""}, {"time_to": "required"}),
    ({"transport": "taxi"}, {"transport": "invalid"}),
    ({"transport": "pickup", "pickup_time": "9点", "pickup_place": "机场"}, {"pickup_time": "invalid"}),
])
def test_one_wrong_field(seeded, changes, problems):
    with pytest.raises(InvalidInput) as err:
        pre.pre_register(seeded, DESK, guest(**changes))
    assert err.value.problems == problems
    assert count(seeded, db.Appointment) == 0


def test_a_host_who_left_the_directory_cannot_be_chosen(seeded):
    with seeded.write() as s:
        s.get(db.Host, LI).active = False
    with pytest.raises(InvalidInput) as err:
        pre.pre_register(seeded, DESK, guest(host_id=LI))
    assert err.value.problems == {"host": "unknown"}
    assert LI not in [h.id for h in pre.active_hosts(seeded)] and ZHANG in [h.id for h in pre.active_hosts(seeded)]


def test_mobile_and_time_window_may_be_left_out(seeded):
    [view] = pre.pre_register(seeded, DESK, guest(mobile="", time_from="", time_to="")).value
    assert (view.mobile_masked, view.time_from, view.time_to) == ("", "", "")


def test_an_email_queues_the_invitation_in_the_same_transaction(seeded):
    done = pre.pre_register(seeded, DESK, guest(email="wang@example.com"), ["李娜"])
    assert done.changes == Changes.APPOINTMENTS | Changes.NOTIFICATIONS
    leader = done.value[0]
    with seeded.read() as s:
        [note] = s.scalars(select(db.Notification)).all()
        assert (note.kind, note.channel, note.state, note.appointment_id, note.visit_id, note.target) == (
            "invitation", "email", "queued", leader.id, None, "wang@example.com")
    assert [v.invitation for v in pre.expected_visits(seeded, DESK, TODAY)] == ["queued", ""]


def test_create_appointment_still_works(seeded):
    code = checkin.create_appointment(seeded, DESK, "李四", "13900000000", "ACME", ZHANG, TODAY).value
    [view] = pre.expected_visits(seeded, DESK, TODAY)
    assert (view.code, view.visitor_name, view.party_size) == (code, "李四", 1)


# --- the day's list --------------------------------------------------------------------------

def test_the_days_list_by_time_with_each_group_together(seeded):
    pre.pre_register(seeded, DESK, guest(visitor_name="午后", time_from="14:00", time_to="15:00"))
    pre.pre_register(seeded, DESK, guest(visitor_name="随时", time_from="", time_to=""))
    pre.pre_register(seeded, DESK, guest(visitor_name="领队", time_from="10:00", time_to="11:00"), ["队员甲", "队员乙"])
    pre.pre_register(seeded, DESK, guest(visitor_name="早到", time_from="08:30", time_to="09:00", level="vip"))
    pre.pre_register(seeded, DESK, guest(visitor_name="明天", expected_on=TODAY + timedelta(days=1)))
    names = [v.visitor_name for v in pre.expected_visits(seeded, DESK, TODAY)]
    assert names == ["早到", "领队", "队员甲", "队员乙", "午后", "随时"]
    assert [v.visitor_name for v in pre.expected_visits(seeded, DESK, TODAY + timedelta(days=1))] == ["明天"]


# --- cancelling and no-shows ---------------------------------------------------------------

def test_cancelling_stops_the_code_and_a_leader_takes_the_group_along(seeded):
    leader, member = pre.pre_register(seeded, DESK, guest(), ["李娜"]).value
    assert pre.cancel_appointment(seeded, DESK, leader.id).value == 2
    assert {v.state for v in pre.expected_visits(seeded, DESK, TODAY)} == {"cancelled"}
    with pytest.raises(InvalidInput) as err:
        checkin.find_invitation(seeded, member.code)
    assert err.value.problems == {"invitation": "unknown"}
    with pytest.raises(NotActionable):
        pre.cancel_appointment(seeded, DESK, leader.id)


def test_cancelling_one_member_leaves_the_others(seeded):
    _leader, first, _second = pre.pre_register(seeded, DESK, guest(), ["李娜", "张伟"]).value
    assert pre.cancel_appointment(seeded, DESK, first.id).value == 1
    assert [v.state for v in pre.expected_visits(seeded, DESK, TODAY)] == ["open", "cancelled", "open"]


def test_day_end_turns_those_who_never_came_into_no_shows_once(seeded):
    came, _stayed_away, cancelled = (pre.pre_register(seeded, DESK, guest(visitor_name=n)).value[0]
                                    for n in ("来了", "没来", "取消"))
    tomorrow = pre.pre_register(seeded, DESK, guest(visitor_name="明天", expected_on=TODAY + timedelta(days=1))).value[0]
    checkin.check_in_invitation(seeded, KIOSK, came.code, "badge", Consent(privacy=True))
    pre.cancel_appointment(seeded, DESK, cancelled.id)
    done = pre.mark_no_shows(seeded, SYSTEM, TODAY)
    assert (done.value, done.changes) == (1, Changes.APPOINTMENTS)
    states = {v.visitor_name: v.state for v in pre.expected_visits(seeded, DESK, TODAY)}
    assert states == {"来了": "used", "没来": "no_show", "取消": "cancelled"}
    assert pre.appointment(seeded, DESK, tomorrow.id).state == "open"
    assert pre.mark_no_shows(seeded, SYSTEM, TODAY).value == 0  # idempotent
    with pytest.raises(InvalidInput) as err:
        pre.mark_no_shows(seeded, SYSTEM, TODAY + timedelta(days=1))
    assert err.value.problems == {"day": "future"}


def test_earlier_days_left_open_are_closed_too(seeded):
    # written straight to the store: the service refuses a day in the past
    with seeded.write() as s:
        s.add(db.Appointment(code="OLDCODE2", visitor_name="上周", host_id=ZHANG,
                             expected_on=TODAY - timedelta(days=7)))
    assert pre.mark_no_shows(seeded, SYSTEM, TODAY - timedelta(days=1)).value == 1
    assert count(seeded, db.Appointment, db.Appointment.state == "no_show") == 1


# --- the QR code ---------------------------------------------------------------------------

def test_the_qr_code_decodes_to_exactly_the_code(seeded):
    [view] = pre.pre_register(seeded, DESK, guest()).value
    png = pre.invitation_qr_png(view.code)
    assert png.startswith(b"\x89PNG")
    [found] = zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))
    assert found.text == view.code
    assert checkin.find_invitation(seeded, found.text).visitor_name == "王建明"


# --- importing -----------------------------------------------------------------------------

CSV_HEADER = "姓名,手机,单位,被访人,日期,开始时间,结束时间,接待级别,邮箱,交通,接送时间,接送地点,同行人员,备注\n"


def test_a_csv_in_chinese_saves_good_rows_and_reports_bad_ones_by_line(seeded, tmp_path):
    day = (TODAY + timedelta(days=2)).isoformat()
    path = tmp_path / "预约.csv"
    path.write_bytes((
        CSV_HEADER
        + f"王建明,13912345678,宏远物流,张三,{day},9:30,11:00,高级,wang@example.com,接送,8:00,虹桥站,李娜、张伟,\n"
        + f",13912345678,宏远物流,张三,{day},,,,,,,,,缺名字\n"
        + f"赵六,,ACME,不存在的人,{day},,,,,,,,,\n"
        + "钱七,,ACME,Li Si,明天,,,,,,,,,\n"
        + "\n"
        + f"孙八,,ACME,zhangsan@example.com,{day},10:00,09:00,金卡,,飞机,,,,\n"
        + f"周九,,ACME,李四,{(TODAY - timedelta(days=1)).isoformat()},,,,,,,,,\n"
        + f"吴十,,ACME,王芳,{day},,,特级,,,,,,\n"
    ).encode("gb18030"))
    with seeded.write() as s:
        s.get(db.Host, ZHANG).email = "zhangsan@example.com"
    done = pre.import_expected(seeded, DESK, path)
    report = done.value
    assert report.accepted == 2
    assert [(r.line, r.problems) for r in report.rejected] == [
        (3, {"name": "required"}),
        (4, {"host": "unknown"}),
        (5, {"expected_on": "invalid"}),
        (7, {"time_to": "not_after_start", "level": "invalid", "transport": "invalid"}),
        (8, {"expected_on": "past"}),
    ]
    assert done.changes == Changes.APPOINTMENTS | Changes.NOTIFICATIONS
    views = pre.expected_visits(seeded, DESK, TODAY + timedelta(days=2))
    assert [(v.visitor_name, v.host_name, v.level, v.party_size) for v in views] == [
        ("王建明", "张三", ReceptionLevel.SENIOR, 3), ("李娜", "张三", ReceptionLevel.SENIOR, 1),
        ("张伟", "张三", ReceptionLevel.SENIOR, 1), ("吴十", "王芳", ReceptionLevel.VIP, 1)]
    assert (views[0].transport, views[0].pickup_time, views[0].pickup_place) == ("pickup", "08:00", "虹桥站")
    assert count(seeded, db.Notification, db.Notification.kind == "invitation") == 1
    # the same file again adds nothing: every good row is now a duplicate
    again = pre.import_expected(seeded, DESK, path).value
    assert again.accepted == 0
    assert [(r.line, r.problems) for r in again.rejected if r.problems == {"row": "duplicate"}] == [
        (2, {"row": "duplicate"}), (9, {"row": "duplicate"})]
    assert count(seeded, db.Appointment) == 4


def test_an_xlsx_in_english_with_excel_types(seeded, tmp_path):
    day = TODAY + timedelta(days=1)
    book = Workbook()
    sheet = book.active
    sheet.append(["Visitor name", "Mobile", "Company", "Host", "Date", "From", "To", "Level", "E-mail",
                  "Transport", "Members", "Notes"])
    sheet.append(["Anna Schmidt", 13912345678, "ACME GmbH", "Emily Carter", day, time(14, 0), time(15, 30),
                  "VIP", "", "own", "Jan Novak; Eva Lind", "needs a projector"])
    sheet.append(["Tom Lee", 12345, "ACME", "Zhang San", day, None, None, "standard", "tom@", "", "", ""])
    path = tmp_path / "expected.xlsx"
    book.save(path)
    report = pre.import_expected(seeded, DESK, path).value
    assert report.accepted == 1
    assert [(r.line, r.problems) for r in report.rejected] == [(3, {"mobile": "invalid", "email": "invalid"})]
    anna, jan, eva = pre.expected_visits(seeded, DESK, day)
    assert (anna.visitor_name, anna.host_name, anna.time_from, anna.time_to, anna.level, anna.transport,
            anna.notes, anna.party_size) == ("Anna Schmidt", "Emily Carter", "14:00", "15:30",
                                            ReceptionLevel.VIP, "own", "needs a projector", 3)
    assert (jan.visitor_name, eva.visitor_name) == ("Jan Novak", "Eva Lind")


def test_a_file_without_the_needed_columns_is_refused_whole(seeded, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("姓名,手机\n王建明,13912345678\n", encoding="utf-8")
    with pytest.raises(InvalidInput) as err:
        pre.import_expected(seeded, DESK, path)
    assert err.value.problems == {"columns": "host, expected_on"}
    assert count(seeded, db.Appointment) == 0


def test_a_host_name_two_people_share_is_ambiguous(seeded, tmp_path):
    from shared.services.directory.hosts import add_host

    add_host(seeded, "张三", "Zhang San", "工厂 Plant")
    path = tmp_path / "x.csv"
    path.write_text(f"name,host,date\n王建明,张三,{TODAY.isoformat()}\n", encoding="utf-8")
    report = pre.import_expected(seeded, DESK, path).value
    assert (report.accepted, [(r.line, r.problems) for r in report.rejected]) == (0, [(2, {"host": "ambiguous"})])
