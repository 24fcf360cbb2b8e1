from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select, update

from bot.config import Settings
from bot.privacy.retention import run_retention
from bot.storage.db import Database
from bot.storage.models import (
    AuditEvent,
    Comment,
    Decision,
    Draft,
    Opportunity,
    Post,
    PostReply,
    Signal,
    Thread,
)
from tests.privacy import seed

NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)


def _populate(db: Database) -> None:
    old = NOW - timedelta(days=120)
    with db.write() as session:
        active = seed.thread(session, seed.watch(session, "t1"), fetched_at=NOW - timedelta(hours=1))
        question = seed.comment(session, active, "c1", author="asker", text="Which stove fits?", seen=old)
        seed.comment(session, active, "c2", author="bystander", text="Nice sauna!", seen=old)
        seed.comment(session, active, "c3", author="fresh", text="Any news?", seen=NOW - timedelta(days=3))
        answer = seed.posted(session, question, "The Kivi 9 fits.", at=old)
        reply = seed.comment(session, active, "c4", author="asker", text="Thanks!", seen=old, parent="t1_ours")
        session.flush()
        post_id = session.scalar(select(Post.id).where(Post.draft_id == answer.id))
        session.add(PostReply(post_id=post_id, comment_id=reply.id))
        unanswered = seed.comment(session, active, "c5", author="ignored", text="Meh", seen=old)
        seed.draft(session, unanswered, "Sorry to hear that.", status="skipped", at=old)
        gone = seed.thread(session, seed.watch(session, "t2"), fetched_at=NOW - timedelta(days=100))
        seed.comment(session, gone, "d1", author="someone", text="Old chatter", seen=old)
        session.add(AuditEvent(actor="anna", action="approve", subject_type="draft", at=NOW - timedelta(days=800)))
        session.add(AuditEvent(actor="anna", action="approve", subject_type="draft", at=NOW - timedelta(days=10)))


def test_retention_redacts_unjoined_old_comments_and_keeps_the_joined_conversation(
    db: Database, settings: Settings
) -> None:
    _populate(db)
    result = run_retention(db, settings, NOW)
    assert result.comments_redacted == 2  # c2 bystander and c5 ignored; c4 answers our post
    assert result.threads_deleted == 1 and result.thread_comments_deleted == 1
    assert result.audit_events_deleted == 1
    with db.read() as session:
        rows = {c.external_id: c for c in session.scalars(select(Comment))}
        assert set(rows) == {"c1", "c2", "c3", "c4", "c5"}  # tombstones stay for threads still polled
        assert rows["c1"].text == "Which stove fits?" and rows["c1"].author_name == "asker"
        assert rows["c3"].text == "Any news?" and rows["c4"].text == "Thanks!"
        for redacted in ("c2", "c5"):
            row = rows[redacted]
            assert (row.text, row.author_id, row.author_name, row.extra) == (None, None, None, {})
            assert row.content_hash == f"hash-{redacted}"  # a re-poll sees it unchanged
        assert session.scalar(select(func.count()).select_from(Signal).where(Signal.comment_id == rows["c5"].id)) == 0
        assert session.scalar(select(func.count()).select_from(Draft).where(Draft.comment_id == rows["c5"].id)) == 0
        assert session.scalar(select(func.count()).select_from(Post)) == 1
        assert session.scalar(select(func.count()).select_from(Decision)) == 1
        assert session.scalar(select(func.count()).select_from(Thread)) == 1


def test_retention_run_twice_removes_nothing_more(db: Database, settings: Settings) -> None:
    _populate(db)
    run_retention(db, settings, NOW)
    again = run_retention(db, settings, NOW)
    assert again.total == 0
    assert again.summary().startswith("retention: 0 comments redacted")


def test_retention_after_the_audit_period_expires_the_joined_conversation(db: Database, settings: Settings) -> None:
    _populate(db)
    run_retention(db, settings, NOW)
    later = NOW + timedelta(days=settings.audit_retention_days)
    with db.write() as session:  # the thread is still polled
        session.execute(update(Thread).values(last_fetched_at=later - timedelta(hours=1)))
    result = run_retention(db, settings, later)
    assert result.conversations_expired == 2  # c1 with its answer, c4 the reply to it
    assert result.comments_redacted == 1  # c3, seen after the first run's cutoff
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Post)) == 0
        assert session.scalar(select(func.count()).select_from(Opportunity)) == 0
        assert session.scalars(select(Comment.text).where(Comment.text.is_not(None))).all() == []


def test_retention_with_a_short_period_keeps_comments_seen_inside_it(db: Database, settings: Settings) -> None:
    _populate(db)
    result = run_retention(db, settings.model_copy(update={"retention_days": 200}), NOW)
    assert result.comments_redacted == 0
    assert result.threads_deleted == 0
