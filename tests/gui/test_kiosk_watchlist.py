"""A watchlisted visitor at the kiosk: the flow ends on "please see reception", exactly as a refusal of
the privacy notice does (no reason, nothing different), nothing is saved or printed, and security
has an alert with the reason. Driven by accessible names."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from shared.domain.model import Actor
from shared.services import checkin
from shared.services.security import watchlist as wl
from shared.services.directory.hosts import search_hosts
from shared.store import models as db
from tests.gui.kiosk_fixtures import (  # noqa: F401
    agree_and_confirm,
    fill_form,
    kiosk_store,
    make_kiosk,
    scan,
    to_confirm,
)

GUARD = Actor("desk-2", "老赵", "security")
REASON = "Banned after the incident on 3 March: call 老赵"


def count(store, model) -> int:
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def refused_page_texts(ui, w) -> list[str]:
    """What a visitor who declines the privacy notice sees: the kiosk's usual see-reception case."""
    fill_form(ui, w, name="路人甲", mobile="13900139000")
    to_confirm(ui, w)
    ui.tap(w, "Decline")
    assert ui.showing(w, "See reception page")
    texts = ui.visible_texts(w)
    ui.tap(w, "Back to start")
    return texts


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_a_full_width_watchlisted_name_gets_only_please_see_reception(ui, make_kiosk, kiosk_store, language):
    wl.add_entry(kiosk_store, GUARD, name="Zhang Wei", reason=REASON)
    w = make_kiosk(language)
    usual = refused_page_texts(ui, w)

    fill_form(ui, w, name="ＺＨＡＮＧ　ＷＥＩ", mobile="13800138000")
    to_confirm(ui, w)
    agree_and_confirm(ui, w)

    assert ui.showing(w, "See reception page")
    shown = ui.visible_texts(w)
    assert shown == usual
    assert not any(word in " ".join(shown) for word in ("Banned", "老赵", "watch", "ZHANG"))
    assert count(kiosk_store, db.Visit) == count(kiosk_store, db.Visitor) == count(kiosk_store, db.PrintJob) == 0
    (alert,) = wl.alerts(kiosk_store, GUARD)
    assert (alert.subject, alert.reason, alert.station) == ("ZHANG WEI", REASON, "lobby-1")
    ui.tap(w, "Back to start")
    ui.tap(w, "Walk-in")
    assert ui.find(w, "Visitor name").text() == ""  # nothing of them left for the next visitor


def test_a_watchlisted_group_member_stops_the_whole_group(ui, make_kiosk, kiosk_store):
    wl.add_entry(kiosk_store, GUARD, name="韩梅梅", reason=REASON)
    w = make_kiosk("zh_CN")
    fill_form(ui, w, name="李雷")
    ui.tap(w, "Next")
    ui.tap(w, "More people")
    ui.tap(w, "Next")
    assert ui.showing(w, "Group page")
    ui.type(w, "Member 2 name", "韩 梅梅")
    ui.tap(w, "Next")
    agree_and_confirm(ui, w)
    assert ui.showing(w, "See reception page")
    assert count(kiosk_store, db.Visit) == count(kiosk_store, db.VisitGroup) == count(kiosk_store, db.PrintJob) == 0
    assert [a.subject for a in wl.alerts(kiosk_store, GUARD)] == ["韩 梅梅"]


def test_a_watchlisted_invited_guest_by_mobile(ui, make_kiosk, kiosk_store):
    host = search_hosts(kiosk_store, "ls")[0]
    code = checkin.create_appointment(kiosk_store, Actor("desk-1", "amy", "receptionist"), "王建明", "13912345678", "宏远物流",
                                       host.id, date.today()).value
    wl.add_entry(kiosk_store, GUARD, mobile="139 1234 5678", reason=REASON)
    w = make_kiosk("zh_CN")
    scan(w, code)
    assert ui.showing(w, "Is this you page")
    ui.tap(w, "I agree")
    ui.tap(w, "Yes, check me in")
    assert ui.showing(w, "See reception page")
    assert count(kiosk_store, db.Visit) == count(kiosk_store, db.PrintJob) == 0
    assert checkin.find_invitation(kiosk_store, code).visitor_name == "王建明"  # still open for the desk
    assert [(a.subject, a.reason) for a in wl.alerts(kiosk_store, GUARD)] == [("王建明", REASON)]
