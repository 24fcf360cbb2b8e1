"""A money question that tells only a figure of speech (session 34, issue 18): the act of each clause beside the
detector. A clause that tells a figure and a clause that asks about the brand's terms is a plain money question;
a clause that tells the harm as it is keeps the flag."""

from __future__ import annotations

import pytest

from bot.opportunities.scoring import ScoreInput, score_opportunity
from bot.signals.combine import LEARNED_FIGURE_CLASS_AT, TOLD_FIGURE_MONEY_AT, judge
from bot.signals.judgement import CLASSES, Verdict, detector, told_figures
from knowledge.embeddings import LocalE5Embedder
from tests.signals.helpers import question

MONEY = "legal_or_financial_advice"
CALM = dict.fromkeys(CLASSES, 0.01)


@pytest.fixture(scope="module")
def embedder() -> LocalE5Embedder:
    return LocalE5Embedder()


def _money(learned: float, told: float | None, *, also: str | None = None) -> Verdict:
    flags = (MONEY,) if also is None else (MONEY, also)
    scores = {**CALM, MONEY: 0.9, **({also: 0.9} if also else {})}
    return Verdict(flags, (), scores, figure=-0.01, figure_learned=learned, told_figure=told)


def _between() -> float:
    """A learnt figure score at the told-figure threshold, under the money class's own (LEARNED_FIGURE_CLASS_AT)."""
    assert TOLD_FIGURE_MONEY_AT is not None and LEARNED_FIGURE_CLASS_AT is not None
    assert LEARNED_FIGURE_CLASS_AT[MONEY] > TOLD_FIGURE_MONEY_AT
    return (TOLD_FIGURE_MONEY_AT + LEARNED_FIGURE_CLASS_AT[MONEY]) / 2


def test_a_money_question_telling_only_a_figure_moves_the_escalation_to_a_doubt() -> None:
    judged = judge(question(), _money(_between(), 0.01))
    assert MONEY not in judged.risk and MONEY in judged.risk_doubt
    assert "learnt figure" in judged.evidence["figurative"]
    action = score_opportunity(ScoreInput(signals=judged, answer_similarity=0.99)).action
    assert action not in ("draft", "escalate")


def test_a_told_harm_one_clause_a_statement_another_class_or_a_thread_keeps_the_money_flag() -> None:
    # the told clause reads nearer a harm told as it happened
    assert MONEY in judge(question(), _money(_between(), -0.005)).risk
    # nothing told beside the question (one clause, or only asking): "can I sue", "is that legal"
    assert MONEY in judge(question(), _money(_between(), None)).risk
    # the learnt model leans to a harm
    assert MONEY in judge(question(), _money(-0.1, 0.02)).risk
    # not a question
    assert MONEY in judge(question(is_question=False, intent="complaint"), _money(_between(), 0.02)).risk
    # another own class beside money
    both = judge(question(), _money(_between(), 0.02, also="injury_or_health"))
    assert {MONEY, "injury_or_health"} <= set(both.risk)
    # a thread passing a flag on, and a model's labels
    assert MONEY in judge(question(), _money(_between(), 0.02), ("legal_or_financial_advice",)).risk
    assert MONEY in judge(question(method="llm", risk=(MONEY,)), _money(_between(), 0.02)).risk


@pytest.mark.parametrize(
    "text",
    [
        "My wallet got absolutely massacred by the move, can I pay the sofa in three parts?",
        "Lompakko itki verta joulun jälkeen, voiko lahjakortin maksaa osissa?",
        "Plånboken grät blod efter semestern, går det att dela upp betalningen?",
    ],
)
def test_a_figure_told_beside_a_terms_question_reads_as_a_figure(embedder: LocalE5Embedder, text: str) -> None:
    [told] = told_figures(embedder, detector(), [text])
    assert told is not None and told >= 0.0


@pytest.mark.parametrize(
    "text",
    [
        "I lost my job in March and the collector calls every day, can I pay the sofa in three parts?",
        "Jäin työttömäksi ja perintätoimisto soittaa joka päivä, voiko laskun maksaa osissa?",
        "Jag har skulder hos Kronofogden sedan i våras, går det att dela upp betalningen?",
    ],
)
def test_money_trouble_told_beside_a_terms_question_reads_as_a_harm(embedder: LocalE5Embedder, text: str) -> None:
    [told] = told_figures(embedder, detector(), [text])
    assert told is not None and told < 0.0


def test_a_comment_that_only_asks_or_only_tells_has_no_told_figure(embedder: LocalE5Embedder) -> None:
    found = told_figures(
        embedder,
        detector(),
        [
            "Can I take the shop to small claims, is that legal?",
            "Voiko kaupan haastaa oikeuteen?",
            "Mulla on velkaa ja rahat loppu.",
        ],
    )
    assert found == [None, None, None]
