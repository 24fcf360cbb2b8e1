"""Small interfaces the core depends on; ``bot/services.py`` builds the real ones.

The core (signals, scoring, drafting, checks, digest) imports these protocols,
never Chroma, Slack or HTTP clients, so it can be tested with plain objects.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np
import numpy.typing as npt

from bot.domain import Passage

Vectors = npt.NDArray[np.float32]


class Embedder(Protocol):
    """Turns text into unit-length vectors. Queries and passages are embedded differently
    (multilingual-e5 prefixes ``query: `` and ``passage: ``)."""

    name: str
    dim: int

    def embed_queries(self, texts: Sequence[str]) -> Vectors: ...

    def embed_passages(self, texts: Sequence[str]) -> Vectors: ...


class TokenBuckets(Protocol):
    """Rate limits and quotas shared by every process (``bot.storage.buckets``)."""

    def take(self, key: str, n: float, *, capacity: float, refill_per_second: float) -> tuple[bool, float]:
        """Take ``n`` tokens if the bucket has them: (granted, tokens left)."""
        ...


class GuidanceRetriever(Protocol):
    """Finds brand guidance passages for a text."""

    def search(
        self,
        query: str,
        *,
        k: int = 5,
        language: str | None = None,
        kinds: Sequence[str] | None = None,
    ) -> list[Passage]: ...
