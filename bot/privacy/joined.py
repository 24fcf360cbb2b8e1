"""Which comments belong to a conversation the brand joined.

A comment is *joined* when the brand answered it (an approved draft, a queued
or finished publish job, or a ``posts`` row), when it is an ancestor of such a
comment (the reply chain the answer makes sense in), or when it answers one of
the brand's posts (``post_replies``). Joined comments are kept for the audit
period; the others only for the ordinary retention period.
"""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from bot.storage.models import Comment, Draft, Post, PostReply, PublishJob


def answered_ids(session: Session) -> set[int]:
    """Comments the brand replied to, or approved a reply to."""
    rows = session.scalars(
        select(Draft.comment_id).where(
            or_(
                Draft.status == "approved",
                select(Post.id).where(Post.draft_id == Draft.id).exists(),
                select(PublishJob.id).where(PublishJob.draft_id == Draft.id).exists(),
            )
        )
    )
    return set(rows)


def joined_ids(session: Session) -> set[int]:
    """Answered comments, their ancestors, and replies to the brand's posts."""
    joined = answered_ids(session)
    joined |= set(session.scalars(select(PostReply.comment_id)))
    pending = list(joined)
    while pending:
        rows = session.execute(
            select(Comment.platform, Comment.parent_external_id).where(
                Comment.id.in_(pending), Comment.parent_external_id.is_not(None)
            )
        ).all()
        pending = []
        for platform, parent in rows:
            parent_id = session.scalar(
                select(Comment.id).where(Comment.platform == platform, Comment.external_id == parent)
            )
            if parent_id is not None and parent_id not in joined:
                joined.add(parent_id)
                pending.append(parent_id)
    return joined
