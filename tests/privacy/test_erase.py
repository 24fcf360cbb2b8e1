from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from sqlalchemy import func, select

from bot.config import Settings
from bot.domain import FetchedComment, FetchedThread, ThreadRef
from bot.errors import ConfigError
from bot.privacy import erase as erasure
from bot.privacy import suppress as suppression
from bot.privacy.suppress import author_hash, is_suppressed
from bot.slack.notify import SlackNotifier
from bot.storage.db import Database
from bot.storage.embedding_cache import DatabaseEmbeddingCache
from bot.storage.models import (
    AuditEvent,
    Comment,
    Digest,
    Draft,
    DraftVersion,
    Opportunity,
    Post,
    PostReply,
    Signal,
    SlackCard,
    Suppression,
    Thread,
    Watch,
)
from bot.watching.threads import store_thread
from knowledge.cache import EmbeddingCache, text_key
from knowledge.embeddings import embedding_cache_path
from tests.conftest import make_settings
from tests.fakes.slack_api import FakeSlack
from tests.privacy import seed

NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)
ERIN_TEXT = "Erin here: my stove cracked after a week"
OTHER_TEXT = "Which stones do you recommend?"


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    with FakeSlack() as fake:
        yield fake


def _client(settings: Settings) -> Any:
    from bot.slack.app import web_client

    return web_client(settings)


def _populate(db: Database, settings: Settings, slack_client: Any) -> None:
    card = slack_client.chat_postMessage(channel="C0REVIEW", text=f"Card: {ERIN_TEXT}")["ts"]
    other_card = slack_client.chat_postMessage(channel="C0REVIEW", text=f"Card: {OTHER_TEXT}")["ts"]
    digest_ts = slack_client.chat_postMessage(channel="C0DIGEST", text=f"Digest: {ERIN_TEXT}")["ts"]
    with db.write() as session:
        thread = seed.thread(session, seed.watch(session), fetched_at=NOW, author="erin")
        erin = seed.comment(session, thread, "c1", author="erin", text=ERIN_TEXT, seen=NOW)
        erin_again = seed.comment(session, thread, "c2", author="erin", text="Still broken", seen=NOW)
        other = seed.comment(session, thread, "c3", author="other", text=OTHER_TEXT, seen=NOW)
        seed.card(session, seed.draft(session, erin, "Sorry Erin, we will fix it."), card)
        answered = seed.posted(session, other, "Use Kivi stones.", at=NOW)
        seed.card(session, answered, other_card)
        post_id = session.scalar(select(Post.id).where(Post.draft_id == answered.id))
        session.add(PostReply(post_id=post_id, comment_id=erin_again.id))
        session.add(
            Digest(
                kind="daily",
                period="2026-06-01",
                state="sent",
                claimed_by="test",
                channel="C0DIGEST",
                ts=digest_ts,
                content={"items": [{"text": ERIN_TEXT, "author": "erin"}]},
            )
        )
        session.add(
            Digest(kind="daily", period="2026-05-31", state="sent", claimed_by="test", content={"items": [OTHER_TEXT]})
        )
    _vectors(settings)
    cache = EmbeddingCache(embedding_cache_path(settings))
    texts = [ERIN_TEXT, "Still broken", OTHER_TEXT]
    cache.put_many("e5", "query", texts, np.ones((3, 4), dtype=np.float32))
    cache.close()


def _vectors(settings: Settings) -> None:
    import chromadb
    import chromadb.config

    client = chromadb.PersistentClient(
        path=str(settings.data_dir / "chroma"), settings=chromadb.config.Settings(anonymized_telemetry=False)
    )
    collection = client.get_or_create_collection("comments", embedding_function=None)
    collection.add(
        ids=["v1", "v2", "v3"],
        embeddings=np.array([[0.1, 0.2, 0.3], [0.2, 0.1, 0.3], [0.3, 0.2, 0.1]], dtype=np.float32),
        metadatas=[{"author": "erin", "comment_id": 1}, {"author": "t2_erin"}, {"author": "other", "comment_id": 3}],
    )
    client.close()  # type: ignore[attr-defined]


