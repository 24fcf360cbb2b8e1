"""A question surely read as one is answered by a passage in another language at the same-language threshold
(``scoring.answer_threshold``): e5 scores a translation lower than the same words, so a cross-language passage as
close as a same-language one that answers answers too. Complaints, claims and questions barely read as questions keep
the cross-language threshold."""

from dataclasses import replace

import pytest

from bot.opportunities.scoring import (
    DEFAULT_ANSWER_THRESHOLDS,
    SURE_QUESTION,
    SURE_QUESTION_MARGIN,
    ScoreInput,
    answer_threshold,
    score_opportunity,
)
from bot.signals.types import Signals

CALIBRATED = {"same": 0.80, "cross": 0.83}  # a calibration that put the cross-language bar above the same one
SURE = 0.80 - SURE_QUESTION_MARGIN  # a sure question's bar under that calibration


def asking(language: str = "en", intent: str = "question", confidence: float = 0.9) -> Signals:
    return Signals(language=language, intent=intent, emotion="neutral", is_question=True, intent_confidence=confidence)


def test_a_sure_question_has_the_cross_language_threshold_capped_at_the_same_language_one() -> None:
    for intent in ("question", "recommendation_request", "comparison_or_purchase"):
        assert answer_threshold(CALIBRATED, "cross", asking(intent=intent)) == pytest.approx(SURE), intent
    assert answer_threshold(CALIBRATED, "same", asking()) == pytest.approx(SURE)


def test_a_complaint_a_claim_or_a_question_barely_read_keeps_the_cross_language_threshold() -> None:
    complaint = Signals(language="fi", intent="complaint", emotion="negative", intent_confidence=0.9)
    claim = Signals(language="sv", intent="misinformation", emotion="neutral", intent_confidence=0.9)
    barely = asking(confidence=SURE_QUESTION - 0.04)
    for signals in (complaint, claim, barely, None):
        assert answer_threshold(CALIBRATED, "cross", signals) == 0.83


def test_a_lower_cross_language_threshold_is_kept() -> None:
    lower = {"same": 0.82, "cross": 0.78}
    assert answer_threshold(lower, "cross", asking()) == pytest.approx(0.78 - SURE_QUESTION_MARGIN)
    assert answer_threshold(lower, "same", asking()) == pytest.approx(0.82 - SURE_QUESTION_MARGIN)


def test_missing_thresholds_fall_back_to_the_defaults() -> None:
    assert answer_threshold({}, "same") == DEFAULT_ANSWER_THRESHOLDS["same"]
    assert answer_threshold({}, "cross") == DEFAULT_ANSWER_THRESHOLDS["cross"]
    assert answer_threshold({}, "cross", asking()) == pytest.approx(
        min(DEFAULT_ANSWER_THRESHOLDS.values()) - SURE_QUESTION_MARGIN
    )


def scored(signals: Signals, similarity: float, same_language: bool) -> dict:
    return score_opportunity(
        ScoreInput(
            signals=signals,
            objective="trust",
            relevance=0.85,
            answer_similarity=similarity,
            answer_same_language=same_language,
            answer_thresholds=dict(CALIBRATED),
            age_hours=2.0,
        )
    ).parts


def test_a_question_answered_by_a_passage_in_another_language_is_answerable() -> None:
    # "can I send back a lock cylinder I never fitted?" nearest to the Swedish returns passage, "saako
    # takkipaketin palauttaa?" nearest to the English one: as close as a same-language answer would be
    for language in ("en", "sv", "fi"):
        parts = scored(asking(language), 0.815, same_language=False)
        assert parts["answerable"], language
        assert parts["answer_threshold"] == pytest.approx(SURE)
        assert parts["gate"] is None


def test_a_cross_language_passage_below_the_same_language_bar_still_does_not_answer() -> None:
    parts = scored(asking("fi"), 0.79, same_language=False)
    assert not parts["answerable"]
    assert parts["gate"] == "guidance does not answer it"


def test_a_complaint_near_a_passage_in_another_language_is_not_answered_by_it() -> None:
    complaint = Signals(language="fi", intent="complaint", emotion="negative", intent_confidence=0.7)
    parts = scored(complaint, 0.815, same_language=False)
    assert not parts["answerable"]
    assert parts["gate"] == "guidance does not answer it"
    assert scored(replace(complaint, intent="question", is_question=True), 0.815, same_language=False)["answerable"]


def test_the_same_language_bar_is_unchanged() -> None:
    assert scored(asking("sv"), 0.805, same_language=True)["answerable"]
    assert not scored(asking("sv"), 0.79, same_language=True)["answerable"]


# Session 28 (s28-answer): a sure question is answered a little under the bar, in either language pair; a complaint,
# a claim or a question barely read as one is not. The cases are this file's own, in fi, sv and en.
JUST_UNDER = 0.80 - SURE_QUESTION_MARGIN / 2


def test_a_sure_question_just_under_the_bar_is_answerable_in_every_language() -> None:
    for language in ("fi", "sv", "en"):
        for same_language in (True, False):
            parts = scored(asking(language), JUST_UNDER, same_language=same_language)
            assert parts["answerable"], (language, same_language)
            assert parts["gate"] is None


def test_only_a_sure_question_gets_the_margin() -> None:
    complaint = Signals(language="fi", intent="complaint", emotion="negative", intent_confidence=0.9)
    claim = Signals(language="sv", intent="misinformation", emotion="neutral", intent_confidence=0.9)
    barely = asking("en", confidence=SURE_QUESTION - 0.04)
    for signals in (complaint, claim, barely):
        parts = scored(signals, JUST_UNDER, same_language=True)
        assert not parts["answerable"], signals.intent
        assert parts["gate"] == "guidance does not answer it"
    assert answer_threshold(CALIBRATED, "same", complaint) == 0.80
    assert answer_threshold(CALIBRATED, "same") == 0.80


def test_a_sure_question_further_under_the_bar_is_still_not_answered() -> None:
    for language in ("fi", "sv", "en"):
        parts = scored(asking(language), 0.80 - 2 * SURE_QUESTION_MARGIN, same_language=True)
        assert not parts["answerable"], language
