"""Knowledge fixtures: one embedding cache for the whole session (each sample text is embedded
once), a counting embedder, and a guidance store in the test's own folder with a fixed "today"."""

from __future__ import annotations

import shutil
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

import pytest

from bot.ports import Embedder, Vectors
from knowledge.cache import CachedEmbedder, EmbeddingCache
from knowledge.embeddings import LocalE5Embedder
from knowledge.store import GuidanceStore

SAMPLE = Path(__file__).resolve().parents[2] / "knowledge" / "sample"
TODAY = date(2026, 11, 27)


class CountingEmbedder:
    """Wraps a real embedder and records every text it is asked to embed."""

    def __init__(self, inner: Embedder, name: str | None = None) -> None:
        self.inner = inner
        self.name = name or inner.name
        self.dim = inner.dim
        self.calls: list[tuple[str, list[str]]] = []

    def embed_queries(self, texts: Sequence[str]) -> Vectors:
        self.calls.append(("query", list(texts)))
        return self.inner.embed_queries(texts)

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        self.calls.append(("passage", list(texts)))
        return self.inner.embed_passages(texts)

    @property
    def texts(self) -> list[str]:
        return [t for _, batch in self.calls for t in batch]


@pytest.fixture(scope="session")
def shared_cache_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("embeddings") / "embedding-cache.sqlite"


@pytest.fixture
def e5(shared_cache_path: Path) -> Iterator[CachedEmbedder]:
    embedder = CachedEmbedder(LocalE5Embedder(), EmbeddingCache(shared_cache_path))
    yield embedder
    embedder.close()


def open_store(path: Path, embedder: Embedder, *, today: date = TODAY, rebuild: bool = False) -> GuidanceStore:
    import chromadb
    import chromadb.config

    client = chromadb.PersistentClient(path=str(path), settings=chromadb.config.Settings(anonymized_telemetry=False))
    try:
        return GuidanceStore(client, embedder, today=lambda: today, rebuild=rebuild)
    except BaseException:
        client.close()
        raise


@pytest.fixture
def store(tmp_path: Path, e5: CachedEmbedder) -> Iterator[GuidanceStore]:
    guidance = open_store(tmp_path / "chroma", e5)
    yield guidance
    guidance.close()


@pytest.fixture
def sample_copy(tmp_path: Path) -> Path:
    """A copy of the sample brand that a test may edit."""
    target = tmp_path / "brand"
    shutil.copytree(SAMPLE, target)
    return target
