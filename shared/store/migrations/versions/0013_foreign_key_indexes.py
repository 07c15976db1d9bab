"""foreign key indexes: every reference a list, a log filter, an erasure or a cascade follows

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04

Without them the visitor log's host filter, a person's erasure (visits by visitor) and a visit's print
jobs each walk a whole table: fine for a week, seconds on years of history.
"""
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

INDEXED = [("appointment", "host_id"), ("appointment", "leader_id"), ("security_alert", "watchlist_id"),
           ("reception_plan", "appointment_id"), ("reception_plan", "host_id"), ("visit", "visitor_id"),
           ("visit", "host_id"), ("visit", "appointment_id"), ("visit", "room_id"), ("visit", "group_id"),
           ("gate_entry", "host_id"), ("gate_entry", "visit_id"), ("notification", "host_id"),
           ("notification", "appointment_id"), ("print_job", "visit_id"), ("plan_expense", "step_id")]


def upgrade() -> None:
    for table, column in INDEXED:
        op.create_index(f"ix_{table}_{column}", table, [column])


def downgrade() -> None:
    for table, column in reversed(INDEXED):
        op.drop_index(f"ix_{table}_{column}", table_name=table)
