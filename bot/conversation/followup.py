"""Following the conversation after we replied.

The ``follow-up`` job re-polls each thread where we published a reply in the last
``FOLLOW_DAYS`` days (through the watch, so comments are stored and processed as
usual), finds our reply among the stored comments, and walks ``parent_external_id``
down from it: each reply to us (and replies to those) becomes a ``post_replies`` row,
is posted in the draft's Slack card thread, and, when it asks something, gets a
follow-up draft through the same approval flow (``bot.drafting.pipeline.draft_comment``).
Each post's outcome metrics are refreshed in ``posts.metrics``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.drafting.pipeline import draft_comment
from bot.publishing.base import same_text
from bot.storage.models import Comment, Decision, Draft, Post, PostReply, Signal, Thread, Watch, utcnow
from bot.watching.polling import poll_watch

if TYPE_CHECKING:
    from bot.services import Services

log = logging.getLogger(__name__)
FOLLOW_DAYS = 14
ASKING_INTENTS = frozenset({"question", "complaint", "request"})


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
                outcome = poll_watch(services, watch, now)
                if outcome.error:
                    log.warning("follow-up watch=%s: %s", watch_id, outcome.error)
    for post_id, _watch in rows:
        report.new_replies.extend(_collect(services, post_id, now))
    for comment_id in report.new_replies:
        _announce(services, comment_id)
        if _asks(services, comment_id):
            drafted = draft_comment(services, comment_id)
            if drafted.draft_id is not None:
                report.drafts.append(drafted.draft_id)
            why = drafted.skipped or drafted.error or "no draft"
            report.offered[comment_id] = f"draft {drafted.draft_id}" if drafted.draft_id is not None else why
    return report


def our_comment(session: Session, post: Post) -> Comment | None:
    """Our reply as the source stored it: by id, or (ids differ across Mastodon instances) by parent and text."""
    draft = session.get(Draft, post.draft_id)
    if draft is None:
        return None
    answered = session.get(Comment, draft.comment_id)
    if answered is None:
        return None
    by_id = session.scalar(
        select(Comment).where(Comment.thread_id == answered.thread_id, Comment.external_id == post.external_id)
    )
    if by_id is not None:
        return by_id
    parent = None if _is_root(session, answered) else answered.external_id
    siblings = session.scalars(
        select(Comment).where(Comment.thread_id == answered.thread_id, Comment.parent_external_id == parent)
    )
    return next((c for c in siblings if c.text and same_text(c.text, post.text)), None)


def _collect(services: Services, post_id: int, now: datetime) -> list[int]:
    new: list[int] = []
    with services.db.write() as session:
        post = session.get(Post, post_id)
        assert post is not None
        ours = our_comment(session, post)
        if ours is None:
            return new
        known = {row.comment_id for row in session.scalars(select(PostReply).where(PostReply.post_id == post_id))}
        replies = _descendants(session, ours)
        for comment, depth in replies:
            if comment.id not in known:
                session.add(PostReply(post_id=post_id, comment_id=comment.id, depth=depth, seen_at=now))
                new.append(comment.id)
        post.metrics = _metrics(session, post, ours, replies)
    return new


def _descendants(session: Session, root: Comment) -> list[tuple[Comment, int]]:
    rows = list(session.scalars(select(Comment).where(Comment.thread_id == root.thread_id)))
    children: dict[str, list[Comment]] = {}
    for row in rows:
        if row.parent_external_id:
            children.setdefault(row.parent_external_id, []).append(row)
    found: list[tuple[Comment, int]] = []
    frontier = [(root.external_id, 1)]
    while frontier:
        parent, depth = frontier.pop()
        for child in children.get(parent, []):
            if child.id != root.id and not child.deleted:
                found.append((child, depth))
                frontier.append((child.external_id, depth + 1))
    return sorted(found, key=lambda pair: (pair[0].created_at or pair[0].first_seen_at, pair[0].id))


def _metrics(session: Session, post: Post, ours: Comment, replies: list[tuple[Comment, int]]) -> dict[str, Any]:
    draft = session.get(Draft, post.draft_id)
    assert draft is not None
    answered = session.get(Comment, draft.comment_id)
    approval = session.scalar(
        select(Decision.decided_at)
        .where(Decision.draft_id == draft.id, Decision.action == "approved")
        .order_by(Decision.id)
    )
    metrics: dict[str, Any] = {
        "replies": len(replies),
        "depth": max((depth for _c, depth in replies), default=0),
        "likes": (ours.metrics or {}).get("likes", (ours.metrics or {}).get("favourites")),
        "score": (ours.metrics or {}).get("score"),
        "seconds_comment_to_reply": None,
        "seconds_draft_to_approval": None,
    }
    if answered is not None and answered.created_at is not None:
        metrics["seconds_comment_to_reply"] = int((post.published_at - answered.created_at).total_seconds())
    if approval is not None:
        metrics["seconds_draft_to_approval"] = int((approval - draft.created_at).total_seconds())
    return metrics


def _is_root(session: Session, comment: Comment) -> bool:
    thread = session.get(Thread, comment.thread_id)
    return thread is not None and thread.external_id == comment.external_id


def _asks(services: Services, comment_id: int) -> bool:
    with services.db.read() as session:
        signal = session.get(Signal, comment_id)
        if signal is not None:
            return signal.intent in ASKING_INTENTS
        comment = session.get(Comment, comment_id)
        return comment is not None and "?" in (comment.text or "")


def _announce(services: Services, comment_id: int) -> None:
    with services.db.read() as session:
        row = session.execute(
            select(Comment, Post.draft_id)
            .join(PostReply, PostReply.comment_id == Comment.id)
            .join(Post, Post.id == PostReply.post_id)
            .where(Comment.id == comment_id)
        ).first()
    if row is None:
        return
    comment, draft_id = row
    services.notifier.reply_arrived(draft_id, comment.author_name or "?", comment.text or "", comment.url)
