"""Session 15 (issue 19): failure kinds found in drafts-c's blocked benign replies. A well-wish, a thank-you and a
short yes are conversation; telling a price or giving safety advice promises no money; a Finnish negation reaches
the promise word in its clause (and stops at a comma); "on the <brand> <x> team" says who writes. And what the same
changes must still stop. Written for these mechanisms, not copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.checks.atoms import Atom, refused
from bot.checks.grounding import check_grounding
from bot.checks.identity import discloses
from bot.checks.types import CheckContext
from tests.checks.conftest import context


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Have a great weekend!"),
        ("fi", "Hyvää viikonloppua teille!"),
        ("sv", "Ha en fin helg!"),
        ("fi", "Totta kai."),
        ("sv", "Självklart!"),
    ],
)
def test_a_well_wish_or_a_short_yes_needs_no_guidance(language: str, text: str) -> None:
    result = check_grounding(text, context(language))
    assert result.passed, result.reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "We've had ours for four winters and never had a problem."),
        ("fi", "Meillä on ollut sama laite jo neljä talvea."),
        ("sv", "Vi har haft vår i fyra vintrar utan problem."),
    ],
)
def test_an_owner_s_own_story_stays_ungrounded(language: str, text: str) -> None:
    assert not check_grounding(text, context(language)).passed


@pytest.mark.parametrize(
    ("sentence", "word", "refused_"),
    [
        ("En voi sanoa tätä varmasti.", "varmasti", True),  # the fourth word after the negation
        ("Älä huoli, me varmasti hyvitämme sen.", "varmasti", False),  # a comma ends the negation's reach
        ("No, we guarantee it.", "guarantee", False),
    ],
)
def test_a_negation_reaches_the_promise_in_its_clause_only(sentence: str, word: str, refused_: bool) -> None:
    assert refused(sentence, Atom("promise", "promise:0", word)) is refused_


@pytest.mark.parametrize(
    ("text", "discloses_"),
    [
        ("I'm on the Revontuli sales team, so ask away.", True),
        ("Happy to help, I'm on the Revontuli team.", True),
        ("I was on the Revontuli waiting list for a month.", False),
    ],
)
def test_being_on_the_brand_s_team_is_a_disclosure(text: str, discloses_: bool) -> None:
    ctx = CheckContext(platform="reddit", brand_name="Revontuli", comment_language="en")
    assert discloses(text, "en", ctx, False) is discloses_


def test_telling_a_price_or_safety_advice_promises_no_money() -> None:
    ctx = context("en")
    for text in ("Please leave the wiring to a licensed electrician.", "The home survey is free."):
        result = check_grounding(text, ctx)
        assert "promises money" not in result.reason, result.reason
    assert not check_grounding("We will refund you twice the price.", ctx).passed
