"""brands: the brands table (brand ``default`` created here), watches.brand_id, digests per brand

Every existing watch and digest becomes brand ``default``'s; nothing else changes. Drafts,
decisions, posts and guidance belong to a brand through their watch.

Revision ID: 0016
Revises: 0009
Create Date: 2026-12-02
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0010"
branch_labels = None
depends_on = None

DEFAULT_BRAND_ID = 1


def upgrade() -> None:
    brands = op.create_table(
        "brands",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("display_name", sa.String(length=128), nullable=False),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    now = datetime.now(UTC)
    if op.get_bind().dialect.name == "sqlite":
        now = now.replace(tzinfo=None)  # as bot.storage.models.UTCDateTime stores it
    # The first row of a fresh table gets id 1 on both backends (and PostgreSQL's sequence moves on).
    op.bulk_insert(
        brands, [{"name": "default", "display_name": "Default", "settings": {}, "created_at": now, "updated_at": now}]
    )
    first = op.get_bind().execute(sa.text("SELECT id FROM brands WHERE name = 'default'")).scalar_one()
    if first != DEFAULT_BRAND_ID:
        raise RuntimeError(f"brand default got id {first}, expected {DEFAULT_BRAND_ID}")
    default = sa.text(str(DEFAULT_BRAND_ID))
    with op.batch_alter_table("watches", schema=None) as batch_op:
        batch_op.add_column(sa.Column("brand_id", sa.Integer(), nullable=False, server_default=default))
        batch_op.create_index(batch_op.f("ix_watches_brand_id"), ["brand_id"], unique=False)
        batch_op.create_foreign_key("fk_watches_brand_id_brands", "brands", ["brand_id"], ["id"])
    with op.batch_alter_table("digests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("brand_id", sa.Integer(), nullable=False, server_default=default))
        batch_op.create_foreign_key("fk_digests_brand_id_brands", "brands", ["brand_id"], ["id"])
        batch_op.drop_constraint("uq_digests_kind_period", type_="unique")
        batch_op.create_unique_constraint("uq_digests_brand_kind_period", ["brand_id", "kind", "period"])


def downgrade() -> None:
    # Refuse to fold several brands into one: their watches and digests would silently change brand.
    others = op.get_bind().execute(sa.text("SELECT count(*) FROM brands WHERE name <> 'default'")).scalar_one()
    if others:
        raise RuntimeError(f"{others} brands besides default exist; remove them (kuulo brand remove) to downgrade")
    with op.batch_alter_table("digests", schema=None) as batch_op:
        batch_op.drop_constraint("uq_digests_brand_kind_period", type_="unique")
        batch_op.create_unique_constraint("uq_digests_kind_period", ["kind", "period"])
        batch_op.drop_constraint("fk_digests_brand_id_brands", type_="foreignkey")
        batch_op.drop_column("brand_id")
    with op.batch_alter_table("watches", schema=None) as batch_op:
        batch_op.drop_constraint("fk_watches_brand_id_brands", type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_watches_brand_id"))
        batch_op.drop_column("brand_id")
    op.drop_table("brands")
