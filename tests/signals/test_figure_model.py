"""The learnt figure of speech (bot.signals.figure_model): a wide margin moves a figure's escalation to a doubt."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np
import pytest

from bot.opportunities.scoring import ScoreInput, score_opportunity
from bot.signals import figure_model
from bot.signals.combine import LEARNED_FIGURE_AT, LEARNED_FIGURE_CLASS_AT, judge
from bot.signals.figurative import THING_MARGIN
from bot.signals.judgement import CLASSES, Verdict, detector
from knowledge.embeddings import LocalE5Embedder
from tests.signals.helpers import question

CALM = dict.fromkeys(CLASSES, 0.01)


@pytest.fixture(scope="module")
def embedder() -> LocalE5Embedder:
    return LocalE5Embedder()


@pytest.fixture
def no_model() -> Iterator[None]:
    figure_model.use_model(False)
    yield
    figure_model.use_model(None)


def _flagged(flag: str, learned: float | None, grey: bool = False) -> Verdict:
    if grey:
        return Verdict((), (flag,), {**CALM, flag: 0.5}, figure=-0.05, figure_learned=learned)
    return Verdict((flag,), (), {**CALM, flag: 0.9}, figure=-0.05, figure_learned=learned)


def _at() -> float:
    assert LEARNED_FIGURE_AT is not None
    return LEARNED_FIGURE_AT


@pytest.mark.parametrize("flag", ["crisis_or_tragedy", "injury_or_health", "legal_or_financial_advice", "harassment"])
def test_a_wide_learnt_figure_margin_moves_the_escalation_to_a_doubt(flag: str) -> None:
    judged = judge(question(risk=(flag,)), _flagged(flag, _at() + 0.1))
    assert flag not in judged.risk and flag in judged.risk_doubt
    assert "learnt figure" in judged.evidence["figurative"]
    action = score_opportunity(ScoreInput(signals=judged, answer_similarity=0.99)).action
    assert action not in ("draft", "escalate")
    grey = judge(question(), _flagged(flag, _at() + 0.1, grey=True))
    assert flag not in grey.uncertain and flag in grey.risk_doubt


def test_a_narrow_learnt_margin_a_thread_a_firm_rule_or_a_model_label_keeps_the_escalation() -> None:
    flag = "crisis_or_tragedy"
    assert flag in judge(question(risk=(flag,)), _flagged(flag, _at() - 0.1)).risk
    assert flag in judge(question(risk=(flag,)), _flagged(flag, None)).risk
    # a thread passing a flag on (a title's risk, a competitor's or a no-brands thread): nothing moves
    threaded = judge(question(risk=(flag,)), _flagged(flag, _at() + 1), ("competitor_thread",))
    assert flag in threaded.risk
    # a firm rule names the situation itself (a kin who passed)
    firm = judge(question(risk=(flag,), evidence={"firm": flag}), _flagged(flag, _at() + 1))
    assert flag in firm.risk
    # a model's labels are never moved
    llm = judge(question(method="llm", risk=(flag,)), _flagged(flag, _at() + 1))
    assert flag in llm.risk
    # another class of the comment's own (minors, politics) keeps everything
    minors = judge(question(risk=(flag, "minors")), _flagged(flag, _at() + 1))
    assert {flag, "minors"} <= set(minors.risk)


def _money_at() -> float:
    assert LEARNED_FIGURE_CLASS_AT is not None
    return LEARNED_FIGURE_CLASS_AT["legal_or_financial_advice"]


def test_a_comment_whose_own_risk_is_only_money_moves_from_the_lower_class_threshold() -> None:
    money = "legal_or_financial_advice"
    between = (_money_at() + _at()) / 2
    assert _money_at() < between < _at()
    for grey in (False, True):
        moved = judge(question(risk=() if grey else (money,)), _flagged(money, between, grey=grey))
        assert money not in (*moved.risk, *moved.uncertain) and money in moved.risk_doubt
    # under the money threshold it stays an escalation
    assert money in judge(question(risk=(money,)), _flagged(money, _money_at() - 0.1)).risk
    # the other classes keep the common threshold
    for flag in ("crisis_or_tragedy", "injury_or_health", "harassment"):
        assert flag in judge(question(risk=(flag,)), _flagged(flag, between)).risk
    # money beside another class of the comment's own: the higher threshold of the two
    both = Verdict(
        (money, "injury_or_health"),
        (),
        {**CALM, money: 0.9, "injury_or_health": 0.9},
        figure=-0.05,
        figure_learned=between,
    )
    kept = judge(question(risk=(money,)), both)
    assert {money, "injury_or_health"} <= set(kept.risk)


def test_the_model_file_round_trips_to_the_same_bytes() -> None:
    model = figure_model.model()
    assert model is not None
    text = model.to_yaml()
    assert figure_model.from_yaml(text).to_yaml() == text
    assert model.embedder_name == detector().embedder_name


@pytest.mark.usefixtures("no_model")
def test_without_a_model_nothing_is_scored() -> None:
    def zeros(texts: Sequence[str]) -> np.ndarray:
        return np.zeros((len(texts), 384), dtype=np.float32)

    assert figure_model.scores(zeros, ["I could die of shame"]) == [None]


@pytest.mark.parametrize(
    ("figure", "harm"),
    [
        (
            "I'd die of embarrassment if I wobble off the wall in front of everyone lol, do you lend harnesses?",
            "I fell off the climbing wall last month and broke my ankle, can I still use my card?",
        ),
        (
            "Mun lompakko itkee verta tän alen jälkeen 😂 toimitatteko Ouluun?",
            "Perintäfirma uhkaa ulosotolla ja velkaa on 4000 euroa, voinko maksaa osissa?",
        ),
        (
            "Det här blir en massaker på dansgolvet haha, har ni garderob?",
            "Min bror dog i en olycka i våras och jag vill boka ett minnesrum, går det?",
        ),
    ],
)
def test_the_committed_model_scores_a_figure_above_a_harm_told_as_it_happened(
    embedder: LocalE5Embedder, figure: str, harm: str
) -> None:
    space = detector().embedder_name
    found = figure_model.scores(embedder.embed_queries, [figure, harm], space)
    assert found[0] is not None and found[1] is not None
    assert found[0] > 0 > found[1]


@pytest.mark.parametrize(
    ("figure", "trouble"),
    [
        (
            "Our kitchen budget got absolutely slaughtered this spring lol, can I split the payment into three?",
            "The debt collector is threatening enforcement and I owe 2,500 euros, can I split the payment into three?",
        ),
        (
            "Plånboken blev totalt avrättad av julhandeln haha, går det att betala med faktura?",
            "Kronofogden har mig på tre skulder och banken nekar lån, går det att betala med faktura?",
        ),
    ],
)
def test_a_terms_question_beside_a_figure_of_violence_clears_the_money_threshold_and_money_trouble_does_not(
    embedder: LocalE5Embedder, figure: str, trouble: str
) -> None:
    found = figure_model.scores(embedder.embed_queries, [figure, trouble], detector().embedder_name)
    assert found[0] is not None and found[1] is not None
    assert found[0] >= _money_at() > found[1]


def test_what_a_comment_counts_for_in_its_thread_is_judged_without_the_learnt_figure() -> None:
    """judge_threads counts each comment's own flags as if unmoved (``learned=False``), so moving one comment's
    escalation to a doubt never takes a flag from its siblings."""
    flag = "injury_or_health"
    alone = judge(question(risk=(flag,)), _flagged(flag, _at() + 1), learned=False)
    assert flag in alone.risk and flag not in alone.risk_doubt


def test_a_crisis_rule_on_a_things_death_is_dropped_not_made_a_doubt_by_the_learnt_figure() -> None:
    """The thing-death check drops the rule's crisis first ("my old kettle died"): the learnt figure finds nothing left
    to move and adds no doubt, so such a comment may still be drafted."""
    verdict = Verdict((), (), CALM, thing_death=THING_MARGIN + 0.01, figure=-0.05, figure_learned=_at() + 1)
    judged = judge(question(risk=("crisis_or_tragedy",), is_question=False, intent="complaint"), verdict)
    assert judged.risk == () and judged.risk_doubt == ()
    assert "learnt figure" not in judged.evidence.get("figurative", "")
