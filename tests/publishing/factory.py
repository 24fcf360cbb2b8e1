"""Approved drafts answering comments on each platform, as the pipeline and review would leave them."""

from __future__ import annotations

import hashlib
import itertools
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.review import decisions as review
from bot.storage.db import Database
from bot.storage.models import Comment, Draft, DraftVersion, Opportunity, Thread, Watch

_n = itertools.count(1)
TEXT = "Kiitos! Sovellus toimii myös offline-tilassa."


def make_pending(
    db: Database,
    platform: str,
    comment_id: str,
    *,
    thread_id: str | None = None,
    comment_url: str | None = None,
    extra: dict[str, Any] | None = None,
    author_id: str = "author-1",
    text: str = TEXT,
    cited: list[str] | None = None,
    community: str | None = None,
) -> int:
    n = next(_n)
    thread_id = thread_id or f"root{n}"
    with db.write() as session:
        watch = Watch(
            url=f"https://example.test/{platform}/{n}",
            platform=platform,
            target=thread_id,
            objective="trust",
            poll_interval_minutes=30,
        )
        session.add(watch)
        session.flush()
        thread = Thread(
            watch_id=watch.id,
            platform=platform,
            external_id=thread_id,
            url=watch.url,
            title="Kokemuksia?",
            extra={"community": community} if community else {},
        )
        session.add(thread)
        session.flush()
        comment = Comment(
            thread_id=thread.id,
            platform=platform,
            external_id=comment_id,
            parent_external_id=None,
            author_id=author_id,
            author_name="anna",
            text="Toimiiko tämä ilman nettiä?",
            created_at=datetime.now(UTC) - timedelta(hours=2),
            url=comment_url,
            extra=extra or {},
        )
        session.add(comment)
        session.flush()
        opportunity = Opportunity(comment_id=comment.id, score=0.8, reason="asks", action="draft")
        session.add(opportunity)
        session.flush()
        draft = Draft(
            opportunity_id=opportunity.id, comment_id=comment.id, status="pending", drafter="llm", language="fi"
        )
        session.add(draft)
        session.flush()
        session.add(
            DraftVersion(
                draft_id=draft.id,
                version=1,
                text=text,
                content_hash=hashlib.sha256(text.encode()).hexdigest(),
                cited=cited if cited is not None else ["faq-offline-1"],
                author="llm",
            )
        )
        return draft.id


def make_approved(db: Database, platform: str, comment_id: str, **kwargs: Any) -> int:
    draft_id = make_pending(db, platform, comment_id, **kwargs)
    review.approve(db, draft_id, "U_APPROVER", "slack", review.view(db, draft_id).text_hash)
    return draft_id
