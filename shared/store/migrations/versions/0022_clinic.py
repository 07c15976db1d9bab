"""The clinic front desk: a patient's kind, referral source, emergency cause, appointment slot and queue ticket on
the visit; doctor_state (free / with a patient / preparing, and the treatment room)

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

from shared.store.types import UTCDateTime

revision = '0022'
down_revision = '0021'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("visit") as batch_op:
        batch_op.add_column(sa.Column("patient_kind", sa.String(16), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("referral", sa.String(60), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("cause", sa.String(200), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("slot", UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("ticket", sa.String(8), nullable=True))
        batch_op.create_index("ux_visit_date_ticket", ["visit_date", "ticket"], unique=True)
    op.create_table(
        "doctor_state",
        sa.Column("host_id", sa.Integer, sa.ForeignKey("host.id"), primary_key=True, autoincrement=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("since", UTCDateTime(), nullable=True),
        sa.Column("room", sa.String(20), nullable=False, server_default=""),
        sa.Column("current_kind", sa.String(16), nullable=False, server_default=""),
    )


def downgrade() -> None:
    op.drop_table("doctor_state")
    with op.batch_alter_table("visit") as batch_op:
        batch_op.drop_index("ux_visit_date_ticket")
        for name in ("ticket", "slot", "cause", "referral", "patient_kind"):
            batch_op.drop_column(name)
