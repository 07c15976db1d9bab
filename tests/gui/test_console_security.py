"""The security desk and the audit log, driven by accessible names: alerts shown and handled, the
watchlist kept, enquiries approved only with a lead's own PIN, a confidential guest never disclosed,
and roles refused with a clear message."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QPushButton
from sqlalchemy import update

from console.security.audit_view import AuditView
from console.security.security_view import SecurityView
from shared.domain.errors import WatchlistMatch
from shared.domain.model import Actor, Consent, WalkIn
from shared.qt.problems import problem_text
from shared.services.security import enquiries as enq
from shared.services.directory import operators
from shared.services.security import watchlist as wl
from shared.services.site.audit import audit_entries
from shared.services.demo import seed_demo
from shared.services.directory.operators import Role
from shared.services.checkin import check_in_walk_in
from shared.store import models as db
from shared.store.engine import open_store
from tests.support.actors import STAFF

ADMIN = Actor("desk-1", "boss", "admin")
GUARD = Actor("desk-2", "老赵", "security")
DESK = Actor("desk-1", "amy", "receptionist")
KIOSK = Actor("kiosk-1", "kiosk")
REASON = "Banned after the incident on 3 March"


@pytest.fixture
def store(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'security.sqlite'}")
    seed_demo(store)
    operators.add_operator(store, ADMIN, "老赵", Role.SECURITY, "2468")
    operators.add_operator(store, ADMIN, "amy", Role.RECEPTIONIST, "1357")
    yield store
    store.close()


@pytest.fixture
def make_view(qtbot, store, make_translations):
    def make(cls=SecurityView, actor: Actor = GUARD, language: str = "en"):
        make_translations(["shared", "console"], language)
        who = {"actor": actor}
        view = cls(store, lambda: who["actor"])
        view.who = who  # the test changes who is signed in, as the window would
        qtbot.addWidget(view)
        view.resize(1280, 640)
        view.show()
        qtbot.waitExposed(view)
        return view
    return make


def watched_check_in(store, name="ＺＨＡＮＧ　ＷＥＩ"):
    with pytest.raises(WatchlistMatch):
        check_in_walk_in(store, KIOSK, WalkIn(name, "13900139000", "", 1), "badge", Consent(privacy=True))


def choose_combo(ui, root, name: str, data) -> None:
    combo = ui.find(root, name, QComboBox)
    assert combo.isEnabled(), f"{name!r} is disabled"
    combo.setCurrentIndex(combo.findData(data))


def record_enquiry(ui, view, about="王小明", id_type="police_card", id_number="110123456"):
    view.sections.setCurrentIndex(1)  # the "Third-party enquiries" tab
    ui.type(view, "Enquirer name", "李警官")
    ui.type(view, "Enquirer organisation", "朝阳分局")
    choose_combo(ui, view, "Enquirer ID type", id_type)
    ui.type(view, "Enquirer ID number", id_number)
    ui.type(view, "Enquiry about", about)
    ui.type(view, "Enquiry question", "Is this person in the building?")
    ui.tap(view, "Record enquiry")
    assert not ui.showing(view, "Enquiry problem"), ui.find(view, "Enquiry problem").text()


def test_an_alert_is_shown_with_the_reason_and_handled(ui, make_view, store, qtbot):
    wl.add_entry(store, GUARD, name="Zhang Wei", reason=REASON)
    view = make_view()
    assert not ui.showing(view, "Security alerts")
    with qtbot.waitSignal(view.alert_count) as counted:
        watched_check_in(store)
        view.refresh(wl.SECURITY_CHANGES, [])  # what the window does when the feed reports the alert
    assert counted.args == [1]
    (text,) = ui.item_texts(ui.find(view, "Security alerts"))
    assert "ZHANG WEI" in text and REASON in text and "kiosk-1" in text
    assert "Open alerts: 1" in ui.visible_texts(view)
    with qtbot.waitSignal(view.alert_count) as counted:
        ui.tap(view, "Mark alert handled")
    assert counted.args == [0]
    assert wl.alerts(store, GUARD) == [] and wl.alerts(store, GUARD, open_only=False)[0].handled_by == "老赵"
    assert not ui.showing(view, "Security alerts") and "No open alerts" in ui.visible_texts(view)


def test_the_watchlist_is_kept_here_and_bad_input_says_why(ui, make_view, store):
    view = make_view()
    ui.tap(view, "Add to watchlist")  # nothing typed
    assert ui.find(view, "Watchlist problem").text() == " ".join(
        [problem_text("watchlist", "key_required"), problem_text("reason", "required")])
    ui.type(view, "Watchlist name", "张 伟")
    ui.type(view, "Watchlist mobile", "13800138000")
    ui.type(view, "Watchlist reason", "不得入内")
    ui.tap(view, "Add to watchlist")
    assert not ui.showing(view, "Watchlist problem")
    assert ui.item_texts(ui.find(view, "Watchlist entries")) == ["张 伟 · 138****8000 — 不得入内"]
    assert ui.find(view, "Watchlist name").text() == ""
    ui.choose(view, "Watchlist entries", "不得入内")
    ui.tap(view, "Deactivate watchlist entry")
    assert ui.item_texts(ui.find(view, "Watchlist entries")) == []
    assert [e.detail["step"] for e in audit_entries(store, STAFF, action="watchlist")] == ["deactivate", "add"]


def test_a_wrong_approver_pin_answers_nothing(ui, make_view, store):
    view = make_view(actor=DESK)  # the desk records; the lead approves with their own PIN
    record_enquiry(ui, view)
    ui.choose(view, "Enquiries", "李警官")
    ui.type(view, "Approver name", "老赵")
    ui.type(view, "Approver PIN", "0000")
    ui.tap(view, "Answer enquiry")
    assert ui.find(view, "Answer problem").text() == problem_text("approver_pin", "wrong")
    assert ui.find(view, "Approver PIN").text() == ""  # not left behind for the next person
    assert enq.enquiries(store, DESK)[0].state == "open"
    ui.type(view, "Approver name", "amy")  # a receptionist cannot approve, even with her right PIN
    ui.type(view, "Approver PIN", "1357")
    ui.tap(view, "Answer enquiry")
    assert ui.find(view, "Answer problem").text() == problem_text("approver", "not_permitted")
    assert enq.enquiries(store, DESK)[0].state == "open"


def test_a_confidential_guest_is_answered_no_record_found(ui, make_view, store):
    visit = check_in_walk_in(store, KIOSK, WalkIn("王小明", "13800138000", "", 1), "badge",
                             Consent(privacy=True)).value
    with store.write() as s:
        s.execute(update(db.Visit).where(db.Visit.id == visit.id).values(confidential=True))
    view = make_view(actor=DESK)
    record_enquiry(ui, view, about="王 小明", id_type="resident_id", id_number="11010519491231002X")
    ui.choose(view, "Enquiries", "李警官")
    choose_combo(ui, view, "Answer choice", "text")
    ui.type(view, "Approved answer", "He is in meeting room 3")
    ui.type(view, "Approver name", "老赵")
    ui.type(view, "Approver PIN", "2468")
    ui.tap(view, "Answer enquiry")
    assert not ui.showing(view, "Answer problem")
    (answered,) = enq.enquiries(store, DESK)
    assert (answered.state, answered.answer, answered.approved_by) == ("answered", "no_record", "老赵")
    detail = ui.find(view, "Enquiry details").text()
    assert "No record found." in detail and "meeting room" not in detail
    assert not ui.find(view, "Answer enquiry").isEnabled()  # answered once


def test_no_valid_id_is_refused_and_recorded(ui, make_view, store):
    view = make_view(actor=DESK)
    record_enquiry(ui, view, id_type="", id_number="")
    ui.choose(view, "Enquiries", "李警官")
    ui.type(view, "Approver name", "老赵")
    ui.type(view, "Approver PIN", "2468")
    ui.tap(view, "Answer enquiry")
    assert ui.find(view, "Answer problem").text() == problem_text("enquirer_id", "required")
    ui.tap(view, "Refuse enquiry")
    assert enq.enquiries(store, DESK)[0].state == "refused"
    assert "refused: no valid ID" in " ".join(ui.item_texts(ui.find(view, "Enquiries")))


def test_a_receptionist_gets_a_clear_message_not_the_watchlist(ui, make_view, store):
    wl.add_entry(store, GUARD, name="张伟", reason=REASON)
    watched_check_in(store, "张伟")
    view = make_view(actor=GUARD)
    view.who["actor"] = DESK  # signed in anew as a receptionist; the screen still shows the form
    ui.type(view, "Watchlist name", "李四")
    ui.type(view, "Watchlist reason", "x")
    ui.tap(view, "Add to watchlist")
    assert ui.find(view, "Watchlist problem").text() == problem_text("permission", "denied")
    assert len(wl.entries(store, GUARD)) == 1
    # ...and the screen now shows what a receptionist may see: no alerts, no watchlist, a clear word
    assert ui.showing(view, "Security only notice") and not ui.showing(view, "Security alerts panel")
    texts = " ".join(ui.visible_texts(view))
    assert REASON not in texts and "张伟" not in texts
    assert ui.find(view, "Security only notice").text() == problem_text("permission", "watchlist")


def test_the_audit_log_is_newest_first_filtered_and_read_only(ui, make_view, store):
    wl.add_entry(store, GUARD, name="张伟", reason=REASON)
    enq.open_enquiry(store, DESK, "李警官", "", "", "", "王小明", "")
    view = make_view(AuditView, actor=GUARD)
    table = ui.find(view, "Audit entries")
    assert table.rowCount() >= 2
    assert [table.item(0, c).text() for c in (1, 2, 3, 4)] == ["amy", "desk-1", "Enquiry", "王*明"]
    choose_combo(ui, view, "Audit action filter", "watchlist")
    assert table.rowCount() == 1 and table.item(0, 4).text() == "张*"
    assert "step: add" in table.item(0, 5).text()
    assert not any(b.isVisible() for b in view.findChildren(QPushButton))  # nothing to delete with
    assert not table.editTriggers()
    view.who["actor"] = DESK
    view.reload()
    assert not ui.showing(view, "Audit entries")
    assert ui.find(view, "Audit log notice").text() == problem_text("permission", "audit")


def test_every_control_has_a_name(ui, make_view):
    for cls in (SecurityView, AuditView):
        view = make_view(cls)
        assert ui.unnamed_interactive(view) == []


@pytest.mark.parametrize("language, words", [("en", "guessing"), ("zh_CN", "试探")])
def test_a_kiosk_guessing_alert_names_the_station_and_count_only(ui, make_view, store, language, words):
    from shared.domain.errors import InvalidInput
    from shared.services.checkin import Throttle, find_invitation
    from tests.support.clock import Clock

    clock = Clock()
    throttle = Throttle(clock=clock, alert_at=4)
    for n in range(1, 5):
        with pytest.raises(InvalidInput):
            find_invitation(store, "王小明的码", station="kiosk-9", throttle=throttle)
        clock.advance(throttle.wait_after(n))
    view = make_view(language=language)
    (text,) = ui.item_texts(ui.find(view, "Security alerts"))
    assert "kiosk-9" in text and "4" in text and words in text and "王小明" not in text
