"""A learned fusion for ``ask``, checked across writers: does a reranker fitted on one set's labels help another's?

``bench/eval_ask.py --tune`` sweeps one weight at a time and reads the sets it tunes on; a gain there
that does not carry to a set another writer made is fitted to that writer. This check fits a logistic
regression on the hybrid ranking's own evidence for the first ``DEPTH`` comments of each question
(:data:`FEATURES`: the fused place, the vector scores with and without the feedback, BM25 with and
without the expansion words, the place in the vector ranking overall and within the comment's
language, the asked kind, the named feeling, the question's language, the comment's length; and with
``--graph`` four comment-to-comment ones: the mean cosine with the first 5 and 10, the best with the
first 5, the share of its 5 nearest comments in the first 20), reorders those comments by it
(off-topic comments still last), and prints capped recall@10 / precision@10 / nDCG@10:

- the hybrid ranking as it is (the baseline);
- **across writers**: fitted on eval/themes, measured on ask-dev-b's tuning part, and the other way
  round; this is the figure that decides, as neither set saw the other's labels;
- pooled (fitted on both, in-sample), and ask-dev-b's hold-out (never fitted on);
- ``--held-out``: ask-dev-c too, the held-out check of sessions 11-13 (aggregate figures only).

    python -m bench.ask_fusion [--graph] [--held-out]

Ridge weights 0.3, 1, 3 and 10 are printed side by side. Session 13's reading (eval/README.md's log):
pooled in-sample gains of 0.01-0.03 capped recall@10 vanish across writers, so no fitted fusion is used.
"""

from __future__ import annotations

import math
import sys
import tempfile
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from bench.eval_ask import EvalQuestion, K, Prepared, _services, dev_sets, prepare
from bot.insights.retrieval import DEFAULT, Ranked, hybrid, off_topic_last

DEPTH = 40  # the head of the hybrid ranking that is reordered
RIDGE = (0.3, 1.0, 3.0, 10.0)
FEATURES = (
    "intercept",
    "log place (fused)",
    "vector score z",
    "vector score without feedback z",
    "BM25 / best",
    "BM25 of the question's own words / best",
    "any own word",
    "log place (vectors)",
    "log place (vectors, within its language)",
    "asked kind",
    "named feeling",
    "question's language",
    "log words",
)
GRAPH_FEATURES = ("mean cosine first 5 z", "mean cosine first 10 z", "best cosine first 5 z", "nearest 5 in first 20")

Run = tuple[EvalQuestion, Prepared, list[Ranked]]


def _z(values: Sequence[float] | np.ndarray) -> np.ndarray:
    array = np.asarray(values, dtype=np.float64)
    spread = float(array.std()) or 1.0
    centred: np.ndarray = (array - array.mean()) / spread
    return centred


def _places(values: np.ndarray) -> np.ndarray:
    """Each value's 0-based place, highest first (ties in order)."""
    order = np.argsort(-values, kind="stable")
    places = np.empty(len(values), dtype=np.float64)
    places[order] = np.arange(len(values))
    return places


