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
