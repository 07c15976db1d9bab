"""visit_photo, sign_document, signed_document: the visitor's photo, the documents a site asks visitors to
sign (versioned) and each visitor's signed copy (a PDF); visitor.address and visitor.nation (off the ID card,
where the site keeps them)

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

from shared.store.types import UTCDateTime

revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("visitor") as batch_op:
        batch_op.add_column(sa.Column("address", sa.String(120), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("nation", sa.String(16), nullable=False, server_default=""))
    op.create_table(
        "visit_photo",
        sa.Column("visit_id", sa.Integer, sa.ForeignKey("visit.id", ondelete="CASCADE"), primary_key=True,
                  autoincrement=False),
        sa.Column("jpeg", sa.LargeBinary, nullable=False),
        sa.Column("missing", sa.String(16), nullable=False),
        sa.Column("taken_at", UTCDateTime(), server_default=sa.func.now(), nullable=False),
    )
    op.create_table(
        "sign_document",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(40), nullable=False, index=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("audience", sa.String(24), nullable=False),
        sa.Column("title_zh", sa.String(120), nullable=False),
        sa.Column("title_en", sa.String(120), nullable=False),
        sa.Column("text_zh", sa.Text, nullable=False),
        sa.Column("text_en", sa.Text, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("created_by", sa.String(80), nullable=False),
        sa.Column("created_at", UTCDateTime(), server_default=sa.func.now(), nullable=False),
        sa.UniqueConstraint("key", "version"),
    )
    op.create_table(
        "signed_document",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("visit_id", sa.Integer, sa.ForeignKey("visit.id", ondelete="CASCADE"), nullable=True,
                  index=True),
        sa.Column("gate_entry_id", sa.Integer, sa.ForeignKey("gate_entry.id", ondelete="CASCADE"), nullable=True,
                  index=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("sign_document.id"), nullable=False),
        sa.Column("key", sa.String(40), nullable=False, index=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("title", sa.String(250), nullable=False),
        sa.Column("pdf", sa.LargeBinary, nullable=False),
        sa.Column("signed_at", UTCDateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("signed_document")
    op.drop_table("sign_document")
    op.drop_table("visit_photo")
    with op.batch_alter_table("visitor") as batch_op:
        batch_op.drop_column("nation")
        batch_op.drop_column("address")
