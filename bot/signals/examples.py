"""Labelled example phrases (``data/examples.yaml``) and their embeddings.

The phrases are embedded once per process and embedder and kept in memory;
comments are compared with them by cosine similarity (unit vectors).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np
import yaml

from bot.ports import Embedder, Vectors
from bot.signals.types import INTENTS


@dataclass(frozen=True)
class Example:
    intent: str
    language: str
    text: str


@cache
def examples() -> tuple[Example, ...]:
    raw = yaml.safe_load(resources.files("bot.signals").joinpath("data/examples.yaml").read_text("utf-8"))
    out: list[Example] = []
    for intent, by_language in raw.items():
        if intent not in INTENTS:
            raise ValueError(f"examples.yaml: unknown intent {intent!r}")
        for language, phrases in by_language.items():
            out.extend(Example(intent, str(language), str(text)) for text in phrases)
    missing = set(INTENTS) - {e.intent for e in out}
    if missing:
        raise ValueError(f"examples.yaml has no phrases for {sorted(missing)}")
    return tuple(out)


_lock = threading.Lock()
_vectors: dict[str, Vectors] = {}


def example_vectors(embedder: Embedder) -> Vectors:
    """Unit vectors of every example, in :func:`examples` order, computed once per embedder."""
    with _lock:
        cached = _vectors.get(embedder.name)
        if cached is not None:
            return cached
    texts = [e.text for e in examples()]
    # Queries on both sides: examples and comments are the same kind of text.
    vectors = np.asarray(embedder.embed_queries(texts), dtype=np.float32)
    with _lock:
        _vectors[embedder.name] = vectors
    return vectors