def features(question: EvalQuestion, prepared: Prepared, ranked: Sequence[Ranked], graph: bool = False) -> np.ndarray:
    """One row of :data:`FEATURES` (and :data:`GRAPH_FEATURES` with ``graph``) per comment of the head of ``ranked``."""
    scope = prepared.candidates[question.key]
    head = list(ranked[:DEPTH])
    dense = np.array([r.dense for r in ranked])
    lexical = np.array([r.lexical for r in ranked])
    own = np.array([r.own_words for r in ranked])
    within = np.zeros(len(ranked))
    by_language: dict[str | None, list[int]] = defaultdict(list)
    for row, r in enumerate(ranked):
        by_language[scope.languages.get(r.comment_id)].append(row)
    for members in by_language.values():
        within[members] = _places(dense[members])
    overall = _places(dense)
    dense_z, first_z = _z(dense), _z([r.first_dense for r in ranked])
    rows: list[list[float]] = []
    for place, r in enumerate(head):
        rows.append(
            [
                1.0,
                math.log1p(place),
                dense_z[place],
                first_z[place],
                lexical[place] / (lexical.max() or 1.0),
                own[place] / (own.max() or 1.0),
                float(own[place] > 0),
                math.log1p(overall[place]),
                math.log1p(within[place]),
                float(r.asked_kind),
                float(scope.felt is not None and scope.emotions.get(r.comment_id) == scope.felt),
                float(scope.languages.get(r.comment_id) == question.language),
                math.log1p(len(scope.texts[r.comment_id].split())),
            ]
        )
    matrix = np.array(rows, dtype=np.float64).reshape(len(head), len(FEATURES))
    return np.hstack([matrix, graph_features(prepared, question, ranked)[: len(head)]]) if graph else matrix


def graph_features(prepared: Prepared, question: EvalQuestion, ranked: Sequence[Ranked]) -> np.ndarray:
    """:data:`GRAPH_FEATURES` for every comment of ``ranked`` (centred vectors, the comment itself left out)."""
    vectors = prepared.candidates[question.key].centred[0]
    matrix = np.stack([vectors[r.comment_id] for r in ranked])
    matrix = matrix / np.where((norms := np.linalg.norm(matrix, axis=1, keepdims=True)) == 0, 1.0, norms)
    cosines = matrix @ matrix.T
    np.fill_diagonal(cosines, np.nan)
    columns = [_z(np.nanmean(cosines[:, :depth], axis=1)) for depth in (5, 10)]
    columns.append(_z(np.nanmax(cosines[:, :5], axis=1)))
    nearest = np.argsort(-np.nan_to_num(cosines, nan=-9.0), axis=1, kind="stable")[:, :5]
    columns.append((nearest < 20).mean(axis=1))
    return np.stack(columns, axis=1)


def fit(x: np.ndarray, y: np.ndarray, ridge: float, rounds: int = 50) -> np.ndarray:
    """Logistic regression by Newton's method, the intercept (column 0) not penalised; deterministic."""
    penalty = ridge * np.diag(np.r_[0.0, np.ones(x.shape[1] - 1)])
    weights = np.zeros(x.shape[1])
    for _ in range(rounds):
        p = 1 / (1 + np.exp(-(x @ weights)))
        gradient = x.T @ (p - y) + penalty @ weights
        hessian = (x * (p * (1 - p))[:, None]).T @ x + penalty
        weights = weights - np.linalg.solve(hessian, gradient)
    return weights


def reorder(
    ranked: Sequence[Ranked], matrix: np.ndarray, weights: np.ndarray, intents: dict[int, str | None]
) -> list[Ranked]:
    """The head of ``ranked`` ordered by the fitted score (ties by place), the rest as it was, off-topic last."""
    score = matrix @ weights
    head = [ranked[row] for row in sorted(range(len(score)), key=lambda row: (-score[row], row))]
    return off_topic_last([*head, *ranked[len(score) :]], intents)


def runs(prepared: Prepared) -> list[Run]:
    """Each question with a relevant comment, and its hybrid ranking (the default tuning)."""
    found = []
    for question in prepared.data.questions:
        if not question.relevant:
            continue
        scope = prepared.candidates[question.key]
        vectors, dense = scope.centred
        ranked = hybrid(
            question.text, scope.texts, dense, scope.languages, DEFAULT, vectors, scope.intents, scope.asked,
            scope.raw[1], emotions=scope.emotions, felt=scope.felt,
        )  # fmt: skip
        found.append((question, prepared, ranked))
    return found


def examples(found: Sequence[Run], graph: bool) -> tuple[np.ndarray, np.ndarray]:
    """The feature rows and relevance labels of every question's head."""
    rows: list[np.ndarray] = []
    labels: list[bool] = []
    for question, prepared, ranked in found:
        rows.append(features(question, prepared, ranked, graph))
        labels.extend(prepared.keys[r.comment_id] in question.relevant for r in ranked[:DEPTH])
    return np.vstack(rows), np.array(labels, dtype=np.float64)


