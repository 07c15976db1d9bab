"""station_heartbeat: each running station's last word (role, version, printer, last error), for the consoles'
list of stations

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

from shared.store.types import UTCDateTime

revision = '0023'
down_revision = '0022'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "station_heartbeat",
        sa.Column("station", sa.String(40), primary_key=True),
        sa.Column("role", sa.String(16), nullable=False, server_default=""),
        sa.Column("version", sa.String(24), nullable=False, server_default=""),
        sa.Column("printer", sa.String(80), nullable=False, server_default=""),
        sa.Column("last_error", sa.String(200), nullable=False, server_default=""),
        sa.Column("started_at", UTCDateTime(), nullable=False, server_default=sa.func.now()),
        sa.Column("beat_at", UTCDateTime(), nullable=False, server_default=sa.func.now()),
    )


def downgrade() -> None:
    op.drop_table("station_heartbeat")
