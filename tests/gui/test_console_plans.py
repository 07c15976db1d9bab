"""Reception plans at the console, driven by accessible names on SQLite and PostgreSQL: the request (a bad
field keeps the dialog open), a leader's approval and a receptionist's refusal, the itinerary, expenses
against the budget, the reception person changed mid-stay, the hidden summary, the follow-up call, and
the plan reminders panel."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QPushButton, QSpinBox, QTableWidget

from console.plans.reminders_panel import PlanRemindersPanel
from console.plans.plans_view import PlansView
from shared.domain.model import Actor
from shared.services import plans as ps
from shared.services.demo import seed_demo
from shared.services.directory.hosts import host_directory
from shared.services.plans import Category, PlanRequest, PlanState
from tests.support.actors import STAFF

LEADER = Actor("desk-1", "王总", "leader")
AMY = Actor("desk-1", "amy", "receptionist")
ARRIVE = date.today() + timedelta(days=2)


class Desk:
    """Who is signed in at the station; a test changes it as a person signs in and out."""

    def __init__(self, actor: Actor) -> None:
        self.actor = actor

    def __call__(self) -> Actor:
        return self.actor


@pytest.fixture
def demo(store):
    seed_demo(store)
    return store


@pytest.fixture
def desk():
    return Desk(AMY)


@pytest.fixture
def said():
    return []


@pytest.fixture
def view(qtbot, demo, desk, said, make_translations):
    make_translations(["shared", "console"], "en")
    view = PlansView(demo, desk)
    qtbot.addWidget(view)
    view.said.connect(lambda text, tone: said.append((text, tone)))
    view.resize(1400, 820)
    view.show()
    qtbot.waitExposed(view)
    return view


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute)).astimezone()


def requested(store, **fields) -> ps.PlanDetail:
    request = PlanRequest(**{"guest_name": "欧阳建国", "arrive_on": ARRIVE, "leave_on": ARRIVE + timedelta(days=1),
                             "company": "华东精密", "party_size": 3, "transport": "flight", "transport_no": "MU5137",
                             "arrival_at": local(ARRIVE, 9, 40), "arrival_place": "虹桥机场 T2", "pickup": True,
                             "lodging": "锦江宾馆", "proposed_level": "senior", **fields})
    return ps.request_plan(store, AMY, request).value


def approved(store, person: str = "amy") -> ps.PlanDetail:
    plan = ps.approve_plan(store, LEADER, requested(store).id).value
    return ps.assign_reception_person(store, LEADER, plan.id, person).value


def in_progress(store) -> ps.PlanDetail:
    plan = approved(store)
    pickup = next(s for s in plan.steps if s.kind == ps.StepKind.PICKUP)
    ps.set_step_status(store, AMY, pickup.id, "done")
    return ps.plan_detail(store, LEADER, plan.id)


def detail(store, plan_id) -> ps.PlanDetail:
    return ps.plan_detail(store, LEADER, plan_id)


def page(view, ui, index: int) -> None:
    view.pages.setCurrentIndex(index)


def rows(table: QTableWidget) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_a_request_with_a_bad_field_stays_open_and_nothing_is_saved_then_it_is_sent(qtbot, ui, demo, view, said):
    assert ui.unnamed_interactive(view) == []
    ui.tap(view, "New reception request")
    dialog = view.dialog
    assert dialog.isVisible() and ui.unnamed_interactive(dialog) == []
    dialog.arrive_on.setDate(QDate(ARRIVE.year, ARRIVE.month, ARRIVE.day))
    dialog.leave_on.setDate(QDate(ARRIVE.year, ARRIVE.month, ARRIVE.day).addDays(-1))
    ui.type(dialog, "Flight or train number", "MU5137")  # no transport chosen for it
    ui.tap(dialog, "Submit request")
    assert dialog.isVisible()
    shown = dialog.problem_texts()
    assert shown["guest_name"] == "Please enter the guest's name."
    assert shown["arrive_on"] == "The guest cannot leave before arriving."
    assert shown["transport"] == "Please say how the guest travels for this number."
    assert ps.plans(demo, AMY) == []

    ui.type(dialog, "Guest name", "欧阳建国")
    ui.type(dialog, "Guest company", "华东精密")
    dialog.leave_on.setDate(QDate(ARRIVE.year, ARRIVE.month, ARRIVE.day).addDays(1))
    transport = ui.find(dialog, "Transport", QComboBox)
    transport.setCurrentIndex(transport.findData("flight"))
    host = host_directory(demo, STAFF)[0]
    hosts = ui.find(dialog, "Host", QComboBox)
    hosts.setCurrentIndex(hosts.findData(host.id))
    level = ui.find(dialog, "Proposed level", QComboBox)
    level.setCurrentIndex(level.findData("vip"))
    ui.tap(dialog, "Pickup needed")
    ui.tap(dialog, "Submit request")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [made] = ps.plans(demo, AMY)
    assert (made.guest_name, made.state, made.level, made.host_name) == ("欧阳建国", PlanState.REQUESTED, "vip",
                                                                         host.name)
    assert said[-1] == (f"Request {made.plan_no} for 欧阳建国 sent for approval.", "done")
    assert view.plan.id == made.id and "欧阳建国" in ui.find(view, "Selected plan", QLabel).text()
    assert rows(view.list)[0][1] == "欧阳建国 · 华东精密"


def test_a_leader_approves_at_another_level_and_a_receptionist_cannot(qtbot, ui, demo, view, desk):
    plan = requested(demo)
    view.reload()
    assert view.show_plan(plan.id)
    page(view, ui, 1)
    decide = ui.find(view, "Decide on request", QPushButton)
    assert not decide.isEnabled()  # a receptionist: the button says no, and why
    assert "Only a leader or an administrator" in ui.find(view, "Approval hint", QLabel).text()

    desk.actor = LEADER
    view.show_plan(plan.id)
    ui.tap(view, "Decide on request")
    dialog = view.dialog
    assert ui.unnamed_interactive(dialog) == []
    level = ui.find(dialog, "Approved level", QComboBox)
    assert level.currentData() == "senior"
    level.setCurrentIndex(level.findData("vip"))
    desk.actor = AMY  # signed out and in again while the dialog was open: the service refuses
    ui.tap(dialog, "Approve plan")
    assert dialog.isVisible()
    assert "Only a leader or an administrator" in ui.find(dialog, "Dialog problem", QLabel).text()
    assert detail(demo, plan.id).state == PlanState.REQUESTED

    desk.actor = LEADER
    ui.tap(dialog, "Approve plan")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    after = detail(demo, plan.id)
    assert (after.state, after.level, after.decided_by) == (PlanState.APPROVED, "vip", "王总")
    assert "Approved by 王总" in ui.find(view, "Decision", QLabel).text()
    assert after.standards.meal_lunch > 0 and ui.find(view, "Standard lunch", QSpinBox).value() == after.standards.meal_lunch


def test_a_return_needs_a_comment_then_the_request_is_edited_and_resubmitted(qtbot, ui, demo, view, desk):
    desk.actor = LEADER
    plan = requested(demo)
    view.reload()
    view.show_plan(plan.id)
    page(view, ui, 1)
    ui.tap(view, "Decide on request")
    dialog = view.dialog
    ui.tap(dialog, "Return plan")
    assert dialog.problem_texts() == {"comment": "Please say why the request goes back."}
    dialog.comment.setPlainText("人数不对")
    ui.tap(dialog, "Return plan")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert detail(demo, plan.id).state == PlanState.RETURNED

    desk.actor = AMY
    view.show_plan(plan.id)
    page(view, ui, 0)
    ui.tap(view, "Edit request")
    dialog = view.dialog
    assert ui.find(dialog, "Guest name").text() == "欧阳建国"
    ui.find(dialog, "Party size", QSpinBox).setValue(5)
    ui.tap(dialog, "Submit request")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    again = detail(demo, plan.id)
    assert (again.state, again.request.party_size, again.request.arrival_place) == (PlanState.REQUESTED, 5,
                                                                                  "虹桥机场 T2")


def test_a_step_marked_done_starts_the_stay_and_an_expense_shows_against_the_budget(qtbot, ui, demo, view, said):
    plan = approved(demo)
    view.reload()
    view.show_plan(plan.id)
    page(view, ui, 2)
    steps = ui.find(view, "Itinerary steps", QTableWidget)
    pickup = next(i for i, s in enumerate(plan.steps) if s.kind == ps.StepKind.PICKUP)
    steps.selectRow(pickup)
    ui.tap(view, "Mark step done")
    after = detail(demo, plan.id)
    assert after.steps[pickup].status == "done" and after.state == PlanState.IN_PROGRESS
    assert rows(steps)[pickup][5] == "Done"

    page(view, ui, 3)
    meals_planned = next(b.planned for b in after.budget if b.category == Category.MEALS)
    ui.tap(view, "Add expense")
    dialog = view.dialog
    assert ui.unnamed_interactive(dialog) == []
    ui.tap(dialog, "Save expense")  # ¥0
    assert dialog.problem_texts() == {"amount": "Please enter an amount above ¥0."}
    ui.find(dialog, "Expense amount", QSpinBox).setValue(meals_planned + 100)
    ui.type(dialog, "Expense note", "欢迎晚宴")
    ui.tap(dialog, "Save expense")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    budget = rows(ui.find(view, "Budget", QTableWidget))
    assert budget[0] == ["Meals", f"¥{meals_planned:,}", f"¥{meals_planned + 100:,}", "-¥100"]
    assert rows(ui.find(view, "Expenses", QTableWidget))[0][4] == "欢迎晚宴"
    assert not ui.find(view, "Sign off expenses", QPushButton).isEnabled()  # a receptionist


def test_changing_the_reception_person_mid_stay_asks_for_a_reason(qtbot, ui, demo, view, desk):
    desk.actor = LEADER
    plan = in_progress(demo)
    view.reload()
    view.show_plan(plan.id)
    page(view, ui, 2)
    ui.type(view, "Reception person", "bob")
    ui.tap(view, "Assign reception person")
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible() and "should not change" in dialog.intro.text()
    ui.tap(dialog, "Confirm with reason")
    assert dialog.problem_texts() == {"reason": "Please give the reason."}
    assert detail(demo, plan.id).reception_person == "amy"
    dialog.reason.setPlainText("amy 病假")
    ui.tap(dialog, "Confirm with reason")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    after = detail(demo, plan.id)
    assert after.reception_person == "bob" and "amy 病假" in after.events[-1].note


def test_the_summary_is_hidden_from_a_receptionist_and_the_follow_up_is_recorded(qtbot, ui, demo, view, desk):
    plan = in_progress(demo)
    ps.write_summary(demo, LEADER, plan.id, "客户满意 下月签约")
    view.reload()
    view.show_plan(plan.id)
    page(view, ui, 4)
    assert "your role cannot read it" in ui.find(view, "Summary note", QLabel).text()
    assert not ui.find(view, "Visit summary", QPlainTextEdit).isVisible()
    assert "下月签约" not in " ".join(ui.visible_texts(view))

    ui.tap(view, "Schedule follow-up")
    dialog = view.dialog
    ui.find(dialog, "Journey minutes", QSpinBox).setValue(90)
    ui.tap(dialog, "Save follow-up schedule")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    scheduled = detail(demo, plan.id)
    assert scheduled.followup_due_at == scheduled.departure_at + timedelta(minutes=90)

    ui.tap(view, "Record follow-up")
    dialog = view.dialog
    ui.tap(dialog, "Save follow-up")
    assert dialog.problem_texts() == {"outcome": "Please write what the guest said."}
    dialog.outcome.setPlainText("已安全到家 感谢接待")
    rating = ui.find(dialog, "Follow-up rating", QComboBox)
    rating.setCurrentIndex(rating.findData(5))
    ui.tap(dialog, "Save follow-up")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    done = detail(demo, plan.id)
    assert (done.followup_rating, done.followup_by, done.followup_outcome) == (5, "amy", "已安全到家 感谢接待")
    assert "★★★★★" in ui.find(view, "Follow-up", QLabel).text()

    desk.actor = LEADER
    view.show_plan(plan.id)
    assert ui.find(view, "Visit summary", QPlainTextEdit).toPlainText() == "客户满意 下月签约"


def test_the_plan_reminders_panel_shows_a_step_coming_up_and_marks_it_done(qtbot, ui, demo, desk):
    plan = approved(demo)
    pickup = next(s for s in plan.steps if s.kind == ps.StepKind.PICKUP)
    now = pickup.at - timedelta(minutes=10)
    panel = PlanRemindersPanel(demo, desk, now=lambda: now)
    qtbot.addWidget(panel)
    panel.resize(380, 400)
    panel.show()
    assert ui.unnamed_interactive(panel) == []
    texts = [label.text() for label in panel.findChildren(QLabel) if label.accessibleName() == "Plan reminder"]
    assert any(pickup.title in t and plan.plan_no in t for t in texts)
    with qtbot.waitSignal(panel.open_plan) as opened:
        ui.tap(panel, f"Open plan {plan.plan_no}: {pickup.title}")
    assert opened.args == [plan.id]
    with qtbot.waitSignal(panel.count_changed) as counted:
        ui.tap(panel, f"Step done: {pickup.title}")
    assert counted.args[0] == len(panel.reminders)
    assert next(s for s in detail(demo, plan.id).steps if s.id == pickup.id).status == "done"
    assert all(r.step_id != pickup.id for r in panel.reminders)


def test_the_plans_follow_a_language_switch(qtbot, ui, demo, view, make_translations):
    plan = approved(demo)
    view.reload()
    view.show_plan(plan.id)
    assert rows(view.list)[0][2] == "Senior"
    make_translations(["shared", "console"], "zh_CN")
    qtbot.waitUntil(lambda: rows(view.list)[0][2] == "高级")  # the reception levels' own words, already translated
    assert ui.unnamed_interactive(view) == []


def test_a_leader_sets_a_budget_line_the_receptionist_cannot(ui, demo, view, desk, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    plan = approved(demo)
    view.reload()
    view.show_plan(plan.id)
    page(view, ui, 3)
    assert not ui.find(view, "Set a budget line", QPushButton).isEnabled()  # a receptionist
    desk.actor = LEADER
    view.show_plan(plan.id)
    # The two small Qt input dialogs answered as a person would: "Lodging", then 1800 yuan.
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("Lodging", True)))
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (1800, True)))
    ui.tap(view, "Set a budget line")
    lodging = next(b for b in detail(demo, plan.id).budget if b.category == Category.LODGING)
    assert lodging.planned == 1800
    assert ["Lodging", "¥1,800", "¥0", "¥1,800"] in rows(ui.find(view, "Budget", QTableWidget))
