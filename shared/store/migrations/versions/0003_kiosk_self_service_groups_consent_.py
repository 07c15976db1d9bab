"""kiosk self service: groups, consent, feedback, settings

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('site_setting',
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('visit_group',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('names_at_desk', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('feedback',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('rating', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('visit_id')
    )
    with op.batch_alter_table('appointment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('purpose', sa.String(length=200), nullable=False, server_default=''))

    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.add_column(sa.Column('purpose', sa.String(length=200), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('plate', sa.String(length=16), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('region', sa.String(length=60), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('group_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('member_no', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('consent_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('id_consent', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.create_foreign_key('fk_visit_group_id', 'visit_group', ['group_id'], ['id'])

    with op.batch_alter_table('visitor', schema=None) as batch_op:
        batch_op.add_column(sa.Column('id_number', sa.String(length=18), nullable=False, server_default=''))



def downgrade() -> None:
    with op.batch_alter_table('visitor', schema=None) as batch_op:
        batch_op.drop_column('id_number')

    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_constraint('fk_visit_group_id', type_='foreignkey')
        batch_op.drop_column('id_consent')
        batch_op.drop_column('consent_at')
        batch_op.drop_column('member_no')
        batch_op.drop_column('group_id')
        batch_op.drop_column('region')
        batch_op.drop_column('plate')
        batch_op.drop_column('purpose')

    with op.batch_alter_table('appointment', schema=None) as batch_op:
        batch_op.drop_column('purpose')

    op.drop_table('feedback')
    op.drop_table('visit_group')
    op.drop_table('site_setting')
