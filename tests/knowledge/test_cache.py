"""The on-disk embedding cache: nothing is embedded twice."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from bot.storage.db import Database
from bot.storage.embedding_cache import DatabaseEmbeddingCache
from knowledge.cache import CachedEmbedder, EmbeddingCache, text_key
from knowledge.embeddings import LocalE5Embedder
from tests.knowledge.conftest import CountingEmbedder


def test_cached_embedder_second_embed_of_same_text_does_not_call_model(tmp_path: Path) -> None:
    counter = CountingEmbedder(LocalE5Embedder())
    embedder = CachedEmbedder(counter, EmbeddingCache(tmp_path / "cache.sqlite"))
    try:
        first = embedder.embed_passages(["Asennus kestää 1–2 päivää.", "Takuu 5 vuotta."])
        second = embedder.embed_passages(["Takuu 5 vuotta.", "Asennus kestää 1–2 päivää."])
    finally:
        embedder.close()
    assert len(counter.calls) == 1
    np.testing.assert_array_equal(first[::-1], second)
    assert first.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(first, axis=1), 1.0, atol=1e-5)


def test_cached_embedder_embeds_only_misses_in_batches_and_dedupes(tmp_path: Path) -> None:
    counter = CountingEmbedder(LocalE5Embedder())
    embedder = CachedEmbedder(counter, EmbeddingCache(tmp_path / "cache.sqlite"), batch_size=2)
    try:
        embedder.embed_queries(["a"])
        vectors = embedder.embed_queries(["a", "b", "c", "b", "d"])
    finally:
        embedder.close()
    assert counter.calls == [("query", ["a"]), ("query", ["b", "c"]), ("query", ["d"])]
    assert vectors.shape == (5, 384)
    np.testing.assert_array_equal(vectors[1], vectors[3])


def test_cache_keeps_query_and_passage_apart_and_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    counter = CountingEmbedder(LocalE5Embedder())
    embedder = CachedEmbedder(counter, EmbeddingCache(path))
    query = embedder.embed_queries(["lämpöpumppu"])
    passage = embedder.embed_passages(["lämpöpumppu"])
    embedder.close()
    assert not np.allclose(query, passage)  # e5 prefixes "query: " and "passage: "
    reopened = CachedEmbedder(counter, EmbeddingCache(path))
    try:
        np.testing.assert_array_equal(reopened.embed_queries(["lämpöpumppu"]), query)
    finally:
        reopened.close()
    assert len(counter.calls) == 2


def test_cache_delete_texts_forgets_every_mode_of_those_texts(tmp_path: Path) -> None:
    cache = EmbeddingCache(tmp_path / "cache.sqlite")
    try:
        vector = np.ones((1, 4), dtype=np.float32)
        cache.put_many("m", "query", ["erase me"], vector)
        cache.put_many("m", "passage", ["erase me"], vector)
        cache.put_many("m", "passage", ["keep me"], vector)
        assert cache.delete_texts(["erase me"]) == 2
        assert cache.get_many("m", "query", ["erase me"]) == {}
        assert cache.count() == 1
    finally:
        cache.close()


def test_the_database_cache_is_shared_by_two_embedders_and_keeps_erasure(db: Database) -> None:
    """Distributed mode: two workers' embedders on one database embed each text once between them."""
    counter = CountingEmbedder(LocalE5Embedder())
    first = CachedEmbedder(counter, DatabaseEmbeddingCache(db))
    second = CachedEmbedder(counter, DatabaseEmbeddingCache(db))
    texts = ["Asennus kestää 1–2 päivää.", "Takuu 5 vuotta."]
    vectors = first.embed_passages(texts)
    np.testing.assert_array_equal(second.embed_passages(texts[::-1]), vectors[::-1])
    second.embed_queries(texts)  # another mode: embedded anew
    assert [mode for mode, _ in counter.calls] == ["passage", "query"]
    DatabaseEmbeddingCache(db).put_many(counter.name, "passage", texts[:1], vectors[:1])  # a second writer: kept once
    cache = DatabaseEmbeddingCache(db)
    assert cache.count() == 4 and cache.count_texts([texts[0]]) == 2
    assert cache.delete_texts([texts[0], "never cached"]) == 2
    assert set(cache.get_many(counter.name, "passage", texts)) == {text_key(texts[1])}


def test_distributed_services_embed_through_the_database_cache(tmp_path: Path) -> None:
    from bot.services import Services
    from tests.conftest import make_settings

    single = Services(make_settings(tmp_path / "one", embeddings="local"))
    distributed = Services(make_settings(tmp_path / "many", broker_url="amqp://guest:guest@127.0.0.1:5672/"))
    try:
        assert isinstance(single.embedder.cache, EmbeddingCache)
        assert isinstance(distributed.embedder.cache, DatabaseEmbeddingCache)
        distributed.embedder.embed_queries(["lämpöpumppu"])
        assert DatabaseEmbeddingCache(distributed.db).count() == 1
    finally:
        single.close()
        distributed.close()
