"""notification delivery: host channel and language, notification lease, backoff and record

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('host', schema=None) as batch_op:
        batch_op.add_column(sa.Column('notify_channel', sa.String(length=16), nullable=False, server_default='email'))
        batch_op.add_column(sa.Column('language', sa.String(length=8), nullable=False, server_default='zh_CN'))

    with op.batch_alter_table('notification', schema=None) as batch_op:
        batch_op.add_column(sa.Column('lease_owner', sa.String(length=80), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('lease_until', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('not_before', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('last_error', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('target', sa.String(length=200), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('updated_by', sa.String(length=80), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index('ix_notification_state', ['state'], unique=False)

    # Before this release nothing delivered notifications: the rows still queued are old news
    # (visits of past days). Sending them now would tell hosts about visitors long gone.
    op.execute(sa.text(
        "UPDATE notification SET state = 'skipped', "
        "last_error = 'queued before notifications were delivered; not sent' "
        "WHERE state = 'queued'"))


def downgrade() -> None:
    with op.batch_alter_table('notification', schema=None) as batch_op:
        batch_op.drop_index('ix_notification_state')
        batch_op.drop_column('updated_at')
        batch_op.drop_column('updated_by')
        batch_op.drop_column('target')
        batch_op.drop_column('last_error')
        batch_op.drop_column('not_before')
        batch_op.drop_column('lease_until')
        batch_op.drop_column('lease_owner')

    with op.batch_alter_table('host', schema=None) as batch_op:
        batch_op.drop_column('language')
        batch_op.drop_column('notify_channel')
