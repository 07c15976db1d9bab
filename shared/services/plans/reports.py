"""Monthly reception reports: per reception level, the receptions held, spending against budget, follow-up
calls done on time and the guests' ratings; for the whole month, the average lobby wait and the no-show
rate of appointments. Exported to CSV and Excel (audited, like every export).

The rules, stated once:
- a reception belongs to the month its guest arrives in (arrive_on), and counts unless cancelled; its
  level is the approved one, or the proposed one while not yet approved;
- budget: the plan's planned amounts; spending: its entered expenses;
- a follow-up is due once its due time has passed (or it was done); it is on time when done no later
  than a day after it was due (FOLLOWUP_GRACE: a guest home late at night is called the next day);
- rating: the mean of the follow-up ratings given (1-5);
- lobby wait: for the month's visits that met their host (a with_host event), check-in to the end of the
  wait (waited_until), in minutes;
- no-show rate: the month's appointments that became no-shows, over those not cancelled whose day has
  come (an appointment later this month cannot have been missed yet).

Readers: EXPORT_LOG (receptionist, security, leader, admin) — the figures are counts and sums, no
names: the desk that runs the receptions sees how it does. (APPROVE_PLAN alone would hide the desk's
own report from it.)"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from shared.changes import Changes, Done
from shared.domain import model as m
from shared.domain.errors import InvalidInput
from shared.store import models as db
from shared.store.engine import Store
from shared.store.types import utcnow

from shared.services.clinic.figures import ClinicFigures, clinic_figures
from shared.services.common import export
from shared.services.site.audit import audit
from shared.domain.permissions import Permission, needs
from shared.services.common.boundary import guard_module

FOLLOWUP_GRACE = timedelta(days=1)
LEVEL_ORDER = tuple(level.value for level in m.ReceptionLevel)  # standard, senior, vip
MAX_MONTHS = 36
FORMATS = ("csv", "xlsx")


@dataclass(frozen=True, slots=True)
class LevelRow:
    level: str  # standard / senior / vip (or "" for the month's total row)
    receptions: int
    budget: int  # yuan
    spent: int
    followups_due: int
    followups_on_time: int
    rating: float | None  # mean follow-up rating; None when none was given
    ratings: int  # how many ratings

    @property
    def over_budget(self) -> int:
        return self.spent - self.budget

    @property
    def on_time_rate(self) -> float | None:
        return self.followups_on_time / self.followups_due if self.followups_due else None


@dataclass(frozen=True, slots=True)
class MonthReport:
    year: int
    month: int
    levels: tuple[LevelRow, ...]  # every known level, in order, also when it had no reception
    total: LevelRow
    visits: int  # visits of the month
    met_host: int  # of which met their host (the wait's sample)
    average_wait_minutes: float | None
    appointments: int  # not cancelled, day come
    no_shows: int
    clinic: ClinicFigures = ClinicFigures()  # a clinic's patients and overruns (shared.services.clinic.figures)

    @property
    def no_show_rate(self) -> float | None:
        return self.no_shows / self.appointments if self.appointments else None

    @property
    def label(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


def _month_bounds(year: int, month: int) -> tuple[date, date]:
    """First day of the month, first day of the next."""
    if not (1 <= month <= 12 and 2000 <= year <= 2100):
        raise InvalidInput({"month": "invalid"})
    first = date(year, month, 1)
    return first, date(year + month // 12, month % 12 + 1, 1)


def _mean(values: Sequence[float]) -> float | None:
    return round(sum(values) / len(values), 2) if values else None


def _level_rows(s: Session, first: date, after: date, now) -> tuple[list[LevelRow], LevelRow]:
    plans = s.scalars(select(db.ReceptionPlan).where(
        db.ReceptionPlan.arrive_on >= first, db.ReceptionPlan.arrive_on < after,
        db.ReceptionPlan.state != "cancelled")).all()
    ids = [p.id for p in plans]
    budget = dict(s.execute(select(db.PlanBudget.plan_id, func.sum(db.PlanBudget.planned))
                            .where(db.PlanBudget.plan_id.in_(ids)).group_by(db.PlanBudget.plan_id)).all()) if ids else {}
    spent = dict(s.execute(select(db.PlanExpense.plan_id, func.sum(db.PlanExpense.amount))
                           .where(db.PlanExpense.plan_id.in_(ids)).group_by(db.PlanExpense.plan_id)).all()) if ids else {}
    known = list(LEVEL_ORDER)
    known += sorted({p.level or p.proposed_level for p in plans} - set(known))
    grouped: dict[str, list[db.ReceptionPlan]] = {key: [] for key in known}
    for plan in plans:
        grouped[plan.level or plan.proposed_level].append(plan)

    def row(level: str, members: list[db.ReceptionPlan]) -> LevelRow:
        due = [p for p in members if p.followup_due_at is not None
               and (p.followup_done_at is not None or p.followup_due_at <= now)]
        on_time = [p for p in due if p.followup_done_at is not None
                   and p.followup_done_at <= p.followup_due_at + FOLLOWUP_GRACE]
        ratings = [p.followup_rating for p in members if p.followup_rating is not None]
        return LevelRow(level, len(members), int(sum(budget.get(p.id, 0) or 0 for p in members)),
                        int(sum(spent.get(p.id, 0) or 0 for p in members)), len(due), len(on_time),
                        _mean(ratings), len(ratings))

    return [row(level, members) for level, members in grouped.items()], row("", list(plans))


def _visit_figures(s: Session, first: date, after: date, today: date) -> tuple[int, int, float | None, int, int]:
    in_month = (db.Visit.visit_date >= first, db.Visit.visit_date < after)
    visits = s.scalar(select(func.count()).select_from(db.Visit).where(*in_month)) or 0
    met = exists().where(db.VisitEvent.visit_id == db.Visit.id, db.VisitEvent.to_state == "with_host")
    waits = s.execute(select(db.Visit.checked_in_at, db.Visit.waited_until).where(
        *in_month, met, db.Visit.checked_in_at.is_not(None), db.Visit.waited_until.is_not(None))).all()
    minutes = [max(0.0, (until - since).total_seconds() / 60) for since, until in waits]
    last_day = min(after - timedelta(days=1), today)
    counted = (db.Appointment.expected_on >= first, db.Appointment.expected_on <= last_day,
               db.Appointment.state != "cancelled")
    appointments = s.scalar(select(func.count()).select_from(db.Appointment).where(*counted)) or 0
    no_shows = s.scalar(select(func.count()).select_from(db.Appointment)
                        .where(*counted, db.Appointment.state == "no_show")) or 0
    return visits, len(minutes), (round(sum(minutes) / len(minutes), 1) if minutes else None), appointments, no_shows


def _report(s: Session, year: int, month: int, today: date, now) -> MonthReport:
    first, after = _month_bounds(year, month)
    rows, total = _level_rows(s, first, after, now)
    visits, met, wait, appointments, no_shows = _visit_figures(s, first, after, today)
    return MonthReport(year, month, tuple(rows), total, visits, met, wait, appointments, no_shows,
                       clinic_figures(s, first, after))


@needs(Permission.EXPORT_LOG)
def monthly_report(store: Store, actor: m.Actor, year: int, month: int,
                   now: datetime | None = None) -> MonthReport:
    """NotPermitted without EXPORT_LOG; InvalidInput {"month": "invalid"} for a month that is not one.
    now (aware; for tests): what "the day has come" and "the follow-up is due" are measured against."""
    now = now or utcnow()
    with store.read() as s:
        return _report(s, year, month, now.astimezone().date(), now)


def _months(first: tuple[int, int], last: tuple[int, int]) -> list[tuple[int, int]]:
    months = []
    year, month = first
    while (year, month) <= last:
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        if len(months) > MAX_MONTHS:
            raise InvalidInput({"month": "range"})
    return months


@needs(Permission.EXPORT_LOG)
def report_range(store: Store, actor: m.Actor, first_month: tuple[int, int], last_month: tuple[int, int],
                 now: datetime | None = None) -> list[MonthReport]:
    """One report per month, oldest first (the charts' trend); at most MAX_MONTHS."""
    for year, month in (first_month, last_month):
        _month_bounds(year, month)
    if first_month > last_month:
        raise InvalidInput({"month": "range"})
    months = _months(first_month, last_month)
    now = now or utcnow()
    with store.read() as s:
        return [_report(s, y, mo, now.astimezone().date(), now) for y, mo in months]


def months_back(year: int, month: int, count: int) -> tuple[int, int]:
    """The month `count - 1` months before (year, month): the first month of a `count`-month trend."""
    index = year * 12 + month - 1 - (count - 1)
    return index // 12, index % 12 + 1


# --- export ---------------------------------------------------------------------------------

LEVEL_ZH = {"standard": "普通", "senior": "高级", "vip": "特级", "": "合计"}
HEADER = ("接待级别", "接待次数", "预算（元）", "实际费用（元）", "超支（元）", "应回访", "按时回访", "按时回访率",
          "平均评分", "评分数")
VISIT_HEADER = ("到访人次", "会见被访人", "平均等候（分钟）", "预约数", "未到访", "未到访率")
CLINIC_HEADER = ("就诊人次", "初诊", "急诊", "爽约", "已完成治疗", "超时治疗", "平均超时（分钟）", "预约迟开始")
HEADINGS = (HEADER, VISIT_HEADER, CLINIC_HEADER)


def _pct(rate: float | None) -> str:
    return f"{rate * 100:.1f}%" if rate is not None else ""


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def report_table(report: MonthReport) -> list[list[str]]:
    """The report as the exported sheet has it (Chinese headings: the file is filed like the visitor log)."""
    rows: list[list[str]] = [[f"接待月报 {report.label}"], list(HEADER)]
    for row in (*report.levels, report.total):
        rows.append([LEVEL_ZH.get(row.level, row.level), str(row.receptions), str(row.budget), str(row.spent),
                     str(row.over_budget), str(row.followups_due), str(row.followups_on_time),
                     _pct(row.on_time_rate), _number(row.rating), str(row.ratings)])
    rows += [[], list(VISIT_HEADER),
             [str(report.visits), str(report.met_host), _number(report.average_wait_minutes),
              str(report.appointments), str(report.no_shows), _pct(report.no_show_rate)]]
    c = report.clinic
    if c.patients:  # a clinic's month: its patients and how the day ran against the plan
        rows += [[], list(CLINIC_HEADER),
                 [str(c.patients), str(c.first_visits), str(c.emergencies), str(report.no_shows), str(c.treated),
                  str(c.overruns), _number(c.overrun_minutes), str(c.late_starts)]]
    return rows


def _typed(rows: list[list[str]]) -> list[list[str | int]]:
    """Counts and amounts as numbers (a negative difference stays a number, not text)."""
    return [[int(c) if c.lstrip("-").isdigit() else c for c in row] for row in rows]


@needs(Permission.EXPORT_LOG)
def export_report(store: Store, actor: m.Actor, report: MonthReport, fmt: str, path: str) -> Done[str]:
    """The report to a CSV (UTF-8 with a BOM) or Excel file; audited ("export", "plan report YYYY-MM").
    A file that could not be written is not audited: InvalidInput {"path": "unwritable"}."""
    if fmt not in FORMATS:
        raise InvalidInput({"format": "invalid"})
    rows = report_table(report)
    with store.write() as s:
        try:
            if fmt == "csv":
                export.write_csv(path, _typed(rows))
            else:
                export.write_xlsx(path, report.label, _typed(rows), widths=(14,) * 10,
                                  bold_rows={0} | {i for i, row in enumerate(rows) if tuple(row) in HEADINGS})
        except OSError:
            raise InvalidInput({"path": "unwritable"}) from None
        audit(s, actor, "export", f"plan report {report.label}", format=fmt)
        return Done(path, Changes.AUDIT)


@needs(Permission.EXPORT_LOG)
def export_report_csv(store: Store, actor: m.Actor, report: MonthReport, path: str) -> Done[str]:
    return export_report(store, actor, report, "csv", path)


@needs(Permission.EXPORT_LOG)
def export_report_xlsx(store: Store, actor: m.Actor, report: MonthReport, path: str) -> Done[str]:
    return export_report(store, actor, report, "xlsx", path)


guard_module(globals())
