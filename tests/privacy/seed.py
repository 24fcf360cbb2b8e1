"""Rows for privacy tests: a watch, threads, comments, and a conversation the brand joined."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from bot.storage.models import (
    Comment,
    Decision,
    Draft,
    DraftVersion,
    Opportunity,
    Post,
    Signal,
    SlackCard,
    Thread,
    Watch,
)


def watch(session: Session, target: str = "t1", platform: str = "reddit") -> Watch:
    row = Watch(
        url=f"https://www.reddit.com/r/x/comments/{target}/",
        platform=platform,
        target=target,
        objective="trust",
        poll_interval_minutes=30,
    )
    session.add(row)
    session.flush()
    return row


def thread(session: Session, owner: Watch, fetched_at: datetime, **values: Any) -> Thread:
    row = Thread(
        watch_id=owner.id,
        platform=owner.platform,
        external_id=owner.target,
        url=owner.url,
        title=values.pop("title", "Sauna stove question"),
        author=values.pop("author", "op_person"),
        last_fetched_at=fetched_at,
        **values,
    )
    session.add(row)
    session.flush()
    return row


def comment(
    session: Session,
    parent_thread: Thread,
    external_id: str,
    *,
    author: str,
    text: str,
    seen: datetime,
    parent: str | None = None,
) -> Comment:
    row = Comment(
        thread_id=parent_thread.id,
        platform=parent_thread.platform,
        external_id=external_id,
        parent_external_id=parent,
        author_id=f"t2_{author}",
        author_name=author,
        text=text,
        content_hash=f"hash-{external_id}",
        first_seen_at=seen,
        extra={"name": f"t1_{external_id}"},
    )
    session.add(row)
    session.flush()
    session.add(Signal(comment_id=row.id, intent="question", emotion="neutral", need=text[:40], method="offline"))
    return row


def draft(
    session: Session, target: Comment, text: str, *, status: str = "pending", at: datetime | None = None
) -> Draft:
    opportunity = Opportunity(comment_id=target.id, score=0.8, reason=f"asks: {target.text}", action="draft")
    session.add(opportunity)
    session.flush()
    row = Draft(opportunity_id=opportunity.id, comment_id=target.id, status=status, drafter="offline")
    if at is not None:
        row.created_at = at
    row.versions.append(DraftVersion(version=1, text=text, content_hash="h" * 64, author="offline"))
    session.add(row)
    session.flush()
    return row


def posted(session: Session, answered: Comment, text: str, at: datetime, external_id: str = "t1_ours") -> Draft:
    row = draft(session, answered, text, status="approved", at=at)
    session.add(Decision(draft_id=row.id, action="approved", decided_by="anna", via="cli", decided_at=at))
    session.add(
        Post(
            draft_id=row.id,
            platform=answered.platform,
            external_id=external_id,
            text=text,
            approver="anna",
            drafter="offline",
            published_at=at,
        )
    )
    return row


def card(session: Session, of: Draft, ts: str, channel: str = "C0REVIEW") -> None:
    session.add(SlackCard(draft_id=of.id, channel=channel, ts=ts, state="posted", claimed_by="test"))
