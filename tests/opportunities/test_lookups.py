"""The thread checks' per-batch lookups: each text searched and embedded once, however many pairs compare it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from bot.opportunities.assess import _Lookups


class CountingRetriever:
    def __init__(self) -> None:
        self.searches: list[str] = []

    def search(self, text: str, **_: Any) -> list[Any]:
        self.searches.append(text)
        return []


class CountingEmbedder:
    name, dim = "fake", 2

    def __init__(self) -> None:
        self.embedded: list[str] = []

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        self.embedded += texts
        return np.array([[1.0, 0.0] if "price" in t else [0.0, 1.0] for t in texts], dtype=np.float32)


def test_each_text_is_searched_and_embedded_once_however_many_pairs_compare_it() -> None:
    retriever, embedder = CountingRetriever(), CountingEmbedder()
    lookups = _Lookups(retriever, embedder)  # type: ignore[arg-type]
    questions = [f"what is the price? ({n})" for n in range(3)] + ["how long does it take?"]
    for n, question in enumerate(questions):
        for earlier in questions[:n]:
            lookups.same_question(question, earlier)
            lookups.best(earlier)
    assert sorted(retriever.searches) == sorted(questions[:3])
    assert sorted(embedder.embedded) == sorted(questions)
    assert lookups.same_question(questions[1], questions[0])
    assert not lookups.same_question(questions[3], questions[0])


def test_a_statement_has_no_question_slots() -> None:
    lookups = _Lookups(CountingRetriever(), CountingEmbedder())  # type: ignore[arg-type]
    assert lookups.question_slots("Installation took two days for us.") is None
    assert lookups.question_slots("How much does installation cost?") is not None
