"""Drafts made directly in the database, as the drafting stage would leave them."""

from __future__ import annotations

import hashlib
import itertools
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.review.verdicts import Verdict, judge
from bot.storage.db import Database
from bot.storage.models import Comment, Draft, DraftVersion, Opportunity, Signal, Thread, Watch
from bot.textnorm import text_hash

_counter = itertools.count(1)
DRAFT_TEXT = "Kiitos kysymyksestä! Sovellus toimii myös offline-tilassa."  # a draft's text unless given


def make_draft(
    db: Database,
    *,
    text: str = DRAFT_TEXT,
    comment_text: str = "Toimiiko tämä ilman nettiä?",
    author: str = "matti",
    title: str = "Kokemuksia sovelluksesta?",
    platform: str = "reddit",
    language: str = "fi",
    drafter: str = "llm",
    cited: list[Any] | None = None,
    channel: str | None = None,
    signals: bool = True,
    created_at: datetime | None = None,
    brand_id: int = 1,
    checked: bool = True,
    check_context: dict[str, Any] | None = None,
    verdict: Verdict | None = None,
) -> int:
    """Create watch, thread, comment, opportunity and a pending draft; return the draft id.

    ``checked``: keep the blocking checks' verdict on ``text`` with the draft, as the drafting stage does
    (bot/review/verdicts.py); False leaves none, as for a draft made before verdicts were kept.
    ``check_context``: the frozen checks context (bot/checks/frozen.py) kept with the draft; none by default.
    ``verdict``: that verdict already computed (:func:`judge` on the same text, platform and context: the checks are
    pure), for a property that makes a draft per example and would otherwise run the checks each time.
    """
    n = next(_counter)
    if verdict is not None:
        assert checked and verdict.text_hash == text_hash(text), "a verdict on another text"
    kept = (verdict or judge(text, platform, check_context or {})).values() if checked else {}
    created = created_at or datetime.now(UTC) - timedelta(minutes=5)
    with db.write() as session:
        watch = Watch(
            url=f"https://www.reddit.com/r/Suomi/comments/t{n}/x/",
            platform=platform,
            target=f"t{n}",
            objective="trust",
            topics=["offline"],
            slack_channel=channel,
            poll_interval_minutes=30,
            brand_id=brand_id,
        )
        session.add(watch)
        session.flush()
        thread = Thread(
            watch_id=watch.id, platform=platform, external_id=f"t{n}", url=watch.url, title=title, author="op"
        )
        session.add(thread)
        session.flush()
        comment = Comment(
            thread_id=thread.id,
            platform=platform,
            external_id=f"c{n}",
            author_name=author,
            text=comment_text,
            created_at=created - timedelta(hours=1),
            url=f"{watch.url}c{n}/",
            language=language,
        )
        session.add(comment)
        session.flush()
        opportunity = Opportunity(
            comment_id=comment.id,
            brand_id=brand_id,
            watch_id=watch.id,
            score=0.8,
            reason="asks a question the brand can answer",
            action="draft",
        )
        session.add(opportunity)
        if signals:
            session.add(
                Signal(comment_id=comment.id, language=language, intent="question", emotion="neutral", method="offline")
            )
        session.flush()
        draft = Draft(
            opportunity_id=opportunity.id,
            comment_id=comment.id,
            status="pending",
            drafter=drafter,
            language=language,
            current_version=1,
            created_at=created,
            check_context=check_context or {},
            **kept,
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
                author=drafter,
            )
        )
        return draft.id