def measure(found: Sequence[Run], weights: np.ndarray | None, graph: bool) -> tuple[float, float, float]:
    """Mean capped recall@10, precision@10 and nDCG@10, the ranking reordered by ``weights`` (None: as it is)."""
    figures = []
    for question, prepared, ranked in found:
        order = ranked
        if weights is not None:
            matrix = features(question, prepared, ranked, graph)
            order = reorder(ranked, matrix, weights, prepared.candidates[question.key].intents)
        hits = [prepared.keys[r.comment_id] in question.relevant for r in order[:K]]
        best = min(K, len(question.relevant))
        dcg = sum(1 / math.log2(place + 2) for place, hit in enumerate(hits) if hit)
        ideal = sum(1 / math.log2(place + 2) for place in range(best))
        figures.append((sum(hits) / best, sum(hits) / K, dcg / ideal))
    return tuple(float(v) for v in np.mean(figures, axis=0)) if figures else (0.0, 0.0, 0.0)  # type: ignore[return-value]


def _prepared(name: str) -> tuple[Prepared, frozenset[str]]:
    data, hold_out = dev_sets()[name]
    with tempfile.TemporaryDirectory() as folder:
        services = _services(Path(folder) / "retrieval")
        try:
            return prepare(services, data), hold_out
        finally:
            services.close()


def _line(label: str, figures: tuple[float, float, float]) -> str:
    return f"  {label:48} cR@10 {figures[0]:.3f}  P@10 {figures[1]:.3f}  nDCG {figures[2]:.3f}"


def main(argv: list[str]) -> int:
    graph = "--graph" in argv
    themes, _ = _prepared("dev")
    dev_b, hold_out = _prepared("ask-dev-b")
    on_themes = runs(themes)
    everything_b = runs(dev_b)
    tuning_b = [run for run in everything_b if run[0].key not in hold_out]
    held_b = [run for run in everything_b if run[0].key in hold_out]
    held_c = runs(_prepared("ask-dev-c")[0]) if "--held-out" in argv else []
    print(f"features: {', '.join(FEATURES + (GRAPH_FEATURES if graph else ()))}; head {DEPTH}")
    print(_line("eval/themes, hybrid as it is", measure(on_themes, None, graph)))
    print(_line("ask-dev-b tuning part, hybrid as it is", measure(tuning_b, None, graph)))
    print(_line("ask-dev-b hold-out, hybrid as it is", measure(held_b, None, graph)))
    if held_c:
        print(_line("ask-dev-c, hybrid as it is", measure(held_c, None, graph)))
    x_themes, y_themes = examples(on_themes, graph)
    x_b, y_b = examples(tuning_b, graph)
    for ridge in RIDGE:
        pooled = fit(np.vstack([x_themes, x_b]), np.r_[y_themes, y_b], ridge)
        print(f"ridge {ridge}: weights {' '.join(f'{w:+.2f}' for w in pooled)}")
        print(
            _line(
                "fitted on eval/themes -> ask-dev-b tuning part",
                measure(tuning_b, fit(x_themes, y_themes, ridge), graph),
            )
        )
        print(_line("fitted on ask-dev-b tuning part -> eval/themes", measure(on_themes, fit(x_b, y_b, ridge), graph)))
        print(_line("pooled -> eval/themes (in-sample)", measure(on_themes, pooled, graph)))
        print(_line("pooled -> ask-dev-b tuning part (in-sample)", measure(tuning_b, pooled, graph)))
        print(_line("pooled -> ask-dev-b hold-out", measure(held_b, pooled, graph)))
        if held_c:
            print(_line("pooled -> ask-dev-c (held out)", measure(held_c, pooled, graph)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
