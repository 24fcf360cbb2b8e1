"""fidelity: comments.original_text and comments.ours; threads.incomplete and threads.missing

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Existing rows keep original_text NULL until their thread's next read fills it (not counted as an edit).
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("original_text", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("ours", sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table("threads", schema=None) as batch_op:
        batch_op.add_column(sa.Column("incomplete", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("missing", sa.JSON(), nullable=False, server_default="[]"))
    # Forget each thread's fingerprint, so its next read compares comment by comment and fills the originals.
    op.execute(sa.text("UPDATE threads SET content_hash = NULL"))


def downgrade() -> None:
    with op.batch_alter_table("threads", schema=None) as batch_op:
        batch_op.drop_column("missing")
        batch_op.drop_column("incomplete")
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.drop_column("ours")
        batch_op.drop_column("original_text")
