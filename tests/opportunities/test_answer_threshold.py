"""A passage in another language than the comment never needs more similarity than one in its own language
(``scoring.answer_threshold``): e5 scores a translation lower than the same words, so a cross-language passage as
close as a same-language one that answers answers too."""

from bot.opportunities.scoring import DEFAULT_ANSWER_THRESHOLDS, ScoreInput, answer_threshold, score_opportunity
from bot.signals.types import Signals

CALIBRATED = {"same": 0.80, "cross": 0.83}  # a calibration that put the cross-language bar above the same one


def test_the_cross_language_threshold_is_capped_at_the_same_language_one() -> None:
    assert answer_threshold(CALIBRATED, "same") == 0.80
    assert answer_threshold(CALIBRATED, "cross") == 0.80


def test_a_lower_cross_language_threshold_is_kept() -> None:
    assert answer_threshold({"same": 0.82, "cross": 0.78}, "cross") == 0.78
    assert answer_threshold({"same": 0.82, "cross": 0.78}, "same") == 0.82


def test_missing_thresholds_fall_back_to_the_defaults() -> None:
    assert answer_threshold({}, "same") == DEFAULT_ANSWER_THRESHOLDS["same"]
    assert answer_threshold({}, "cross") == min(DEFAULT_ANSWER_THRESHOLDS.values())
    assert answer_threshold({"cross": 0.70}, "cross") == 0.70


def _scored(text_language: str, similarity: float, same_language: bool, intent: str = "question") -> dict:
    signals = Signals(language=text_language, intent=intent, emotion="neutral", is_question=intent == "question")
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
    # "can I return an unused lock cylinder?" nearest to the Swedish returns passage, "kan jag byta
    # takpannorna om färgen blir fel?" nearest to the Finnish one: as close as a same-language answer
    for language in ("en", "sv", "fi"):
        parts = _scored(language, 0.815, same_language=False)
        assert parts["answerable"], language
        assert parts["answer_threshold"] == 0.80
        assert parts["gate"] is None


def test_a_cross_language_passage_below_the_same_language_bar_still_does_not_answer() -> None:
    parts = _scored("fi", 0.79, same_language=False)
    assert not parts["answerable"]
    assert parts["gate"] == "guidance does not answer it"


def test_the_same_language_bar_is_unchanged() -> None:
    assert _scored("sv", 0.805, same_language=True)["answerable"]
    assert not _scored("sv", 0.795, same_language=True)["answerable"]
