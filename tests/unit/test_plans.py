"""Reception plans (接待方案) from the request to the follow-up call, on both databases.

The station's clock is set to Beijing time: the itinerary's "09:30 on the arrival day" is local, stored UTC."""
import os
import time as _time
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from shared.domain import model as m
from shared.domain.errors import InvalidInput, NotActionable
from shared.services import plans as sp
from shared.services.site.audit import audit_entries
from shared.domain.permissions import NotPermitted
from tests.support.actors import STAFF

BEIJING = ZoneInfo("Asia/Shanghai")
DESK = m.Actor("desk-1", "前台小李", "receptionist")
LEADER = m.Actor("desk-2", "陈总", "leader")
GUARD = m.Actor("gate", "保安老赵", "security")
ARRIVE = date(2030, 5, 14)


@pytest.fixture(autouse=True)
def beijing_station():
    """datetime.astimezone() follows TZ once tzset() is called: the station is in Beijing."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Shanghai"
    _time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    _time.tzset()


def bj(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm), BEIJING)


def vip_request(**changes) -> sp.PlanRequest:
    base = sp.PlanRequest(
        guest_name="王建华", company="华信集团", guest_region="北京", guest_phone="139 0013 9000", party_size=3,
        arrive_on=ARRIVE, leave_on=ARRIVE + timedelta(days=1), purpose="年度合作会谈", meet_whom="陈总",
        transport="flight", transport_no="ca 1301", arrival_at=bj(ARRIVE, 10, 20), arrival_place="宝安机场 T3",
        pickup=True, lodging="大床房三间", meals="一位不吃辣", showroom_tour=True, leader_meeting=True,
        notes="第一行\n第二行", proposed_level="senior")
    return replace(base, **changes)


def approved(store, request=None, level=None) -> sp.PlanDetail:
    plan = sp.request_plan(store, DESK, request or vip_request()).value
    return sp.approve_plan(store, LEADER, plan.id, level).value


def steps_by_kind(detail) -> dict[str, list[sp.StepView]]:
    found: dict[str, list[sp.StepView]] = {}
    for step in detail.steps:
        found.setdefault(step.kind.value, []).append(step)
    return found


def budget(detail) -> dict[str, tuple[int, int]]:
    return {b.category.value: (b.planned, b.actual) for b in detail.budget}


# --- the walk ---------------------------------------------------------------------------------------

def test_a_vip_plan_from_request_to_follow_up_call(seeded):
    from shared.services.directory.hosts import search_hosts
    from shared.services.plans.reports import monthly_report

    host = search_hosts(seeded, "chenjianguo")[0]
    asked = sp.request_plan(seeded, DESK, vip_request(host_id=host.id)).value
    assert (asked.plan_no, asked.state, asked.level, asked.host_name) == ("P300514-01", "requested", "senior", "陈建国")
    assert asked.request.guest_phone == "+8613900139000" and asked.request.transport_no == "CA1301"
    assert asked.request.notes == "第一行\n第二行" and asked.steps == () and asked.requested_by == "前台小李"

    # A leader approves and raises the level: VIP standards, the meal budget for three guests, two days.
    plan = sp.approve_plan(seeded, LEADER, asked.id, "vip", "按特级接待").value
    assert (plan.state, plan.level, plan.decided_by, plan.decision_comment) == ("approved", "vip", "陈总", "按特级接待")
    assert plan.standards.meal_lunch == 300 + 150 and plan.standards.meal_dinner == 1000 + 150
    assert "三星级" in plan.standards.lodging
    assert budget(plan)["meals"] == (2 * (450 + 1150), 0)
    assert [e.action for e in plan.events] == ["requested", "approved"]
    assert any(a.action == "plan_approved" and a.subject == "plan P300514-01" for a in audit_entries(seeded, STAFF))

    plan = sp.assign_reception_person(seeded, LEADER, plan.id, "周杰").value
    pickup = steps_by_kind(plan)["pickup"][0]
    sp.update_step(seeded, DESK, pickup.id, driver="王师傅")
    sp.set_budget(seeded, LEADER, plan.id, sp.Category.LODGING, 1200)
    sp.set_budget(seeded, LEADER, plan.id, sp.Category.VEHICLE, 400)

    # The preparation day's reminder; the pickup's, an hour before the plane lands.
    prepare = steps_by_kind(plan)["prepare"][0]
    assert prepare.at == bj(ARRIVE - timedelta(days=2), 9)  # two days ahead for a VIP
    assert [r.kind for r in sp.due_reminders(seeded, STAFF, bj(ARRIVE - timedelta(days=2), 8))] == ["prepare"]
    sp.set_step_status(seeded, DESK, prepare.id, "done")
    assert sp.plan_detail(seeded, DESK, plan.id).state == "approved"  # preparing is not the stay
    due = sp.due_reminders(seeded, STAFF, bj(ARRIVE, 9, 20))
    assert [(r.kind, r.step_id, r.owner, r.due_at) for r in due] == [("step", pickup.id, "周杰", bj(ARRIVE, 10, 20))]
    assert [t.title for _, t in sp.my_tasks(seeded, STAFF, "王师傅", ARRIVE)] == ["接站 Pickup CA1301"]

    # The stay: every step done (the first one starts the plan), expenses entered against the budget.
    for step in sp.plan_detail(seeded, DESK, plan.id).steps:
        if step.status == "planned":
            sp.set_step_status(seeded, DESK, step.id, "done")
    plan = sp.plan_detail(seeded, DESK, plan.id)
    assert plan.state == "in_progress" and {s.status for s in plan.steps} == {"done"}
    dinner = next(s for s in steps_by_kind(plan)["meal"] if s.title.startswith("晚餐"))
    for category, amount, step_id in ((sp.Category.MEALS, 1480, dinner.id), (sp.Category.MEALS, 420, None),
                                      (sp.Category.LODGING, 1140, None), (sp.Category.VEHICLE, 520, pickup.id)):
        sp.add_expense(seeded, DESK, plan.id, category, amount, "签单", step_id)
    plan = sp.sign_off_expenses(seeded, LEADER, plan.id).value
    assert budget(plan) == {"meals": (3200, 1900), "lodging": (1200, 1140), "vehicle": (400, 520),
                            "gifts": (0, 0), "sightseeing": (0, 0), "other": (0, 0)}
    assert {e.signed_by for e in plan.expenses} == {"陈总"}

    # After the visit: the summary (for leaders only), the call when the guest should be home.
    plan = sp.write_summary(seeded, DESK, plan.id, "合作意向明确，下月签约。").value
    assert (plan.state, plan.summary, plan.summary_hidden) == ("done", "", True)
    assert sp.plan_detail(seeded, LEADER, plan.id).summary == "合作意向明确，下月签约。"
    leaving = bj(ARRIVE + timedelta(days=1), 15, 30)
    plan = sp.schedule_followup(seeded, DESK, plan.id, leaving, 150).value
    assert plan.followup_due_at == bj(ARRIVE + timedelta(days=1), 18)
    assert sp.due_reminders(seeded, STAFF, plan.followup_due_at - timedelta(seconds=1)) == []
    call = sp.due_reminders(seeded, STAFF, plan.followup_due_at + timedelta(hours=2))
    assert [(r.kind, r.plan_id, r.owner) for r in call] == [("followup", plan.id, "周杰")]
    plan = sp.record_followup(seeded, DESK, plan.id, "客人平安到家，对接待满意", 5).value
    assert (plan.followup_rating, plan.followup_by, plan.followup_outcome) == (5, "前台小李", "客人平安到家，对接待满意")
    assert sp.due_reminders(seeded, STAFF, plan.followup_due_at + timedelta(hours=3)) == []
    listed = sp.plans(seeded, DESK, (sp.PlanState.DONE,))
    assert [(p.plan_no, p.followup_done, p.next_step) for p in listed] == [("P300514-01", True, None)]

    # The month's report counts this reception with its budget, spending, call and rating.
    report = monthly_report(seeded, LEADER, 2030, 5, now=bj(ARRIVE + timedelta(days=3), 9))
    vip = next(row for row in report.levels if row.level == "vip")
    assert (vip.receptions, vip.budget, vip.spent, vip.over_budget) == (1, 3200 + 1200 + 400, 3560, -1240)
    assert (vip.followups_due, vip.followups_on_time, vip.rating, vip.ratings) == (1, 1, 5.0, 1)
    assert (report.total.receptions, report.total.spent) == (1, 3560)
    assert all(row.receptions == 0 for row in report.levels if row.level != "vip")


# --- the request ------------------------------------------------------------------------------------

def test_a_request_with_problems_names_them_all_and_saves_nothing(store):
    bad = vip_request(guest_name=" ", leave_on=ARRIVE - timedelta(days=1), party_size=0, guest_phone="12345",
                      transport="boat", proposed_level="king", arrival_at=datetime(2030, 5, 14, 10, 20),
                      company="公" * 121, host_id=99999)
    with pytest.raises(InvalidInput) as err:
        sp.request_plan(store, DESK, bad)
    assert err.value.problems == {
        "guest_name": "required", "leave_on": "before_arrival", "party_size": "invalid", "guest_phone": "invalid",
        "transport": "choice", "proposed_level": "invalid", "arrival_at": "invalid", "company": "too_long",
        "host_id": "unknown"}
    assert sp.plans(store, DESK) == []

    for transport, number, problem in (("flight", "12345", "flight_invalid"), ("flight", "CA12345", "flight_invalid"),
                                       ("train", "G12345", "train_invalid"), ("train", "CA1301", "train_invalid"),
                                       ("", "G102", None)):
        with pytest.raises(InvalidInput) as err:
            sp.request_plan(store, DESK, vip_request(transport=transport, transport_no=number))
        assert err.value.problems == ({"transport_no": problem} if problem else {"transport": "required"})
    with pytest.raises(InvalidInput) as err:
        sp.request_plan(store, DESK, vip_request(arrival_at=bj(ARRIVE + timedelta(days=1), 9)))
    assert err.value.problems == {"arrival_at": "not_arrival_day"}
    assert sp.plans(store, DESK) == []

    for transport, number in (("flight", "3U8888"), ("flight", "MU 5101"), ("train", "g102"), ("train", "1461"),
                              ("car", "粤B12345"), ("", "")):
        sp.request_plan(store, DESK, vip_request(transport=transport, transport_no=number, guest_phone=""))
    numbers = [p.plan_no for p in sp.plans(store, DESK)]
    assert numbers == [f"P300514-{n:02d}" for n in range(1, 7)]
    other_day = sp.request_plan(store, DESK, vip_request(arrive_on=date(2030, 6, 1), leave_on=date(2030, 6, 1),
                                                         arrival_at=None)).value
    assert other_day.plan_no == "P300601-01" and other_day.request.guest_phone == "+8613900139000"


def test_a_returned_request_is_edited_and_asked_again(store):
    plan = sp.request_plan(store, DESK, vip_request()).value
    with pytest.raises(NotPermitted):
        sp.return_plan(store, DESK, plan.id, "请补充航班")
    with pytest.raises(NotPermitted):
        sp.approve_plan(store, GUARD, plan.id)
    with pytest.raises(InvalidInput) as err:
        sp.return_plan(store, LEADER, plan.id, "  ")
    assert err.value.problems == {"comment": "required"}
    returned = sp.return_plan(store, LEADER, plan.id, "人数有误，请核实").value
    assert (returned.state, returned.decision_comment, returned.decided_by) == ("returned", "人数有误，请核实", "陈总")
    with pytest.raises(NotActionable):
        sp.approve_plan(store, LEADER, plan.id)  # the requester must answer first

    with pytest.raises(InvalidInput):
        sp.update_request(store, DESK, plan.id, vip_request(party_size=51))
    assert sp.plan_detail(store, DESK, plan.id).state == "returned"  # a bad edit changes nothing
    again = sp.update_request(store, DESK, plan.id, vip_request(party_size=5)).value
    assert (again.state, again.request.party_size, again.plan_no) == ("requested", 5, plan.plan_no)
    done = sp.approve_plan(store, LEADER, plan.id).value
    assert (done.state, done.level) == ("approved", "senior")
    assert [e.action for e in done.events] == ["requested", "returned", "resubmitted", "approved"]
    with pytest.raises(NotActionable):
        sp.update_request(store, DESK, plan.id, vip_request())
    with pytest.raises(NotActionable):
        sp.return_plan(store, LEADER, plan.id, "太晚了")


def test_a_level_change_refills_the_standards_and_the_budget(store):
    plan = approved(store, vip_request(party_size=4, leave_on=ARRIVE + timedelta(days=2)), "standard")
    # standard: lunch 100, dinner 300 for two; 50 more per meal for each of the two other guests; three days
    assert (plan.standards.meal_lunch, plan.standards.meal_dinner) == (200, 400)
    assert budget(plan)["meals"] == (3 * 600, 0)
    assert "公司不负担" in plan.standards.lodging
    steps = [s.id for s in plan.steps]
    sp.set_budget(store, LEADER, plan.id, sp.Category.GIFTS, 300)
    sp.adjust_standards(store, LEADER, plan.id, replace(plan.standards, extras="赠送茶叶"))

    relevelled = sp.approve_plan(store, LEADER, plan.id, "vip", "客户升级").value
    assert (relevelled.level, relevelled.standards.meal_lunch, relevelled.standards.meal_dinner) == ("vip", 600, 1300)
    assert "三星级" in relevelled.standards.lodging and relevelled.standards.extras == "赠送茶叶"
    assert budget(relevelled)["meals"] == (3 * 1900, 0) and budget(relevelled)["gifts"] == (300, 0)
    assert [s.id for s in relevelled.steps] == steps  # the itinerary stays as planned
    assert (relevelled.events[-1].action, relevelled.events[-1].note) == ("relevelled", "standard -> vip; 客户升级")

    with pytest.raises(NotPermitted):
        sp.adjust_standards(store, DESK, plan.id, relevelled.standards)
    with pytest.raises(InvalidInput) as err:
        sp.adjust_standards(store, LEADER, plan.id, replace(relevelled.standards, meal_lunch=-1))
    assert err.value.problems == {"meal_lunch": "out_of_range"}
    adjusted = sp.adjust_standards(store, LEADER, plan.id, replace(relevelled.standards, meal_lunch=500)).value
    assert budget(adjusted)["meals"] == (3 * 1800, 0)
    with pytest.raises(InvalidInput) as err:
        sp.approve_plan(store, LEADER, plan.id, "king")
    assert err.value.problems == {"level": "invalid"}


# --- the itinerary ----------------------------------------------------------------------------------

def test_the_default_itinerary_follows_the_request_in_local_time(store):
    plan = approved(store, level="vip")
    got = [(s.seq, s.kind.value, s.at.astimezone(BEIJING).strftime("%d %H:%M"), s.place) for s in plan.steps]
    assert got == [
        (1, "prepare", "12 09:00", ""),
        (2, "pickup", "14 10:20", "宝安机场 T3"),
        (3, "hotel", "14 11:20", ""),
        (4, "meal", "14 12:00", ""),
        (5, "showroom", "14 13:30", ""),  # the guest is ready at 11:50: not over lunch
        (6, "leader", "14 14:30", ""),
        (7, "talks", "14 15:30", ""),
        (8, "meal", "14 18:00", ""),
        (9, "meal", "15 12:00", ""),
        (10, "send_off", "15 15:00", "宝安机场 T3"),
    ]
    assert plan.steps[0].at == datetime(2030, 5, 12, 1, 0, tzinfo=UTC)  # stored as UTC
    assert plan.steps[1].title == "接站 Pickup CA1301" and plan.steps[1].remind_minutes == 60
    assert {s.status for s in plan.steps} == {"planned"}

    # A day visit, no pickup, no hotel: the day starts at 09:30; talks after lunch; no dinner after the send-off.
    day = approved(store, sp.PlanRequest("李雷", ARRIVE, ARRIVE), "standard")
    got = [(s.kind.value, s.at.astimezone(BEIJING).strftime("%d %H:%M")) for s in day.steps]
    assert got == [("prepare", "13 09:00"), ("meal", "14 12:00"), ("talks", "14 14:00"), ("send_off", "14 15:00")]
    assert day.steps[0].title == "准备：订餐 Prepare: meals"

    # Arriving late in the afternoon of a longer stay: the business moves to the next morning.
    late = approved(store, vip_request(arrival_at=bj(ARRIVE, 17, 0), leave_on=ARRIVE + timedelta(days=2)))
    got = [(s.kind.value, s.at.astimezone(BEIJING).strftime("%d %H:%M")) for s in late.steps if s.kind != "meal"]
    assert got == [("prepare", "13 09:00"), ("pickup", "14 17:00"), ("hotel", "14 18:00"), ("showroom", "15 10:00"),
                   ("leader", "15 11:00"), ("talks", "15 14:00"), ("send_off", "16 15:00")]
    meals = [s.at.astimezone(BEIJING).strftime("%d %H:%M") for s in late.steps if s.kind == "meal"]
    assert meals == ["14 18:30", "15 12:00", "15 18:00", "16 12:00"]  # dinner once the guest has checked in


def test_steps_are_added_moved_and_done(store):
    plan = approved(store)
    extra = sp.add_step(store, DESK, plan.id, sp.StepKind.OTHER, "赠送礼品", bj(ARRIVE, 17), place="贵宾室").value
    assert [s.id for s in sp.plan_detail(store, DESK, plan.id).steps].index(extra.id) == 7  # before dinner
    with pytest.raises(InvalidInput) as err:
        sp.add_step(store, DESK, plan.id, "dance", "", datetime(2030, 5, 14, 9), remind_minutes=-5)
    assert err.value.problems == {"step_kind": "invalid", "title": "required", "at": "invalid",
                                  "remind_minutes": "out_of_range"}
    moved = sp.update_step(store, DESK, extra.id, at=bj(ARRIVE, 9)).value
    assert moved.seq == 2
    first = sp.update_step(store, DESK, extra.id, seq=1).value
    assert first.seq == 1 and [s.seq for s in sp.plan_detail(store, DESK, plan.id).steps] == list(range(1, 12))
    with pytest.raises(InvalidInput) as err:
        sp.update_step(store, DESK, extra.id, colour="red")
    assert err.value.problems == {"colour": "unknown"}
    with pytest.raises(InvalidInput):
        sp.set_step_status(store, DESK, extra.id, "maybe")
    assert sp.set_step_status(store, DESK, extra.id, "skipped").value.status == "skipped"
    back = sp.set_step_status(store, DESK, extra.id, "planned").value
    assert (back.status, back.done_at) == ("planned", None)


def test_reminders_come_at_their_time(store):
    plan = approved(store)
    kinds = steps_by_kind(plan)
    pickup, showroom = kinds["pickup"][0], kinds["showroom"][0]

    def due(at):
        return [(r.kind, r.step_id) for r in sp.due_reminders(store, STAFF, at)]

    prepare = kinds["prepare"][0]  # 13 May (senior: one day before)
    assert due(bj(ARRIVE - timedelta(days=2), 23, 59)) == []
    assert due(bj(ARRIVE - timedelta(days=1), 0, 1)) == [("prepare", prepare.id)]
    assert due(bj(ARRIVE, 7)) == [("prepare", prepare.id)]  # still not done on the day: still due
    assert due(bj(ARRIVE + timedelta(days=1), 7)) == []  # the guest came: too late to prepare
    sp.set_step_status(store, DESK, prepare.id, "done")
    assert due(bj(ARRIVE, 7)) == []
    assert due(pickup.at - timedelta(minutes=61)) == []
    assert due(pickup.at - timedelta(minutes=60)) == [("step", pickup.id)]
    assert due(pickup.at) == [("step", pickup.id)]
    assert due(pickup.at + timedelta(minutes=1)) == []
    assert due(showroom.at - timedelta(minutes=31)) == []
    assert due(showroom.at - timedelta(minutes=30)) == [("step", showroom.id)]
    sp.update_step(store, DESK, showroom.id, remind_minutes=0)
    assert due(showroom.at) == []  # no reminder wanted
    sp.set_step_status(store, DESK, pickup.id, "done")
    assert due(pickup.at - timedelta(minutes=30)) == []
    sp.cancel_plan(store, DESK, plan.id, "客户改期")
    assert due(kinds["talks"][0].at) == []


def test_the_reception_person_changes_during_the_stay_only_with_a_reason(store):
    plan = approved(store)
    sp.assign_reception_person(store, DESK, plan.id, "周杰")
    sp.assign_reception_person(store, DESK, plan.id, "王芳")  # before the guest comes: no reason needed
    detail = sp.plan_detail(store, DESK, plan.id)
    assert detail.reception_person == "王芳" and {s.owner for s in detail.steps} == {"王芳"}
    pickup = steps_by_kind(detail)["pickup"][0]
    sp.set_step_status(store, DESK, pickup.id, "done")
    assert sp.plan_detail(store, DESK, plan.id).state == "in_progress"

    with pytest.raises(InvalidInput) as err:
        sp.assign_reception_person(store, DESK, plan.id, "周杰")
    assert err.value.problems == {"reason": "required"}
    assert sp.plan_detail(store, DESK, plan.id).reception_person == "王芳"
    changed = sp.assign_reception_person(store, DESK, plan.id, "周杰", "王芳生病").value
    assert changed.reception_person == "周杰"
    assert (changed.events[-1].action, changed.events[-1].note) == ("staff", "王芳 -> 周杰; 王芳生病")
    assert {s.owner for s in changed.steps if s.status == "planned"} == {"周杰"}
    assert next(s for s in changed.steps if s.id == pickup.id).owner == "王芳"  # what she did stays hers
    assert any(a.action == "plan_staff" and a.detail == {"reason": "王芳生病"} for a in audit_entries(store, STAFF))
    with pytest.raises(InvalidInput) as err:
        sp.assign_reception_person(store, DESK, plan.id, "")
    assert err.value.problems == {"reception_person": "required"}

    tasks = sp.my_tasks(store, STAFF, "周杰", ARRIVE)
    assert [t.kind.value for _, t in tasks] == ["hotel", "meal", "showroom", "leader", "talks", "meal"]
    assert [t.at for _, t in tasks] == sorted(t.at for _, t in tasks)
    assert {p.plan_no for p, _ in tasks} == {plan.plan_no}
    assert [t.kind.value for _, t in sp.my_tasks(store, STAFF, "周杰", ARRIVE + timedelta(days=1))] == ["meal", "send_off"]
    assert sp.my_tasks(store, STAFF, "nobody", ARRIVE) == []


def test_expenses_against_the_budget_and_the_sign_off(store):
    plan = approved(store)
    other = approved(store, vip_request(guest_name="李雷"))
    with pytest.raises(InvalidInput) as err:
        sp.sign_off_expenses(store, LEADER, plan.id)
    assert err.value.problems == {"expenses": "none"}
    with pytest.raises(InvalidInput) as err:
        sp.add_expense(store, DESK, plan.id, "fuel", 0, step_id=other.steps[0].id)
    assert err.value.problems == {"category": "invalid", "amount": "out_of_range", "step_id": "unknown"}
    with pytest.raises(NotPermitted):
        sp.set_budget(store, DESK, plan.id, sp.Category.LODGING, 1000)
    line = sp.set_budget(store, LEADER, plan.id, sp.Category.LODGING, 1000).value
    assert (line.category, line.planned, line.actual) == ("lodging", 1000, 0)

    sp.add_expense(store, DESK, plan.id, sp.Category.LODGING, 680, "一晚")
    sp.add_expense(store, DESK, plan.id, sp.Category.LODGING, 450)
    sp.add_expense(store, DESK, plan.id, sp.Category.MEALS, 900)
    sp.add_expense(store, DESK, other.id, sp.Category.MEALS, 77)
    detail = sp.plan_detail(store, DESK, plan.id)
    meals_planned = 2 * (150 + 80 + 500 + 80)  # senior, three guests, two days
    assert budget(detail) == {"meals": (meals_planned, 900), "lodging": (1000, 1130), "vehicle": (0, 0),
                              "gifts": (0, 0), "sightseeing": (0, 0), "other": (0, 0)}
    assert [(e.amount, e.entered_by, e.signed_by) for e in detail.expenses] == [
        (680, "前台小李", ""), (450, "前台小李", ""), (900, "前台小李", "")]

    with pytest.raises(NotPermitted):
        sp.sign_off_expenses(store, DESK, plan.id)
    with pytest.raises(NotPermitted):
        sp.sign_off_expenses(store, GUARD, plan.id)
    signed = sp.sign_off_expenses(store, LEADER, plan.id).value
    assert {e.signed_by for e in signed.expenses} == {"陈总"}
    assert any(a.action == "plan_signed_off" and a.detail == {"expenses": 3, "total": 2030}
               for a in audit_entries(store, STAFF))
    late = sp.add_expense(store, DESK, plan.id, sp.Category.OTHER, 30).value
    assert late.signed_by == ""  # waits for the next sign-off
    assert {e.signed_by for e in sp.plan_detail(store, DESK, other.id).expenses} == {""}
    admin = m.Actor("desk-3", "管理员", "admin")
    assert {e.signed_by for e in sp.sign_off_expenses(store, admin, plan.id).value.expenses} == {"陈总", "管理员"}

    asked = sp.request_plan(store, DESK, vip_request()).value
    with pytest.raises(NotActionable):
        sp.add_expense(store, DESK, asked.id, sp.Category.MEALS, 100)  # not approved yet


def test_the_visit_summary_is_read_only_by_leaders(store):
    plan = approved(store)
    with pytest.raises(InvalidInput) as err:
        sp.write_summary(store, DESK, plan.id, " \n ")
    assert err.value.problems == {"summary": "required"}
    assert sp.plan_detail(store, DESK, plan.id).summary_hidden is False  # nothing to hide yet
    written = sp.write_summary(store, DESK, plan.id, "客户关注交期。\n建议下季度回访。").value
    assert (written.state, written.summary, written.summary_hidden, written.summary_by) == ("done", "", True, "前台小李")
    for reader in (DESK, GUARD):
        seen = sp.plan_detail(store, reader, plan.id)
        assert (seen.summary, seen.summary_hidden) == ("", True)
    with pytest.raises(NotPermitted):  # a kiosk reads no plan at all
        sp.plan_detail(store, m.Actor("kiosk-1"), plan.id)
    for reader in (LEADER, m.Actor("desk-3", "管理员", "admin")):
        seen = sp.plan_detail(store, reader, plan.id)
        assert (seen.summary, seen.summary_hidden) == ("客户关注交期。\n建议下季度回访。", False)
    assert all("交期" not in e.note for e in seen.events)  # the history says it was written, not what
    with pytest.raises(NotActionable):
        sp.cancel_plan(store, DESK, plan.id, "不需要了")


def test_the_follow_up_call_is_due_when_the_guest_should_be_home(store):
    plan = approved(store)
    with pytest.raises(InvalidInput) as err:
        sp.schedule_followup(store, DESK, plan.id, datetime(2030, 5, 15, 15), -1)
    assert err.value.problems == {"departure_at": "invalid", "journey_minutes": "out_of_range"}
    leaving = bj(ARRIVE + timedelta(days=1), 20, 10)
    scheduled = sp.schedule_followup(store, DESK, plan.id, leaving, 200).value  # home at 23:30
    assert (scheduled.departure_at, scheduled.journey_minutes) == (leaving, 200)
    assert scheduled.followup_due_at == bj(ARRIVE + timedelta(days=1), 23, 30)
    summary = sp.plans(store, DESK)[0]
    assert (summary.followup_due_at, summary.followup_done) == (scheduled.followup_due_at, False)

    def calls(at):
        return [r for r in sp.due_reminders(store, STAFF, at) if r.kind == "followup"]

    assert calls(bj(ARRIVE + timedelta(days=1), 23, 29)) == []
    due = calls(bj(ARRIVE + timedelta(days=1), 23, 30))
    assert [(r.plan_id, r.due_at, r.text) for r in due] == [
        (plan.id, scheduled.followup_due_at, "电话回访 Follow-up call +8613900139000")]
    assert calls(bj(ARRIVE + timedelta(days=4), 9)) != []  # until it is made
    with pytest.raises(InvalidInput) as err:
        sp.record_followup(store, DESK, plan.id, "", 6)
    assert err.value.problems == {"outcome": "required", "rating": "invalid"}
    done = sp.record_followup(store, DESK, plan.id, "无人接听，短信已发", None).value
    assert (done.followup_rating, done.followup_done_at is not None) == (None, True)
    assert calls(bj(ARRIVE + timedelta(days=4), 9)) == []
    assert sp.plans(store, DESK)[0].followup_done is True
    with pytest.raises(NotActionable):
        sp.schedule_followup(store, DESK, plan.id, leaving, 60)


def test_a_visit_links_to_its_plan_through_the_appointment(seeded):
    from shared.domain.expected import ExpectedVisit
    from shared.services import checkin
    from shared.services.desk import flow as visit_flow
    from shared.services.checkin import check_in_invitation
    from shared.services.directory.hosts import search_hosts
    from shared.services.desk.expected import pre_register

    today = date.today()
    host = search_hosts(seeded, "chenjianguo")[0].id
    leader, member = pre_register(seeded, DESK, ExpectedVisit("王建华", host, today, mobile="13900139000",
                                                              level="vip"), ["赵敏"]).value
    plan = sp.request_plan(seeded, DESK, vip_request(arrive_on=today, leave_on=today, arrival_at=None,
                                                     appointment_id=leader.id)).value
    kiosk = m.Actor("kiosk-1")
    guest = check_in_invitation(seeded, kiosk, leader.code, consent=m.Consent(True)).value
    follower = check_in_invitation(seeded, kiosk, member.code, consent=m.Consent(True)).value
    stranger = checkin.check_in_walk_in(seeded, kiosk, m.WalkIn("李雷", "13800138000", "", host), "badge").value
    assert sp.plan_for_visit(seeded, guest.id) == plan.id
    assert sp.plan_for_visit(seeded, follower.id) == plan.id  # a member of the guest's party
    assert sp.plan_for_visit(seeded, stranger.id) is None
    assert sp.plan_for_visit(seeded, 999999) is None
    assert sp.plan_detail(seeded, DESK, plan.id).visit_ids == (guest.id, follower.id)
    sp.cancel_plan(seeded, DESK, plan.id, "重新申请")
    again = sp.request_plan(seeded, DESK, vip_request(arrive_on=today, leave_on=today, arrival_at=None,
                                                      appointment_id=leader.id)).value
    assert sp.plan_for_visit(seeded, guest.id) == again.id  # the live plan, not the cancelled one


def test_the_plans_list_filters_by_state_and_day(store):
    first = approved(store)
    later = sp.request_plan(store, DESK, vip_request(arrive_on=date(2030, 6, 1), leave_on=date(2030, 6, 3),
                                                     arrival_at=None)).value
    gone = sp.request_plan(store, DESK, vip_request(guest_name="李雷")).value
    with pytest.raises(InvalidInput) as err:
        sp.cancel_plan(store, DESK, gone.id, "")
    assert err.value.problems == {"reason": "required"}
    sp.cancel_plan(store, DESK, gone.id, "客户取消")
    assert [p.id for p in sp.plans(store, DESK)] == [first.id, gone.id, later.id]
    assert [p.id for p in sp.plans(store, DESK, (sp.PlanState.REQUESTED,))] == [later.id]
    assert [p.id for p in sp.plans(store, DESK, around=date(2030, 6, 2))] == [later.id]
    assert [p.id for p in sp.plans(store, DESK, around=ARRIVE + timedelta(days=1))] == [first.id, gone.id]
    row = sp.plans(store, DESK, (sp.PlanState.APPROVED,))[0]
    assert (row.level, row.next_step.kind, row.state) == ("senior", "prepare", "approved")


def test_the_demo_plan_is_under_way(seeded):
    from shared.services.plans.demo import seed_plan

    plan = sp.plan_detail(seeded, LEADER, seed_plan(seeded))
    today = date.today()
    assert (plan.state, plan.level, plan.reception_person) == ("in_progress", "vip", "周杰")
    assert (plan.request.arrive_on, plan.request.leave_on) == (today - timedelta(days=1), today + timedelta(days=1))
    assert {"done", "planned"} <= {s.status for s in plan.steps}
    assert sum(b.actual for b in plan.budget) > 0 and plan.decided_by == "陈建国"


def test_two_stations_asking_at_once_get_different_numbers(store, db_url):
    from concurrent.futures import ThreadPoolExecutor

    from shared.store.engine import open_store

    other = open_store(db_url, migrate=False)
    try:
        def ask(station_store, n):
            return [sp.request_plan(station_store, DESK, vip_request(guest_name=f"客人{n}{i}")).value.plan_no
                    for i in range(5)]

        with ThreadPoolExecutor(2) as pool:
            numbers = [no for batch in pool.map(ask, (store, other), (1, 2)) for no in batch]
    finally:
        other.close()
    assert sorted(numbers) == [f"P300514-{n:02d}" for n in range(1, 11)]
