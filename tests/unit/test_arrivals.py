"""Invitations, groups, host unknown, consent, check-out by badge and feedback, on both databases."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from shared.domain.errors import ForbiddenTransition, InvalidInput, NotFound
from shared.domain.model import Actor, Consent, ReceptionLevel, WalkIn
from shared.domain.states import VisitState as S
from shared.services import checkin
from shared.services.site import settings
from shared.services.printing.jobs import jobs_for_visit
from shared.services.checkin import check_in_walk_in
from shared.store import models as db

KIOSK = Actor("kiosk-1", "kiosk")
ADMIN = Actor("desk-1", "boss", "admin")  # site settings are the admin's
DESK = Actor("desk-1", "amy", "receptionist")
YES = Consent(privacy=True)


def count(store, model):
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def invite(store, name="张三明", level=ReceptionLevel.STANDARD, day=None, mobile="13800138000"):
    return checkin.create_appointment(store, DESK, name, mobile, "华为", 1, day or date.today(), level).value


def test_invitation_code_shows_is_this_you_and_checks_in_with_one_touch(seeded):
    code = invite(seeded, level=ReceptionLevel.VIP)
    assert len(code) == 8 and set(code) <= set(checkin.CODE_ALPHABET)
    shown = checkin.find_invitation(seeded, code.lower())
    assert (shown.visitor_name, shown.host_name, shown.level) == ("张三明", "张三", ReceptionLevel.VIP)
    assert count(seeded, db.Visit) == 0  # looking saves nothing
    visit = checkin.check_in_invitation(seeded, KIOSK, code, "badge", YES).value
    assert visit.state == S.HOST_NOTIFIED and visit.level == ReceptionLevel.VIP
    with seeded.read() as s:
        job = s.scalars(select(db.PrintJob)).one()
        assert job.payload["level"] == "vip"  # the VIP badge 贵宾证
        assert s.get(db.Visit, visit.id).consent_at is not None
    with pytest.raises(InvalidInput) as err:
        checkin.find_invitation(seeded, code)
    assert err.value.problems == {"invitation": "used"}


@pytest.mark.parametrize("day,problem", [(-1, "expired"), (1, "not_today")])
def test_an_invitation_for_another_day_is_refused(seeded, day, problem):
    code = invite(seeded, day=date.today() + timedelta(days=day))
    with pytest.raises(InvalidInput) as err:
        checkin.check_in_invitation(seeded, KIOSK, code, "badge", YES)
    assert err.value.problems == {"invitation": problem}
    assert count(seeded, db.Visit) == 0


def test_an_unknown_code_is_refused(seeded):
    with pytest.raises(InvalidInput) as err:
        checkin.find_invitation(seeded, "ZZZZ9999")
    assert err.value.problems == {"invitation": "unknown"}


def test_mobile_lookup_shows_todays_appointments_with_masked_names(seeded):
    invite(seeded, "张三明")
    invite(seeded, "李四", day=date.today() + timedelta(days=1))
    matches = checkin.invitations_for_mobile(seeded, "138 0013 8000")
    assert [(m.masked_name, m.host_name) for m in matches] == [("张*明", "张三")]
    assert checkin.invitations_for_mobile(seeded, "13900000000") == []


def test_a_group_of_three_gets_three_linked_visits_and_badges(seeded):
    leader = WalkIn("王经理", "13800138000", "华东经销商", 1, party_size=3, purpose="考察")
    visits = checkin.check_in_group(seeded, KIOSK, leader, ["李一", "赵二"], "badge", YES).value
    assert [v.visitor_name for v in visits] == ["王经理", "李一", "赵二"]
    assert [v.member_no for v in visits] == [1, 2, 3] and {v.group_size for v in visits} == {3}
    assert {v.group_name for v in visits} == {"华东经销商"}
    with seeded.read() as s:
        payloads = [j.payload for j in s.scalars(select(db.PrintJob).order_by(db.PrintJob.id))]
        assert [(p["member_no"], p["group_size"]) for p in payloads] == [(1, 3), (2, 3), (3, 3)]
        assert count(seeded, db.Notification) == 1  # the host is told once, about the party


def test_a_group_with_names_at_the_desk(seeded):
    leader = WalkIn("王经理", "13800138000", "", 1, party_size=3)
    visits = checkin.check_in_group(seeded, KIOSK, leader, [], "badge", YES, names_at_desk=True).value
    assert [v.visitor_name for v in visits] == ["王经理", "同行 2/3", "同行 3/3"]


def test_a_group_with_a_missing_or_bad_name_saves_nothing(seeded):
    leader = WalkIn("王经理", "13800138000", "", 1, party_size=3)
    with pytest.raises(InvalidInput) as err:
        checkin.check_in_group(seeded, KIOSK, leader, ["李一"], "badge", YES)
    assert err.value.problems == {"members": "count"}
    with pytest.raises(InvalidInput) as err:
        checkin.check_in_group(seeded, KIOSK, leader, ["李一", "  "], "badge", YES)
    assert err.value.problems == {"member_1": "required"}
    assert (count(seeded, db.Visit), count(seeded, db.VisitGroup)) == (0, 0)


def test_host_unknown_goes_to_reception(seeded):
    visit = check_in_walk_in(seeded, KIOSK, WalkIn("赵六", "13800138000", "", None, host_unknown=True),
                             "badge", YES).value
    assert visit.state == S.CHECKED_IN and visit.host_name == ""  # reception finds the host
    assert count(seeded, db.Notification) == 0
    with seeded.read() as s:
        assert s.scalars(select(db.PrintJob)).one().payload["host_name"] == "前台 Reception"


def test_declined_consent_saves_nothing(seeded):
    with pytest.raises(InvalidInput) as err:
        check_in_walk_in(seeded, KIOSK, WalkIn("赵六", "13800138000", "", 1), "badge", Consent(privacy=False))
    assert err.value.problems == {"consent": "required"}
    walk_in = WalkIn("赵六", "13800138000", "", 1, id_number="11010519491231002X")
    with pytest.raises(InvalidInput) as err:
        check_in_walk_in(seeded, KIOSK, walk_in, "badge", Consent(privacy=True, id_number=False))
    assert err.value.problems == {"id_consent": "required"}
    assert (count(seeded, db.Visit), count(seeded, db.Visitor)) == (0, 0)


def test_id_number_is_kept_with_consent_and_printed_only_masked_when_the_site_says(seeded):
    walk_in = WalkIn("赵六", "13800138000", "", 1, id_number="11010519491231002x", plate="粤b12345")
    first = check_in_walk_in(seeded, KIOSK, walk_in, "badge", Consent(True, True)).value
    settings.update_settings(seeded, ADMIN, print_id_number=True)
    second = check_in_walk_in(seeded, KIOSK, walk_in, "badge", Consent(True, True)).value
    with seeded.read() as s:
        assert s.get(db.Visit, first.id).visitor.id_number == "11010519491231002X"
        assert s.get(db.Visit, first.id).plate == "粤B12345"
        jobs = {j.visit_id: j.payload for j in s.scalars(select(db.PrintJob))}
    assert jobs[first.id]["id_number_masked"] == ""
    assert jobs[second.id]["id_number_masked"] == "1101**********002X"


def test_badge_scan_checks_out_once_then_feedback_once(seeded):
    visit = check_in_walk_in(seeded, KIOSK, WalkIn("赵六", "13800138000", "", 1), "badge", YES).value
    with seeded.read() as s:
        token = s.get(db.Visit, visit.id).badge_token
    out = checkin.check_out_by_badge(seeded, KIOSK, token).value
    assert out.state == S.CHECKED_OUT
    with pytest.raises(ForbiddenTransition):
        checkin.check_out_by_badge(seeded, KIOSK, token)
    with pytest.raises(NotFound):
        checkin.check_out_by_badge(seeded, KIOSK, "not-a-badge")
    with pytest.raises(InvalidInput):
        checkin.record_feedback(seeded, visit.id, 6)
    checkin.record_feedback(seeded, visit.id, 5)
    with pytest.raises(InvalidInput):
        checkin.record_feedback(seeded, visit.id, 4)
    assert count(seeded, db.Feedback) == 1
    assert jobs_for_visit(seeded, visit.id)[0].state == "queued"


def test_settings_are_shared_and_validated(seeded):
    assert settings.site_settings(seeded).retention_days == 90
    settings.update_settings(seeded, ADMIN, ask_plate=True, site_name="星河大厦")
    assert settings.site_settings(seeded).ask_plate and settings.site_settings(seeded).site_name == "星河大厦"
    with pytest.raises(InvalidInput):
        settings.update_settings(seeded, ADMIN, retention_days=0)
    with pytest.raises(InvalidInput):
        settings.update_settings(seeded, ADMIN, no_such_setting=1)


def test_two_kiosks_confirming_one_code_at_once_make_one_visit(seeded, db_url):
    import threading

    from shared.store.engine import open_store

    code = invite(seeded)
    stores = [open_store(db_url, migrate=False) for _ in range(2)]
    barrier = threading.Barrier(2)
    results = []

    def confirm(store):
        barrier.wait()
        try:
            results.append(checkin.check_in_invitation(store, KIOSK, code, "badge", YES).value.id)
        except InvalidInput as err:
            results.append(err.problems)

    threads = [threading.Thread(target=confirm, args=(s,)) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    for s in stores:
        s.close()
    assert sorted(results, key=str).count({"invitation": "used"}) == 1
    assert (count(seeded, db.Visit), count(seeded, db.PrintJob), count(seeded, db.Notification)) == (1, 1, 1)


def test_an_invitation_to_a_host_who_left_goes_to_reception(seeded):
    code = invite(seeded)
    with seeded.write() as s:
        s.get(db.Host, 1).active = False
    assert checkin.find_invitation(seeded, code).host_name == ""
    visit = checkin.check_in_invitation(seeded, KIOSK, code, "badge", YES).value
    assert visit.state == S.CHECKED_IN and count(seeded, db.Notification) == 0


def test_found_by_mobile_the_guest_must_type_their_name(seeded):
    code = invite(seeded, "张三明")
    with pytest.raises(InvalidInput) as err:
        checkin.check_in_invitation(seeded, KIOSK, code, "badge", YES, confirm_name="张三")
    assert err.value.problems == {"name": "mismatch"} and count(seeded, db.Visit) == 0
    visit = checkin.check_in_invitation(seeded, KIOSK, code, "badge", YES, confirm_name=" 张三明 ").value
    assert visit.visitor_name == "张三明"


def test_feedback_only_after_the_visit(seeded):
    visit = check_in_walk_in(seeded, KIOSK, WalkIn("赵六", "13800138000", "", 1), "badge", YES).value
    with pytest.raises(InvalidInput) as err:
        checkin.record_feedback(seeded, visit.id, 5)
    assert err.value.problems == {"rating": "too_early"} and count(seeded, db.Feedback) == 0


def test_a_region_too_long_is_a_field_problem_not_a_database_error(seeded):
    with pytest.raises(InvalidInput) as err:
        check_in_walk_in(seeded, KIOSK, WalkIn("赵六", "13800138000", "", 1, region="区" * 61), "badge", YES)
    assert err.value.problems == {"region": "too_long"}


@pytest.mark.parametrize("host_id", [10_000, 2**31 - 1, "inactive"])
def test_an_invitation_for_a_host_not_in_the_directory_is_refused_and_saves_nothing(seeded, host_id):
    if host_id == "inactive":
        with seeded.write() as s:
            s.add(db.Host(id=77, name="离职了", active=False))
        host_id = 77
    with pytest.raises(InvalidInput) as refused:
        checkin.create_appointment(seeded, DESK, "王建明", "13912345678", "", host_id, date.today())
    assert refused.value.problems == {"host": "unknown"}
    assert count(seeded, db.Appointment) == 0
