"""drafts.plan and drafts.plan_reason: the reply plan each draft was written for

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("drafts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("plan", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("plan_reason", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("drafts", schema=None) as batch_op:
        batch_op.drop_column("plan_reason")
        batch_op.drop_column("plan")
