"""Walk-ins beyond the basics: the site's optional fields, groups, "my host is not listed",
the privacy consent, and inputs the form refuses. Driven by accessible names."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from shared.domain.model import Actor
from shared.qt.problems import problem_text
from shared.services.printing.jobs import jobs_for_visit
from shared.services.desk.queries import todays_visits
from shared.services.site.settings import update_settings
from shared.store import models as db
from tests.support.actors import STAFF
from tests.gui.kiosk_fixtures import (  # noqa: F401
    MASKED,
    agree_and_confirm,
    fill_form,
    is_chinese,
    kiosk_store,
    make_kiosk,
    to_confirm,
)

ADMIN = Actor("desk-1", "admin", "admin")
ID_NUMBER = "11010519491231002X"  # a valid GB 11643 check digit
ID_WRONG = ID_NUMBER[:-1] + "3"


def rows(store, model):
    with store.read() as s:
        return s.scalars(select(model).order_by(model.id)).all()


def test_the_optional_fields_show_only_when_the_site_asks(ui, make_kiosk):
    w = make_kiosk("en")
    fill_form(ui, w)
    ui.tap(w, "Next")
    assert ui.showing(w, "Visit details page")
    for name in ("Vehicle plate", "Region", "ID number"):
        assert not ui.find(w, name).isVisible(), name


def test_a_walk_in_with_plate_region_and_id_number(ui, make_kiosk, kiosk_store):
    update_settings(kiosk_store, ADMIN, ask_plate=True, ask_region=True, ask_id_number=True)
    w = make_kiosk("zh_CN")
    fill_form(ui, w)
    ui.tap(w, "Next")
    for name in ("Vehicle plate", "Region", "ID number"):
        assert ui.find(w, name).isVisible(), name

    ui.type(w, "Vehicle plate", "粤I12345")  # no I on a plate
    assert ui.find(w, "Vehicle plate problem").text() == problem_text("plate", "invalid")
    assert is_chinese(ui.find(w, "Vehicle plate problem").text())
    ui.type(w, "Vehicle plate", "粤b d12345")  # a new-energy plate, typed loosely
    assert ui.find(w, "Vehicle plate problem").text() == ""
    ui.type(w, "Region", "深圳")
    ui.type(w, "ID number", ID_WRONG)
    assert ui.find(w, "ID number problem").text() == problem_text("id_number", "invalid")
    assert not ui.find(w, "Next").isEnabled()
    ui.type(w, "ID number", ID_NUMBER.lower())  # the x may come in lower case
    assert ui.find(w, "ID number problem").text() == ""
    ui.tap(w, "Next")
    assert ui.showing(w, "Confirm page")
    texts = ui.visible_texts(w)
    assert "粤BD12345" in texts and "深圳" in texts and "1101**********002X" in texts
    assert ID_NUMBER not in " ".join(texts)
    assert ui.find(w, "ID number consent").isVisible() and not ui.find(w, "ID number consent").isChecked()
    assert "身份证号" in ui.find(w, "What is kept").text()
    assert ui.find(w, "How long").text() == "保存 90 天，之后删除。"

    agree_and_confirm(ui, w)  # the privacy box alone does not cover the ID number
    assert ui.showing(w, "Confirm page")
    assert ui.find(w, "Consent problem").text() == problem_text("id_consent", "required")
    assert todays_visits(kiosk_store, actor=STAFF) == []

    ui.tap(w, "ID number consent")
    ui.tap(w, "Confirm and print badge")
    assert ui.showing(w, "Done page")
    [visit] = rows(kiosk_store, db.Visit)
    [visitor] = rows(kiosk_store, db.Visitor)
    assert (visit.plate, visit.region, visit.id_consent) == ("粤BD12345", "深圳", True)
    assert visit.consent_at is not None and visitor.id_number == ID_NUMBER


def test_without_an_id_number_there_is_no_id_consent_to_give(ui, make_kiosk, kiosk_store):
    update_settings(kiosk_store, ADMIN, ask_id_number=True, retention_days=30)
    w = make_kiosk("en")
    fill_form(ui, w)
    to_confirm(ui, w)
    assert ui.find(w, "How long").text() == "For 30 days, then we delete it."  # the site's own period
    assert "ID number" not in " ".join(ui.visible_texts(w))  # neither in the notice nor as a box to tick
    assert "ID number" not in ui.find(w, "What is kept").text()
    agree_and_confirm(ui, w)
    assert ui.showing(w, "Done page")
    assert rows(kiosk_store, db.Visit)[0].id_consent is False


def test_a_group_of_three_gets_three_visits_and_three_badges(ui, make_kiosk, kiosk_store):
    w = make_kiosk("zh_CN")
    fill_form(ui, w)
    ui.tap(w, "Next")
    assert not ui.find(w, "Fewer people").isEnabled()  # never fewer than 1
    ui.tap(w, "More people")
    ui.tap(w, "More people")
    assert ui.find(w, "Party size").text() == "3"
    ui.tap(w, "Next")
    assert ui.showing(w, "Group page")
    assert ui.find(w, "Member 2 name").isVisible() and ui.find(w, "Member 3 name").isVisible()
    assert not ui.find(w, "Next").isEnabled()
    ui.type(w, "Member 2 name", "李雷")
    ui.type(w, "Member 3 name", "韩梅梅")
    ui.tap(w, "Next")
    assert ui.showing(w, "Confirm page")
    assert "共 3 人：李雷、韩梅梅" in ui.visible_texts(w)
    assert todays_visits(kiosk_store, actor=STAFF) == []
    agree_and_confirm(ui, w)
    assert ui.showing(w, "Done page")
    assert "请取走所有访客证。" in ui.visible_texts(w)
    visits = todays_visits(kiosk_store, actor=STAFF)
    assert [v.visitor_name for v in visits] == ["欧阳娜娜", "李雷", "韩梅梅"]
    assert {v.host_name for v in visits} == {"张三"}
    assert [len(jobs_for_visit(kiosk_store, v.id)) for v in visits] == [1, 1, 1]


def test_a_group_can_leave_the_names_to_the_desk(ui, make_kiosk, kiosk_store):
    w = make_kiosk("en")
    fill_form(ui, w)
    ui.tap(w, "Next")
    ui.tap(w, "More people")
    ui.tap(w, "More people")
    ui.tap(w, "Next")
    ui.tap(w, "Names at the desk")
    assert ui.showing(w, "Confirm page")
    assert "3 people: names given at the desk" in ui.visible_texts(w)
    agree_and_confirm(ui, w)
    assert ui.showing(w, "Done page")
    visits = todays_visits(kiosk_store, actor=STAFF)
    assert len(visits) == 3 and visits[1].visitor_name == "同行 2/3"
    assert all(len(jobs_for_visit(kiosk_store, v.id)) == 1 for v in visits)
    [group] = rows(kiosk_store, db.VisitGroup)
    assert group.names_at_desk and group.size == 3


def test_a_smaller_group_keeps_no_stale_member_fields(ui, make_kiosk, kiosk_store):
    w = make_kiosk("en")
    fill_form(ui, w)
    ui.tap(w, "Next")
    for _ in range(3):
        ui.tap(w, "More people")
    ui.tap(w, "Next")
    for n, name in ((2, "Amy"), (3, "Bob"), (4, "Cat")):
        ui.type(w, f"Member {n} name", name)
    ui.tap(w, "Back")
    ui.tap(w, "Fewer people")
    ui.tap(w, "Next")
    assert not ui.find(w, "Member 4 name").isVisible()
    ui.tap(w, "Next")
    agree_and_confirm(ui, w)
    assert [v.visitor_name for v in todays_visits(kiosk_store, actor=STAFF)] == ["欧阳娜娜", "Amy", "Bob"]


def test_the_host_is_found_by_initials_and_shows_name_and_department_only(ui, make_kiosk):
    w = make_kiosk("en")
    ui.tap(w, "Walk-in")
    ui.type(w, "Host search", "zs")
    results = ui.item_texts(ui.find(w, "Host results"))
    assert results and "张三" in results[0] and "销售部 Sales" in results[0]
    ui.type(w, "Host search", "z")
    assert ui.find(w, "Host results").count() <= 5  # a few matches, never the directory


def test_my_host_is_not_listed_sends_the_visit_to_reception(ui, make_kiosk, kiosk_store):
    w = make_kiosk("zh_CN")
    ui.tap(w, "Walk-in")
    ui.type(w, "Visitor name", "欧阳娜娜")
    ui.type(w, "Mobile number", "13800138000")
    ui.type(w, "Host search", "nobody-like-this")
    assert not ui.find(w, "Next").isEnabled()
    ui.tap(w, "Host not listed")
    assert ui.find(w, "Next").isEnabled()
    assert ui.find(w, "Host problem").text() == "前台会为您联系被访人。"
    to_confirm(ui, w)
    assert "由前台为您联系被访人" in ui.visible_texts(w)
    agree_and_confirm(ui, w)
    assert ui.showing(w, "Done page")
    assert "请在前台稍候，我们会为您联系被访人。" in ui.visible_texts(w)
    assert "已通知您要拜访的人，请稍坐等候。" not in ui.visible_texts(w)
    [visit] = rows(kiosk_store, db.Visit)
    assert visit.host_id is None
    assert len(jobs_for_visit(kiosk_store, visit.id)) == 1


def test_choosing_a_host_after_all_undoes_not_listed(ui, make_kiosk, kiosk_store):
    w = make_kiosk("en")
    fill_form(ui, w)
    ui.tap(w, "Host not listed")
    assert w.walk_in.host() is None and w.walk_in.host_unknown()
    ui.type(w, "Host search", "zs")
    ui.choose(w, "Host results", "张三")
    assert not ui.find(w, "Host not listed").isChecked()
    to_confirm(ui, w)
    agree_and_confirm(ui, w)
    assert rows(kiosk_store, db.Visit)[0].host_id is not None


def test_declining_the_privacy_notice_saves_nothing(ui, make_kiosk, kiosk_store):
    w = make_kiosk("zh_CN")
    fill_form(ui, w)
    to_confirm(ui, w)
    ui.tap(w, "Confirm and print badge")  # without "I agree"
    assert ui.showing(w, "Confirm page")
    assert ui.find(w, "Consent problem").text() == problem_text("consent", "required")
    assert todays_visits(kiosk_store, actor=STAFF) == []

    ui.tap(w, "Decline")
    assert ui.showing(w, "See reception page")
    assert "请到前台办理" in ui.visible_texts(w)
    assert todays_visits(kiosk_store, actor=STAFF) == [] and rows(kiosk_store, db.Visitor) == []
    ui.tap(w, "Back to start")
    assert ui.showing(w, "Welcome page")
    ui.tap(w, "Walk-in")
    assert ui.find(w, "Visitor name").text() == "" and ui.find(w, "Mobile number").text() == ""


def test_the_see_reception_page_goes_home_by_itself(ui, make_kiosk, qtbot):
    w = make_kiosk("en")
    w.done_timeout_ms = 100
    fill_form(ui, w)
    to_confirm(ui, w)
    ui.tap(w, "Decline")
    qtbot.waitUntil(lambda: ui.showing(w, "Welcome page"), timeout=3000)


def test_the_visit_details_refuse_what_is_wrong(ui, make_kiosk):
    w = make_kiosk("en")
    fill_form(ui, w)
    ui.tap(w, "Next")
    for _ in range(60):  # past the limit
        ui.find(w, "More people").click() if ui.find(w, "More people").isEnabled() else None
    assert ui.find(w, "Party size").text() == "50" and not ui.find(w, "More people").isEnabled()
    ui.type(w, "Purpose of visit", "x" * 101)
    assert ui.find(w, "Purpose of visit problem").text() == problem_text("purpose", "too_long")
    assert not ui.find(w, "Next").isEnabled()
    ui.type(w, "Purpose of visit", "Quarterly review")
    assert ui.find(w, "Next").isEnabled()


def test_a_member_name_must_be_a_name(ui, make_kiosk):
    w = make_kiosk("en")
    fill_form(ui, w)
    ui.tap(w, "Next")
    ui.tap(w, "More people")
    ui.tap(w, "Next")
    ui.type(w, "Member 2 name", "A")
    ui.type(w, "Member 2 name", "")
    assert ui.find(w, "Member 2 name problem").text() == "Please enter this person's name."
    ui.type(w, "Member 2 name", "Amy ☺")
    assert ui.find(w, "Member 2 name problem").text() == problem_text("member", "invalid")
    assert not ui.find(w, "Next").isEnabled()
    ui.type(w, "Member 2 name", "Amy Lee")
    assert ui.find(w, "Next").isEnabled()


def test_a_name_too_long_and_a_company_too_long_are_refused(ui, make_kiosk):
    w = make_kiosk("en")
    fill_form(ui, w, name="N" * 41)
    assert ui.find(w, "Visitor name problem").text() == problem_text("name", "too_long")
    ui.type(w, "Company", "C" * 81)
    assert ui.find(w, "Company problem").text() == problem_text("company", "too_long")
    assert not ui.find(w, "Next").isEnabled()


KEPT = {
    ("en", "plain"): "We keep your name, mobile number, company, whom you visit, and the times you arrive and "
                     "leave.",
    ("en", "plate+purpose"): "We keep your name, mobile number, company, vehicle plate, whom you visit, the times "
                             "you arrive and leave, and the purpose of your visit.",
    ("zh_CN", "plain"): "我们会保存您的姓名、手机号、公司、被访人和到访及离开时间。",
    ("zh_CN", "plate+purpose"): "我们会保存您的姓名、手机号、公司、车牌号、被访人、到访及离开时间和来访事由。",
}


@pytest.mark.parametrize("language, visit", sorted(KEPT))
def test_the_notice_lists_what_this_visit_keeps(ui, make_kiosk, kiosk_store, language, visit):
    update_settings(kiosk_store, ADMIN, ask_plate=True, ask_region=True, ask_id_number=True)
    w = make_kiosk(language)
    fill_form(ui, w)
    ui.tap(w, "Next")
    if visit == "plate+purpose":
        ui.type(w, "Purpose of visit", "Audit")
        ui.type(w, "Vehicle plate", "粤B12345")
    ui.tap(w, "Next")
    assert ui.showing(w, "Confirm page")
    assert ui.find(w, "What is kept").text() == KEPT[language, visit]
    assert ui.find(w, "How long").text() == {"en": "For 90 days, then we delete it.",
                                              "zh_CN": "保存 90 天，之后删除。"}[language]
    assert ui.find(w, "Why").text()
    ui.tap(w, "Change")
    ui.tap(w, "Back")
    ui.type(w, "Company", "")  # left empty: not kept, not named
    ui.tap(w, "Next")
    ui.tap(w, "Next")
    kept = ui.find(w, "What is kept").text()
    assert ("company" if language == "en" else "公司") not in kept


def test_the_notice_names_a_groups_members_and_the_id_number_with_its_own_consent(ui, make_kiosk, kiosk_store):
    update_settings(kiosk_store, ADMIN, ask_region=True, ask_id_number=True)
    w = make_kiosk("en")
    fill_form(ui, w)
    ui.tap(w, "Next")
    ui.type(w, "Region", "Shenzhen")
    ui.type(w, "ID number", ID_NUMBER)
    ui.tap(w, "More people")
    ui.tap(w, "Next")
    ui.type(w, "Member 2 name", "Amy Lee")
    ui.tap(w, "Next")
    assert ui.find(w, "What is kept").text() == (
        "We keep your name, mobile number, company, whom you visit, the times you arrive and leave, "
        "where you come from, the names of the people with you, and your ID number (only with the separate "
        "consent below).")
    ui.tap(w, "Chinese")  # the notice follows the language
    assert ui.find(w, "What is kept").text() == (
        "我们会保存您的姓名、手机号、公司、被访人、到访及离开时间、来访地区、同行人员的姓名和身份证号（须您在下方另行同意）。")


def test_the_region_field_takes_no_more_than_the_core_keeps(ui, make_kiosk, kiosk_store):
    update_settings(kiosk_store, ADMIN, ask_region=True)
    w = make_kiosk("zh_CN")
    fill_form(ui, w)
    ui.tap(w, "Next")
    ui.type(w, "Region", "深" * 70)
    assert ui.find(w, "Region").text() == "深" * 60
    assert ui.find(w, "Region problem").text() == "" and ui.find(w, "Next").isEnabled()
    too_long = problem_text("region", "too_long")  # should the core refuse one all the same
    assert is_chinese(too_long) and too_long != problem_text("region", "unheard_of")


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_a_name_no_badge_font_can_print_is_refused_in_the_visitors_language_and_nothing_is_saved(
        ui, make_kiosk, kiosk_store, language):
    w = make_kiosk(language)
    before = len(todays_visits(kiosk_store, actor=STAFF))
    fill_form(ui, w, name="𓀀𓀁 Lee")  # Egyptian hieroglyphs: no shipped font has them
    problem = ui.find(w, "Visitor name problem")
    assert problem.isVisible() and problem.text() == problem_text("name", "script")
    assert ("拉丁字母" if language == "zh_CN" else "Latin letters") in problem.text()
    assert not ui.find(w, "Next").isEnabled()
    ui.type(w, "Visitor name", "ئابدۇرېھىم ئابلىمىت")  # Uyghur, in the Arabic script the badge now has
    assert ui.find(w, "Visitor name problem").text() == "" and ui.find(w, "Next").isEnabled()
    assert len(todays_visits(kiosk_store, actor=STAFF)) == before
