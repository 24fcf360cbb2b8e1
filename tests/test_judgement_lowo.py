"""The detector's leave-one-writer-out tooling (issue 18, session 24): spent sets that teach only the risk classes,
their hold-out thirds as calibration, and a detector measured in place of the committed one."""

from __future__ import annotations

import numpy as np

from bot.signals import judgement
from eval.dataset import SPENT_JUDGEMENT, held_out_thread, load_comments


def test_a_set_teaching_only_risk_gives_risk_labels_and_no_intent() -> None:
    from eval.judgement_train import dev_samples, held_out, source, spent_set

    name = SPENT_JUDGEMENT[-1]
    samples = [s for s in dev_samples((), (name,)) if source(s.group) == name]
    assert samples and all(s.intent is None for s in samples)
    assert any(s.labels for s in samples) and not any(s.ignore >= set(judgement.CLASSES) for s in samples)
    assert not any(held_out(s.group) for s in samples)  # its hold-out third is neither trained nor calibrated on
    calibrated = [s for s in dev_samples((), (name,), calibrate_spent=True) if source(s.group) == name]
    held = {
        c.thread_id for c in load_comments(spent_set(name), split="blind") if held_out_thread(c.thread_id, prefix=name)
    }
    assert held and {s.group.removeprefix(f"{name}:") for s in calibrated if held_out(s.group)} == held


def test_a_measured_detector_replaces_the_committed_one_until_restored() -> None:
    committed = judgement.detector()
    other = judgement.SemanticDetector(
        classes=committed.classes,
        weights=np.zeros_like(committed.weights),
        bias=np.full_like(committed.bias, 30.0),
        flag_at=committed.flag_at,
        grey_at=committed.grey_at,
        embedder_name=committed.embedder_name,
        intent_weights=committed.intent_weights,
        intent_bias=committed.intent_bias,
    )
    judgement.use_detector(other)
    try:
        assert judgement.detector() is other
        (verdict,) = other.verdicts(np.zeros((1, other.dim), dtype=np.float32))
        assert set(verdict.flags) == set(other.classes)
    finally:
        judgement.use_detector(None)
    assert judgement.detector() is committed


def test_a_set_teaching_some_classes_says_nothing_about_the_others() -> None:
    from eval.judgement_train import dev_samples, source

    name = SPENT_JUDGEMENT[-1]
    samples = [s for s in dev_samples((), (name,), risk_classes=("minors",)) if source(s.group) == name]
    others = set(judgement.CLASSES) - {"minors"}
    assert samples and all(s.ignore >= others and not s.labels & others for s in samples)
    assert any("minors" in s.labels for s in samples)


def test_intent_accuracy_is_the_share_of_first_choices_that_match_the_label() -> None:
    from bot.signals.types import INTENTS
    from eval.judgement_lowo import intent_accuracy

    weights = np.eye(len(INTENTS), 4, dtype=np.float32)  # intent i reads coordinate i (the first four intents)
    bias = np.zeros(len(INTENTS), dtype=np.float32)
    vectors = np.array([[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0]], dtype=np.float32)
    assert intent_accuracy((weights, bias), vectors, [INTENTS[0], INTENTS[1], INTENTS[0]]) == 2 / 3


def test_the_intent_samples_of_a_left_out_writer_hold_none_of_its_comments() -> None:
    from eval.judgement_lowo import intent_samples
    from eval.judgement_train import source

    left_out = SPENT_JUDGEMENT[0]
    kept = [name for name in SPENT_JUDGEMENT if name != left_out]
    samples = intent_samples(kept[:1])
    sources = {source(s.group) for s in samples}
    assert kept[0] in sources and left_out not in sources
    assert all(s.intent is not None for s in samples)
    assert any(source(s.group) == "example" for s in samples)  # the example phrases too


def test_the_committed_detector_takes_another_intent_layer_and_keeps_its_risk_classes() -> None:
    from eval.judgement_lowo import replace_intent

    committed = judgement.detector()
    other = replace_intent(committed, np.zeros_like(committed.intent_weights), np.zeros_like(committed.intent_bias))
    assert not other.intent_weights.any() and other.weights is committed.weights
    assert other.flag_at is committed.flag_at and committed.intent_weights.any()


def test_spent_samples_carry_their_writers_hard_label() -> None:
    from eval.judgement_train import dev_samples, source, spent_set

    name = SPENT_JUDGEMENT[-1]
    samples = [s for s in dev_samples((), (name,)) if source(s.group) == name and not s.title]
    hard_texts = {c.text for c in load_comments(spent_set(name), split="blind") if c.hard}
    assert hard_texts and any(s.hard for s in samples) and not all(s.hard for s in samples)
    assert all(s.text in hard_texts for s in samples if s.hard)


def test_a_weighted_hard_negative_scores_lower_than_an_unweighted_one() -> None:
    from eval.judgement_train import _fit, _sigmoid

    rng = np.random.default_rng(0)
    positives = rng.normal(1.0, 0.3, size=(40, 2))
    negatives = rng.normal(-1.0, 0.3, size=(40, 2))
    hard = np.array([[0.6, 0.6], [0.7, 0.5]])  # negatives among the positives' words
    x = np.concatenate([positives, negatives, hard])
    y = np.concatenate([np.ones(40, dtype=bool), np.zeros(42, dtype=bool)])
    plain_w, plain_b = _fit(x, y)
    weight = np.concatenate([np.ones(80), np.full(2, 8.0)])
    heavy_w, heavy_b = _fit(x, y, weight)
    assert (_sigmoid(hard @ heavy_w + heavy_b) < _sigmoid(hard @ plain_w + plain_b)).all()


def test_the_hard_quantile_lifts_the_grey_band_above_most_hold_out_hard_negatives() -> None:
    from eval.judgement_train import thresholds

    ordinary = np.linspace(0.0, 0.2, 2000)
    hard = np.linspace(0.2, 0.7, 20)
    positives = np.linspace(0.75, 0.99, 20)
    scores = np.concatenate([ordinary, hard, positives])
    truth = np.concatenate([np.zeros(2020, dtype=bool), np.ones(20, dtype=bool)])
    is_hard = np.concatenate([np.zeros(2000, dtype=bool), np.ones(20, dtype=bool), np.zeros(20, dtype=bool)])
    plain, _ = thresholds(scores, truth, None, is_hard, None)
    lifted, flag = thresholds(scores, truth, None, is_hard, 0.9)
    assert plain < np.quantile(hard, 0.9) < lifted and flag >= lifted + 0.05
    assert (hard >= lifted).mean() <= 0.1 and (positives >= lifted).all()
