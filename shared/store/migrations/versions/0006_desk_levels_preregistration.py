"""the desk: reception levels, pre-registration details, invitation e-mails, reminders, checklists

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

# The seed's three levels (普通 / 高级 / 特级). The seed leaves the amounts blank: these are a
# starting point that an admin sets to the company's figures.
LEVELS = [
    dict(key="standard", badge="visitor", accompany="业务员、业务经理、部门经理 Sales rep, sales manager, department head",
         room="接待室 Reception room", refreshments="茶水 Tea and water", vehicle="四驱车或的士 SUV or taxi",
         lodging="按对方要求，公司不负担 As the guest wishes, at the guest's cost",
         meal_lunch=100, meal_dinner=300, meal_extra=50, wait_warn_minutes=15, updated_by=""),
    dict(key="senior", badge="visitor", accompany="业务员、业务经理、部门经理 Sales rep, sales manager, department head",
         room="接待室 Reception room", refreshments="茶水、水果 Tea, water and fruit",
         vehicle="四驱车、商务车或的士 SUV, business van or taxi",
         lodging="按对方要求，公司不负担 As the guest wishes, at the guest's cost",
         meal_lunch=150, meal_dinner=500, meal_extra=80, wait_warn_minutes=10, updated_by=""),
    dict(key="vip", badge="vip", accompany="业务经理、部门经理、总经理、股东 Sales manager, department head, general manager, shareholders",
         room="贵宾室 VIP lounge", refreshments="茶水、咖啡、水果 Tea, coffee and fruit",
         vehicle="商务车或租用高级用车 Business van or a hired executive car",
         lodging="三星级以上酒店，公司负担全程 Three-star hotel or better, all costs paid",
         meal_lunch=300, meal_dinner=1000, meal_extra=150, wait_warn_minutes=5, updated_by=""),
]


def upgrade() -> None:
    level = op.create_table('reception_level',
    sa.Column('key', sa.String(length=16), nullable=False),
    sa.Column('badge', sa.String(length=8), nullable=False),
    sa.Column('accompany', sa.Text(), nullable=False),
    sa.Column('room', sa.Text(), nullable=False),
    sa.Column('refreshments', sa.Text(), nullable=False),
    sa.Column('vehicle', sa.Text(), nullable=False),
    sa.Column('lodging', sa.Text(), nullable=False),
    sa.Column('meal_lunch', sa.Integer(), nullable=False),
    sa.Column('meal_dinner', sa.Integer(), nullable=False),
    sa.Column('meal_extra', sa.Integer(), nullable=False),
    sa.Column('wait_warn_minutes', sa.Integer(), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.bulk_insert(level, LEVELS)
    op.create_table('reminder_ack',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('operator', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_reminder_ack_visit_id', 'reminder_ack', ['visit_id'], unique=False)
    op.create_table('checklist_tick',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('item', sa.String(length=24), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('operator', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('visit_id', 'item')
    )
    op.create_index('ix_checklist_tick_visit_id', 'checklist_tick', ['visit_id'], unique=False)

    with op.batch_alter_table('host', schema=None) as batch_op:
        batch_op.add_column(sa.Column('assistant_phone', sa.String(length=40), nullable=False, server_default=''))

    with op.batch_alter_table('appointment', schema=None) as batch_op:
        for name, length in (('email', 200), ('time_from', 5), ('time_to', 5), ('transport', 16),
                             ('pickup_time', 16), ('pickup_place', 120), ('created_by', 80)):
            batch_op.add_column(sa.Column(name, sa.String(length=length), nullable=False, server_default=''))
        for name in ('lodging', 'meals', 'notes'):
            batch_op.add_column(sa.Column(name, sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('party_size', sa.Integer(), nullable=False, server_default='1'))
        batch_op.add_column(sa.Column('leader_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key('fk_appointment_leader', 'appointment', ['leader_id'], ['id'])

    with op.batch_alter_table('notification', schema=None) as batch_op:
        batch_op.alter_column('visit_id', existing_type=sa.Integer(), nullable=True)
        batch_op.add_column(sa.Column('appointment_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('kind', sa.String(length=16), nullable=False, server_default='arrival'))
        batch_op.create_foreign_key('fk_notification_appointment', 'appointment', ['appointment_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('notification', schema=None) as batch_op:
        batch_op.drop_constraint('fk_notification_appointment', type_='foreignkey')
        batch_op.drop_column('kind')
        batch_op.drop_column('appointment_id')
        batch_op.alter_column('visit_id', existing_type=sa.Integer(), nullable=False)
    with op.batch_alter_table('appointment', schema=None) as batch_op:
        batch_op.drop_constraint('fk_appointment_leader', type_='foreignkey')
        for name in ('leader_id', 'party_size', 'notes', 'meals', 'lodging', 'created_by', 'pickup_place',
                     'pickup_time', 'transport', 'time_to', 'time_from', 'email'):
            batch_op.drop_column(name)
    with op.batch_alter_table('host', schema=None) as batch_op:
        batch_op.drop_column('assistant_phone')
    op.drop_index('ix_checklist_tick_visit_id', table_name='checklist_tick')
    op.drop_table('checklist_tick')
    op.drop_index('ix_reminder_ack_visit_id', table_name='reminder_ack')
    op.drop_table('reminder_ack')
    op.drop_table('reception_level')
