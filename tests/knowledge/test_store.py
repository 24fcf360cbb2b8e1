"""GuidanceStore over embedded Chroma with the real multilingual-e5 model and the sample brand."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.errors import EmbeddingModelMismatch, NotFound
from knowledge.cache import CachedEmbedder
from knowledge.ingest import ingest
from knowledge.store import GuidanceStore
from tests.knowledge.conftest import SAMPLE, CountingEmbedder, open_store


def test_ingest_twice_changes_nothing_the_second_time(store: GuidanceStore) -> None:
    first = ingest(store, [SAMPLE])
    count = store.count()
    second = ingest(store, [SAMPLE])
    assert sum(r.added for r in first) == count > 40
    assert sum(r.added + r.removed for r in second) == 0
    assert sum(r.unchanged for r in second) == count
    assert store.count() == count


def test_ingest_after_editing_one_section_removes_one_and_adds_one(store: GuidanceStore, sample_copy: Path) -> None:
    ingest(store, [sample_copy])
    faq = sample_copy / "en" / "faq.md"
    faq.write_text(faq.read_text("utf-8").replace("usually takes 1–2 days", "takes 1–3 days"), "utf-8")
    results = {r.source: r for r in ingest(store, [sample_copy])}
    assert (results["en/faq.md"].added, results["en/faq.md"].removed, results["en/faq.md"].unchanged) == (1, 1, 5)
    assert sum(r.added + r.removed for name, r in results.items() if name != "en/faq.md") == 0
    [passage] = store.search("How long does installation take?", k=1, language="en", kinds=["faq"])
    assert "1–3 days" in passage.text


def test_section_removed_from_file_disappears_from_search(store: GuidanceStore, sample_copy: Path) -> None:
    ingest(store, [sample_copy])
    faq = sample_copy / "en" / "faq.md"
    text = faq.read_text("utf-8")
    faq.write_text(text[: text.index("## Warranty")] + text[text.index("## How much can I save?") :], "utf-8")
    results = {r.source: r for r in ingest(store, [sample_copy])}
    assert (results["en/faq.md"].added, results["en/faq.md"].removed) == (0, 1)
    headings = [p.heading for p in store.search("warranty years", k=20, language="en")]
    assert "Warranty" not in headings


def test_file_deleted_from_ingested_folder_is_pruned(store: GuidanceStore, sample_copy: Path) -> None:
    ingest(store, [sample_copy])
    (sample_copy / "sv" / "gor-inte.md").unlink()
    results = {r.source: r for r in ingest(store, [sample_copy])}
    assert results["sv/gor-inte.md"].removed == 3
    assert "sv/gor-inte.md" not in {s.source for s in store.sources()}


def test_expired_campaign_is_not_retrieved_but_current_one_is(store: GuidanceStore) -> None:
    ingest(store, [SAMPLE])
    campaigns = store.search("kampanja alennus", k=20, kinds=["campaign"])
    sources = {p.source for p in campaigns}
    assert "fi/kampanja-talvi.md" in sources
    assert not any("2026" in s for s in sources)  # the summer 2026 campaigns ended on 2026-06-30


def test_expired_campaign_is_retrieved_while_still_valid(tmp_path: Path, e5: CachedEmbedder) -> None:
    summer = open_store(tmp_path / "chroma", e5, today=date(2026, 6, 30))
    try:
        ingest(summer, [SAMPLE])
        sources = {p.source for p in summer.search("kesäalennus", k=20, kinds=["campaign"])}
    finally:
        summer.close()
    assert "fi/kampanja-kesa-2026.md" in sources


def test_internal_passages_carry_internal_visibility(store: GuidanceStore) -> None:
    ingest(store, [SAMPLE])
    passages = store.search("gross margin unreleased model", k=3)
    internal = [p for p in passages if p.source == "internal/margins-and-roadmap.md"]
    assert internal
    assert {p.visibility for p in internal} == {"internal"}
    assert all(p.language is None for p in internal)
    public = store.search("How much does a heat pump cost installed?", k=1, language="en", kinds=["faq"])
    assert public[0].visibility == "public"


@pytest.mark.parametrize(
    ("query", "language", "source", "heading"),
    [
        ("paljonko asennus maksaa", "fi", "fi/usein-kysyttya.md", "Paljonko lämpöpumppu asennettuna maksaa?"),
        ("vad kostar installationen", "sv", "sv/vanliga-fragor.md", "Vad kostar en värmepump med installation?"),
        ("how much does installation cost", "en", "en/faq.md", "How much does a heat pump cost installed?"),
    ],
)
def test_price_question_ranks_price_faq_of_that_language_first(
    store: GuidanceStore, query: str, language: str, source: str, heading: str
) -> None:
    ingest(store, [SAMPLE])
    passages = store.search(query, k=5, language=language)
    assert (passages[0].source, passages[0].heading) == (source, heading)
    assert "9" in passages[0].text
    assert all(p.language in (language, None) for p in passages)
    assert passages == sorted(passages, key=lambda p: -p.score)
    assert all(0.0 < p.score <= 1.0 for p in passages)


def test_language_without_guidance_falls_back_to_other_languages(store: GuidanceStore) -> None:
    ingest(store, [SAMPLE / "en"])
    passages = store.search("paljonko asennus maksaa", k=3, language="fi", kinds=["faq"])
    assert len(passages) == 3
    assert {p.language for p in passages} == {"en"}


def test_language_preference_puts_own_language_before_better_scoring_others(store: GuidanceStore) -> None:
    ingest(store, [SAMPLE / "en", SAMPLE / "fi"])
    passages = store.search("warranty", k=8, language="fi", kinds=["faq"])
    languages = [p.language for p in passages]
    assert languages == ["fi"] * 6 + ["en"] * 2


def test_opening_collection_with_another_model_raises_mismatch_until_rebuilt(
    tmp_path: Path, e5: CachedEmbedder
) -> None:
    first = open_store(tmp_path / "chroma", e5)
    ingest(first, [SAMPLE / "en"])
    first.close()
    other = CountingEmbedder(e5, name="another/model")
    with pytest.raises(EmbeddingModelMismatch, match="kuulo knowledge ingest --rebuild PATH"):
        open_store(tmp_path / "chroma", other)
    rebuilt = open_store(tmp_path / "chroma", other, rebuild=True)
    try:
        assert rebuilt.count() == 0
    finally:
        rebuilt.close()


def test_search_embeds_query_once_and_ingest_does_not_reembed_unchanged_sections(
    tmp_path: Path, e5: CachedEmbedder
) -> None:
    counter = CountingEmbedder(e5)
    guidance = open_store(tmp_path / "chroma", counter)
    try:
        ingest(guidance, [SAMPLE / "sv"])
        embedded = len(counter.texts)
        ingest(guidance, [SAMPLE / "sv"])
        assert len(counter.texts) == embedded
        guidance.search("garanti", k=10, language="fi")  # sv is not fi: preferred + fallback query
        assert counter.calls[-1] == ("query", ["garanti"])
        assert len(counter.texts) == embedded + 1
    finally:
        guidance.close()


def test_remove_source_deletes_its_sections_and_unknown_source_is_not_found(store: GuidanceStore) -> None:
    ingest(store, [SAMPLE / "en"])
    assert store.remove_source("faq.md") == 6
    assert "faq.md" not in {s.source for s in store.sources()}
    with pytest.raises(NotFound, match="kuulo knowledge list"):
        store.remove_source("faq.md")
