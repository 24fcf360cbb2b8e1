"""The learned draft score (bot/opportunities/draft_score.py, eval/score_train.py): it decides, past the safety
gates, what the hand weights, the answerability cap and the no-plan cap decided; the safety gates hold whatever it
says, and the hand weights stay as the switchable fallback."""

from dataclasses import replace

import numpy as np
import pytest

from bot.opportunities import draft_score
from bot.opportunities.scoring import (
    DEFAULT_ANSWER_THRESHOLDS,
    ScoreInput,
    draft_features,
    passes_gates,
    score_opportunity,
)
from bot.signals.types import Signals
from eval import score_train

SAME = DEFAULT_ANSWER_THRESHOLDS["same"]


def asking(language: str = "fi", confidence: float = 0.9, **extra: object) -> Signals:
    return Signals(
        language=language,
        intent="question",
        emotion="neutral",
        is_question=True,
        intent_confidence=confidence,
        **extra,  # type: ignore[arg-type]
    )


def item(signals: Signals, similarity: float | None, **extra: object) -> ScoreInput:
    given: dict[str, object] = {"learned": True, **extra}
    return ScoreInput(
        signals=signals,
        relevance=0.80,
        answer_similarity=similarity,
        answer_same_language=True,
        age_hours=3.0,
        **given,  # type: ignore[arg-type]
    )


def test_the_committed_model_matches_the_features_and_sits_its_point_at_the_default_draft_threshold() -> None:
    found = draft_score.model()
    assert tuple(found["features"]) == draft_score.FEATURES
    assert len(found["weights"]) == len(draft_score.FEATURES)
    assert found["draft_at"] == 0.55
    assert "judgement-o" in found["trained_on"] and "judgement-s" not in found["trained_on"]


def test_a_sure_question_its_passage_answers_is_drafted_and_one_far_from_any_passage_is_not() -> None:
    for language in ("fi", "sv", "en"):
        answered = score_opportunity(item(asking(language), SAME + 0.05))
        assert answered.action == "draft", language
        far = score_opportunity(item(asking(language), SAME - 0.15))
        assert far.action != "draft", language
        assert far.score < answered.score


def test_a_closer_passage_never_lowers_the_score() -> None:
    scores = [score_opportunity(item(asking(), SAME + step / 100)).score for step in range(-15, 16)]
    assert scores == sorted(scores)


@pytest.mark.parametrize(
    ("signals", "action"),
    [
        (asking(risk=("injury_or_health",)), "escalate"),
        (asking(uncertain=("minors",)), "escalate"),
        (asking(opt_out=True), "ignore"),
        (replace(asking(), intent="spam_or_self_promotion"), "ignore"),
    ],
)
def test_the_safety_gates_hold_whatever_the_learned_score_says(signals: Signals, action: str) -> None:
    scored = score_opportunity(item(signals, SAME + 0.10))
    assert scored.action == action
    assert not passes_gates(item(signals, SAME + 0.10))


def test_a_doubt_or_a_spent_budget_keeps_a_well_answered_question_in_the_digest() -> None:
    for extra in ({"community_replies_this_week": 3}, {"author_in_cooldown": True}, {"brand_replied_in_thread": True}):
        assert score_opportunity(item(asking(), SAME + 0.10, **extra)).action != "draft", extra
    doubted = score_opportunity(item(asking(risk_doubt=("injury_or_health",)), SAME + 0.10))
    assert doubted.action != "draft"
    assert "a person reads it first" in (doubted.parts["gate"] or "")


def test_the_hand_weights_keep_the_answerability_cap_as_the_fallback() -> None:
    under = SAME - 0.02
    hand = score_opportunity(item(asking(), under, learned=False))
    assert hand.parts["gate"] == "guidance does not answer it"
    assert hand.action != "draft"
    learned = score_opportunity(item(asking(), under))
    assert learned.parts["gate"] is None  # the learned score decides it


def test_a_watchs_stricter_draft_threshold_still_holds_a_learned_draft_back() -> None:
    answered = item(asking(), SAME + 0.05)
    score = score_opportunity(answered).score
    stricter = replace(answered, thresholds={"draft": min(1.0, score + 0.01), "digest": 0.3})
    assert score_opportunity(stricter).action == "digest"


def test_a_thank_you_plan_reads_as_answered_whatever_the_nearest_passage() -> None:
    praise = Signals(language="sv", intent="praise", emotion="positive", intent_confidence=0.9)
    planned = draft_features(item(praise, 0.5, plan="thank"))
    unplanned = draft_features(item(praise, 0.5))
    at = draft_score.FEATURES.index("answer_margin")
    assert planned[at] == pytest.approx(draft_score.SPAN * 10)
    assert unplanned[at] == pytest.approx(-draft_score.SPAN * 10)


def row(label: bool, values: list[float], writer: str = "w") -> score_train.Row:
    return score_train.Row(writer=writer, label=label, gated_open=True, hand=False, values=values)


def test_the_trainer_puts_its_chosen_point_at_the_default_draft_threshold() -> None:
    width = len(draft_score.FEATURES)
    rng = np.random.default_rng(0)
    train = []
    for index in range(200):
        margin = float(rng.uniform(-1.5, 1.5))
        values = [0.0] * width
        values[draft_score.FEATURES.index("answer_margin")] = margin
        train.append(row(margin + float(rng.normal(0, 0.5)) > 0, values, writer=f"w{index % 4}"))
    params = score_train.fit(train)
    assert params["features"] == list(draft_score.FEATURES)
    drafted = score_train.decided(params, train)
    tp = sum(d and r.label for d, r in zip(drafted, train, strict=True))
    assert tp / max(1, sum(drafted)) >= score_train.TARGET_PRECISION
    # the raw probability at the chosen threshold maps to 0.55 after the shift
    t = float(params["fitted_threshold"])  # type: ignore[arg-type]
    raw = {"weights": params["weights"], "bias": float(params["bias"]) - np.log(0.55 / 0.45) + np.log(t / (1 - t))}  # type: ignore[arg-type]
    assert all(
        (draft_score.probability(r.values, params) >= 0.55) == (draft_score.probability(r.values, raw) >= t)
        for r in train
    )


def test_the_threshold_is_the_best_f1_at_the_target_precision() -> None:
    probabilities = np.array([0.9, 0.8, 0.7, 0.6, 0.5, 0.4, -1.0])
    labels = np.array([True, True, True, False, True, False, True])
    # at 0.7: precision 1.0, F1 0.75; at 0.5: precision 0.8 (under 0.85)
    assert score_train._threshold(probabilities, labels) == pytest.approx(0.7)
