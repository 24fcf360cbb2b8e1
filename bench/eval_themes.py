"""Audience themes measured: agreement with labels, emerging-theme detection, ask.

Ask is measured on ``eval/themes/questions.yaml`` (about ten questions per
language for the test brands, each labelled with the theme it is meant to
find), through the real retrieval path (the comments collection in a
temporary Chroma, one watch per brand), :func:`bot.insights.ask.relevant` and
the extractive answer: the share of answers whose every quoted span is word
for word a stored comment of the brand, and whose citations are relevant
(every cited comment carries the question's theme label).

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


@dataclass(frozen=True)
class AskScore:
    language: str
    questions: int
    quotes_verified: int  # answers whose every quoted span is a stored comment, word for word
    all_relevant: int  # answers whose every citation carries the question's theme
    any_relevant: int  # answers with at least one citation of the question's theme
    precision: float  # mean share of citations with the question's theme


def score_ask(embedder: Embedder) -> list[AskScore]:
    import tempfile
    from pathlib import Path

    from bot.config import Settings
    from bot.insights.ask import extractive, quoted_spans, relevant
    from eval.themes import load_questions
    from knowledge.comments import open_comment_index

    data = load_theme_set()
    questions = load_questions()
    brands = sorted({q.brand for q in questions})
    items = [
        ThemeItem(i + 1, row.text, row.text, language=row.language, watch_id=brands.index(row.brand))
        for i, row in enumerate(data)
        if row.brand in brands
    ]
    label = {i + 1: row.theme for i, row in enumerate(data)}
    per_language: dict[str, list[tuple[bool, bool, bool, float]]] = {}
    brand_themes = {
        watch: build_themes([item for item in items if item.watch_id == watch], embedder)
        for watch in range(len(brands))
    }
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(_env_file=None, data_dir=Path(folder))  # type: ignore[call-arg]
        index = open_comment_index(settings, embedder)
        try:
            index.sync(items)
            for question in questions:
                watch = brands.index(question.brand)
                brand_items = {item.comment_id: item for item in items if item.watch_id == watch}
                hits = index.search(question.text, k=20, watch_id=watch)
                matched = [brand_items[i] for i in relevant([(h.comment_id, h.score) for h in hits])]
                answer = extractive(question.text, question.language, matched, brand_themes[watch])
                texts = [item.text for item in brand_items.values()]
                verified = all(any(span in text for text in texts) for span in quoted_spans(answer.text)) and all(
                    brand_items.get(c.comment_id) is not None and brand_items[c.comment_id].text == c.text
                    for c in answer.citations
                )
                hits_ok = [label[c.comment_id] == question.theme for c in answer.citations]
                precision = sum(hits_ok) / len(hits_ok) if hits_ok else 0.0
                per_language.setdefault(question.language, []).append(
                    (verified, bool(hits_ok) and all(hits_ok), any(hits_ok), precision)
                )
        finally:
            index.close()
    return [
        AskScore(
            language,
            len(rows),
            sum(r[0] for r in rows),
            sum(r[1] for r in rows),
            sum(r[2] for r in rows),
            sum(r[3] for r in rows) / len(rows),
        )
        for language, rows in sorted(per_language.items())
    ]


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
    print("\n== Ask (extractive answers, test brands): quotes verified, citations relevant to the intended theme")
    asked = score_ask(embedder)
    for one in asked:
        print(
            f"{one.language}: {one.questions} questions; "
            f"quotes verified {one.quotes_verified}/{one.questions}; "
            f"all citations relevant {one.all_relevant}/{one.questions}; "
            f"any relevant {one.any_relevant}/{one.questions}; citation precision {one.precision:.2f}"
        )
    total = sum(score.questions for score in asked) or 1
    print(
        f"overall: quotes verified {100 * sum(s.quotes_verified for s in asked) / total:.0f} % (target 100 %), "
        f"all citations relevant {100 * sum(s.all_relevant for s in asked) / total:.0f} %"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
