"""Session 34 (issue 25): the wrong kind of reply. A word of trouble a denial takes back ("ei oo ikinä ruostunu") tells
no bad experience; a care habit with what it prevents ("..., då rostar det inte") is advice, not a claim to correct;
a comment whose figures are the guidance's own, with no trouble in it, is no complaint; a claim put for a yes with
"väl" is not thanked; a wry face at how things are, aimed at nothing of the brand, gets no apology. Invented comments
in fi/sv/en."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.opportunities.assess import _agrees_nearby
from bot.opportunities.claims import told_as_own_or_to_someone
from bot.opportunities.plan import (
    ACKNOWLEDGE,
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
AGREES = GuidanceFit(answers=True, support=True, passages=("p1",), agrees=True)
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


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("jag gick samma och den kostade 139, fyra gånger en och en halv timme", "sv"),
        ("viikko sitten tilasin ja sanoivat et 5 päivää ennen riittää", "fi"),
        ("did the same course last spring, 139 for four evenings", "en"),
    ],
)
def test_the_guidance_s_own_figures_told_with_no_trouble_get_no_apology(text: str, language: str) -> None:
    read = sig("complaint", language, emotion="negative", intent_confidence=0.7, complaint_score=0.7)
    assert plan(read, text, OWN, AGREES).kind == NONE
    # the same figures beside trouble stay a complaint
    trouble = {"sv": ", och den gick sönder direkt", "fi": " mut paketti tuli rikki", "en": ", and it arrived broken"}
    assert plan(read, text + trouble[language], OWN, AGREES).kind == ACKNOWLEDGE


def test_agreement_is_read_of_any_public_passage_near_the_comment() -> None:
    passages = [
        SimpleNamespace(visibility="public", text="Vuokraus 15 €/kerta."),
        SimpleNamespace(visibility="public", text="Luistelukurssi: 4 kertaa à 90 min, 139 €."),
    ]
    retriever = SimpleNamespace(search=lambda text, k, kinds: passages)
    assert _agrees_nearby(retriever, "jag gick samma och den kostade 139, fyra gånger")  # type: ignore[arg-type]
    assert not _agrees_nearby(retriever, "den kostade 149 förra året")  # type: ignore[arg-type]
    assert not _agrees_nearby(retriever, "mukava kurssi")  # type: ignore[arg-type]


def test_a_claim_put_for_a_yes_with_vael_is_never_thanked() -> None:
    text = "ni använder väl flytande rök som alla andra numera"
    assert matches("confirmation", text, "sv")
    read = sig("praise", "sv", emotion="positive", intent_confidence=0.34, complaint_score=0.05)
    assert plan(read, text, OWN, FIT).kind == NONE


def test_a_wry_face_at_how_things_are_gets_no_apology_but_one_at_the_brand_does() -> None:
    read = sig("complaint", "sv", emotion="negative", intent_confidence=0.4, complaint_score=0.4)
    assert plan(read, "vi på Åland får alltid vänta på allt 🙄 typiskt", OWN, FIT).kind == NONE
    assert plan(read, "ni låter oss alltid vänta på allt 🙄 typiskt", OWN, FIT).kind == ACKNOWLEDGE
