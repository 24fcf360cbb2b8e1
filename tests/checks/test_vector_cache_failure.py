"""A failing vector cache costs recomputing, never a check (a Slack app's warm-up thread once met a closed one)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from bot.checks.semantic import SentenceModel


class CountingEmbedder:
    name = "counting"
    dim = 4

    def __init__(self) -> None:
        self.calls = 0

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        self.calls += 1
        return np.asarray([[len(t), 1.0, 0.0, 0.0] for t in texts], dtype=np.float32)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self.embed_queries(texts)


class ClosedCache:
    def get_many(self, model: str, mode: str, texts: Sequence[str]) -> dict[str, np.ndarray]:
        raise sqlite3.ProgrammingError("Cannot operate on a closed database.")

    def put_many(self, model: str, mode: str, texts: Sequence[str], vectors: np.ndarray) -> None:
        raise sqlite3.ProgrammingError("Cannot operate on a closed database.")


def test_a_cache_that_fails_to_read_and_write_leaves_the_vectors_computed(caplog: pytest.LogCaptureFixture) -> None:
    embedder = CountingEmbedder()
    model = SentenceModel(embedder, store=ClosedCache())  # type: ignore[arg-type]
    texts = ["Kiitos kysymyksestä.", "Tack för frågan!"]
    vectors = model.vectors(texts, lasting=texts)
    assert vectors.shape == (2, 4) and embedder.calls == 1
    assert vectors[0][0] == len(texts[0])
    assert "could not be read" in caplog.text and "could not be written" in caplog.text


def test_a_closed_install_takes_its_cache_back_from_the_checks(tmp_path: Path) -> None:
    from bot.checks import semantic
    from bot.config import load_settings
    from bot.services import Services

    model = semantic.shared_model()
    services = Services(load_settings(data_dir=tmp_path / "data", database_url=None, chroma_url=None))
    assert services.embedder is not None  # the composition root hands the checks its cache here
    assert model.store is services._checks_cache
    services.close()
    assert model.store is None  # a later check computes, it does not read a closed database
    semantic.keep_vectors_in(cache := ClosedCache())
    semantic.release_vectors(services._checks_cache)  # another install's: the current one stays
    assert model.store is cache
