"""Two figure readings agreeing on a question's harassment reading (issue 18, session 42): the riskiest clause
nearer a figure of speech than a harm (Verdict.figure) and the learnt model reading the comment a figure
(Verdict.figure_learned), neither at its own threshold, move the detector's harassment flag or grey band to a
doubt (never drafted, at most digested). Invented verdicts, no model."""

from __future__ import annotations

import pytest

from bot.opportunities.scoring import ScoreInput, score_opportunity
from bot.signals import combine
from bot.signals.combine import FIGURE_MARGIN, LEARNED_FIGURE_AT, judge
from bot.signals.judgement import CLASSES, Verdict
from tests.signals.helpers import question

CALM = dict.fromkeys(CLASSES, 0.01)
HARASSMENT = "harassment"


def _verdict(
    flag: str = HARASSMENT, *, figure: float = 0.008, learned: float | None = 1.6, grey: bool = False
) -> Verdict:
    if grey:
        return Verdict((), (flag,), {**CALM, flag: 0.6}, figure=figure, figure_learned=learned)
    return Verdict((flag,), (), {**CALM, flag: 0.8}, figure=figure, figure_learned=learned)


def test_the_readings_sit_between_zero_and_their_own_thresholds() -> None:
    assert LEARNED_FIGURE_AT is not None and LEARNED_FIGURE_AT > 1.6 and FIGURE_MARGIN > 0.008
    assert combine.AGREED_FIGURE_AT == (0.0, 0.0)


@pytest.mark.parametrize("grey", [False, True])
def test_a_question_whose_harassment_both_readings_call_a_figure_is_a_doubt(grey: bool) -> None:
    """ "Mun mies uhkas heittää kaikki purkit järveen jos ostan vielä yhden 😂 voiko avatun purkin palauttaa?"."""
    judged = judge(question(method="offline"), _verdict(grey=grey))
    assert HARASSMENT not in judged.risk and HARASSMENT not in judged.uncertain
    assert HARASSMENT in judged.risk_doubt
    assert judged.evidence["figurative"].startswith("figure readings agree")
    action = score_opportunity(ScoreInput(signals=judged, answer_similarity=0.99)).action
    assert action not in ("draft", "escalate")


@pytest.mark.parametrize(
    ("figure", "learned"),
    [(-0.001, 1.6), (0.008, -0.1), (0.008, None)],
)
def test_one_reading_against_or_missing_keeps_the_escalation(figure: float, learned: float | None) -> None:
    judged = judge(question(method="offline"), _verdict(figure=figure, learned=learned))
    assert HARASSMENT in judged.risk and HARASSMENT not in judged.risk_doubt


@pytest.mark.parametrize("flag", ["injury_or_health", "crisis_or_tragedy", "legal_or_financial_advice"])
def test_other_classes_keep_the_escalation(flag: str) -> None:
    """On the spent sets the same two readings moved risky injury, crisis and money comments: harassment only."""
    # under the money class's own learnt threshold (LEARNED_FIGURE_CLASS_AT) too
    judged = judge(question(method="offline", risk=(flag,)), _verdict(flag, learned=0.5))
    assert flag in judged.risk


def test_a_statement_a_thread_a_firm_rule_or_a_model_keeps_the_escalation() -> None:
    # a remark mocking a person, no question: "Jussi näyttää ihan siltä vangilta siitä poliisisarjasta 🤡"
    statement = question(method="offline", intent="toxic", is_question=False)
    assert HARASSMENT in judge(statement, _verdict()).risk
    # a thread passing a flag on
    assert HARASSMENT in judge(question(method="offline"), _verdict(), ("harassment",)).risk
    # a firm rule of a figure class
    firm = question(method="offline", risk=("injury_or_health",), evidence={"firm": "injury_or_health"})
    assert HARASSMENT in judge(firm, _verdict()).risk
    # another own class beside harassment
    both = Verdict(
        (HARASSMENT, "minors"), (), {**CALM, HARASSMENT: 0.8, "minors": 0.9}, figure=0.01, figure_learned=1.6
    )
    assert HARASSMENT in judge(question(method="offline"), both).risk
    # a model's labels are never moved
    assert HARASSMENT in judge(question(method="llm", risk=(HARASSMENT,)), _verdict()).risk


def test_off_turns_it_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(combine, "AGREED_FIGURE_AT", None)
    assert HARASSMENT in judge(question(method="offline"), _verdict()).risk


def test_what_the_comment_counts_for_in_its_thread_keeps_it() -> None:
    """judge_threads counts a comment's own classes with ``learned=False``: no sibling loses a flag by it."""
    assert HARASSMENT in judge(question(method="offline"), _verdict(), learned=False).risk