def _vector_authors(settings: Settings) -> list[str]:
    import chromadb
    import chromadb.config

    client = chromadb.PersistentClient(
        path=str(settings.data_dir / "chroma"), settings=chromadb.config.Settings(anonymized_telemetry=False)
    )
    metadatas = client.get_collection("comments", embedding_function=None).get(include=["metadatas"])["metadatas"]
    client.close()  # type: ignore[attr-defined]
    return sorted(str(m["author"]) for m in metadatas or [])


def _count(session: Any, model: Any, *where: Any) -> int:
    return int(session.scalar(select(func.count()).select_from(model).where(*where)))


def test_erase_dry_run_counts_every_store_and_changes_nothing(db: Database, tmp_path: Path, slack: FakeSlack) -> None:
    settings = make_settings(tmp_path, slack_bot_token="xoxb-test", slack_api_url=slack.url)
    _populate(db, settings, _client(settings))
    found = erasure.plan(db, settings, "Erin")
    assert found.counts == {
        "comments": 2,
        "threads": 1,
        "signals": 2,
        "opportunities": 1,
        "drafts": 1,
        "posts": 0,
        "post_replies": 1,
        "slack_cards": 1,
        "digests": 1,
        "alerts": 0,
        "quarantined_payloads": 0,
        "vectors": 2,
        "cached_embeddings": 2,
    }
    with db.read() as session:
        assert _count(session, Comment, Comment.author_name == "erin") == 2
    assert slack.calls_to("chat.update") == []


def test_erase_removes_the_person_from_every_store_and_keeps_others(
    db: Database, tmp_path: Path, slack: FakeSlack
) -> None:
    settings = make_settings(tmp_path, slack_bot_token="xoxb-test", slack_api_url=slack.url)
    client = _client(settings)
    _populate(db, settings, client)
    report = erasure.erase(
        db, settings, erasure.plan(db, settings, "t2_erin"), actor="dpo", now=NOW, notifier=SlackNotifier(db, settings)
    )
    assert report.counts["comments"] == 2 and report.slack.failed == []
    with db.read() as session:
        assert _count(session, Comment, Comment.author_name == "erin") == 0
        assert _count(session, Comment, Comment.author_id == "t2_erin") == 0
        assert _count(session, Comment, Comment.text.contains("Erin")) == 0
        assert _count(session, Signal, Signal.need.contains("Erin")) == 0
        assert _count(session, Opportunity, Opportunity.reason.contains("Erin")) == 0
        assert _count(session, DraftVersion, DraftVersion.text.contains("Erin")) == 0
        assert _count(session, PostReply) == 0
        assert _count(session, Thread, Thread.author == "erin") == 0
        assert _count(session, SlackCard) == 1  # the other person's card
        assert _count(session, Comment) == 1 and _count(session, Post) == 1 and _count(session, Draft) == 1
        digests = {d.period: d.content for d in session.scalars(select(Digest))}
        assert "Erin" not in str(digests["2026-06-01"]) and digests["2026-05-31"] == {"items": [OTHER_TEXT]}
        kept = session.scalars(select(Suppression).where(Suppression.reason == "erasure")).all()
        assert {s.author_hash for s in kept} == {author_hash("t2_erin"), author_hash("erin")}
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "erasure")).one()
        assert event.actor == "dpo" and "erin" not in str(event.detail).lower()
        assert event.subject_id == erasure.subject_hash("t2_erin")
    assert _vector_authors(settings) == ["other"]
    cache = EmbeddingCache(embedding_cache_path(settings))
    assert len(cache.get_many("e5", "query", [ERIN_TEXT, "Still broken", OTHER_TEXT])) == 1
    cache.close()
    updated = {(c.params["channel"], c.params["ts"]): c.params["text"] for c in slack.calls_to("chat.update")}
    assert len(updated) == 2 and all("erased" in text for text in updated.values())
    for channel in slack.messages.values():
        assert all("Erin" not in message["text"] for message in channel)
    assert any(OTHER_TEXT in message["text"] for message in slack.messages["C0REVIEW"])


