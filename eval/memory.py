"""In-memory stand-ins used by the evaluation: a memoising embedder and a
guidance retriever over a brand's few passages (same contract as Chroma's)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from bot.domain import Passage
from bot.ports import Embedder, Vectors
from eval.dataset import GuidanceItem
from knowledge.cache import CachedEmbedder, EmbeddingCache


class MemoEmbedder:
    """Embeds each distinct text once per run."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        self._memo: dict[tuple[bool, str], np.ndarray] = {}

    def _get(self, texts: Sequence[str], *, query: bool) -> Vectors:
        missing = list(dict.fromkeys(t for t in texts if (query, t) not in self._memo))
        if missing:
            vectors = self.inner.embed_queries(missing) if query else self.inner.embed_passages(missing)
            for text, vector in zip(missing, vectors, strict=True):
                self._memo[(query, text)] = vector
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self._memo[(query, t)] for t in texts]).astype(np.float32)

    def embed_queries(self, texts: Sequence[str]) -> Vectors:
        return self._get(texts, query=True)

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        return self._get(texts, query=False)


class MemoryRetriever:
    def __init__(self, embedder: Embedder, items: Sequence[GuidanceItem]) -> None:
        self.embedder = embedder
        self.items = list(items)
        self.matrix = embedder.embed_passages([i.text for i in self.items])

    def search(
        self, query: str, *, k: int = 5, language: str | None = None, kinds: Sequence[str] | None = None
    ) -> list[Passage]:
        sims = self.matrix @ self.embedder.embed_queries([query])[0]
        order = np.argsort(-sims)
        out: list[Passage] = []
        for index in order:
            item = self.items[int(index)]
            if kinds and item.kind not in kinds:
                continue
            out.append(
                Passage(
                    id=item.id,
                    text=item.text,
                    kind=item.kind,
                    language=item.language,
                    visibility="public",
                    source="eval",
                    score=float(sims[index]),
                )
            )
            if len(out) == k:
                break
        return out


# Embeddings are kept between runs (texts are hashed, never stored): a set re-measures in seconds and
# `make judgement-model` re-embeds only what changed. Shared by every section of `make eval`.
EMBEDDING_CACHE = Path(__file__).parents[1] / ".kuulo" / "eval" / "embedding-cache.sqlite"


def cached_local_embedder(path: Path = EMBEDDING_CACHE) -> CachedEmbedder:
    """The bundled local e5 behind the evaluation's on-disk cache (vectors are the same as without it)."""
    from knowledge.embeddings import LocalE5Embedder  # start-up cost: the e5 model

    return CachedEmbedder(LocalE5Embedder(), EmbeddingCache(path))
