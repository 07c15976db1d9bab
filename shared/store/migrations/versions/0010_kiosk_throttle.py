"""kiosk throttle: each station's missed look-ups, for the delay and the security alert

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table('kiosk_throttle',
    sa.Column('station', sa.String(length=40), nullable=False),
    sa.Column('misses', sa.Integer(), nullable=False),
    sa.Column('window_misses', sa.Integer(), nullable=False),
    sa.Column('last_miss_at', TZ, nullable=True),
    sa.Column('blocked_until', TZ, nullable=True),
    sa.Column('alerted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('station'))


def downgrade() -> None:
    op.drop_table('kiosk_throttle')
