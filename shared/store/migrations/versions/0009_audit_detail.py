"""audit without personal data: typed texts of audited actions move to audit_detail; SQLite's free
pages from before secure_delete are cleared once (a pending VACUUM)

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28
"""
import json

from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)
# As shared.services.site.audit had them at this revision (a migration does not follow later code).
PLAIN_KEYS = {"field", "step", "kind", "format", "answer", "why", "before", "id_type", "printer", "digest",
              "filter", "enquirer", "approver"}
KEPT_APART = "(see detail)"


def upgrade() -> None:
    op.create_table('audit_detail',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('audit_id', sa.Integer(), nullable=False),
    sa.Column('at', TZ, nullable=False),
    sa.Column('visit_id', sa.Integer(), nullable=True),
    sa.Column('field', sa.String(length=32), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['audit_id'], ['audit_log.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_audit_detail_audit_id', 'audit_detail', ['audit_id'], unique=False)
    op.create_index('ix_audit_detail_at', 'audit_detail', ['at'], unique=False)
    op.create_index('ix_audit_detail_visit_id', 'audit_detail', ['visit_id'], unique=False)
    _move_typed_texts()
    if op.get_bind().dialect.name == 'sqlite':
        # Pages freed before secure_delete was on still hold old values: VACUUM once, outside this
        # transaction (shared.store.migrate runs it after the upgrade; a purge retries if it could not).
        op.execute(sa.text("DELETE FROM site_setting WHERE key = 'storage_cleanup'"))
        op.get_bind().execute(sa.text("INSERT INTO site_setting (key, value) VALUES ('storage_cleanup', :v)"),
                              {"v": json.dumps({"wal": True, "vacuum": True})})


def _move_typed_texts() -> None:
    """Entries written before this revision kept reasons verbatim: the texts move out, a marker stays.
    The append-only guard is lifted for this one rewrite, inside the upgrade's transaction."""
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, at, action, subject, detail FROM audit_log")).all()
    moves = []
    for row in rows:
        detail = row.detail if isinstance(row.detail, dict) else json.loads(row.detail or "{}")
        typed = {k: v for k, v in detail.items() if isinstance(v, str) and v and k not in PLAIN_KEYS
                 and v != KEPT_APART} if row.action != "settings" else {}
        if typed:
            moves.append((row, {**detail, **dict.fromkeys(typed, KEPT_APART)}, typed))
    if not moves:
        return
    sqlite = bind.dialect.name == 'sqlite'
    _guard(sqlite, on=False)
    for row, detail, typed in moves:
        value = ":d" if sqlite else "CAST(:d AS json)"
        bind.execute(sa.text(f"UPDATE audit_log SET detail = {value} WHERE id = :i"),
                     {"d": json.dumps(detail), "i": row.id})
        visit_id = _visit_of(bind, row.subject) if row.action == "reveal" else None
        for key, value in typed.items():
            bind.execute(sa.text("INSERT INTO audit_detail (audit_id, at, visit_id, field, value) "
                                 "VALUES (:a, :at, :v, :f, :val)"),
                         {"a": row.id, "at": row.at, "v": visit_id, "f": key, "val": value})
    _guard(sqlite, on=True)


def _visit_of(bind, subject: str):
    if not subject.startswith("visit "):
        return None
    return bind.execute(sa.text("SELECT id FROM visit WHERE visit_no = :n"),
                        {"n": subject.removeprefix("visit ")}).scalar()


def _guard(sqlite: bool, on: bool) -> None:
    """Migration 0007's triggers: dropped and re-created on SQLite, disabled and enabled on PostgreSQL."""
    if not sqlite:
        op.execute(sa.text(f"ALTER TABLE audit_log {'ENABLE' if on else 'DISABLE'} TRIGGER audit_log_append_only"))
        return
    for verb in ('UPDATE', 'DELETE'):
        if on:
            op.execute(sa.text(
                f"CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
                f"BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"))
        else:
            op.execute(sa.text(f"DROP TRIGGER audit_log_no_{verb.lower()}"))


def downgrade() -> None:
    op.drop_index('ix_audit_detail_visit_id', table_name='audit_detail')
    op.drop_index('ix_audit_detail_at', table_name='audit_detail')
    op.drop_index('ix_audit_detail_audit_id', table_name='audit_detail')
    op.drop_table('audit_detail')
