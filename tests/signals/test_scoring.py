"""The opportunity score is pure: gates, thresholds per language pair, the reason line."""

from __future__ import annotations

from dataclasses import replace

from bot.opportunities.scoring import ScoreInput, score_opportunity
from bot.signals.types import Signals

QUESTION = Signals(language="en", intent="question", emotion="neutral", need="winter range", is_question=True)
ANSWERED = {"answer_similarity": 0.90, "relevance": 0.85, "answer_kind": "faq"}


def test_answerable_question_is_drafted_with_a_readable_reason() -> None:
    result = score_opportunity(ScoreInput(signals=QUESTION, engagement=14, age_hours=2.2, **ANSWERED))
    assert result.action == "draft"
    assert result.reason == "Question about “winter range”; FAQ answers it; 14 upvotes; 2 h old"
    assert 0 < result.score <= 1
    assert result.parts["answerable"] is True


def test_risky_comment_is_escalated_whatever_the_score() -> None:
    risky = replace(QUESTION, risk=("injury_or_health",))
    result = score_opportunity(ScoreInput(signals=risky, **ANSWERED))
    assert result.action == "escalate"
    assert "injury or health" in result.reason


def test_opt_out_and_suppressed_author_are_ignored() -> None:
    assert score_opportunity(ScoreInput(signals=replace(QUESTION, opt_out=True), **ANSWERED)).action == "ignore"
    assert score_opportunity(ScoreInput(signals=QUESTION, suppressed=True, **ANSWERED)).action == "ignore"


def test_unanswerable_question_goes_to_digest_not_draft() -> None:
    result = score_opportunity(ScoreInput(signals=QUESTION, answer_similarity=0.78, relevance=0.85))
    assert result.action == "digest"
    assert "guidance does not answer it" in result.reason


def test_unanswerable_off_topic_question_is_ignored() -> None:
    result = score_opportunity(ScoreInput(signals=QUESTION, answer_similarity=0.78, relevance=0.70))
    assert result.action == "ignore"


def test_cross_language_passage_uses_the_cross_language_threshold() -> None:
    base = ScoreInput(
        signals=QUESTION, answer_similarity=0.825, relevance=0.85, answer_thresholds={"same": 0.82, "cross": 0.83}
    )
    assert score_opportunity(base).parts["answerable"] is True
    cross = score_opportunity(replace(base, answer_same_language=False))
    assert cross.parts["answerable"] is False
    assert cross.parts["answer_pair"] == "cross"


def test_brand_reply_in_thread_budget_and_cooldown_each_cap_at_digest() -> None:
    for extra in (
        {"brand_replied_in_thread": True},
        {"community_replies_this_week": 3, "community_budget": 3},
        {"author_in_cooldown": True},
    ):
        result = score_opportunity(ScoreInput(signals=QUESTION, **ANSWERED, **extra))  # type: ignore[arg-type]
        assert result.action == "digest", extra


def test_praise_is_never_drafted() -> None:
    praise = replace(QUESTION, intent="praise", emotion="positive")
    assert score_opportunity(ScoreInput(signals=praise, **ANSWERED)).action in ("digest", "ignore")


def test_watch_threshold_decides_between_draft_and_digest() -> None:
    strict = ScoreInput(signals=QUESTION, thresholds={"draft": 0.99, "digest": 0.3}, **ANSWERED)
    assert score_opportunity(strict).action == "digest"


def test_sales_objective_values_a_purchase_question_above_an_awareness_objective() -> None:
    buying = replace(QUESTION, intent="comparison_or_purchase")
    sales = score_opportunity(ScoreInput(signals=buying, objective="sales", **ANSWERED))
    awareness = score_opportunity(ScoreInput(signals=buying, objective="awareness", **ANSWERED))
    assert sales.score > awareness.score


def test_no_opt_out_signal_can_be_drafted_whatever_the_plan_intent_or_thresholds() -> None:
    """An opt-out in any form (the rules' or a model's flag, the detector's grey band, its doubt below the band,
    a suppressed author) makes drafting impossible: the gates come before every score and plan."""
    from bot.signals.types import INTENTS

    kinds = {
        "flag": replace(QUESTION, opt_out=True),
        "grey band": replace(QUESTION, uncertain=("opt_out",)),
        "doubt": replace(QUESTION, opt_out_doubt=True),
    }
    for name, signals in kinds.items():
        for intent in INTENTS:
            for plan in (None, "answer", "correct", "acknowledge", "thank"):
                item = ScoreInput(
                    signals=replace(signals, intent=intent),
                    plan=plan,
                    thresholds={"draft": 0.0, "digest": 0.0},
                    engagement=100,
                    reach=100,
                    age_hours=0.1,
                    answer_similarity=0.99,
                    relevance=0.99,
                    answer_kind="faq",
                )
                assert score_opportunity(item).action != "draft", (name, intent, plan)
                assert score_opportunity(replace(item, signals=QUESTION, suppressed=True)).action != "draft"
    # the same question without an opt-out signal is drafted: the gates above are what stopped it
    assert score_opportunity(ScoreInput(signals=QUESTION, plan="answer", **ANSWERED)).action == "draft"
