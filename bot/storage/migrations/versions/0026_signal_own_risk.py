"""signals.own_risk: the risk flags a comment raised on its own (its text's rules, detector, grey band)

Kept apart from signals.risk, which also holds the flags the comment inherited from its thread (title, body,
siblings): a later poll counts only these towards the thread's sibling risk (bot/opportunities/assess.py), so
a thread's flag cannot sustain itself through its own inherited copies. Null for signals stored before it,
which count their stored risk as before.

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("signals", schema=None) as batch_op:
        batch_op.add_column(sa.Column("own_risk", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("signals", schema=None) as batch_op:
        batch_op.drop_column("own_risk")
