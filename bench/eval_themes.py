"""Audience themes measured: agreement with labels and emerging-theme detection.

``ask`` is measured in :mod:`bench.eval_ask` (on ``eval/themes`` as its dev set and on the
blind set ``eval/blind/ask-a``).

``python -m bench.eval_themes`` (also part of ``make eval``). Themes are built
per brand from ``eval/themes/comments.yaml`` with the default threshold, which
was chosen on the dev brands (``--tune`` prints the sweep); the test brands
report the honest number.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from bot.insights.emerging import trend, week_labels
from bot.insights.themes import DEFAULT_DISTANCE_THRESHOLD, ThemeItem, build_themes
from bot.ports import Embedder
from eval.themes import LabelledComment, load_theme_set


@dataclass(frozen=True)
class BrandScore:
    brand: str
    split: str
    ari: float
    purity: dict[str, float]  # label -> share of its comments in its largest theme that the label dominates
    themes: int
    unthemed: int
    mixed_language_themes: int


def score_brand(rows: Sequence[LabelledComment], embedder: Embedder, threshold: float) -> BrandScore:
    from sklearn.metrics import adjusted_rand_score

    items = [ThemeItem(i, row.text, row.text, language=row.language) for i, row in enumerate(rows)]
    themes = build_themes(items, embedder, threshold=threshold)
    predicted = [-1 - i for i in range(len(rows))]  # unthemed comments are singletons
    for number, theme in enumerate(themes):
        for comment_id in theme.comment_ids:
            predicted[comment_id] = number
    labels = [row.theme for row in rows]
    purity: dict[str, float] = {}
    for label in sorted(set(labels)):
        best = 0.0
        for theme in themes:
            members = Counter(labels[i] for i in theme.comment_ids)
            if members.most_common(1)[0][0] == label:
                best = max(best, members[label] / theme.size)
        purity[label] = best
    return BrandScore(
        brand=rows[0].brand,
        split=rows[0].split,
        ari=float(adjusted_rand_score(labels, predicted)),
        purity=purity,
        themes=len(themes),
        unthemed=sum(1 for p in predicted if p < 0),
        mixed_language_themes=sum(1 for theme in themes if len(theme.languages) > 1),
    )


def score_all(embedder: Embedder, threshold: float = DEFAULT_DISTANCE_THRESHOLD) -> list[BrandScore]:
    data = load_theme_set()
    brands = sorted({row.brand for row in data})
    return [score_brand([row for row in data if row.brand == brand], embedder, threshold) for brand in brands]


def mean_ari(scores: Sequence[BrandScore], split: str) -> float:
    chosen = [score.ari for score in scores if score.split == split]
    return sum(chosen) / len(chosen) if chosen else 0.0


# A synthetic eight-week series per theme: flat Poisson-like noise and one planted spike in week 8.
SERIES = {
    "flat-low": (1, 0, 2, 1, 0, 1, 1, 2),
    "flat-high": (6, 8, 5, 7, 9, 6, 7, 10),
    "spike": (1, 2, 1, 0, 2, 1, 1, 9),
    "new": (0, 0, 0, 0, 0, 0, 0, 4),
}


@dataclass(frozen=True)
class EmergingScore:
    detected_in_spike_week: bool
    false_alarms: int  # flags raised in the flat weeks (every prefix of every series tested as "this week")
    tested_weeks: int


def score_emerging() -> EmergingScore:
    weeks = week_labels("2026-W20", 8)
    false_alarms = tested = 0
    detected = True
    for name, counts in SERIES.items():
        for end in range(5, 9):  # every week with at least four weeks of history
            result = trend(weeks[:end], counts[:end])
            planted = end == 8 and name in ("spike", "new")
            if planted:
                detected = detected and result.emerging
            else:
                tested += 1
                false_alarms += int(result.emerging)
    return EmergingScore(detected, false_alarms, tested)


def main(argv: list[str]) -> int:
    from knowledge.embeddings import LocalE5Embedder

    embedder = LocalE5Embedder()
    print("\n== Audience themes: agreement with eval/themes labels (clustering on comment text)")
    if "--tune" in argv:
        for threshold in (0.85, 0.9, 0.95, 1.0, 1.05, 1.1):
            scores = score_all(embedder, threshold)
            print(
                f"threshold {threshold:.2f}: ARI dev {mean_ari(scores, 'dev'):.3f} test {mean_ari(scores, 'test'):.3f}"
            )
    scores = score_all(embedder)
    print(f"{'brand':10} {'split':5} {'ARI':>6} {'themes':>6} {'unthemed':>8} {'multi-lang':>10}  purity per label")
    for score in scores:
        purity = " ".join(f"{label}={value:.2f}" for label, value in score.purity.items())
        print(
            f"{score.brand:10} {score.split:5} {score.ari:6.3f} {score.themes:6d} {score.unthemed:8d} "
            f"{score.mixed_language_themes:10d}  {purity}"
        )
    print(
        f"mean ARI: dev {mean_ari(scores, 'dev'):.3f}, test {mean_ari(scores, 'test'):.3f} "
        f"(threshold {DEFAULT_DISTANCE_THRESHOLD})"
    )
    emerging = score_emerging()
    print(
        f"\n== Emerging themes (one-sided Poisson test, p < 0.01, >= 3 comments): planted spike detected: "
        f"{emerging.detected_in_spike_week}; false alarms in flat weeks: "
        f"{emerging.false_alarms}/{emerging.tested_weeks}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
