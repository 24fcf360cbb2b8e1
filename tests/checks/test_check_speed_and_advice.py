"""Issue 19, session 6: an advice superlative ranks nothing (a ranking one still needs guidance), the checks
embed a new edit in one e5 call, and the guidance sentences' vectors outlive the process in the shared
embedding cache."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from bot.checks import run_checks
from bot.checks.grounding import check_grounding
from bot.checks.semantic import SentenceModel
from bot.ports import Vectors
from knowledge.cache import EmbeddingCache
from knowledge.embeddings import LocalE5Embedder
from tests.checks.conftest import context


class CountingE5:
    """The bundled e5, counting the calls and texts it embeds."""

    def __init__(self) -> None:
        self.inner = LocalE5Embedder()
        self.name, self.dim = self.inner.name, self.inner.dim
        self.calls: list[list[str]] = []

    def embed_queries(self, texts: Sequence[str]) -> Vectors:
        self.calls.append(list(texts))
        return self.inner.embed_queries(texts)

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        raise AssertionError("the checks embed queries only")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "If noise is the worry, a free home survey shows where the outdoor unit would fit best."),
        ("fi", "Jos ääni mietityttää, maksuton kotikäynti näyttää, mihin ulkoyksikkö sopii parhaiten."),
        ("sv", "Ett kostnadsfritt hembesök visar snabbast var utedelen passar."),
    ],
)
def test_a_superlative_that_gives_advice_needs_no_passage(language: str, text: str) -> None:
    assert check_grounding(text, context(language)).passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The home survey is free, and our units are the most reliable you can get."),
        ("fi", "Kotikäynti on maksuton, ja laitteemme ovat alan parhaita."),
        ("sv", "Hembesöket är kostnadsfritt och vi är billigast i Sverige."),
    ],
)
def test_a_ranking_superlative_appended_to_a_fact_still_needs_guidance(language: str, text: str) -> None:
    result = check_grounding(text, context(language))
    assert not result.passed
    assert "no guidance states" in result.reason


EDIT = (
    "Thanks for asking, {name}. Installation usually takes 1–2 days. Our units work down to −25 °C. "
    "The unit has a 5-year warranty and the installation work a 2-year warranty. (I work at Revontuli.)"
)


def test_a_new_edit_is_embedded_in_one_call_after_the_guidance() -> None:
    counting = CountingE5()
    ctx = context("en", semantic=SentenceModel(counting))
    run_checks(EDIT.format(name="Anna"), ctx)  # the first check also embeds the guidance and prototypes
    counting.calls.clear()
    results = run_checks(EDIT.format(name="Mikko Johan"), ctx)
    assert all(r.passed for r in results if r.severity == "blocking"), [r for r in results if not r.passed]
    assert len(counting.calls) == 1, counting.calls
    assert "Thanks for asking, Mikko Johan." in counting.calls[0]


def test_guidance_vectors_outlive_the_process_in_the_shared_cache(tmp_path: Path) -> None:
    store = EmbeddingCache(tmp_path / "cache.sqlite")
    first = CountingE5()
    run_checks(EDIT.format(name="Anna"), context("en", semantic=SentenceModel(first, store)))
    guidance = "A ground-source heat pump with its borehole typically costs 18,000–25,000 € including installation."
    assert any(guidance in call for call in first.calls)
    later = CountingE5()  # a restarted process: nothing in memory, the same cache
    run_checks(EDIT.format(name="Anna"), context("en", semantic=SentenceModel(later, store)))
    embedded = [text for call in later.calls for text in call]
    assert guidance not in embedded  # read from the cache, not embedded again
    assert "Thanks for asking, Anna." in embedded  # a draft's own sentences are never kept there
    assert store.count() > 0
