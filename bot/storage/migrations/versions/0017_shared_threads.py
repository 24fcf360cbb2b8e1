"""shared_threads: several brands watch one thread; posts keyed by the account's host

- ``watches``: unique per brand (``brand_id, platform, target``): two brands may watch one thread;
  its thread and comments are stored once (``threads.watch_id`` is the watch that stores them).
- ``opportunities``: each brand's own assessment of a shared comment: ``brand_id`` and ``watch_id``
  (the brand's watch it was assessed for), unique per ``comment_id, brand_id``. Existing rows become
  their thread's watch's (every one is brand ``default``'s or the one brand that watched it).
- ``posts``: ``account`` (the host the reply was published on) joins the key: a Mastodon status id is
  local to its instance, so two brands' accounts on different instances can get the same id.

Revision ID: 0017
Revises: 0012
Create Date: 2026-12-02
"""

from __future__ import annotations

from urllib.parse import urlsplit

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0012"
branch_labels = None
depends_on = None

DEFAULT_BRAND_ID = 1


def _host(url: str | None) -> str:
    return (urlsplit(url).hostname or "").lower() if url else ""


def upgrade() -> None:
    bind = op.get_bind()
    with op.batch_alter_table("watches", schema=None) as batch_op:
        batch_op.drop_constraint("uq_watches_platform_target", type_="unique")
        batch_op.create_unique_constraint("uq_watches_brand_platform_target", ["brand_id", "platform", "target"])
    with op.batch_alter_table("opportunities", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("brand_id", sa.Integer(), nullable=False, server_default=sa.text(str(DEFAULT_BRAND_ID)))
        )
        batch_op.add_column(sa.Column("watch_id", sa.Integer(), nullable=True))
    bind.execute(
        sa.text(
            "UPDATE opportunities SET watch_id = (SELECT threads.watch_id FROM comments JOIN threads "
            "ON threads.id = comments.thread_id WHERE comments.id = opportunities.comment_id)"
        )
    )
    bind.execute(
        sa.text(
            "UPDATE opportunities SET brand_id = (SELECT watches.brand_id FROM watches "
            "WHERE watches.id = opportunities.watch_id) WHERE watch_id IS NOT NULL"
        )
    )
    with op.batch_alter_table("opportunities", schema=None) as batch_op:
        batch_op.drop_index("ix_opportunities_comment_id")
        batch_op.create_index("ix_opportunities_comment_id", ["comment_id"], unique=False)
        batch_op.create_index("ix_opportunities_brand_id", ["brand_id"], unique=False)
        batch_op.create_index("ix_opportunities_watch_id", ["watch_id"], unique=False)
        batch_op.create_unique_constraint("uq_opportunities_comment_brand", ["comment_id", "brand_id"])
        batch_op.create_foreign_key("fk_opportunities_brand_id_brands", "brands", ["brand_id"], ["id"])
        batch_op.create_foreign_key(
            "fk_opportunities_watch_id_watches", "watches", ["watch_id"], ["id"], ondelete="CASCADE"
        )
    with op.batch_alter_table("posts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("account", sa.String(length=256), nullable=False, server_default=""))
    for post_id, url in bind.execute(sa.text("SELECT id, url FROM posts")).all():
        host = _host(url)
        if host:
            bind.execute(sa.text("UPDATE posts SET account = :host WHERE id = :id"), {"host": host, "id": post_id})
    with op.batch_alter_table("posts", schema=None) as batch_op:
        batch_op.drop_constraint("uq_posts_platform_external_id", type_="unique")
        batch_op.create_unique_constraint(
            "uq_posts_platform_account_external_id", ["platform", "account", "external_id"]
        )


def downgrade() -> None:
    # Refuse to fold brands' assessments of one comment (or one thread's watches) into one.
    bind = op.get_bind()
    shared = bind.execute(
        sa.text("SELECT count(*) FROM (SELECT comment_id FROM opportunities GROUP BY comment_id HAVING count(*) > 1) s")
    ).scalar_one()
    watched = bind.execute(
        sa.text(
            "SELECT count(*) FROM (SELECT platform, target FROM watches GROUP BY platform, target HAVING count(*) > 1) s"
        )
    ).scalar_one()
    if shared or watched:
        raise RuntimeError(
            f"{watched} threads are watched by several brands ({shared} comments assessed for several); "
            "remove the extra watches (kuulo watch remove) to downgrade"
        )
    with op.batch_alter_table("posts", schema=None) as batch_op:
        batch_op.drop_constraint("uq_posts_platform_account_external_id", type_="unique")
        batch_op.create_unique_constraint("uq_posts_platform_external_id", ["platform", "external_id"])
        batch_op.drop_column("account")
    with op.batch_alter_table("opportunities", schema=None) as batch_op:
        batch_op.drop_constraint("fk_opportunities_watch_id_watches", type_="foreignkey")
        batch_op.drop_constraint("fk_opportunities_brand_id_brands", type_="foreignkey")
        batch_op.drop_constraint("uq_opportunities_comment_brand", type_="unique")
        batch_op.drop_index("ix_opportunities_watch_id")
        batch_op.drop_index("ix_opportunities_brand_id")
        batch_op.drop_index("ix_opportunities_comment_id")
        batch_op.create_index("ix_opportunities_comment_id", ["comment_id"], unique=True)
        batch_op.drop_column("watch_id")
        batch_op.drop_column("brand_id")
    with op.batch_alter_table("watches", schema=None) as batch_op:
        batch_op.drop_constraint("uq_watches_brand_platform_target", type_="unique")
        batch_op.create_unique_constraint("uq_watches_platform_target", ["platform", "target"])
