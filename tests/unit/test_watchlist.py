"""The watchlist: exact matches after normalising, a refused check-in that saves nothing, and an alert
for security that is kept although the check-in is rolled back; on both databases."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from shared.domain.errors import InvalidInput, NotActionable, WatchlistMatch
from shared.domain.model import Actor, Consent, WalkIn
from shared.services import checkin
from shared.services.security import watchlist as wl
from shared.services.site.audit import audit_entries
from shared.domain.permissions import NotPermitted
from shared.services.checkin import check_in_walk_in
from shared.store import models as db
from tests.support.actors import STAFF

KIOSK = Actor("kiosk-1", "kiosk")
GUARD = Actor("desk-2", "老赵", "security")
DESK = Actor("desk-1", "amy", "receptionist")
YES = Consent(privacy=True, id_number=True)
ID_NUMBER = "11010519491231002X"


def count(store, model):
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def walk_in(name="王小明", mobile="13800138000", **extra):
    return WalkIn(name, mobile, "星河科技", **{"host_id": 1, **extra})


def nothing_saved(store):
    return count(store, db.Visit) == 0 and count(store, db.PrintJob) == 0 and count(store, db.Notification) == 0


@pytest.mark.parametrize("typed, stored", [
    ("ＺＨＡＮＧ　ＷＥＩ", "zhang wei"),  # full-width letters and the ideographic space
    ("张 伟", "张伟"),
    ("张\u3000伟", " 张伟 "),
    ("Zhang  Wei", "ZHANGWEI"),
])
def test_keys_fold_width_spaces_and_case(typed, stored):
    assert wl.normalise_key(typed) == wl.normalise_key(stored)


def test_mobile_and_id_keys():
    assert wl.mobile_key("１３８ ００１３ ８０００") == wl.mobile_key("+86 138-0013-8000") == "+8613800138000"
    assert wl.id_key("11010519491231002x") == ID_NUMBER
    assert wl.normalise_key("张伟") != wl.normalise_key("张玮")  # exact: no fuzzy matching


@pytest.mark.parametrize("typed, subject", [("ＺＨＡＮＧ　ＷＥＩ", "ZHANG WEI"), ("zhang  wei", "zhang wei")])
def test_a_watchlisted_name_typed_full_width_still_matches_and_nothing_is_saved(seeded, typed, subject):
    entry = wl.add_entry(seeded, GUARD, name="Zhang Wei", reason="banned after an incident on 3 March").value
    with pytest.raises(WatchlistMatch) as caught:
        check_in_walk_in(seeded, KIOSK, walk_in(typed, host_id=1), "badge", YES)
    assert caught.value.entry_id == entry.id
    assert nothing_saved(seeded)
    (alert,) = wl.alerts(seeded, GUARD)
    assert (alert.subject, alert.reason, alert.station) == (subject, "banned after an incident on 3 March",
                                                            "kiosk-1")


def test_a_chinese_name_with_spaces_matches(seeded):
    wl.add_entry(seeded, GUARD, name="张伟", reason="不得入内")
    with pytest.raises(WatchlistMatch):
        check_in_walk_in(seeded, KIOSK, walk_in("张 伟", host_id=1), "badge", YES)
    assert nothing_saved(seeded)
    assert [a.subject for a in wl.alerts(seeded, GUARD)] == ["张 伟"]


def test_mobile_or_id_number_alone_match(seeded):
    wl.add_entry(seeded, GUARD, mobile="138 0013 8000", reason="by mobile")
    wl.add_entry(seeded, GUARD, id_number=ID_NUMBER.lower(), reason="by ID")
    with pytest.raises(WatchlistMatch) as by_mobile:
        check_in_walk_in(seeded, KIOSK, walk_in("李四", "+86 13800138000", host_id=1), "badge", YES)
    with pytest.raises(WatchlistMatch) as by_id:
        check_in_walk_in(seeded, KIOSK, walk_in("王五", "13900139000", host_id=1, id_number=ID_NUMBER),
                         "badge", YES)
    assert (by_mobile.value.reason, by_id.value.reason) == ("by mobile", "by ID")
    assert nothing_saved(seeded) and len(wl.alerts(seeded, GUARD)) == 2


def test_someone_not_listed_checks_in_as_before(seeded):
    wl.add_entry(seeded, GUARD, name="张伟", reason="x")
    assert check_in_walk_in(seeded, KIOSK, walk_in("张玮", host_id=1), "badge", YES).value.visit_no
    assert count(seeded, db.Visit) == 1 and wl.alerts(seeded, GUARD) == []


def test_an_inactive_entry_no_longer_matches(seeded):
    entry = wl.add_entry(seeded, GUARD, name="张伟", reason="x").value
    wl.deactivate_entry(seeded, GUARD, entry.id)
    assert wl.entries(seeded, GUARD) == [] and not wl.entries(seeded, GUARD, include_inactive=True)[0].active
    check_in_walk_in(seeded, KIOSK, walk_in("张伟", host_id=1), "badge", YES)
    with pytest.raises(NotActionable):
        wl.deactivate_entry(seeded, GUARD, entry.id)


def test_every_group_member_is_checked(seeded):
    wl.add_entry(seeded, GUARD, name="韩梅梅", reason="member on the list")
    with pytest.raises(WatchlistMatch):
        checkin.check_in_group(seeded, KIOSK, walk_in("李雷", host_id=1, party_size=3), ["Lucy", "韩　梅梅"],
                                "badge", YES)
    assert nothing_saved(seeded) and count(seeded, db.VisitGroup) == 0
    assert [a.subject for a in wl.alerts(seeded, GUARD)] == ["韩 梅梅"]


def test_an_invitation_is_checked_by_its_stored_name_and_mobile(seeded):
    code = checkin.create_appointment(seeded, DESK, "赵 六", "13700137000", "", 1, date.today()).value
    wl.add_entry(seeded, GUARD, mobile="13700137000", reason="by mobile")
    with pytest.raises(WatchlistMatch):
        checkin.check_in_invitation(seeded, KIOSK, code, "badge", Consent(privacy=True), confirm_name="赵六")
    assert nothing_saved(seeded)
    assert checkin.find_invitation(seeded, code).visitor_name == "赵 六"  # still open: not used up
    assert [a.subject for a in wl.alerts(seeded, GUARD)] == ["赵六"]  # as they typed it


def test_alerts_are_handled_once_and_everything_is_audited(seeded):
    wl.add_entry(seeded, GUARD, name="张伟", mobile="13800138000", reason="x")
    with pytest.raises(WatchlistMatch):
        check_in_walk_in(seeded, KIOSK, walk_in("张伟", host_id=1), "badge", YES)
    (alert,) = wl.alerts(seeded, GUARD)
    done = wl.handle_alert(seeded, GUARD, alert.id).value
    assert done.handled_by == "老赵" and wl.alerts(seeded, GUARD) == []
    assert len(wl.alerts(seeded, GUARD, open_only=False)) == 1
    with pytest.raises(NotActionable):
        wl.handle_alert(seeded, GUARD, alert.id)
    log = [(e.action, e.detail["step"], e.subject, e.station) for e in reversed(audit_entries(seeded, STAFF))]
    assert log == [("watchlist", "add", "张*", "desk-2"), ("watchlist", "match", "张*", "kiosk-1"),
                   ("alert", "handled", "张*", "desk-2")]
    assert "13800138000" not in str(audit_entries(seeded, STAFF))


def test_bad_entries_are_refused_and_change_nothing(store):
    for kwargs, problems in [
        (dict(reason="x"), {"watchlist": "key_required"}),
        (dict(name="张伟"), {"reason": "required"}),
        (dict(mobile="12345", reason="x"), {"mobile": "invalid"}),
        (dict(id_number="110105-1949", reason="x"), {"id_number": "invalid"}),
    ]:
        with pytest.raises(InvalidInput) as err:
            wl.add_entry(store, GUARD, **kwargs)
        assert err.value.problems == problems
    wl.add_entry(store, GUARD, name="张伟", reason="x")
    with pytest.raises(InvalidInput, match="exists"):
        wl.add_entry(store, GUARD, name="张　伟", reason="again")
    assert len(wl.entries(store, GUARD)) == 1


def test_only_security_and_admins_keep_the_watchlist(store):
    for call in (lambda a: wl.add_entry(store, a, name="张伟", reason="x"), lambda a: wl.entries(store, a),
                 lambda a: wl.alerts(store, a)):
        for actor in (DESK, KIOSK):
            with pytest.raises(NotPermitted):
                call(actor)
    assert count(store, db.WatchlistEntry) == 0
