"""The on-disk embedding cache: nothing is embedded twice."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from knowledge.cache import CachedEmbedder, EmbeddingCache
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
