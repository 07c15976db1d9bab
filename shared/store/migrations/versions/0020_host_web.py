"""host_link and host_session (the hosts' web page: answer links, sign-in links, sessions); the host's answer
on the visit (visit.host_answer, host_answer_note, host_answer_at, host_eta)

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

from shared.store.types import UTCDateTime

revision = '0020'
down_revision = '0019'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("visit") as batch_op:
        batch_op.add_column(sa.Column("host_answer", sa.String(12), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("host_answer_note", sa.Text, nullable=False, server_default=""))
        batch_op.add_column(sa.Column("host_answer_at", UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("host_eta", UTCDateTime(), nullable=True))
    op.create_table(
        "host_link",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("purpose", sa.String(8), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("host_id", sa.Integer, sa.ForeignKey("host.id"), nullable=False, index=True),
        sa.Column("visit_id", sa.Integer, sa.ForeignKey("visit.id", ondelete="CASCADE"), nullable=True, index=True),
        sa.Column("notification_id", sa.Integer, sa.ForeignKey("notification.id", ondelete="SET NULL"),
                  nullable=True),
        sa.Column("created_at", UTCDateTime(), server_default=sa.func.now(), nullable=False),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
        sa.Column("used_at", UTCDateTime(), nullable=True),
    )
    op.create_table(
        "host_session",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("host_id", sa.Integer, sa.ForeignKey("host.id"), nullable=False, index=True),
        sa.Column("csrf", sa.String(64), nullable=False),
        sa.Column("via", sa.String(8), nullable=False),
        sa.Column("created_at", UTCDateTime(), server_default=sa.func.now(), nullable=False),
        sa.Column("last_seen_at", UTCDateTime(), nullable=False),
        sa.Column("ended_at", UTCDateTime(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("host_session")
    op.drop_table("host_link")
    with op.batch_alter_table("visit") as batch_op:
        for name in ("host_eta", "host_answer_at", "host_answer_note", "host_answer"):
            batch_op.drop_column(name)
