"""Session 36 (issue 25): damage told as it happened to the very thing the support guidance puts right, with a question
beside it ("how much to get a new one?"), is a complaint that asks: acknowledged with the remedy, never answered with a
price. Damage only set up as a case, a remedy for another thing, or no remedy at all leaves the question a question.
Invented guidance and comments in fi/sv/en (a honey shop, "Mehiläinen")."""

from __future__ import annotations

import pytest

from bot.opportunities.plan import ACKNOWLEDGE, ANSWER, GuidanceFit
from bot.opportunities.remedies import damage_told, puts_right
from tests.opportunities.planning import plan_on as plan
from tests.opportunities.planning import sig

SUPPORT = {
    "fi": "Asiakaspalvelu: apu@hunaja.example, ma–pe 9–15. Jos purkki saapui rikki, lähetä kuva viikon sisällä, niin "
    "lähetämme uuden veloituksetta.",
    "sv": "Kundtjänst: hej@hunaja.example. Trasig burk? Skicka en bild inom en vecka så skickar vi en ny utan kostnad.",
    "en": "Support: help@hunaja.example. Broken jar: send a photo within a week and we replace it free of charge.",
}


@pytest.mark.parametrize(
    ("comment", "language"),
    [
        ("purkki oli rikki ja hunajat pitkin laatikkoa 😭 paljonko maksaa et saan uuen", "fi"),
        ("burken var krossad när paketet kom, vad kostar det att få en ny?", "sv"),
        ("the jar came smashed in the box, how much is it to get a new one sent?", "en"),
        ("love paying 13 euros for a jar that arrives in 40 pieces", "en"),
    ],
)
def test_damage_told_to_the_thing_the_support_remedy_names_is_put_right(comment: str, language: str) -> None:
    assert puts_right(comment, SUPPORT[language])


@pytest.mark.parametrize(
    ("comment", "language"),
    [
        ("what happens if a jar arrives broken?", "en"),  # set up as a case: a question about the terms
        ("jos purkki on rikki saako uuden?", "fi"),
        ("mun puhelin on rikki, paljonko maksaa uusi näyttö", "fi"),  # "rikki" alone: another thing
        ("hur mycket kostar en burk?", "sv"),  # no damage told
    ],
)
def test_no_remedy_for_damage_not_told_or_of_another_thing(comment: str, language: str) -> None:
    assert not puts_right(comment, SUPPORT[language])


def test_a_clause_setting_up_a_case_tells_no_damage() -> None:
    assert damage_told("purkki oli rikki, jos tilaan uuden maksanko postikulut") == "purkki oli rikki"
    assert damage_told("if it arrives broken do I pay again") == ""


def question(language: str) -> object:
    """How the classifier read such questions on reply-plans-x (spent): a question, calm, next to no complaint."""
    return sig("question", language, is_question=True, intent_confidence=0.9, complaint_score=0.02)


@pytest.mark.parametrize(
    ("comment", "language"),
    [
        ("purkki oli rikki ja hunajat pitkin laatikkoa, paljonko maksaa et saan uuen?", "fi"),
        ("the jar came smashed in the box, how much is it to get a new one sent?", "en"),
    ],
)
def test_a_question_beside_damage_the_guidance_puts_right_is_acknowledged_without_a_price(
    comment: str, language: str
) -> None:
    fit = GuidanceFit(answers=True, support=True, passages=("prices",), remedy=True)

    planned = plan(question(language), comment, fit=fit)

    assert planned.kind == ACKNOWLEDGE and planned.complaint
    assert "remedy" in planned.reason


def test_without_a_remedy_the_same_question_is_answered() -> None:
    comment = "the jar came smashed in the box, how much is it to get a new one sent?"
    fit = GuidanceFit(answers=True, support=True, passages=("prices",))

    assert plan(question("en"), comment, fit=fit).kind == ANSWER


@pytest.mark.parametrize(
    "comment",
    [
        "what do you do when a jar arrives broken?",
        "vad gör ni när burken är trasig vid leveransen?",
        "mitä teette kun purkki tulee rikki?",
    ],
)
def test_damage_asked_about_with_a_question_word_before_it_is_no_damage_told(comment: str) -> None:
    assert damage_told(comment) == ""
