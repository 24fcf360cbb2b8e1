"""embedding_cache: vectors by (model, mode, text hash), shared by every worker in distributed mode

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "embedding_cache",
        sa.Column("model", sa.String(length=200), nullable=False),
        sa.Column("mode", sa.String(length=8), nullable=False),
        sa.Column("text_sha256", sa.String(length=64), nullable=False),
        sa.Column("dim", sa.Integer(), nullable=False),
        sa.Column("vector", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("model", "mode", "text_sha256"),
    )
    # Erasure deletes by text hash whatever the model: an index that leads with it.
    op.create_index("ix_embedding_cache_text_sha256", "embedding_cache", ["text_sha256"])


def downgrade() -> None:
    op.drop_index("ix_embedding_cache_text_sha256", table_name="embedding_cache")
    op.drop_table("embedding_cache")
