"""reception plans: request, approval, itinerary steps, budget, expenses, history

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def _s(name, length, **kw):
    return sa.Column(name, sa.String(length=length), nullable=False, **kw)


def _t(name):
    return sa.Column(name, sa.Text(), nullable=False)


def upgrade() -> None:
    op.create_table('reception_plan',
    sa.Column('id', sa.Integer(), nullable=False),
    _s('plan_no', 24), _s('state', 16),
    sa.Column('appointment_id', sa.Integer(), nullable=True),
    sa.Column('host_id', sa.Integer(), nullable=True),
    _s('requested_by', 80), sa.Column('requested_at', TZ, nullable=False),
    _s('guest_name', 80), _s('guest_region', 60), _s('guest_phone', 32), _s('company', 120),
    sa.Column('party_size', sa.Integer(), nullable=False),
    _t('purpose'), _t('meet_whom'),
    sa.Column('arrive_on', sa.Date(), nullable=False), sa.Column('leave_on', sa.Date(), nullable=False),
    _s('transport', 16), _s('transport_no', 24), sa.Column('arrival_at', TZ, nullable=True), _s('arrival_place', 120),
    sa.Column('pickup', sa.Boolean(), nullable=False), _t('lodging'), _t('meals'),
    sa.Column('showroom_tour', sa.Boolean(), nullable=False), sa.Column('leader_meeting', sa.Boolean(), nullable=False),
    _t('notes'), _s('proposed_level', 16), _s('level', 16), _s('decided_by', 80),
    sa.Column('decided_at', TZ, nullable=True), _t('decision_comment'),
    sa.Column('standards', sa.JSON(), nullable=False), _s('reception_person', 80),
    _t('summary'), _s('summary_by', 80), sa.Column('summary_at', TZ, nullable=True),
    sa.Column('departure_at', TZ, nullable=True), sa.Column('journey_minutes', sa.Integer(), nullable=False),
    sa.Column('followup_due_at', TZ, nullable=True), sa.Column('followup_done_at', TZ, nullable=True),
    _s('followup_by', 80), _t('followup_outcome'), sa.Column('followup_rating', sa.Integer(), nullable=True),
    sa.Column('updated_at', TZ, nullable=True),
    sa.ForeignKeyConstraint(['appointment_id'], ['appointment.id'], ),
    sa.ForeignKeyConstraint(['host_id'], ['host.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('plan_no')
    )
    op.create_index('ix_reception_plan_state', 'reception_plan', ['state'], unique=False)
    op.create_table('plan_step',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    _s('kind', 16), _s('title', 120), sa.Column('at', TZ, nullable=True), _s('place', 120), _s('owner', 80),
    _s('driver', 80), _s('status', 16), sa.Column('done_at', TZ, nullable=True), _s('done_by', 80),
    sa.Column('remind_minutes', sa.Integer(), nullable=False), sa.Column('reminded_at', TZ, nullable=True),
    sa.ForeignKeyConstraint(['plan_id'], ['reception_plan.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_plan_step_plan_id', 'plan_step', ['plan_id'], unique=False)
    op.create_table('plan_budget',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    _s('category', 16), sa.Column('planned', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['reception_plan.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('plan_id', 'category')
    )
    op.create_index('ix_plan_budget_plan_id', 'plan_budget', ['plan_id'], unique=False)
    op.create_table('plan_expense',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('step_id', sa.Integer(), nullable=True),
    _s('category', 16), sa.Column('amount', sa.Integer(), nullable=False), _t('note'), _s('entered_by', 80),
    sa.Column('at', TZ, nullable=False), _s('signed_by', 80),
    sa.ForeignKeyConstraint(['plan_id'], ['reception_plan.id'], ),
    sa.ForeignKeyConstraint(['step_id'], ['plan_step.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_plan_expense_plan_id', 'plan_expense', ['plan_id'], unique=False)
    op.create_table('plan_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('at', TZ, nullable=False), _s('operator', 80), _s('action', 24), _t('note'),
    sa.ForeignKeyConstraint(['plan_id'], ['reception_plan.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_plan_event_plan_id', 'plan_event', ['plan_id'], unique=False)


def downgrade() -> None:
    for table in ('plan_event', 'plan_expense', 'plan_budget', 'plan_step'):
        op.drop_index(f'ix_{table}_plan_id', table_name=table)
        op.drop_table(table)
    op.drop_index('ix_reception_plan_state', table_name='reception_plan')
    op.drop_table('reception_plan')
