"""Demo data for reception plans: one VIP guest here now, arrived yesterday, leaving tomorrow."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select

from shared.domain import model as m
from shared.store import models as db
from shared.store.engine import Store
from shared.store.types import utcnow

from shared.services import plans as sp
from shared.services.directory.hosts import search_hosts
from shared.domain.plan_itinerary import local_at
from shared.services.common.boundary import guard_module

DESK = m.Actor("desk-1", "前台小李", "receptionist")
LEADER = m.Actor("desk-1", "陈建国", "leader")
RECEPTION_PERSON = "周杰"
DRIVER = "王师傅"


def seed_plan(store: Store, appointment_id: int | None = None) -> int:
    """The plan of today's VIP guest (the demo morning's invited VIP when there is one: their visit then
    links to it), approved by the general manager, the steps so far done, a few expenses entered.
    Run after seed_demo (and seed_morning, for the link). Returns the plan's id."""
    today = date.today()
    appointment = _vip_appointment(store, today, appointment_id)
    hosts = search_hosts(store, "chenjianguo")
    arrive_on = today - timedelta(days=1)
    request = sp.PlanRequest(
        guest_name=appointment.visitor_name if appointment else "周永康",
        company=appointment.company if appointment else "华信集团",
        guest_phone=appointment.mobile if appointment else "13900139000",
        guest_region="北京 Beijing", party_size=3, arrive_on=arrive_on, leave_on=today + timedelta(days=1),
        purpose="年度合作会谈 Annual partnership talks", meet_whom="陈建国 总经理 General manager",
        host_id=appointment.host_id if appointment else (hosts[0].id if hosts else None),
        appointment_id=appointment.id if appointment else None,
        transport="flight", transport_no="CA1301", arrival_at=local_at(arrive_on, time(10, 20)),
        arrival_place="深圳宝安机场 T3 Shenzhen Airport T3", pickup=True,
        lodging="大床房三间，两晚 Three double rooms, two nights", meals="一位客人不吃辣 One guest eats no spicy food",
        showroom_tour=True, leader_meeting=True, notes="总经理亲自接见 The general manager meets them himself",
        proposed_level="vip")
    clock = _Clock(store)
    plan = sp.request_plan(store, DESK, request).value
    clock.settle(plan.id, local_at(arrive_on - timedelta(days=4), time(15, 10)))
    sp.approve_plan(store, LEADER, plan.id, "vip", "按特级接待 Receive as VIP")
    sp.assign_reception_person(store, LEADER, plan.id, RECEPTION_PERSON)
    sp.set_budget(store, LEADER, plan.id, sp.Category.LODGING, 2400)
    sp.set_budget(store, LEADER, plan.id, sp.Category.VEHICLE, 800)
    sp.set_budget(store, LEADER, plan.id, sp.Category.GIFTS, 500)
    detail = sp.plan_detail(store, LEADER, plan.id)
    for step in detail.steps:
        if step.kind in (sp.StepKind.PICKUP, sp.StepKind.SEND_OFF):
            sp.update_step(store, DESK, step.id, driver=DRIVER)
    clock.settle(plan.id, local_at(arrive_on - timedelta(days=3), time(9, 40)))
    now = utcnow()
    for step in detail.steps:
        if step.at is not None and step.at + timedelta(minutes=30) <= now:
            sp.set_step_status(store, DESK, step.id, "done")
            clock.settle(plan.id, step.at + timedelta(minutes=30), step_id=step.id)
    detail = sp.plan_detail(store, LEADER, plan.id)
    by_kind = {(s.kind, s.at.astimezone().date() if s.at else None): s for s in detail.steps}
    for kind, day, category, amount, note in (
            (sp.StepKind.PICKUP, arrive_on, sp.Category.VEHICLE, 260, "机场接站 Airport pickup"),
            (sp.StepKind.HOTEL, arrive_on, sp.Category.LODGING, 1140, "第一晚三间 First night, three rooms"),
            (sp.StepKind.MEAL, arrive_on, sp.Category.MEALS, 1480, "欢迎晚宴 Welcome dinner"),
            (sp.StepKind.SHOWROOM, arrive_on, sp.Category.GIFTS, 360, "展厅纪念品 Showroom souvenirs")):
        step = by_kind.get((kind, day))
        if step is None or step.status != "done":
            continue
        sp.add_expense(store, DESK, plan.id, category, amount, note, step.id)
        clock.settle(plan.id, step.at + timedelta(hours=1), expense=True)
    return plan.id


def _vip_appointment(store: Store, today: date, appointment_id: int | None) -> db.Appointment | None:
    with store.read() as s:
        if appointment_id is not None:
            return s.get(db.Appointment, appointment_id)
        return s.scalars(select(db.Appointment).where(
            db.Appointment.expected_on == today, db.Appointment.level == "vip",
            db.Appointment.leader_id.is_(None), db.Appointment.state.in_(("open", "used")))
            .order_by(db.Appointment.id)).first()


class _Clock:
    """The demo happened over several days: what was just written moves back to when it would have been."""

    def __init__(self, store: Store) -> None:
        self.store = store
        with store.read() as s:
            self.seen = s.scalar(select(func.max(db.PlanEvent.id))) or 0

    def settle(self, plan_id: int, at: datetime, step_id: int | None = None, expense: bool = False) -> None:
        with self.store.write() as s:
            events = s.scalars(select(db.PlanEvent).where(db.PlanEvent.plan_id == plan_id,
                                                          db.PlanEvent.id > self.seen)).all()
            for event in events:
                event.at = at
                self.seen = max(self.seen, event.id)
            plan = s.get(db.ReceptionPlan, plan_id)
            if any(e.action == "requested" for e in events):
                plan.requested_at = at
            if any(e.action == "approved" for e in events):
                plan.decided_at = at
            if step_id is not None:
                s.get(db.PlanStep, step_id).done_at = at
            if expense:
                row = s.scalars(select(db.PlanExpense).where(db.PlanExpense.plan_id == plan_id)
                                .order_by(db.PlanExpense.id.desc())).first()
                row.at = at


guard_module(globals())
