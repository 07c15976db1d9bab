"""security desk, privacy and audit: gate entries and items, watchlist and alerts, append-only audit
log, third-party enquiries, visitor log archive, confidential visits

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    for table in ('visit', 'appointment'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('confidential', sa.Boolean(), nullable=False, server_default=sa.false()))

    op.create_table('gate_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pass_no', sa.String(length=24), nullable=False),
    sa.Column('token', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('person_name', sa.String(length=80), nullable=False),
    sa.Column('mobile', sa.String(length=32), nullable=False),
    sa.Column('company', sa.String(length=120), nullable=False),
    sa.Column('host_id', sa.Integer(), nullable=True),
    sa.Column('visit_id', sa.Integer(), nullable=True),
    sa.Column('plate', sa.String(length=16), nullable=False),
    sa.Column('parking_spot', sa.String(length=40), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('reception_answer', sa.Text(), nullable=False),
    sa.Column('answered_by', sa.String(length=80), nullable=False),
    sa.Column('station', sa.String(length=40), nullable=False),
    sa.Column('guard', sa.String(length=80), nullable=False),
    sa.Column('arrived_at', TZ, nullable=False),
    sa.Column('exited_at', TZ, nullable=True),
    sa.Column('exit_guard', sa.String(length=80), nullable=False),
    sa.Column('discrepancy', sa.Boolean(), nullable=False),
    sa.Column('exit_note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['host_id'], ['host.id'], ),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('pass_no'),
    sa.UniqueConstraint('token')
    )
    op.create_index('ix_gate_entry_state', 'gate_entry', ['state'], unique=False)
    op.create_table('gate_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('quantity_in', sa.Integer(), nullable=False),
    sa.Column('quantity_out', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['entry_id'], ['gate_entry.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_gate_item_entry_id', 'gate_item', ['entry_id'], unique=False)
    op.create_table('watchlist_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('name_key', sa.String(length=120), nullable=False),
    sa.Column('mobile_key', sa.String(length=32), nullable=False),
    sa.Column('id_key', sa.String(length=18), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('created_at', TZ, server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    for key in ('name_key', 'mobile_key', 'id_key'):
        op.create_index(f'ix_watchlist_entry_{key}', 'watchlist_entry', [key], unique=False)
    op.create_table('security_alert',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('subject', sa.String(length=120), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('station', sa.String(length=40), nullable=False),
    sa.Column('watchlist_id', sa.Integer(), nullable=True),
    sa.Column('at', TZ, nullable=False),
    sa.Column('handled_by', sa.String(length=80), nullable=False),
    sa.Column('handled_at', TZ, nullable=True),
    sa.ForeignKeyConstraint(['watchlist_id'], ['watchlist_entry.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', TZ, nullable=False),
    sa.Column('operator', sa.String(length=80), nullable=False),
    sa.Column('station', sa.String(length=40), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_audit_log_at', 'audit_log', ['at'], unique=False)
    op.create_index('ix_audit_log_action', 'audit_log', ['action'], unique=False)
    op.create_table('enquiry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', TZ, nullable=False),
    sa.Column('enquirer_name', sa.String(length=80), nullable=False),
    sa.Column('enquirer_org', sa.String(length=120), nullable=False),
    sa.Column('enquirer_id_type', sa.String(length=24), nullable=False),
    sa.Column('enquirer_id_masked', sa.String(length=40), nullable=False),
    sa.Column('about', sa.String(length=120), nullable=False),
    sa.Column('question', sa.Text(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('approved_by', sa.String(length=80), nullable=False),
    sa.Column('answer', sa.Text(), nullable=False),
    sa.Column('operator', sa.String(length=80), nullable=False),
    sa.Column('station', sa.String(length=40), nullable=False),
    sa.Column('answered_at', TZ, nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('log_archive',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('archived_by', sa.String(length=80), nullable=False),
    sa.Column('handed_to', sa.String(length=80), nullable=False),
    sa.Column('at', TZ, nullable=False),
    sa.Column('rows', sa.Integer(), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('path', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('day')
    )
    _append_only('audit_log')
    # Every console asks for failed and in-doubt jobs of all stations on each change: without this
    # index that is a scan of the whole history.
    op.create_index('ix_print_job_state', 'print_job', ['state'], unique=False)


def _append_only(table: str) -> None:
    """The database itself refuses to change or remove an audit entry, whoever asks."""
    if op.get_bind().dialect.name == 'sqlite':
        for verb in ('UPDATE', 'DELETE'):
            op.execute(sa.text(
                f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"))
    else:
        op.execute(sa.text(
            f"CREATE FUNCTION {table}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN RAISE EXCEPTION '{table} is append-only'; END $$"))
        op.execute(sa.text(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON {table} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {table}_append_only()"))


def downgrade() -> None:
    op.drop_index('ix_print_job_state', table_name='print_job')
    if op.get_bind().dialect.name != 'sqlite':
        op.execute(sa.text("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log"))
        op.execute(sa.text("DROP FUNCTION IF EXISTS audit_log_append_only()"))
    for table in ('log_archive', 'enquiry', 'audit_log', 'security_alert'):
        op.drop_table(table)
    for key in ('name_key', 'mobile_key', 'id_key'):
        op.drop_index(f'ix_watchlist_entry_{key}', table_name='watchlist_entry')
    op.drop_table('watchlist_entry')
    op.drop_index('ix_gate_item_entry_id', table_name='gate_item')
    op.drop_table('gate_item')
    op.drop_index('ix_gate_entry_state', table_name='gate_entry')
    op.drop_table('gate_entry')
    for table in ('appointment', 'visit'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('confidential')
