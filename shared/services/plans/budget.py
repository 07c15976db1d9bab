"""Budget and expenses: the planned amounts, what was spent, and the signed expense report."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from shared.changes import Changes, Done
from shared.domain import model as m
from shared.domain.permissions import Permission, needs
from shared.domain import plan_rules as rules
from shared.domain.errors import InvalidInput
from shared.domain.plans import (OPEN, BudgetLine, Category, ExpenseView, PlanDetail, PlanState, require_state,
                                 standards_from)
from shared.services.plans.records import load_plan, log_event
from shared.services.plans.views import budget_lines, detail, expense_view
from shared.services.site.audit import audit
from shared.store import models as db
from shared.store.engine import Store
from shared.store.types import utcnow
from shared.services.common.boundary import guard_module


@needs(Permission.APPROVE_PLAN)
def set_budget(store: Store, actor: m.Actor, plan_id: int, category: Category, planned: int) -> Done[BudgetLine]:
    """APPROVE_PLAN: the planned amount of one category, in whole yuan."""
    with store.write() as s:
        plan = load_plan(s, plan_id)
        require_state(plan, *OPEN)
        problems: dict[str, str] = {}
        category = rules.category(category, problems)
        if not rules.whole(planned, 0, rules.AMOUNT_MAX):
            problems["planned"] = "out_of_range"
        if problems:
            raise InvalidInput(problems)
        _set_planned(s, plan.id, category, planned)
        log_event(s, plan, actor, "budget", f"{category} {planned}")
        return Done(next(b for b in budget_lines(s, plan.id) if b.category == category), Changes.PLANS)


@needs(Permission.DESK)
def add_expense(store: Store, actor: m.Actor, plan_id: int, category: Category, amount: int, note: str = "",
                step_id: int | None = None) -> Done[ExpenseView]:
    """What was spent (whole yuan, more than 0), once the plan is approved and until after the visit."""
    with store.write() as s:
        plan = load_plan(s, plan_id)
        require_state(plan, PlanState.APPROVED, PlanState.IN_PROGRESS, PlanState.DONE)
        problems: dict[str, str] = {}
        category = rules.category(category, problems)
        if not rules.whole(amount, 1, rules.AMOUNT_MAX):
            problems["amount"] = "out_of_range"
        note = rules.block(note, "note", rules.TEXT_MAX, problems)
        if step_id is not None:
            step = s.get(db.PlanStep, step_id)
            if step is None or step.plan_id != plan.id:
                problems["step_id"] = "unknown"
        if problems:
            raise InvalidInput(problems)
        row = db.PlanExpense(plan_id=plan.id, step_id=step_id, category=str(category), amount=amount, note=note,
                             entered_by=actor.operator, at=utcnow(), signed_by="")
        s.add(row)
        s.flush()
        log_event(s, plan, actor, "expense", f"{category} {amount}")
        return Done(expense_view(row), Changes.PLANS)


@needs(Permission.APPROVE_PLAN)
def sign_off_expenses(store: Store, actor: m.Actor, plan_id: int) -> Done[PlanDetail]:
    """APPROVE_PLAN: the post-visit expense report (食宿费用签单报告) is signed; every expense records who.
    Expenses entered later wait for the next sign-off; a plan without expenses has nothing to sign."""
    with store.write() as s:
        plan = load_plan(s, plan_id)
        require_state(plan, PlanState.APPROVED, PlanState.IN_PROGRESS, PlanState.DONE)
        rows = s.scalars(select(db.PlanExpense).where(db.PlanExpense.plan_id == plan.id)).all()
        if not rows:
            raise InvalidInput({"expenses": "none"})
        unsigned = [r for r in rows if not r.signed_by]
        if not unsigned:
            return Done(detail(s, plan, actor), Changes.NONE)
        for row in unsigned:
            row.signed_by = actor.operator
        total = sum(r.amount for r in unsigned)
        log_event(s, plan, actor, "signed_off", f"{len(unsigned)} / {total}")
        audit(s, actor, "plan_signed_off", f"plan {plan.plan_no}", expenses=len(unsigned), total=total)
        return Done(detail(s, plan, actor), Changes.PLANS | Changes.AUDIT)


def refill_meals_budget(s: Session, plan: db.ReceptionPlan) -> None:
    """Meals: lunch and dinner for the party on each day of the stay; the other lines start at 0 (the
    levels give no amounts for them: the approver enters them)."""
    standards = standards_from(plan.standards)
    _set_planned(s, plan.id, Category.MEALS, _stay_days(plan) * (standards.meal_lunch + standards.meal_dinner))
    for category in Category:
        if category != Category.MEALS and _budget_row(s, plan.id, category) is None:
            _set_planned(s, plan.id, category, 0)


def _stay_days(plan: db.ReceptionPlan) -> int:
    return (plan.leave_on - plan.arrive_on).days + 1


def _budget_row(s: Session, plan_id: int, category: Category) -> db.PlanBudget | None:
    return s.scalars(select(db.PlanBudget).where(db.PlanBudget.plan_id == plan_id,
                                                 db.PlanBudget.category == str(category))).first()


def _set_planned(s: Session, plan_id: int, category: Category, planned: int) -> None:
    row = _budget_row(s, plan_id, category)
    if row is None:
        s.add(db.PlanBudget(plan_id=plan_id, category=str(category), planned=planned))
    else:
        row.planned = planned
    s.flush()


guard_module(globals())
