"""Storage on SQLite and PostgreSQL: migrations, uniqueness, change detection."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from bot.domain import FetchedComment, FetchedThread, ThreadRef
from bot.storage.db import Database, head_revision
from bot.storage.models import Base, Comment, Thread, Watch
from bot.watching.threads import store_thread

REF = ThreadRef("reddit", "t1", "https://www.reddit.com/comments/t1/")
T0 = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


def _comment(cid: str, text: str | None = "hello", parent: str | None = None, **kw: object) -> FetchedComment:
    return FetchedComment("reddit", cid, parent, "u1", "author", text, T0, **kw)  # type: ignore[arg-type]


def _thread(*comments: FetchedComment) -> FetchedThread:
    return FetchedThread(REF, "Title", "op", "Body", T0, list(comments))


def _watch(db: Database) -> Watch:
    with db.write() as session:
        watch = Watch(url=REF.url, platform="reddit", target="t1", objective="trust", poll_interval_minutes=30)
        session.add(watch)
    return watch


def test_migrations_reach_head_and_match_the_models(db: Database) -> None:
    assert db.current_revision() == head_revision()
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata)
    assert diff == []


def test_migrating_twice_changes_nothing(db: Database) -> None:
    before = sorted(db.table_names())
    db.migrate()
    assert sorted(db.table_names()) == before


def test_store_thread_twice_writes_nothing_the_second_time(db: Database) -> None:
    watch = _watch(db)
    fetched = _thread(_comment("a"), _comment("b", parent="a"))
    with db.write() as session:
        first = store_thread(session, session.merge(watch), fetched, 10_000)
    with db.write() as session:
        second = store_thread(session, session.merge(watch), fetched, 10_000)
    assert len(first.new) == 2
    assert (second.new, second.changed, second.deleted, second.unchanged) == ([], [], [], 2)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Comment)) == 2
        assert session.scalar(select(func.count()).select_from(Thread)) == 1


def test_edited_and_deleted_comments_are_detected_and_deleted_text_is_dropped(db: Database) -> None:
    watch = _watch(db)
    with db.write() as session:
        store_thread(session, session.merge(watch), _thread(_comment("a", "v1"), _comment("b", "bye")), 10_000)
    later = _thread(_comment("a", "v2", edited_at=T0), _comment("b", None, deleted=True))
    with db.write() as session:
        result = store_thread(session, session.merge(watch), later, 10_000)
    assert len(result.changed) == 1 and len(result.deleted) == 1
    with db.read() as session:
        rows = {c.external_id: c for c in session.scalars(select(Comment))}
    assert rows["a"].text == "v2" and rows["a"].edited_at == T0
    assert rows["b"].deleted and rows["b"].text is None and rows["b"].author_name is None


def test_comment_text_is_normalised_and_capped_on_the_way_in(db: Database) -> None:
    watch = _watch(db)
    hidden = "Buy\u200b now\u202e!" + "\U000e0041\U000e0042"
    with db.write() as session:
        store_thread(session, session.merge(watch), _thread(_comment("a", hidden), _comment("b", "x " * 100)), 50)
    with db.read() as session:
        rows = {c.external_id: c for c in session.scalars(select(Comment))}
    assert rows["a"].text == "Buy now!" and rows["a"].removed_chars == 4
    assert rows["b"].truncated and len(rows["b"].text or "") <= 55


def test_platform_and_id_are_unique(db: Database) -> None:
    watch = _watch(db)
    with db.write() as session:
        store_thread(session, session.merge(watch), _thread(_comment("a")), 10_000)
    with db.read() as session:
        thread = session.scalar(select(Thread))
    assert thread is not None
    with pytest.raises(IntegrityError), db.write() as session:
        session.add(Comment(thread_id=thread.id, platform="reddit", external_id="a"))


def test_datetimes_come_back_aware_utc(db: Database) -> None:
    watch = _watch(db)
    with db.write() as session:
        store_thread(session, session.merge(watch), _thread(_comment("a")), 10_000)
    with db.read() as session:
        comment = session.scalar(select(Comment))
    assert comment is not None and comment.created_at == T0 and comment.created_at.tzinfo is not None
