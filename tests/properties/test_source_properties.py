"""Every platform's payloads, damaged: Reddit listings and morechildren, HN items (Algolia and
Firebase), Bluesky threads, Mastodon contexts, YouTube pages, WordPress comments, RSS/Atom.

Properties: reading a thread gives a thread or Kuulo's own ``SourceError`` naming the platform,
never another exception; what it gives can be stored on SQLite and PostgreSQL; storing the same
read again changes nothing (a re-poll of the same input is a no-op).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.config import Settings
from bot.domain import FetchedThread, ThreadRef
from bot.errors import KuuloError, MalformedPayload
from bot.sources.base import resolve_url
from bot.storage.db import Database
from bot.storage.models import Comment, QuarantinedPayload, Thread, Watch
from bot.watching.quarantine import keep_skipped
from bot.watching.threads import store_thread
from tests.conftest import make_settings
from tests.properties.cassettes import PLATFORMS, Platform, load, source_for, transport, web_client

pytestmark = pytest.mark.fuzz


@pytest.fixture
def watch_id(db: Database) -> int:
    with db.write() as session:
        watch = Watch(
            url="fuzz", platform="reddit", kind="thread", target="fuzz", objective="trust", poll_interval_minutes=30
        )
        session.add(watch)
        session.flush()
        created = watch.id
    return created


def _ref(platform: Platform, interactions: list[dict[str, Any]]) -> ThreadRef:
    probe = web_client(transport(interactions, None))
    try:
        return resolve_url(platform.link, http=probe)
    finally:
        probe.close()


def _read(platform: Platform, tmp_path: Path, draw: Any) -> FetchedThread | str:
    interactions = load(platform)
    settings = make_settings(tmp_path, **platform.settings)
    return _fetch(platform, settings, interactions, _ref(platform, interactions), draw)


def _fetch(
    platform: Platform, settings: Settings, interactions: list[dict[str, Any]], ref: ThreadRef, draw: Any
) -> FetchedThread | str:
    source = source_for(platform, settings, transport(interactions, draw))
    try:
        return source.fetch_thread(ref, {})
    except KuuloError as exc:
        return str(exc)
    finally:
        source.close()


@contextmanager
def _rolled_back(db: Database) -> Iterator[Callable[[], Any]]:
    """One example's writes on one connection, rolled back after it: every example starts from the same
    database (a failure found after thousands of examples replays alone, as Hypothesis replays it), and the
    database does not grow over a long run. Each ``write()`` is a transaction of its own (a savepoint,
    released on success), so the second store sees the first as a second poll would."""
    with db.engine.connect() as connection:
        outer = connection.begin()

        @contextmanager
        def write() -> Iterator[Session]:
            session = Session(connection, join_transaction_mode="create_savepoint", expire_on_commit=False)
            with session, session.begin():
                yield session

        try:
            yield write
        finally:
            outer.rollback()


@pytest.fixture
def cassette(platform: Platform, tmp_path: Path) -> tuple[Settings, list[dict[str, Any]], ThreadRef]:
    """The platform's settings, cassette and thread, made once per test, not per example (pydantic settings and
    a cassette's JSON each time); ``transport`` damages a copy, never the cassette itself."""
    interactions = load(platform)
    return make_settings(tmp_path, **platform.settings), interactions, _ref(platform, interactions)


@pytest.mark.parametrize("platform", PLATFORMS, ids=[p.cassette.split("/")[-1] for p in PLATFORMS])
@given(data=st.data())
def test_a_damaged_payload_reads_as_a_thread_or_a_clear_source_error_and_stores_once(
    platform: Platform,
    cassette: tuple[Settings, list[dict[str, Any]], ThreadRef],
    db: Database,
    watch_id: int,
    data: st.DataObject,
) -> None:
    settings, interactions, ref = cassette
    outcome = _fetch(platform, settings, interactions, ref, data.draw)
    if isinstance(outcome, str):
        assert outcome.strip()  # Kuulo's own error, with a message for the watch
        return
    ids = [c.id for c in outcome.comments]
    assert all(isinstance(i, str) and i for i in ids)
    assert all(any(s.where in part for part in outcome.missing) for s in outcome.skipped)  # each one named
    assert not (outcome.skipped and outcome.complete)  # a skipped comment must never read as deleted upstream
    with _rolled_back(db) as write:
        with write() as session:
            watch = session.get(Watch, watch_id)
            assert watch is not None
            store_thread(session, watch, outcome, 10_000)
            keep_skipped(session, watch, outcome, 4096)
        with write() as session:
            watch = session.get(Watch, watch_id)
            assert watch is not None
            again = store_thread(session, watch, outcome, 10_000)
            kept_again = keep_skipped(session, watch, outcome, 4096)
    assert (again.new, again.changed, again.deleted) == ([], [], [])
    assert kept_again == 0  # the same payloads met again add nothing to the quarantine


