"""Session 34 (issue 25): the wrong kind of reply. A word of trouble a denial takes back ("ei oo ikinä ruostunu") tells
no bad experience; a care habit with what it prevents ("..., då rostar det inte") is advice, not a claim to correct;
a claim put for a yes with "väl" is not thanked. Invented comments in fi/sv/en."""

from __future__ import annotations

import pytest

from bot.opportunities.claims import told_as_own_or_to_someone
from bot.opportunities.plan import (
    CORRECT,
    NONE,
    GuidanceFit,
    ThreadContext,
    bad_experience,
    matches,
    without_denied_trouble,
)
from tests.opportunities.planning import plan_on as plan
from tests.opportunities.planning import sig

FIT = GuidanceFit(answers=True, support=True, passages=("p1",))
OPPOSED = GuidanceFit(answers=True, support=True, passages=("p1",), opposes="polarity", opposing_passage="p1")
OWN = ThreadContext(brand_post=True)
ELSEWHERE = ThreadContext()

DENIED = [
    ("öljyä ruokaöljyllä ja kuivaa heti, ei oo mulla ikinä ruostunu", "fi"),
    ("kuivaan aina heti pesun jälkeen, ei oo ruostunu kertaakaan", "fi"),
    ("torka den direkt efter disken, den har aldrig gått sönder", "sv"),
    ("wipe it dry after every use, never had it crack in ten years", "en"),
]


@pytest.mark.parametrize(("text", "language"), DENIED)
def test_a_word_of_trouble_a_denial_takes_back_is_no_bad_experience(text: str, language: str) -> None:
    assert matches("bad_experience", text, language)
    assert not bad_experience(text, language, dealings=True)


@pytest.mark.parametrize(("text", "language"), DENIED)
def test_a_care_tip_with_a_denied_trouble_gets_no_apology(text: str, language: str) -> None:
    read = sig("question", language, intent_confidence=0.6, complaint_score=0.06)
    assert plan(read, text, ELSEWHERE, FIT).kind == NONE


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("paketti tuli rikki ja kukaan ei vastaa", "fi"),
        ("ei toimi enää, ostin sen viime viikolla", "fi"),
        ("kniven kom trasig och ingen svarar", "sv"),
        ("never been so disappointed, it arrived broken", "en"),
        ("still not arrived after 3 weeks", "en"),
    ],
)
def test_trouble_that_holds_its_own_denial_or_a_degree_stays_trouble(text: str, language: str) -> None:
    assert bad_experience(text, language, dealings=True)
    assert without_denied_trouble(text, language) == text


@pytest.mark.parametrize(
    "text",
    [
        "håll kolstål torrt och olja in det, då rostar det inte",
        "kuivaa terä heti, niin ei ruostu",
        "keep the blade oiled, then it won't rust",
    ],
)
def test_a_habit_with_what_it_prevents_is_advice_never_corrected(text: str) -> None:
    assert told_as_own_or_to_someone(text)
    language = "sv" if "kolstål" in text else "fi" if "terä" in text else "en"
    result = plan(sig("question", language, intent_confidence=0.42, complaint_score=0.2), text, ELSEWHERE, OPPOSED)
    assert result.kind != CORRECT


def test_a_flat_denial_about_the_brand_is_still_corrected() -> None:
    text = "smedjan säljer inte längre knivar"
    assert not told_as_own_or_to_someone(text)
    assert plan(sig("feedback_or_idea", "sv", intent_confidence=0.5), text, OWN, OPPOSED).kind == CORRECT


def test_a_claim_put_for_a_yes_with_vael_is_never_thanked() -> None:
    text = "ni använder väl flytande rök som alla andra numera"
    assert matches("confirmation", text, "sv")
    read = sig("praise", "sv", emotion="positive", intent_confidence=0.34, complaint_score=0.05)
    assert plan(read, text, OWN, FIT).kind == NONE
