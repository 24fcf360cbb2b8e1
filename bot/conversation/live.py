"""The conversation as it happens: link replies to our published replies when a poll stores them.

:func:`link_thread` runs inside the transaction that stores a thread (``kuulo poll``,
the scheduler's poll job, the follow-up job alike). For each reply we published in
that thread it finds our own comment (by id, by ActivityPub ``uri``/``url`` when the
thread was read through another Mastodon instance, or by parent and text), marks it
``ours`` (never drafted for, never counted in insights), and links every comment
below it into ``post_replies``. After the commit, :func:`announce` tells the card's
Slack thread through the :class:`~bot.ports.Notifier` and :func:`offer_follow_ups`
gives a reply that asks something a follow-up draft through the same approval flow.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from bot.drafting.pipeline import DraftOutcome, draft_comment
from bot.publishing.base import same_text
from bot.storage.models import Comment, Decision, Draft, Post, PostReply, Signal, Thread
from bot.textnorm import shown

if TYPE_CHECKING:
    from bot.services import Services

ASKING_INTENTS = frozenset({"question", "complaint", "request"})


def our_comment(session: Session, post: Post) -> Comment | None:
    """Our reply as the source stored it: by id, by ``uri``/``url`` (ids differ across Mastodon
    instances; the ActivityPub id does not), or by parent and text."""
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
    siblings = list(
        session.scalars(
            select(Comment).where(Comment.thread_id == answered.thread_id, Comment.parent_external_id == parent)
        )
    )
    links = {link for link in (post.url, post.external_id) if link}
    by_uri = next((c for c in siblings if links & _links(c)), None)
    if by_uri is not None:
        return by_uri
    return next((c for c in siblings if c.text and same_text(c.text, post.text)), None)


# Built once: every poll that reads a thread runs it, and most threads have none of our replies.
_POSTS_IN_THREAD = (
    select(Post)
    .join(Draft, Draft.id == Post.draft_id)
    .join(Comment, Comment.id == Draft.comment_id)
    .where(Comment.thread_id == bindparam("thread_id"))
    .order_by(Post.id)
)


def link_thread(session: Session, thread_id: int, now: datetime) -> list[int]:
    """Mark our replies in this thread as ours and link the comments below them; return the newly linked ids."""
    posts = session.scalars(_POSTS_IN_THREAD, {"thread_id": thread_id}).all()
    linked: list[int] = []
    for post in posts:
        linked.extend(link_post(session, post, now))
    return linked


def link_post(session: Session, post: Post, now: datetime) -> list[int]:
    """Link the replies under one published reply; refresh its outcome metrics."""
    ours = our_comment(session, post)
    if ours is None:
        return []
    if not ours.ours:
        ours.ours = True
    known = {row.comment_id for row in session.scalars(select(PostReply).where(PostReply.post_id == post.id))}
    replies = descendants(session, ours)
    new: list[int] = []
    for comment, depth in replies:
        if comment.id not in known:
            session.add(PostReply(post_id=post.id, comment_id=comment.id, depth=depth, seen_at=now))
            new.append(comment.id)
    metrics = outcome_metrics(session, post, ours, replies)
    if post.metrics != metrics:
        post.metrics = metrics
    session.flush()
    return new


def descendants(session: Session, root: Comment) -> list[tuple[Comment, int]]:
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
            if child.id != root.id and not child.deleted and not child.ours:
                found.append((child, depth))
                frontier.append((child.external_id, depth + 1))
    return sorted(found, key=lambda pair: (pair[0].created_at or pair[0].first_seen_at, pair[0].id))


def outcome_metrics(session: Session, post: Post, ours: Comment, replies: list[tuple[Comment, int]]) -> dict[str, Any]:
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


def announce(services: Services, comment_ids: Iterable[int]) -> None:
    """Tell each reply's card thread that someone answered our reply (as they wrote it, made safe)."""
    for comment_id in comment_ids:
        with services.db.read() as session:
            row = session.execute(
                select(Comment, Post.draft_id)
                .join(PostReply, PostReply.comment_id == Comment.id)
                .join(Post, Post.id == PostReply.post_id)
                .where(Comment.id == comment_id)
            ).first()
        if row is None:
            continue
        comment, draft_id = row
        text = shown(comment.original_text, comment.text) or ""
        services.notifier.reply_arrived(draft_id, comment.author_name or "?", text, comment.url)


def offer_follow_ups(services: Services, comment_ids: Iterable[int]) -> dict[int, DraftOutcome]:
    """A follow-up draft for each linked reply that asks something and has none yet."""
    offered: dict[int, DraftOutcome] = {}
    for comment_id in comment_ids:
        if asks(services, comment_id) and not _has_draft(services, comment_id):
            answered = _answered_draft(services, comment_id)  # the brand whose reply it answers drafts it
            scoped = services.for_draft(answered) if answered is not None else services
            offered[comment_id] = draft_comment(scoped, comment_id)
    return offered


def _answered_draft(services: Services, comment_id: int) -> int | None:
    """The draft of our published reply that this comment answers (nearest first)."""
    with services.db.read() as session:
        return session.scalar(
            select(Post.draft_id)
            .join(PostReply, PostReply.post_id == Post.id)
            .where(PostReply.comment_id == comment_id)
            .order_by(PostReply.depth)
            .limit(1)
        )


def asks(services: Services, comment_id: int) -> bool:
    with services.db.read() as session:
        signal = session.get(Signal, comment_id)
        if signal is not None:
            return signal.intent in ASKING_INTENTS
        comment = session.get(Comment, comment_id)
        return comment is not None and "?" in (comment.text or "")


def _has_draft(services: Services, comment_id: int) -> bool:
    with services.db.read() as session:
        return session.scalar(select(Draft.id).where(Draft.comment_id == comment_id).limit(1)) is not None


def _links(comment: Comment) -> set[str]:
    extra = comment.extra or {}
    keys = (extra.get("id"), extra.get("uri"), extra.get("url"), comment.external_id, comment.url)
    return {str(value) for value in keys if value}


def _is_root(session: Session, comment: Comment) -> bool:
    thread = session.get(Thread, comment.thread_id)
    return thread is not None and thread.external_id == comment.external_id