@pytest.mark.parametrize("platform", PLATFORMS, ids=[p.cassette.split("/")[-1] for p in PLATFORMS])
def test_the_undamaged_cassette_reads_whole(platform: Platform, tmp_path: Path) -> None:
    outcome = _read(platform, tmp_path, None)
    assert isinstance(outcome, FetchedThread) and outcome.comments, outcome


def test_a_reddit_thread_whose_post_is_not_an_object_is_a_malformed_payload(tmp_path: Path) -> None:
    """Found by the fuzzing: ``post[0].get`` on a list ended the poll with an AttributeError."""
    reddit = PLATFORMS[0]
    interactions = load(reddit)
    interactions[0]["response"]["json"][0]["data"]["children"] = [["not", "a", "thing"]]
    source = source_for(reddit, make_settings(tmp_path, **reddit.settings), transport(interactions, None))
    try:
        with pytest.raises(MalformedPayload, match="the first Listing has no t3 post"):
            source.fetch_thread(resolve_url(reddit.link), {})
    finally:
        source.close()


def _first(value: Any, wanted: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
    """The first object in a JSON document (depth first) that ``wanted`` picks."""
    if isinstance(value, dict):
        if wanted(value):
            return value
        children = list(value.values())
    else:
        children = list(value) if isinstance(value, list) else []
    for child in children:
        try:
            return _first(child, wanted)
        except LookupError:
            continue
    raise LookupError("no such object")


def _response(interactions: list[dict[str, Any]], path: str) -> Any:
    return next(i["response"]["json"] for i in interactions if i["request"]["path"].endswith(path))


# One comment per platform made unreadable the way a platform might send it: (which one, the damage).
ONE_BAD: dict[str, Callable[[list[dict[str, Any]]], dict[str, Any]]] = {
    "reddit/thread_nested.json": lambda i: _first(
        _response(i, "/comments/1abcde.json")[1], lambda d: d.get("kind") == "t1"
    ),
    "hackernews/algolia_story.json": lambda i: _response(i, "/items/41000001")["children"][0],
    "hackernews/firebase_story.json": lambda i: _response(i, "/v0/item/41000010.json"),
    "bluesky/thread_nested.json": lambda i: _response(i, "getPostThread")["thread"]["replies"][0],
    "mastodon/thread.json": lambda i: _response(i, "/context")["descendants"][0],
    "youtube/video_comments.json": lambda i: _response(i, "/commentThreads")["items"][0],
    "wordpress/post_two_pages.json": lambda i: _response(i, "/wp/v2/comments")[0],
}
DAMAGE = {  # a field each platform's parser needs, given a value of the wrong type
    "reddit": ("data", "created_utc", "yesterday"),
    "hackernews": (None, "created_at_i", "x"),
    "bluesky": ("post", "indexedAt", 5),
    "mastodon": (None, "created_at", "eilen"),
    "youtube": (None, "snippet", 5),
    "wordpress": (None, "date_gmt", "eilen"),
}


@pytest.mark.parametrize("platform", [p for p in PLATFORMS if p.cassette in ONE_BAD], ids=lambda p: p.cassette)
def test_one_unreadable_comment_is_skipped_with_its_reason_and_the_others_are_read(
    platform: Platform, tmp_path: Path
) -> None:
    """Before: one comment the parser could not read failed its whole thread (MalformedPayload)."""
    whole = _read(platform, tmp_path, None)
    assert isinstance(whole, FetchedThread)
    interactions = load(platform)
    bad = ONE_BAD[platform.cassette](interactions)
    holder, field, junk = DAMAGE[platform.name]
    target = bad[holder] if holder else bad
    target[field] = junk
    if platform.name == "hackernews":
        target["created_at"] = target["time"] = junk  # Algolia falls back to created_at; Firebase has time
    settings = make_settings(tmp_path, **platform.settings)
    source = source_for(platform, settings, transport(interactions, None))
    try:
        read = source.fetch_thread(resolve_url(platform.link, http=web_client(transport(interactions, None))), {})
    finally:
        source.close()
    assert len(read.skipped) == 1, read.missing
    skipped = read.skipped[0]
    assert skipped.raw == bad and skipped.reason and skipped.where in read.missing[-1]
    assert read.comments and len(read.comments) < len(whole.comments)  # the others are kept
    assert not read.complete and read.incomplete == "failure"  # so nothing stored is deleted for being absent


@pytest.mark.parametrize(
    ("cassette", "field", "junk"),
    [
        ("reddit/thread_nested.json", "id", ""),  # an empty id was stored as a comment "" (found by make fuzz)
        ("reddit/thread_nested.json", "created_utc", 1e20),  # fromtimestamp raised OverflowError (make fuzz)
        ("reddit/thread_nested.json", "created_utc", float("nan")),  # Python's json reads NaN: ValueError
        ("hackernews/firebase_story.json", "time", 10**15),  # OSError "value too large" (found by make fuzz)
        ("hackernews/firebase_story.json", "time", -(10**11)),  # ValueError "year 0 is out of range" (make fuzz)
        ("youtube/video_comments.json", "id", ""),  # an empty commentThread id was read as a comment "" (make fuzz)
    ],
)
def test_a_comment_with_an_empty_id_or_an_impossible_time_is_skipped_not_a_crash(
    tmp_path: Path, cassette: str, field: str, junk: Any
) -> None:
    platform = next(p for p in PLATFORMS if p.cassette == cassette)
    interactions = load(platform)
    bad = ONE_BAD[cassette](interactions)
    (bad["data"] if platform.name == "reddit" else bad)[field] = junk
    source = source_for(platform, make_settings(tmp_path, **platform.settings), transport(interactions, None))
    try:
        read = source.fetch_thread(resolve_url(platform.link, http=web_client(transport(interactions, None))), {})
    finally:
        source.close()
    assert len(read.skipped) == 1 and read.comments
    assert all(c.id for c in read.comments)


def test_a_reddit_score_of_infinity_or_nan_counts_as_zero(tmp_path: Path) -> None:
    """Python's json reads NaN and Infinity; int() of them raised (found by make fuzz)."""
    reddit = PLATFORMS[0]
    interactions = load(reddit)
    ONE_BAD[reddit.cassette](interactions)["data"]["score"] = float("inf")
    interactions[0]["response"]["json"][0]["data"]["children"][0]["data"]["score"] = float("nan")
    source = source_for(reddit, make_settings(tmp_path, **reddit.settings), transport(interactions, None))
    try:
        read = source.fetch_thread(resolve_url(reddit.link), {})
    finally:
        source.close()
    assert read.metrics["score"] == 0 and not read.skipped
    assert 0 in {c.metrics["score"] for c in read.comments}


@pytest.mark.parametrize("body", [["not", "an", "object"], "json", 5])
def test_a_reddit_morechildren_answer_whose_json_is_not_an_object_leaves_the_thread_incomplete(
    tmp_path: Path, body: Any
) -> None:
    """Found by make fuzz (session 5; kept until now only as a saved example): ``json.get`` on a list raised an
    AttributeError that ended the poll. Now the answer is malformed: the comments it would have given are named
    missing, the others read, and nothing stored is deleted for being absent."""
    reddit = PLATFORMS[0]
    interactions = load(reddit)
    more = next(i for i in interactions if i["request"]["path"] == "/api/morechildren.json")
    more["response"]["json"]["json"] = body
    source = source_for(reddit, make_settings(tmp_path, **reddit.settings), transport(interactions, None))
    try:
        read = source.fetch_thread(resolve_url(reddit.link), {})
    finally:
        source.close()
    assert read.comments and not read.complete and read.incomplete == "failure"
    assert any("morechildren answer without json.data.things" in part for part in read.missing), read.missing


def test_nul_and_lone_surrogates_in_any_field_are_stored_not_a_database_error(
    db: Database, watch_id: int, tmp_path: Path
) -> None:
    """Found by make fuzz (session 7): JSON's "\\u0000" and "\\ud800" escapes decode to NUL and a lone
    surrogate; in an author id, a comment id or a JSON column PostgreSQL refused the row (invalid byte
    sequence 0x00, invalid input syntax for type json) and SQLite's UTF-8 encoding raised."""
    hn = next(p for p in PLATFORMS if p.cassette == "hackernews/firebase_story.json")
    interactions = load(hn)
    source = source_for(hn, make_settings(tmp_path, **hn.settings), transport(interactions, None))
    try:
        read = source.fetch_thread(resolve_url(hn.link, http=web_client(transport(interactions, None))), {})
    finally:
        source.close()
    first, second = read.comments[0], read.comments[1]
    first.author_id, first.extra["note"] = "\x00", "a\x00b\ud800"
    second.id, second.author = second.id + "\ud800", "Matti\x00"
    with _rolled_back(db) as write:
        with write() as session:
            watch = session.get(Watch, watch_id)
            assert watch is not None
            stored = store_thread(session, watch, read, 10_000)
        with write() as session:
            watch = session.get(Watch, watch_id)
            assert watch is not None
            again = store_thread(session, watch, read, 10_000)
    assert len(stored.new) == len(read.comments)
    assert (again.new, again.changed, again.deleted) == ([], [], [])
    assert first.author_id == "\ufffd" and second.id.endswith("\ufffd")  # the caller goes on with what was stored


def test_nan_and_infinity_in_a_platform_field_are_stored_as_null_not_a_database_error(
    db: Database, watch_id: int, tmp_path: Path
) -> None:
    """Found by make fuzz (session 8, PostgreSQL, Reddit, after 1,210 examples): Python's json reads NaN and
    Infinity, and a damaged ``subreddit`` of ``[Infinity]`` went into the thread's JSON column as written;
    PostgreSQL refused the row (invalid input syntax for type json: Token "Infinity" is invalid) and the poll
    ended. SQLite stored the same value as the text ``Infinity``, which is not JSON either."""
    reddit = PLATFORMS[0]
    interactions = load(reddit)
    interactions[0]["response"]["json"][0]["data"]["children"][0]["data"]["subreddit"] = [float("inf")]
    ONE_BAD[reddit.cassette](interactions)["data"]["depth"] = float("nan")
    source = source_for(reddit, make_settings(tmp_path, **reddit.settings), transport(interactions, None))
    try:
        read = source.fetch_thread(resolve_url(reddit.link), {})
    finally:
        source.close()
    assert read.extra["subreddit"] == [float("inf")] and not read.skipped
    with _rolled_back(db) as write:
        with write() as session:
            watch = session.get(Watch, watch_id)
            assert watch is not None
            stored = store_thread(session, watch, read, 10_000)
            row = session.get(Thread, stored.thread_id)
            assert row is not None and row.extra["subreddit"] == [None]  # as JSON.stringify writes them
            depths = session.scalars(select(Comment.extra).where(Comment.thread_id == stored.thread_id)).all()
            assert {"depth": None} in [{"depth": e["depth"]} for e in depths]
        with write() as session:
            watch = session.get(Watch, watch_id)
            assert watch is not None
            again = store_thread(session, watch, read, 10_000)
    assert len(stored.new) == len(read.comments)
    assert (again.new, again.changed, again.deleted, again.unchanged) == ([], [], [], len(read.comments))


def test_a_skipped_comment_whose_id_holds_nul_or_a_lone_surrogate_is_quarantined_not_a_database_error(
    db: Database, watch_id: int, tmp_path: Path
) -> None:
    """A skipped comment is named by the id its payload gave (``comment t1_x and its replies``): a NUL or a lone
    surrogate in that id reached the quarantine's position and the thread's ``missing`` as sent."""
    reddit = PLATFORMS[0]
    interactions = load(reddit)
    bad = ONE_BAD[reddit.cassette](interactions)["data"]
    bad["name"], bad["created_utc"] = "t1_\x00\ud800", "yesterday"
    source = source_for(reddit, make_settings(tmp_path, **reddit.settings), transport(interactions, None))
    try:
        read = source.fetch_thread(resolve_url(reddit.link), {})
    finally:
        source.close()
    assert [s.where for s in read.skipped] == ["comment t1_\x00\ud800 and its replies"]
    with _rolled_back(db) as write:
        with write() as session:
            watch = session.get(Watch, watch_id)
            assert watch is not None
            store_thread(session, watch, read, 10_000)
            assert keep_skipped(session, watch, read, 4096) == 1
            kept = session.scalars(select(QuarantinedPayload)).one()
            assert kept.position == "comment t1_\ufffd\ufffd and its replies" and b"yesterday" in kept.raw
        with write() as session:
            watch = session.get(Watch, watch_id)
            assert watch is not None
            assert keep_skipped(session, watch, read, 4096) == 0  # the same payload met again adds nothing


def test_a_thread_id_from_the_payload_with_nul_or_a_lone_surrogate_is_stored_not_a_database_error(
    db: Database, watch_id: int, tmp_path: Path
) -> None:
    """Mastodon and Bluesky key a thread by an id the payload gives (a status's ``uri``): a NUL or a lone
    surrogate in it reached the thread's ``external_id`` as sent, past the replacement every other field had."""
    mastodon = next(p for p in PLATFORMS if p.name == "mastodon")
    interactions = load(mastodon)
    root = _response(interactions, "/api/v1/statuses/113300000000000001")
    root["uri"] += "\x00\ud800"
    source = source_for(mastodon, make_settings(tmp_path, **mastodon.settings), transport(interactions, None))
    try:
        read = source.fetch_thread(resolve_url(mastodon.link, http=web_client(transport(interactions, None))), {})
    finally:
        source.close()
    assert read.ref.thread_id.endswith("\x00\ud800") and read.comments
    with _rolled_back(db) as write:
        with write() as session:
            watch = session.get(Watch, watch_id)
            assert watch is not None
            stored = store_thread(session, watch, read, 10_000)
            thread = session.get(Thread, stored.thread_id)
            assert thread is not None and thread.external_id == read.ref.thread_id
        with write() as session:
            watch = session.get(Watch, watch_id)
            assert watch is not None
            again = store_thread(session, watch, read, 10_000)
    assert read.ref.thread_id.endswith("\ufffd\ufffd")  # the caller goes on with what was stored
    assert len(stored.new) == len(read.comments) and (again.new, again.changed, again.deleted) == ([], [], [])


@pytest.mark.parametrize("at", [30, 68])  # in the XML declaration's encoding; in the root element's attributes
def test_a_feed_with_a_lone_surrogate_in_its_markup_is_a_malformed_payload_not_a_crash(tmp_path: Path, at: int) -> None:
    """Found by make fuzz (session 8, PostgreSQL and before it SQLite, RSS, 1 in about 10,000 examples): a lone
    surrogate's bytes (ED A0 80, not UTF-8) inside the feed's markup made feedparser raise UnicodeDecodeError (in
    the XML declaration) or ValueError (an element name), which ended the poll instead of a clear error."""
    rss = next(p for p in PLATFORMS if p.name == "rss")
    interactions = load(rss)
    feed = next(i for i in interactions if i["request"]["path"].endswith("/comments.xml"))["response"]
    feed["body"] = feed["body"][:at] + "\ud800" + feed["body"][at:]
    source = source_for(rss, make_settings(tmp_path, **rss.settings), transport(interactions, None))
    ref = resolve_url(rss.link, http=web_client(transport(interactions, None)))
    try:
        with pytest.raises(MalformedPayload, match=r"rss: .*/comments\.xml is not a readable feed"):
            source.fetch_thread(ref, {})
    finally:
        source.close()
