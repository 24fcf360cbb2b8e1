"""Following the conversation after we replied, for threads nobody polled.

Every poll links replies to our published replies as it stores them
(:mod:`bot.conversation.live`). The ``follow-up`` job re-polls each thread where we
published a reply in the last ``FOLLOW_DAYS`` days (through the watch, so comments are
stored, linked, announced and processed as usual), then links what is already stored
(a reply stored before its post existed), announces those and offers a follow-up draft
for each that asks something. Each post's outcome metrics are refreshed in ``posts.metrics``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from bot.conversation.live import announce, link_post, offer_follow_ups
from bot.drafting.pipeline import DraftOutcome
from bot.storage.models import Comment, Draft, Post, Thread, Watch, utcnow
from bot.watching.polling import poll_watch

if TYPE_CHECKING:
    from bot.services import Services

log = logging.getLogger(__name__)
FOLLOW_DAYS = 14


@dataclass
class FollowUpReport:
    threads: int = 0
    new_replies: list[int] = field(default_factory=list)  # comment ids
    drafts: list[int] = field(default_factory=list)
    offered: dict[int, str] = field(default_factory=dict)  # comment id -> "draft N" or why none was made

    def summary(self) -> str | None:
        if not self.threads:
            return None
        return f"{self.threads} threads, {len(self.new_replies)} new replies, {len(self.drafts)} follow-up drafts"


def follow_up(services: Services, now: datetime | None = None, *, poll: bool = True) -> FollowUpReport:
    now = now or utcnow()
    report = FollowUpReport()
    with services.db.read() as session:
        rows = session.execute(
            select(Post.id, Thread.watch_id)
            .join(Draft, Post.draft_id == Draft.id)
            .join(Comment, Draft.comment_id == Comment.id)
            .join(Thread, Comment.thread_id == Thread.id)
            .where(Post.published_at >= now - timedelta(days=FOLLOW_DAYS))
        ).all()
    watch_ids = sorted({watch_id for _post, watch_id in rows})
    report.threads = len(watch_ids)
    if poll:
        for watch_id in watch_ids:
            with services.db.read() as session:
                watch = session.get(Watch, watch_id)
            if watch is not None and not watch.paused:
                outcome = poll_watch(services, watch, now)  # links, announces and offers what it stores
                if outcome.error:
                    log.warning("follow-up watch=%s: %s", watch_id, outcome.error)
                report.new_replies.extend(outcome.linked)
                _record(report, outcome.follow_ups)
    found: list[int] = []
    for post_id, _watch in rows:
        with services.db.write() as session:
            post = session.get(Post, post_id)
            if post is not None:
                found.extend(link_post(session, post, now))
    announce(services, found)
    report.new_replies.extend(found)
    _record(report, offer_follow_ups(services, found))
    return report


def _record(report: FollowUpReport, offered: dict[int, DraftOutcome]) -> None:
    for comment_id, drafted in offered.items():
        if drafted.draft_id is not None:
            report.drafts.append(drafted.draft_id)
        why = drafted.skipped or drafted.error or "no draft"
        report.offered[comment_id] = f"draft {drafted.draft_id}" if drafted.draft_id is not None else why
