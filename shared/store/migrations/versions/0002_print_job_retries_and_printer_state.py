"""print job retries, printer state, and when a visitor's wait ended

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('printer_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('station', sa.String(length=40), nullable=False),
    sa.Column('printer', sa.String(length=40), nullable=False),
    sa.Column('online', sa.Boolean(), nullable=True),
    sa.Column('paper', sa.String(length=16), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('station', 'printer')
    )
    with op.batch_alter_table('print_job', schema=None) as batch_op:
        batch_op.add_column(sa.Column('not_before', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('updated_by', sa.String(length=80), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('printed_at', sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.add_column(sa.Column('waited_until', sa.DateTime(timezone=True), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_column('waited_until')
    with op.batch_alter_table('print_job', schema=None) as batch_op:
        batch_op.drop_column('printed_at')
        batch_op.drop_column('updated_by')
        batch_op.drop_column('not_before')

    op.drop_table('printer_state')
