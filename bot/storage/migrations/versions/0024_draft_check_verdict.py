"""drafts.checked_hash, checks_version, checks_passed, check_failures: the draft checks' verdict on its text

Kept so an approval compares hashes inside its compare-and-set instead of running the checks again
(bot/review/verdicts.py); null for drafts made before it, whose checks run before their approval.

Revision ID: 0024
Revises: 0020
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0024"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("drafts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("checked_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("checks_version", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("checks_passed", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("check_failures", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("drafts", schema=None) as batch_op:
        batch_op.drop_column("check_failures")
        batch_op.drop_column("checks_passed")
        batch_op.drop_column("checks_version")
        batch_op.drop_column("checked_hash")
