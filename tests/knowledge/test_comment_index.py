"""The comments collection of ``kuulo ask``: comments embedded as e5 queries, an old collection rebuilt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import chromadb
import chromadb.config
import numpy as np

from knowledge.cache import CachedEmbedder
from knowledge.comments import COLLECTION, MODEL_KEY, ROLE_KEY, VECTOR_ROLE, CommentIndex
from tests.knowledge.conftest import CountingEmbedder


@dataclass(frozen=True)
class Item:
    comment_id: int
    text: str
    platform: str = "reddit"
    language: str | None = "fi"
    url: str | None = None
    created_at: datetime | None = datetime(2026, 11, 2, tzinfo=UTC)
    watch_id: int | None = 1


ITEMS = [
    Item(1, "tilasin kolme viikkoa sitten eikä paketti ole vieläkään tullut"),
    Item(2, "beställde för tre veckor sen, fortfarande ingen leverans", language="sv"),
    Item(3, "the pump is so loud I can't sleep", language="en"),
]


def _client(path: Path) -> Any:
    return chromadb.PersistentClient(path=str(path), settings=chromadb.config.Settings(anonymized_telemetry=False))


def test_comments_are_embedded_as_queries_like_the_question(tmp_path: Path, e5: CachedEmbedder) -> None:
    counting = CountingEmbedder(e5)
    index = CommentIndex(_client(tmp_path), counting)
    try:
        index.sync(ITEMS)
        assert [role for role, _ in counting.calls] == ["query"]
        stored = index.vectors([1, 2, 3])
        np.testing.assert_allclose(stored[1], e5.embed_queries([ITEMS[0].text])[0], atol=1e-6)
        scores = index.similarities("Mitä sanotaan toimitusajoista?", stored)
        assert max(scores, key=lambda key: scores[key]) in (1, 2)  # a delivery question finds a delivery comment
    finally:
        index.close()


def test_a_collection_of_passage_vectors_is_rebuilt_from_the_next_sync(tmp_path: Path, e5: CachedEmbedder) -> None:
    old = _client(tmp_path)
    collection = old.get_or_create_collection(
        COLLECTION, embedding_function=None, metadata={MODEL_KEY: e5.name}, configuration={"hnsw": {"space": "cosine"}}
    )
    collection.upsert(
        ids=["1"],
        embeddings=[e5.embed_passages([ITEMS[0].text])[0].tolist()],
        documents=[ITEMS[0].text],
        metadatas=[{"hash": "stale"}],
    )
    old.close()

    index = CommentIndex(_client(tmp_path), e5)
    try:
        assert index.stored() == {}  # the passage vectors are gone, not mixed with query vectors
        assert (index._collection.metadata or {}).get(ROLE_KEY) == VECTOR_ROLE
        assert index.sync(ITEMS) == (3, 0)
        np.testing.assert_allclose(index.vectors([1])[1], e5.embed_queries([ITEMS[0].text])[0], atol=1e-6)
    finally:
        index.close()
    reopened = CommentIndex(_client(tmp_path), e5)
    try:
        assert set(reopened.stored()) == {1, 2, 3}  # a collection of query vectors is kept
    finally:
        reopened.close()
