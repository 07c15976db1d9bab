"""The words of a plan's printouts in Chinese and English, and how dates, amounts and yes/no are written.

The words are tables here, not the console's translator: a document printed for the guest's driver in
Chinese must not turn English because the desk's screen is."""
from __future__ import annotations

from datetime import date, datetime

from shared.services.plans import Category, PlanState, StepKind

LANGUAGES = ("zh_CN", "en")

# key -> (Chinese, English)
WORDS: dict[str, tuple[str, str]] = {
    "plan": ("接待方案", "Reception plan"),
    "itinerary": ("接待行程单", "Itinerary"),
    "expenses": ("食宿费用签单报告", "Expense sign-off report"),
    "plan_no": ("方案编号", "Plan no."),
    "state": ("状态", "State"),
    "level": ("接待级别", "Reception level"),
    "guest": ("来宾", "Guest"),
    "company": ("单位", "Company"),
    "region": ("地区", "Region"),
    "phone": ("联系电话", "Phone"),
    "party": ("人数", "Party size"),
    "stay": ("来访日期", "Stay"),
    "purpose": ("来访目的", "Purpose"),
    "meet": ("拟会见", "To meet"),
    "host": ("对接人", "Host"),
    "requested_by": ("申请人", "Requested by"),
    "requested_at": ("申请时间", "Requested at"),
    "transport": ("交通方式", "Transport"),
    "arrival": ("抵达", "Arrival"),
    "pickup": ("接车", "Pickup"),
    "lodging": ("住宿", "Lodging"),
    "meals": ("餐饮", "Meals"),
    "showroom": ("参观展厅", "Showroom tour"),
    "leader_meeting": ("领导接见", "Meeting with leaders"),
    "notes": ("备注", "Notes"),
    "sec_request": ("接待申请", "Request"),
    "sec_approval": ("审批", "Approval"),
    "sec_standards": ("接待标准", "Standards"),
    "sec_itinerary": ("行程安排", "Itinerary"),
    "sec_budget": ("预算与实际费用", "Budget and spending"),
    "sec_followup": ("电话回访", "Follow-up call"),
    "sec_summary": ("到访总结汇报", "Visit summary"),
    "sec_expenses": ("费用明细", "Expenses"),
    "sec_totals": ("分类合计与预算对比", "Totals by category against the budget"),
    "decided_by": ("审批人", "Decided by"),
    "decided_at": ("审批时间", "Decided at"),
    "comment": ("审批意见", "Comment"),
    "accompany": ("陪同人员", "Accompanied by"),
    "vehicle": ("用车", "Vehicle"),
    "refreshments": ("茶点", "Refreshments"),
    "extras": ("其他安排", "Extras"),
    "meal_lunch": ("午餐标准", "Lunch limit"),
    "meal_dinner": ("晚餐标准", "Dinner limit"),
    "reception_person": ("接待人员", "Reception person"),
    "time": ("时间", "Time"),
    "item": ("事项", "Item"),
    "details": ("内容", "Details"),
    "place": ("地点", "Place"),
    "owner": ("负责人", "Owner"),
    "driver": ("司机", "Driver"),
    "status": ("状态", "Status"),
    "category": ("类别", "Category"),
    "budget": ("预算（元）", "Budget (yuan)"),
    "actual": ("实际（元）", "Actual (yuan)"),
    "difference": ("差额（元）", "Over / under (yuan)"),
    "amount": ("金额（元）", "Amount (yuan)"),
    "entered_by": ("录入人", "Entered by"),
    "signed_by": ("签单人", "Signed by"),
    "total": ("合计", "Total"),
    "due": ("应回访时间", "Due"),
    "called_at": ("回访时间", "Called at"),
    "called_by": ("回访人", "Called by"),
    "outcome": ("回访结果", "Outcome"),
    "rating": ("客户评分", "Rating"),
    "summary_by": ("汇报人", "Written by"),
    "summary_hidden": ("（到访总结仅限有权限的人员查阅）", "(The summary is confidential and not shown.)"),
    "none": ("（无）", "(none)"),
    "yes": ("是", "Yes"),
    "no": ("否", "No"),
    "no_time": ("时间待定", "Time not set"),
    "not_scheduled": ("未安排", "Not scheduled"),
    "not_done": ("未完成", "Not done"),
    "prepared_by": ("经办人", "Prepared by"),
    "signoff": ("签单确认", "Signed off by"),
    "signed_on": ("签单日期", "Signed on"),
    "not_signed": ("（未签单）", "(not signed yet)"),
    "signature": ("签字", "Signature"),
    "page": ("第 {n} 页 / 共 {total} 页", "Page {n} of {total}"),
    "printed": ("打印时间：{at}", "Printed {at}"),
    "party_n": ("{n} 人", "{n}"),
    "stay_range": ("{a} 至 {b}", "{a} to {b}"),
}
STATES = {
    PlanState.REQUESTED: ("待审批", "Awaiting approval"), PlanState.RETURNED: ("已退回", "Returned"),
    PlanState.APPROVED: ("已批准", "Approved"), PlanState.IN_PROGRESS: ("接待中", "In progress"),
    PlanState.DONE: ("已完成", "Done"), PlanState.CANCELLED: ("已取消", "Cancelled"),
}
KINDS = {
    StepKind.PREPARE: ("接待准备", "Preparation"), StepKind.PICKUP: ("接车", "Pickup"),
    StepKind.HOTEL: ("安排住宿", "Hotel"), StepKind.SHOWROOM: ("参观展厅", "Showroom tour"),
    StepKind.LEADER: ("领导接见", "Meeting with leaders"), StepKind.MEAL: ("餐饮", "Meal"),
    StepKind.TALKS: ("会谈", "Talks"), StepKind.SEND_OFF: ("送车", "Send-off"), StepKind.OTHER: ("其他", "Other"),
}
CATEGORIES = {
    Category.MEALS: ("餐饮", "Meals"), Category.LODGING: ("住宿", "Lodging"), Category.VEHICLE: ("用车", "Vehicle"),
    Category.GIFTS: ("礼品", "Gifts"), Category.SIGHTSEEING: ("参观游览", "Sightseeing"),
    Category.OTHER: ("其他", "Other"),
}
STATUSES = {"planned": ("待办", "Planned"), "done": ("已完成", "Done"), "skipped": ("已取消", "Skipped")}
TRANSPORTS = {"flight": ("飞机", "Flight"), "train": ("火车", "Train"), "car": ("汽车", "Car")}
LEVELS = {"standard": ("普通", "Standard"), "senior": ("高级", "Senior"), "vip": ("特级", "VIP")}
WEEKDAYS = (("周一", "Mon"), ("周二", "Tue"), ("周三", "Wed"), ("周四", "Thu"), ("周五", "Fri"), ("周六", "Sat"),
            ("周日", "Sun"))