def test_erase_removes_the_persons_vectors_from_the_cache_distributed_workers_share(
    db: Database, tmp_path: Path, slack: FakeSlack
) -> None:
    settings = make_settings(tmp_path, slack_bot_token="xoxb-test", slack_api_url=slack.url)
    _populate(db, settings, _client(settings))
    shared = DatabaseEmbeddingCache(db)
    texts = [ERIN_TEXT, "Still broken", OTHER_TEXT]
    shared.put_many("e5", "passage", texts, np.ones((3, 4), dtype=np.float32))
    plan = erasure.plan(db, settings, "t2_erin")
    assert plan.counts["cached_embeddings"] == 4, "two texts, in the file and in the table"
    report = erasure.erase(db, settings, plan, actor="dpo", now=NOW, notifier=None)
    assert report.counts["cached_embeddings"] == 4
    assert set(shared.get_many("e5", "passage", texts)) == {text_key(OTHER_TEXT)}


def test_erased_person_is_not_stored_again_when_the_thread_is_polled(db: Database, tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    with db.write() as session:
        thread = seed.thread(session, seed.watch(session), fetched_at=NOW, author="erin")
        seed.comment(session, thread, "c1", author="erin", text=ERIN_TEXT, seen=NOW)
    erasure.erase(db, settings, erasure.plan(db, settings, "erin", "reddit"), actor="dpo", now=NOW)
    ref = ThreadRef("reddit", "t1", "https://www.reddit.com/r/x/comments/t1/")
    fetched = FetchedThread(
        ref,
        title="Erin's stove",
        author="erin",
        body="It cracked",
        created_at=NOW - timedelta(days=1),
        comments=[
            FetchedComment("reddit", "c1", None, "t2_erin", "erin", ERIN_TEXT, NOW),
            FetchedComment("reddit", "c9", None, "t2_new", "newcomer", "Hello", NOW),
        ],
    )
    with db.write() as session:
        watch = session.scalars(select(Watch)).one()
        result = store_thread(session, watch, fetched, 2000)
    assert len(result.new) == 1
    with db.read() as session:
        assert session.scalars(select(Comment.author_name)).all() == ["newcomer"]
        thread_row = session.scalars(select(Thread)).one()
        assert (thread_row.title, thread_row.author, thread_row.body) == (None, None, None)


def test_erase_without_slack_token_reports_the_messages_to_delete_by_hand(db: Database, tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    with db.write() as session:
        thread = seed.thread(session, seed.watch(session), fetched_at=NOW)
        seed.card(
            session,
            seed.draft(session, seed.comment(session, thread, "c1", author="erin", text="x", seen=NOW), "y"),
            "1.2",
        )
    report = erasure.erase(db, settings, erasure.plan(db, settings, "erin"), actor="dpo", now=NOW)
    assert [(loc.channel, loc.ts) for loc in report.slack.failed] == [("C0REVIEW", "1.2")]
    assert report.slack.error is not None and "SLACK_BOT_TOKEN" in report.slack.error


def test_an_author_added_by_hand_is_suppressed_for_the_opportunity_gate(db: Database) -> None:
    assert suppression.add(db, "reddit", "t2_abc")
    with db.read() as session:
        assert is_suppressed(session, "reddit", "t2_abc", brand_id=1)
        assert is_suppressed(session, "reddit", "t2_abc", brand_id=2)  # by hand: for every brand
        assert not is_suppressed(session, "reddit", "t2_other", brand_id=1)
        stored = session.scalars(select(Suppression.author_hash)).all()
    assert stored == [author_hash("t2_abc")]


@pytest.mark.parametrize("blank", ["", "   ", "\t\n"])
def test_erase_of_an_empty_author_is_refused_and_changes_nothing(kuulo: Any, blank: str) -> None:
    result = kuulo("erase", "--author", blank)
    assert result.code == 1
    assert "the author to erase is empty" in result.err and "nothing was changed" in result.err
    listed = kuulo("suppress", "list")
    assert listed.code == 0 and "The suppression list is empty." in listed.out


@pytest.mark.parametrize("blank", ["", "  "])
def test_suppressing_an_empty_author_or_platform_is_refused(db: Database, blank: str) -> None:
    with pytest.raises(ConfigError, match="the author id is empty"):
        suppression.add(db, "reddit", blank)
    with pytest.raises(ConfigError, match="the platform is empty"):
        suppression.add(db, blank, "t2_abc")
    assert suppression.listing(db) == []
