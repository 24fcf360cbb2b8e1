"""The learned-fusion check of ``ask`` (bench/ask_fusion.py): its features, fit and reordering on hand-made cases."""

from __future__ import annotations

import numpy as np

from bench.ask_fusion import DEPTH, FEATURES, GRAPH_FEATURES, features, fit, measure, reorder
from bench.eval_ask import Candidates, EvalQuestion, EvalSet, Prepared
from bot.insights.retrieval import Ranked


def _prepared() -> tuple[EvalQuestion, Prepared, list[Ranked]]:
    texts = {1: "toimitus kesti viikon", 2: "leveransen tog en vecka", 3: "the app crashes", 4: "off topic spam here"}
    languages: dict[int, str | None] = {1: "fi", 2: "sv", 3: "en", 4: "en"}
    vectors = {1: np.array([1.0, 0.0]), 2: np.array([0.9, 0.1]), 3: np.array([0.0, 1.0]), 4: np.array([-1.0, 0.0])}
    scope = Candidates(
        texts=texts,
        languages=languages,
        intents={1: "complaint", 2: "complaint", 3: "complaint", 4: "off_topic"},
        asked="complaint",
        centred=(vectors, {1: 0.6, 2: 0.5, 3: 0.1, 4: 0.0}),
        raw=(vectors, {1: 0.8, 2: 0.7, 3: 0.5, 4: 0.4}),
        emotions={1: "negative", 2: "neutral", 3: "negative", 4: None},
        felt="negative",
    )
    question = EvalQuestion("q1", "fi", "valittavatko ihmiset toimituksesta?", frozenset({"c1", "c2"}))
    prepared = Prepared(EvalSet("tiny", [], [question]), {1: "c1", 2: "c2", 3: "c3", 4: "c4"}, {"q1": scope})
    ranked = [
        Ranked(1, 0.3, 0.6, 2.0, own_words=2.0, first_dense=0.6, asked_kind=True),
        Ranked(3, 0.2, 0.1, 0.0, first_dense=0.1, asked_kind=True),
        Ranked(2, 0.1, 0.5, 0.0, first_dense=0.5, asked_kind=True),
        Ranked(4, 0.0, 0.0, 0.0),
    ]
    return question, prepared, ranked


def test_fusion_features_read_places_languages_labels_and_the_graph() -> None:
    question, prepared, ranked = _prepared()
    matrix = features(question, prepared, ranked)
    assert matrix.shape == (4, len(FEATURES)) and DEPTH >= 4
    column = {name: matrix[:, n] for n, name in enumerate(FEATURES)}
    assert column["question's language"].tolist() == [1.0, 0.0, 0.0, 0.0]
    assert column["named feeling"].tolist() == [1.0, 1.0, 0.0, 0.0]
    assert column["asked kind"].tolist() == [1.0, 1.0, 1.0, 0.0]
    # comment 2 is second by vector score overall and first among the Swedish ones; comment 3 first among English
    assert np.allclose(column["log place (vectors)"], np.log1p([0, 2, 1, 3]))
    assert np.allclose(column["log place (vectors, within its language)"], np.log1p([0, 0, 0, 1]))
    assert column["BM25 of the question's own words / best"].tolist() == [1.0, 0.0, 0.0, 0.0]
    with_graph = features(question, prepared, ranked, graph=True)
    assert with_graph.shape == (4, len(FEATURES) + len(GRAPH_FEATURES))
    best_first_five = with_graph[:, len(FEATURES) + 2]
    assert best_first_five[0] == best_first_five.max()  # comment 1's best neighbour is comment 2 (cosine 0.99)


def test_fit_learns_the_deciding_column_and_is_deterministic() -> None:
    generator = np.random.default_rng(7)
    deciding = generator.normal(size=200)
    noise = generator.normal(size=200)
    x = np.column_stack([np.ones(200), deciding, noise])
    y = (deciding + 0.3 * generator.normal(size=200) > 0.5).astype(np.float64)
    weights = fit(x, y, 1.0)
    assert weights[1] > 2.0 and abs(weights[2]) < 0.5 * weights[1]
    assert weights[0] < 0  # the positives are the minority: the unpenalised intercept says so
    assert np.array_equal(weights, fit(x, y, 1.0))
    heavy = fit(x, y, 1e6)
    assert abs(heavy[1]) < 0.01  # a heavy ridge shrinks the slopes to nothing, not the intercept: the base rate
    assert abs(1 / (1 + np.exp(-heavy[0])) - y.mean()) < 0.01


def test_reorder_moves_the_head_by_score_keeps_the_tail_and_off_topic_last() -> None:
    _, _, ranked = _prepared()
    matrix = np.array([[0.0], [2.0], [1.0]])  # the first three are the head; comment 3 scores best
    order = reorder(ranked, matrix, np.array([1.0]), {4: "off_topic"})
    assert [r.comment_id for r in order] == [3, 2, 1, 4]
    with_off_topic_ahead = reorder(ranked, np.array([[0.0], [0.0], [0.0], [5.0]]), np.array([1.0]), {4: "off_topic"})
    assert with_off_topic_ahead[-1].comment_id == 4


def test_measure_reads_capped_recall_and_precision_of_the_reordered_ranking() -> None:
    question, prepared, ranked = _prepared()
    found = [(question, prepared, ranked)]
    recall, precision, ndcg = measure(found, None, graph=False)
    assert (recall, precision) == (1.0, 0.2) and 0 < ndcg < 1  # comment 2 is third, behind comment 3
    column = FEATURES.index("vector score without feedback z")
    weights = np.zeros(len(FEATURES))
    weights[column] = 1.0
    assert measure(found, weights, graph=False)[2] == 1.0  # by the question's own vector score both lead
