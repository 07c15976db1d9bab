"""host.directory_id: the person's stable id in the LDAP / AD directory (`reception directory sync`)

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-08
"""
import sqlalchemy as sa
from alembic import op

revision = '0021'
down_revision = '0020'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("host") as batch_op:
        batch_op.add_column(sa.Column("directory_id", sa.String(64), nullable=True))
        batch_op.create_index("ix_host_directory_id", ["directory_id"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("host") as batch_op:
        batch_op.drop_index("ix_host_directory_id")
        batch_op.drop_column("directory_id")
