"""visit.id_source: how the visitor's ID number came in, "card" (a card reader) or "typed"

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-05

A number read off the card by the reader has been checked by the card's own chip; a typed one only by its
check digit. The desk shows which.
"""
import sqlalchemy as sa
from alembic import op

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("visit") as batch_op:
        batch_op.add_column(sa.Column("id_source", sa.String(8), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("visit") as batch_op:
        batch_op.drop_column("id_source")
