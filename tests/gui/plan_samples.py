"""Hand-made reception plans for the printout tests (the PDFs take only the contract's dataclasses)."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from shared.services.plans import (
    BudgetLine,
    Category,
    EventView,
    ExpenseView,
    PlanDetail,
    PlanRequest,
    PlanState,
    Standards,
    StepKind,
    StepView,
)

CST = timezone(timedelta(hours=8))


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=CST)


def sample_detail(signed: bool = True, steps: int = 0, summary: str = "客户对合作方案满意，计划下月签约。",
                  summary_hidden: bool = False) -> PlanDetail:
    """A senior guest's two-day stay; `steps` extra steps make the itinerary run over pages."""
    request = PlanRequest(guest_name="欧阳建国", arrive_on=date(2026, 11, 26), leave_on=date(2026, 11, 27),
                          guest_region="上海", guest_phone="139****5678", company="华东精密机械有限公司",
                          party_size=3, purpose="考察生产线并洽谈年度采购框架协议", meet_whom="王总经理",
                          transport="flight", transport_no="MU5137", arrival_at=at(26, 9, 40),
                          arrival_place="虹桥机场 T2", pickup=True, lodging="锦江宾馆 2 间大床房",
                          meals="午餐、晚餐各一次", showroom_tour=True, leader_meeting=True,
                          notes="客户清真饮食", proposed_level="senior")
    kinds = [(StepKind.PREPARE, "预订餐厅、酒店、车辆", at(25, 9), "行政部", "李娜", ""),
             (StepKind.PICKUP, "接机", at(26, 9, 40), "虹桥机场 T2", "李娜", "张师傅"),
             (StepKind.HOTEL, "入住", at(26, 11), "锦江宾馆", "李娜", "张师傅"),
             (StepKind.SHOWROOM, "参观展厅", at(26, 14), "一号展厅", "李娜", ""),
             (StepKind.LEADER, "王总经理接见", at(26, 15, 30), "会议室 A", "王总", ""),
             (StepKind.MEAL, "欢迎晚宴", at(26, 18), "国际饭店", "李娜", "张师傅"),
             (StepKind.TALKS, "采购框架协议会谈", at(27, 9), "会议室 A", "销售部 陈刚", ""),
             (StepKind.SEND_OFF, "送机", at(27, 14), "虹桥机场 T2", "李娜", "张师傅")]
    kinds += [(StepKind.OTHER, f"附加安排 {n}", at(27, 15) + timedelta(minutes=10 * n), "厂区", "李娜", "")
              for n in range(steps)]
    step_views = tuple(StepView(i + 1, i + 1, kind, title, when, place, owner, driver,
                                "done" if i < 3 else "planned", when if i < 3 else None, 30)
                       for i, (kind, title, when, place, owner, driver) in enumerate(kinds))
    signer = "王总" if signed else ""
    expenses = (ExpenseView(1, 6, Category.MEALS, 1880, "欢迎晚宴 6 人", "李娜", at(26, 21), signer),
                ExpenseView(2, 3, Category.LODGING, 1200, "锦江宾馆 2 间 1 晚", "李娜", at(27, 10), signer),
                ExpenseView(3, 2, Category.VEHICLE, 350, "接送机油费及停车", "张师傅", at(27, 15), signer),
                ExpenseView(4, None, Category.GIFTS, 600, "公司纪念品", "李娜", at(27, 12), signer))
    budget = (BudgetLine(Category.MEALS, 2000, 1880), BudgetLine(Category.LODGING, 1000, 1200),
              BudgetLine(Category.VEHICLE, 500, 350))
    events = (EventView(at(20, 10), "陈刚", "requested", ""), EventView(at(21, 9), "王总", "approved", ""),
              *((EventView(at(28, 9), "王总", "signed_off", ""),) if signed else ()))
    return PlanDetail(
        id=7, plan_no="P261126-01", state=PlanState.DONE, request=request, host_name="陈刚",
        requested_by="陈刚", requested_at=at(20, 10), level="senior", decided_by="王总", decided_at=at(21, 9),
        decision_comment="同意，按高级标准接待", standards=Standards(
            lodging="四星级酒店标间", accompany="部门经理全程陪同", vehicle="商务车接送", refreshments="茶水、水果",
            extras="赠送公司纪念品", meal_lunch=400, meal_dinner=800),
        reception_person="李娜", steps=step_views, budget=budget, expenses=expenses, events=events,
        summary="" if summary_hidden else summary, summary_hidden=summary_hidden, summary_by="陈刚",
        departure_at=at(27, 14), journey_minutes=150, followup_due_at=at(27, 16, 30),
        followup_done_at=at(27, 17), followup_by="陈刚", followup_outcome="已平安到达，感谢接待", followup_rating=5)
