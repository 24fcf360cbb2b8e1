"""Follow deletions on the platforms: a comment deleted there is removed here.

``store_thread`` already drops a deleted comment's text and author name; this
removes the rest in the same transaction: the author id and extra fields, the
signals (their ``need`` paraphrases the text), and, unless the brand answered
the comment, its opportunity (the reason may quote it) with its never-published
drafts, their versions, decisions and card rows. An answered comment keeps its
drafts, decisions and posts: they are the brand's own record (audit period).

Per platform, what a deletion looks like (docs/privacy.md): Reddit ``[deleted]``
body and author; Hacker News ``deleted``/``dead``; Bluesky ``notFoundPost``/
``blockedPost``; WordPress a comment no longer ``approved``. An account that
disappears is only detectable on Reddit (every comment's author becomes
``[deleted]``): those comments keep their text, so an operator answers it with
``kuulo erase`` as with any erasure request.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from bot.storage.models import Comment, Draft, Opportunity, Post, PublishJob, Signal


def purge_deleted(session: Session, comment_ids: Collection[int]) -> int:
    """Remove what is left of comments deleted upstream; returns how many were purged."""
    ids = list(comment_ids)
    if not ids:
        return 0
    answered = set(
        session.scalars(
            select(Draft.comment_id).where(
                Draft.comment_id.in_(ids),
                or_(
                    Draft.status == "approved",
                    select(Post.id).where(Post.draft_id == Draft.id).exists(),
                    select(PublishJob.id).where(PublishJob.draft_id == Draft.id).exists(),
                ),
            )
        )
    )
    session.execute(delete(Signal).where(Signal.comment_id.in_(ids)))
    unanswered = [i for i in ids if i not in answered]
    if unanswered:
        session.execute(delete(Opportunity).where(Opportunity.comment_id.in_(unanswered)))
    session.execute(update(Comment).where(Comment.id.in_(ids)).values(author_id=None, author_name=None, extra={}))
    return len(ids)
