"""quarantine: platform payloads Kuulo could not read, kept for inspection (size-capped, erasable)

Revision ID: 0020
Revises: 0012
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "quarantine",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("watch_id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(length=32), nullable=False),
        sa.Column("thread", sa.Text(), nullable=False),
        sa.Column("position", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("times", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["watch_id"], ["watches.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("watch_id", "digest", name="uq_quarantine_watch_id_digest"),
    )
    op.create_index(op.f("ix_quarantine_watch_id"), "quarantine", ["watch_id"], unique=False)
    op.create_index(op.f("ix_quarantine_last_seen_at"), "quarantine", ["last_seen_at"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_quarantine_last_seen_at"), table_name="quarantine")
    op.drop_index(op.f("ix_quarantine_watch_id"), table_name="quarantine")
    op.drop_table("quarantine")
