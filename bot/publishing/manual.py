"""Replies posted by a person (HN, WordPress, imports, untagged Bluesky, or by choice).

``bot.review.decisions.mark_posted`` records the link as the ``posts`` row; here its outbox job
becomes ``manual`` with that link, in the same transaction, so the outbox never
publishes a reply a person already posted. A job the outbox is publishing right now
(or whose outcome is unknown) is left alone: the outbox reconciles it.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from bot.storage.models import PublishJob, utcnow


def mark_job_manual(session: Session, draft_id: int, url: str) -> bool:
    """Mark the draft's queued, failed or manual job as posted by hand at ``url``; True if one changed."""
    result = session.execute(
        update(PublishJob)
        .where(PublishJob.draft_id == draft_id, PublishJob.state.in_(("queued", "failed", "manual")))
        .values(state="manual", url=url, external_id=url, last_error=None, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount == 1)  # type: ignore[attr-defined]
