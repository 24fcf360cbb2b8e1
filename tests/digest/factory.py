"""A database with a day of conversations, as polling, scoring, drafting and review leave it."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta
from typing import Any

from bot.storage.db import Database
from bot.storage.models import (
    Comment,
    Decision,
    Draft,
    Opportunity,
    Post,
    PostReply,
    Signal,
    SlackCard,
    Thread,
    Watch,
)

_n = itertools.count(1)


def watch(db: Database, *, objective: str = "trust", status: str = "ok", error: str | None = None) -> int:
    n = next(_n)
    with db.write() as session:
        w = Watch(
            url=f"https://www.reddit.com/r/Suomi/comments/w{n}/x/",
            platform="reddit",
            target=f"w{n}",
            objective=objective,
            poll_interval_minutes=30,
            status=status,
            last_error=error,
        )
        session.add(w)
        session.flush()
        session.add(Thread(watch_id=w.id, platform="reddit", external_id=f"w{n}", url=w.url, title="Thread"))
        return w.id


def comment(
    db: Database,
    watch_id: int,
    text: str,
    at: datetime,
    *,
    language: str = "fi",
    intent: str = "question",
    emotion: str = "neutral",
    need: str | None = None,
    action: str | None = "draft",
    score: float = 0.7,
    reason: str = "asks what the guidance answers",
) -> tuple[int, int | None]:
    """A comment with signals and (unless ``action`` is None) an opportunity; returns both ids."""
    n = next(_n)
    with db.write() as session:
        thread = session.query(Thread).filter_by(watch_id=watch_id).one()
        c = Comment(
            thread_id=thread.id,
            platform="reddit",
            external_id=f"c{n}",
            author_name=f"user{n}",
            text=text,
            created_at=at,
            first_seen_at=at,
            url=f"{thread.url}c{n}/",
            language=language,
        )
        session.add(c)
        session.flush()
        session.add(
            Signal(
                comment_id=c.id,
                language=language,
                intent=intent,
                emotion=emotion,
                need=need,
                method="offline",
                computed_at=at,
            )
        )
        opportunity_id = None
        if action is not None:
            o = Opportunity(comment_id=c.id, score=score, parts={}, reason=reason, action=action, created_at=at)
            session.add(o)
            session.flush()
            opportunity_id = o.id
        return c.id, opportunity_id


def draft(db: Database, opportunity_id: int, created: datetime, *, status: str = "pending", **card: Any) -> int:
    with db.write() as session:
        o = session.get(Opportunity, opportunity_id)
        assert o is not None
        d = Draft(
            opportunity_id=o.id,
            comment_id=o.comment_id,
            status=status,
            drafter="offline",
            language="fi",
            created_at=created,
            updated_at=created,
        )
        session.add(d)
        session.flush()
        if card:
            session.add(SlackCard(draft_id=d.id, state="posted", claimed_by="t", **card))
        return d.id


def decide(db: Database, draft_id: int, action: str, at: datetime, *, publish: bool = False, replies: int = 0) -> None:
    with db.write() as session:
        d = session.get(Draft, draft_id)
        assert d is not None
        d.status = "approved" if action in ("approved", "edited") else "skipped"
        session.add(Decision(draft_id=draft_id, action=action, decided_by="UAPPROVER", decided_at=at, via="slack"))
        if publish:
            post = Post(
                draft_id=draft_id,
                platform="reddit",
                external_id=f"p{draft_id}",
                text="Kiitos!",
                approver="UAPPROVER",
                drafter="offline",
                published_at=at + timedelta(minutes=1),
            )
            session.add(post)
            session.flush()
            for i in range(replies):
                _, _ = i, None
                n = next(_n)
                thread = session.query(Thread).first()
                assert thread is not None
                reply = Comment(thread_id=thread.id, platform="reddit", external_id=f"r{n}", text="ok")
                session.add(reply)
                session.flush()
                session.add(PostReply(post_id=post.id, comment_id=reply.id, seen_at=at + timedelta(hours=1)))
