"""Session 28 (s28-claims, issue 25): a flat claim about the brand the classifier barely reads as a complaint."""

from __future__ import annotations

import pytest

from bot.opportunities.claims import told_as_own_or_to_someone
from bot.opportunities.plan import GuidanceFit, ThreadContext

from .planning import OWN, plan_on, sig

CONTRADICTS = GuidanceFit(answers=True, support=True, contradicts=True, passages=("p1",))
OPPOSES = GuidanceFit(answers=True, support=True, opposes="polarity", opposing_passage="p2")


@pytest.mark.parametrize(
    ("text", "language", "fit"),
    [
        ("ne myyvät kahden litran sangon kauppahallissa 9 eurolla", "fi", CONTRADICTS),
        ("verstas ei muuten korjaa ollenkaan vanhoja polkupyöriä", "fi", OPPOSES),
        ("butiken säljer presentkort för 25 kr styck", "sv", CONTRADICTS),
        ("the bakery doesn't deliver outside the city at all", "en", OPPOSES),
    ],
)
def test_a_claim_read_as_an_unsure_complaint_is_corrected(text: str, language: str, fit: GuidanceFit) -> None:
    plan = plan_on(sig("complaint", language, intent_confidence=0.3, complaint_score=0.3), text, OWN, fit)
    assert plan.kind == "correct"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("tilasin teiltä ja maksoin 9 euroa sangosta, ei ikinä enää", "fi"),  # own dealings
        ("jag betalade 25 kr för presentkortet och det funkade inte", "sv"),  # own dealings, bad experience
        ("they charged me 40 € for delivery last week, ridiculous", "en"),  # own dealings
    ],
)
def test_the_persons_own_dealings_are_no_claim_to_correct(text: str, language: str) -> None:
    plan = plan_on(sig("complaint", language, intent_confidence=0.3, complaint_score=0.3), text, OWN, CONTRADICTS)
    assert plan.kind != "correct"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ne myyvät kahden litran sangon 9 eurolla", "fi"),
        ("the bakery doesn't deliver outside the city at all", "en"),
    ],
)
def test_a_sure_complaint_is_never_corrected(text: str, language: str) -> None:
    plan = plan_on(sig("complaint", language, intent_confidence=0.8, complaint_score=0.8), text, OWN, CONTRADICTS)
    assert plan.kind != "correct"


def test_an_opinion_of_a_price_is_not_corrected() -> None:
    plan = plan_on(
        sig("complaint", "en", intent_confidence=0.3, complaint_score=0.3),
        "board games are way too expensive, 50 € is a lot",
        OWN,
        CONTRADICTS,
    )
    assert plan.kind != "correct"


def test_a_claim_answering_another_person_is_left_to_the_thread() -> None:
    plan = plan_on(
        sig("complaint", "sv", intent_confidence=0.3, complaint_score=0.3),
        "@lisa där kostar synundersökningen 600 kr",
        ThreadContext(reply_to_other=True),
        CONTRADICTS,
    )
    assert plan.kind != "correct"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("lukitkaa aina runkolukolla, muuten ei korvata", True),  # advice with its consequence
        ("muista kuvata auto, muutoin ne laskuttaa", True),
        ("man ska alltid fota bilen, annars kan de fakturera en", True),
        ("lock it every time, otherwise they won't pay", True),
        ("kahvila on muuten suljettu maanantaisin", False),  # "by the way": an aside of a claim
        ("verstas ei muuten korjaa vanhoja pyöriä", False),
    ],
)
def test_muuten_inside_a_clause_is_by_the_way_not_otherwise(text: str, expected: bool) -> None:
    assert told_as_own_or_to_someone(text) is expected
