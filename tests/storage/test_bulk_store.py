"""Batched storing on SQLite and PostgreSQL: what the batch writes, what an unchanged re-poll skips."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlalchemy import event, func, select

from bot.domain import FetchedComment, FetchedThread, ThreadRef
from bot.privacy.suppress import add as suppress
from bot.storage.db import Database
from bot.storage.models import Comment, Thread, Watch
from bot.watching.threads import StoreResult, store_thread

T0 = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


def _ref(thread: str) -> ThreadRef:
    return ThreadRef("reddit", thread, f"https://www.reddit.com/comments/{thread}/")


def _comment(cid: str, text: str | None = "hei", score: int = 1, author: str = "u1") -> FetchedComment:
    return FetchedComment("reddit", cid, None, f"t2_{author}", author, text, T0, metrics={"score": score})


def _thread(thread: str, comments: list[FetchedComment], complete: bool = False) -> FetchedThread:
    return FetchedThread(_ref(thread), "Otsikko", "op", "Runko", T0, comments, complete=complete)


def _watch(db: Database, thread: str = "t1") -> Watch:
    with db.write() as session:
        watch = Watch(
            url=_ref(thread).url, platform="reddit", target=thread, objective="trust", poll_interval_minutes=30
        )
        session.add(watch)
    return watch


def _store(db: Database, watch: Watch, fetched: FetchedThread, reconciled_at: datetime | None = None) -> StoreResult:
    with db.write() as session:
        return store_thread(session, watch, fetched, 10_000, reconciled_at=reconciled_at)


@contextmanager
def _statements(db: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(conn, cursor, statement, params, context, executemany):  # type: ignore[no-untyped-def]
        seen.append(" ".join(statement.split()).upper())

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def test_unchanged_thread_is_recognised_whole_and_writes_no_comment_rows(db: Database) -> None:
    watch = _watch(db)
    fetched = _thread("t1", [_comment(f"c{n}") for n in range(30)])
    first = _store(db, watch, fetched)
    with _statements(db) as seen:
        again = _store(db, watch, fetched)
    assert (len(first.new), again.new, again.changed, again.deleted, again.unchanged) == (30, [], [], [], 30)
    writes = [s for s in seen if s.startswith(("INSERT", "UPDATE", "DELETE"))]
    assert writes == [w for w in writes if w.startswith("UPDATE THREADS")] and len(writes) == 1  # the fetch time only
    assert len([s for s in seen if s.startswith("SELECT")]) <= 2  # the thread, the known comment ids


def test_engagement_change_updates_metrics_in_place_without_counting_as_a_change(db: Database) -> None:
    watch = _watch(db)
    _store(db, watch, _thread("t1", [_comment("a", score=1), _comment("b")]))
    result = _store(db, watch, _thread("t1", [_comment("a", score=9), _comment("b")]))
    assert (result.new, result.changed, result.deleted, result.unchanged) == ([], [], [], 2)
    with db.read() as session:
        metrics = {c.external_id: c.metrics for c in session.scalars(select(Comment))}
    assert metrics == {"a": {"score": 9}, "b": {"score": 1}}


def test_a_thread_larger_than_one_statement_batch_is_stored_whole_then_edited(db: Database) -> None:
    watch = _watch(db)
    comments = [_comment(f"c{n}", f"kommentti {n}") for n in range(1_200)]
    first = _store(db, watch, _thread("t1", comments))
    edited = list(comments)
    edited[700] = FetchedComment("reddit", "c700", None, "t2_u1", "u1", "muokattu", T0, T0, metrics={"score": 1})
    edited[1_100] = _comment("c1100", None)
    second = _store(db, watch, _thread("t1", [*edited, _comment("new", "uusi")]))
    assert len(first.new) == 1_200 and len(set(first.new)) == 1_200
    assert (len(second.new), len(second.changed), len(second.deleted), second.unchanged) == (1, 1, 1, 1_198)
    with db.read() as session:
        rows = {
            c.external_id: c for c in session.scalars(select(Comment).where(Comment.external_id.in_(["c700", "c1100"])))
        }
        total = session.scalar(select(func.count()).select_from(Comment))
    assert total == 1_201
    assert rows["c700"].text == "muokattu" and rows["c700"].edited_at == T0
    assert rows["c1100"].deleted and rows["c1100"].text is None and rows["c1100"].author_name is None


def test_new_ids_come_back_in_the_order_the_platform_listed_them(db: Database) -> None:
    watch = _watch(db)
    result = _store(db, watch, _thread("t1", [_comment(cid) for cid in ("z", "a", "m", "b")]))
    with db.read() as session:
        by_id = {c.id: c.external_id for c in session.scalars(select(Comment))}
    assert [by_id[i] for i in result.new] == ["z", "a", "m", "b"]


def test_a_comment_already_stored_under_another_thread_stays_there(db: Database) -> None:
    first, second = _watch(db, "t1"), _watch(db, "t2")
    _store(db, first, _thread("t1", [_comment("shared")]))
    result = _store(db, second, _thread("t2", [_comment("shared"), _comment("own")]))
    with db.read() as session:
        rows = session.execute(select(Comment.external_id, Thread.external_id).join(Thread)).all()
    assert sorted(rows) == [("own", "t2"), ("shared", "t1")]
    assert len(result.new) == 1


def test_erased_people_are_left_out_with_one_lookup_for_the_whole_thread(db: Database) -> None:
    watch = _watch(db)
    suppress(db, "reddit", "t2_erin", reason="erasure")
    fetched = _thread("t1", [_comment("a", author="erin"), _comment("b", author="matti"), _comment("c", author="erin")])
    with _statements(db) as seen:
        result = _store(db, watch, fetched)
    assert len(result.new) == 1
    assert len([s for s in seen if "FROM SUPPRESSIONS" in s]) == 1
    with db.read() as session:
        assert session.scalars(select(Comment.author_name)).all() == ["matti"]


def test_a_reconcile_with_the_same_content_still_finds_what_vanished(db: Database) -> None:
    watch = _watch(db)
    _store(db, watch, _thread("t1", [_comment("a"), _comment("b")]))
    only_a = _thread("t1", [_comment("a")], complete=True)
    assert _store(db, watch, only_a).deleted == []  # not a full read: a missing comment may be unlisted, not gone
    reconciled = _store(db, watch, only_a, reconciled_at=T0)  # the same content as stored, but a full read
    with db.read() as session:
        gone = session.scalar(select(Comment).where(Comment.external_id == "b"))
    assert gone is not None and reconciled.deleted == [gone.id]
    assert gone.deleted and gone.text is None


def test_a_changed_character_cap_compares_every_comment_again(db: Database) -> None:
    watch = _watch(db)
    fetched = _thread("t1", [_comment("a", "sana " * 40)])
    _store(db, watch, fetched)
    with db.write() as session:
        result = store_thread(session, watch, fetched, 50)
    assert len(result.changed) == 1
    with db.read() as session:
        assert session.scalars(select(Comment.truncated)).all() == [True]


def test_the_batch_stores_every_column_as_the_orm_reads_it_back(db: Database) -> None:
    """On PostgreSQL the batch goes as binary arrays (bot/storage/bulk.py): text that array literals would
    need to escape, JSON, times, nulls and the columns' Python defaults must arrive exactly."""
    tricky = 'Hinta "noin" 2 000 €, {a,b} \\ NULL; Vad kostar… 🙂\nToinen rivi'
    comments = [
        FetchedComment(
            "reddit",
            "q1",
            "t1_p",
            "t2_åsa",
            "Åsa",
            tricky,
            T0,
            T0,
            "https://x.example/q1",
            False,
            {"score": 3},
            {"flair": None, "nested": {"ä": [1, None, "NULL"]}},
        ),
        _comment("q2", "NULL"),
        _comment("q3", None),  # deleted
    ]
    watch = _watch(db)
    result = _store(db, watch, _thread("t1", comments))
    assert len(result.new) == 3
    with db.read() as session:
        rows = {c.external_id: c for c in session.scalars(select(Comment))}
    q1 = rows["q1"]
    assert (q1.original_text, q1.parent_external_id, q1.author_id, q1.author_name) == (tricky, "t1_p", "t2_åsa", "Åsa")
    assert (q1.created_at, q1.edited_at, q1.url) == (T0, T0, "https://x.example/q1")
    assert q1.metrics == {"score": 3} and q1.extra == {"flair": None, "nested": {"ä": [1, None, "NULL"]}}
    assert q1.ours is False and q1.language is None and q1.first_seen_at.tzinfo is not None
    assert q1.content_hash and len(q1.content_hash) == 64
    assert rows["q2"].text == "NULL" and rows["q2"].parent_external_id is None
    assert rows["q3"].deleted is True and rows["q3"].text is None
    again = _store(db, watch, _thread("t1", comments))  # idempotent: the same thread stores nothing new
    assert (again.new, again.changed, again.deleted) == ([], [], [])


