"""Themes against the labelled set, and their names, quotes and emotion mix."""

from __future__ import annotations

import numpy as np
import pytest

from bench.eval_themes import mean_ari, score_all
from bot.insights.themes import ThemeItem, build_themes, theme_space
from knowledge.embeddings import LocalE5Embedder


@pytest.fixture(scope="module")
def embedder() -> LocalE5Embedder:
    return LocalE5Embedder()


def test_themes_on_labelled_dev_brands_agree_with_labels_above_floor(embedder: LocalE5Embedder) -> None:
    """Every labelled brand is dev data now (the threshold was chosen on them): a behaviour floor, not a
    held-out figure."""
    scores = score_all(embedder)
    for split in {score.split for score in scores}:
        ari = mean_ari(scores, split)
        assert ari >= 0.6, f"ARI on {split} brands {ari:.3f}"
    for score in scores:
        assert score.mixed_language_themes >= 1, f"{score.brand}: no theme holds more than one language"
        assert min(score.purity.values()) >= 0.5, f"{score.brand}: {score.purity}"


def _items() -> list[ThemeItem]:
    texts = [
        ("fi", "negative", "Ulkoyksikkö pitää kovaa ääntä yöllä, naapuri valittaa."),
        ("en", "negative", "The outdoor unit is so loud at night that the neighbours complain."),
        ("sv", "negative", "Utedelen låter väldigt högt på natten, grannarna klagar."),
        ("en", "neutral", "How noisy is the outdoor unit when it runs at full power at night?"),
        ("fi", "neutral", "Paljonko asennus maksaa ja kauanko siinä menee?"),
        ("en", "neutral", "What does installation cost and how long does it take?"),
        ("sv", "neutral", "Vad kostar installationen och hur lång tid tar den?"),
        ("en", "positive", "Installation was quick, how much did yours cost in total?"),
        ("fi", "neutral", "Mikä on paras tapa puhdistaa suodattimet?"),
        ("en", "neutral", "How often should I clean the filters, and how?"),
        ("sv", "neutral", "Hur ofta ska man rengöra filtren?"),
        ("en", "neutral", "Filter cleaning tips? Mine is dusty after a month."),
    ]
    return [
        ThemeItem(i + 1, text, text, emotion=emotion, language=lang, url=f"https://example.test/c/{i + 1}")
        for i, (lang, emotion, text) in enumerate(texts)
    ]


def test_build_themes_groups_multilingual_paraphrases_and_quotes_central_comments(embedder: LocalE5Embedder) -> None:
    themes = build_themes(_items(), embedder)
    groups = sorted(sorted(theme.comment_ids) for theme in themes)
    assert groups == [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
    noise = next(theme for theme in themes if 1 in theme.comment_ids)
    assert noise.emotions == {"negative": 3, "neutral": 1}
    assert set(noise.languages) == {"fi", "en", "sv"}
    assert len(noise.quotes) == 3
    similarities = [quote.similarity for quote in noise.quotes]
    assert similarities == sorted(similarities, reverse=True)
    least_central = min(
        noise.members, key=lambda item: float(embedder.embed_queries([item.phrase])[0] @ noise.centroid)
    )
    assert noise.name == noise.phrase == noise.members[0].phrase
    assert all(quote.url and quote.url.startswith("https://example.test/c/") for quote in noise.quotes)
    assert least_central.comment_id in noise.comment_ids


def test_build_themes_is_deterministic_for_same_input(embedder: LocalE5Embedder) -> None:
    first = build_themes(_items(), embedder)
    second = build_themes(list(reversed(_items())), embedder)
    assert [(t.key, sorted(t.comment_ids), [q.comment_id for q in t.quotes]) for t in first] == [
        (t.key, sorted(t.comment_ids), [q.comment_id for q in t.quotes]) for t in second
    ]


def test_build_themes_with_namer_uses_model_names_in_order(embedder: LocalE5Embedder) -> None:
    class Namer:
        def __init__(self) -> None:
            self.seen: list[list[str]] = []

        def name_themes(self, phrases: object, language: str) -> list[str]:
            self.seen = [list(p) for p in phrases]  # type: ignore[attr-defined]
            return [f"theme {i} ({language})" for i in range(len(self.seen))]

    namer = Namer()
    themes = build_themes(_items(), embedder, namer=namer, language="fi")
    assert [t.name for t in themes] == [f"theme {i} (fi)" for i in range(3)]
    assert namer.seen[0] == [q.text for q in themes[0].quotes]


def test_theme_space_removes_language_mean_for_large_groups_only() -> None:
    rng = np.random.default_rng(1)
    vectors = rng.normal(size=(7, 4)).astype(np.float32)
    out = theme_space(vectors, ["fi"] * 5 + ["sv"] * 2)
    assert np.allclose(np.linalg.norm(out, axis=1), 1.0, atol=1e-5)
    assert out.shape == (7, 4)
    assert theme_space(vectors[:1], ["fi"]).shape == (1, 4)


def test_build_themes_of_nothing_is_empty(embedder: LocalE5Embedder) -> None:
    assert build_themes([], embedder) == []


def test_zero_vectors_are_clustered_alone_not_a_crash() -> None:
    from bot.insights.themes import cluster_labels

    vectors = np.array([[1.0, 0.0], [0.99, 0.14], [0.0, 0.0], [0.0, 1.0]], dtype=np.float32)
    labels = cluster_labels(vectors, threshold=0.2)
    assert labels[0] == labels[1]
    assert len({labels[2], labels[0], labels[3]}) == 3
