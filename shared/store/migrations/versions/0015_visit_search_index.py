"""visit search index: visit_search rows, FTS5 (SQLite) or pg_trgm (PostgreSQL); visit (host_id, visit_date)

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04

The visitor log searched with nine LIKEs over every joined visit (seconds on a million visits); it now
asks a trigram index. The host filter reads one host's visits newest first from one index.
"""
from alembic import op
import sqlalchemy as sa

from shared.store.visit_index import BATCH, create_index, row

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'visit_search',
        sa.Column('visit_id', sa.Integer(), sa.ForeignKey('visit.id', ondelete='CASCADE'), primary_key=True,
                  autoincrement=False),
        sa.Column('doc', sa.Text(), nullable=False),
        sa.Column('spell', sa.Text(), nullable=False),
    )
    conn = op.get_bind()
    create_index(conn)
    op.drop_index('ix_visit_host_id', table_name='visit')
    op.create_index('ix_visit_host_id_visit_date', 'visit', ['host_id', 'visit_date'])
    visit = sa.table('visit', *(sa.column(c) for c in ('id', 'visitor_id', 'plate', 'purpose', 'visit_no')))
    visitor = sa.table('visitor', *(sa.column(c) for c in ('id', 'name', 'company', 'mobile')))
    search = sa.table('visit_search', sa.column('visit_id'), sa.column('doc'), sa.column('spell'))
    rows = conn.execute(sa.select(visit.c.id, visitor.c.name, visitor.c.company, visitor.c.mobile, visit.c.plate,
                                  visit.c.purpose, visit.c.visit_no)
                        .join(visitor, visit.c.visitor_id == visitor.c.id).order_by(visit.c.id))
    while part := rows.fetchmany(BATCH):
        conn.execute(search.insert(), [row(*(value or "" if i else value for i, value in enumerate(r)))
                                       for r in part])


def downgrade() -> None:
    op.drop_index('ix_visit_host_id_visit_date', table_name='visit')
    op.create_index('ix_visit_host_id', 'visit', ['host_id'])
    conn = op.get_bind()
    if conn.dialect.name == 'sqlite':
        for trigger in ('visit_search_ai', 'visit_search_ad', 'visit_search_au'):
            conn.exec_driver_sql(f'DROP TRIGGER {trigger}')
        conn.exec_driver_sql('DROP TABLE visit_fts')
    op.drop_table('visit_search')
