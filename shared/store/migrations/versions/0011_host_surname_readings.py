"""host surname readings: pinyin_alt and initials_alt, computed for every existing host

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa

from shared.domain.pinyin import surname_keys

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('host') as batch:
        batch.add_column(sa.Column('pinyin_alt', sa.String(length=200), nullable=False, server_default=''))
        batch.add_column(sa.Column('initials_alt', sa.String(length=40), nullable=False, server_default=''))
    host = sa.table('host', sa.column('id', sa.Integer), sa.column('name', sa.String),
                    sa.column('pinyin_alt', sa.String), sa.column('initials_alt', sa.String))
    conn = op.get_bind()
    for host_id, name in conn.execute(sa.select(host.c.id, host.c.name)).all():
        full, initials = surname_keys(name or "")
        if full or initials:
            conn.execute(host.update().where(host.c.id == host_id).values(pinyin_alt=full, initials_alt=initials))


def downgrade() -> None:
    with op.batch_alter_table('host') as batch:
        batch.drop_column('initials_alt')
        batch.drop_column('pinyin_alt')
