"""brand_suppressions: an opt-out aimed at one brand suppresses the author for that brand only

``suppressions.brand_id``: empty for a row that holds for every brand (an opt-out naming no brand, a
manual entry, an erasure: every existing row), a brand's id for an opt-out naming that brand. The unique
rule becomes one row per platform and author for every brand, and one per brand (two partial indexes).

Revision ID: 0022
Revises: 0020
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

EVERY_BRAND = sa.text("brand_id IS NULL")
ONE_BRAND = sa.text("brand_id IS NOT NULL")


def upgrade() -> None:
    with op.batch_alter_table("suppressions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("brand_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            "fk_suppressions_brand_id_brands", "brands", ["brand_id"], ["id"], ondelete="CASCADE"
        )
        batch_op.drop_constraint("uq_suppressions_platform_author", type_="unique")
    op.create_index(
        "uq_suppressions_every_brand",
        "suppressions",
        ["platform", "author_hash"],
        unique=True,
        sqlite_where=EVERY_BRAND,
        postgresql_where=EVERY_BRAND,
    )
    op.create_index(
        "uq_suppressions_one_brand",
        "suppressions",
        ["platform", "author_hash", "brand_id"],
        unique=True,
        sqlite_where=ONE_BRAND,
        postgresql_where=ONE_BRAND,
    )


def downgrade() -> None:
    # An opt-out aimed at one brand becomes one for every brand: the person stays out (never less safe).
    bind = op.get_bind()
    bind.execute(
        sa.text(
            "DELETE FROM suppressions WHERE brand_id IS NOT NULL AND EXISTS (SELECT 1 FROM suppressions s "
            "WHERE s.platform = suppressions.platform AND s.author_hash = suppressions.author_hash "
            "AND (s.brand_id IS NULL OR s.id < suppressions.id))"
        )
    )
    op.drop_index("uq_suppressions_one_brand", table_name="suppressions")
    op.drop_index("uq_suppressions_every_brand", table_name="suppressions")
    with op.batch_alter_table("suppressions", schema=None) as batch_op:
        batch_op.drop_constraint("fk_suppressions_brand_id_brands", type_="foreignkey")
        batch_op.drop_column("brand_id")
        batch_op.create_unique_constraint("uq_suppressions_platform_author", ["platform", "author_hash"])
