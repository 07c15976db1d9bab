"""The lobby's welcome board, on SQLite and PostgreSQL: today's approved VIP guests, and nobody else — not a
confidential guest (by the appointment, or by the visit marked so later), not a plan still waiting for its
approval or sent back, not another level, not another day's."""
from __future__ import annotations

from datetime import date, timedelta

from shared.domain.model import Actor
from shared.services import plans as sp
from shared.services.checkin.invitation import check_in_invitation
from shared.services.desk.expected import ExpectedVisit, pre_register
from shared.services.privacy.log_reveal import set_confidential
from shared.services.site.welcome_board import WelcomeGuest, welcome_board

DESK = Actor("desk-1", "amy", "receptionist")
LEADER = Actor("desk-1", "陈总", "leader")
TODAY = date.today()
DOCTOR_OR_HOST = 1


def _plan(store, name, company="华信集团", arrive=TODAY, leave=TODAY, appointment_id=None, level="vip"):
    request = sp.PlanRequest(guest_name=name, company=company, arrive_on=arrive, leave_on=leave, party_size=3,
                             host_id=DOCTOR_OR_HOST, appointment_id=appointment_id, proposed_level=level)
    return sp.request_plan(store, DESK, request).value.id


def _approved(store, name, level="vip", **kw):
    plan_id = _plan(store, name, **kw)
    sp.approve_plan(store, LEADER, plan_id, level)
    return plan_id


def _expected(store, name, confidential=False):
    return pre_register(store, DESK, ExpectedVisit(visitor_name=name, host_id=DOCTOR_OR_HOST, expected_on=TODAY,
                                                   mobile="13912345678", level="vip",
                                                   confidential=confidential)).value[0]


def _names(store, today=None):
    return [g.name for g in welcome_board(store, today)]


def test_an_approved_vip_guest_staying_today_is_welcomed_with_the_company(seeded):
    assert welcome_board(seeded) == ()
    _approved(seeded, "周永康", arrive=TODAY - timedelta(days=1), leave=TODAY + timedelta(days=1))
    assert welcome_board(seeded) == (WelcomeGuest("周永康", "华信集团", 3),)


def test_only_approved_or_started_plans_at_the_vip_level_show(seeded):
    _plan(seeded, "待批准")  # requested, never decided
    returned = _plan(seeded, "被退回")
    sp.return_plan(seeded, LEADER, returned, "请补充行程")
    _approved(seeded, "降级了", level="senior")  # asked for VIP, approved as senior
    cancelled = _approved(seeded, "取消了")
    sp.cancel_plan(seeded, DESK, cancelled, "客户改期")
    assert _names(seeded) == []
    _approved(seeded, "贵宾甲")
    assert _names(seeded) == ["贵宾甲"]


def test_a_confidential_guest_never_shows(seeded):
    secret = _expected(seeded, "欧阳保密", confidential=True)
    _approved(seeded, "欧阳保密", appointment_id=secret.id)
    plain = _expected(seeded, "王公开")
    _approved(seeded, "王公开", appointment_id=plain.id)
    assert _names(seeded) == ["王公开"]
    # The guest came; the desk then marks the visit confidential: the board forgets them too.
    visit = check_in_invitation(seeded, Actor("kiosk-1"), plain.code).value
    assert _names(seeded) == ["王公开"]
    set_confidential(seeded, DESK, visit.id, True)
    assert _names(seeded) == []


def test_another_days_guest_shows_on_their_own_days_only(seeded):
    tomorrow = TODAY + timedelta(days=1)
    _approved(seeded, "明天来", arrive=tomorrow, leave=tomorrow + timedelta(days=1))
    _approved(seeded, "昨天走", arrive=TODAY - timedelta(days=2), leave=TODAY - timedelta(days=1))
    assert _names(seeded) == []
    assert _names(seeded, tomorrow) == ["明天来"]
    assert _names(seeded, TODAY - timedelta(days=1)) == ["昨天走"]
