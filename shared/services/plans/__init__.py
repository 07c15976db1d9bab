"""Reception plans (接待方案): the services for a plan's request and approval, itinerary and staff, budget and
expenses, summary and follow-up, and reading it. Every change is a PlanEvent; writes call
record(s, "plan", plan.id) so every console refreshes (Changes.PLANS). The names are re-exported here, so
`from shared.services import plans as ps; ps.approve_plan(...)` reaches them all."""
from __future__ import annotations

from shared.domain.plans import (
    BudgetLine,
    Category,
    EventView,
    ExpenseView,
    PlanDetail,
    PlanReminder,
    PlanRequest,
    PlanState,
    PlanSummary,
    Standards,
    StepKind,
    StepView,
)
from shared.services.plans.approval import (
    adjust_standards,
    approve_plan,
    cancel_plan,
    request_plan,
    return_plan,
    update_request,
)
from shared.services.plans.budget import add_expense, set_budget, sign_off_expenses
from shared.services.plans.followup import record_followup, schedule_followup, write_summary
from shared.services.plans.itinerary import add_step, assign_reception_person, set_step_status, update_step
from shared.services.plans.reading import my_tasks, plan_detail, plan_for_visit, plans
from shared.services.plans.reminders import due_reminders

__all__ = [
    "BudgetLine", "Category", "EventView", "ExpenseView", "PlanDetail", "PlanReminder", "PlanRequest", "PlanState",
    "PlanSummary", "Standards", "StepKind", "StepView",
    "adjust_standards", "approve_plan", "cancel_plan", "request_plan", "return_plan", "update_request",
    "add_expense", "set_budget", "sign_off_expenses", "record_followup", "schedule_followup", "write_summary",
    "add_step", "assign_reception_person", "set_step_status", "update_step",
    "my_tasks", "plan_detail", "plan_for_visit", "plans", "due_reminders",
]