class Words:
    """One language's words, and its way of writing days, moments and yes/no."""

    def __init__(self, language: str) -> None:
        self.zh = language.lower().startswith("zh")
        self.language = "zh_CN" if self.zh else "en"

    def pick(self, pair: tuple[str, str]) -> str:
        return pair[0] if self.zh else pair[1]

    def __call__(self, key: str, **values) -> str:
        return self.pick(WORDS[key]).format(**values)

    def of(self, table: dict, key, fallback: str = "") -> str:
        return self.pick(table[key]) if key in table else (fallback or str(key))

    def colon(self) -> str:
        return "：" if self.zh else ": "

    def day(self, day: date | None) -> str:
        return f"{day:%Y-%m-%d}" if day else ""

    def weekday_day(self, day: date) -> str:
        return f"{day:%Y-%m-%d} {self.pick(WEEKDAYS[day.weekday()])}"

    def moment(self, at: datetime | None) -> str:
        return f"{at.astimezone():%Y-%m-%d %H:%M}" if at else ""

    def hm(self, at: datetime | None) -> str:
        return f"{at.astimezone():%H:%M}" if at else ""

    def yes_no(self, value: bool) -> str:
        return self("yes") if value else self("no")


def money(amount: int) -> str:
    return f"{amount:,}"


def signed(amount: int) -> str:
    return f"+{amount:,}" if amount > 0 else f"{amount:,}"