def test_a_reconcile_of_an_unchanged_thread_compares_no_comment_and_records_the_full_read(db: Database) -> None:
    watch = _watch(db)
    fetched = _thread("t1", [_comment(f"c{n}") for n in range(30)], complete=True)
    _store(db, watch, fetched, reconciled_at=T0)
    later = datetime(2026, 11, 2, 12, 0, tzinfo=UTC)
    with _statements(db) as seen:
        again = _store(db, watch, fetched, reconciled_at=later)
    assert (again.new, again.changed, again.deleted, again.unchanged) == ([], [], [], 30)
    writes = [s for s in seen if s.startswith(("INSERT", "UPDATE", "DELETE"))]
    assert len(writes) == 1 and writes[0].startswith("UPDATE THREADS") and "LAST_RECONCILED_AT" in writes[0]
    assert len([s for s in seen if s.startswith("SELECT")]) <= 2  # the thread, its comments' ids and state
    with db.read() as session:
        assert session.scalar(select(Thread.last_reconciled_at)) == later


def test_a_read_whose_completeness_changed_is_stored_in_full_though_its_comments_are_the_same(db: Database) -> None:
    watch = _watch(db)
    comments = [_comment("a"), _comment("b")]
    lost = FetchedThread(_ref("t1"), "Otsikko", "op", "Runko", T0, comments, missing=["morechildren: 503"])
    _store(db, watch, lost)
    _store(db, watch, _thread("t1", comments, complete=True), reconciled_at=T0)
    with db.read() as session:
        thread = session.scalars(select(Thread)).one()
        assert (thread.incomplete, thread.missing) == (None, [])
