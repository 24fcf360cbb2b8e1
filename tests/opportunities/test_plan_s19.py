"""Session 19 (issue 25): the right kind of reply, or none. A question about trouble that has not happened, applause
on a sure complaint, a rescue told as praise, and an eye-roll beside a claim. Invented comments in fi/sv/en."""

from __future__ import annotations

import pytest

from bot.opportunities.plan import (
    GuidanceFit,
    ThreadContext,
    applauded_complaint,
    bad_experience,
    hypothetical_trouble,
    told_clauses,
)
from tests.opportunities.planning import plan_on as plan
from tests.opportunities.planning import sig

SUPPORT_ONLY = GuidanceFit(support=True)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("entä jos juna on myöhässä, pääseekö silti pelaamaan", "fi"),
        ("what if the van breaks down on the way, who pays for the tow", "en"),
        ("om bilen går sönder på vägen, vem betalar bärgningen", "sv"),
    ],
)
def test_a_question_about_trouble_that_has_not_happened_is_answered_not_apologised_for(
    text: str, language: str
) -> None:
    signals = sig("question", language, is_question=True)
    assert hypothetical_trouble(signals, text, language, asks=True, dealings=False)
    assert plan(signals, text).kind == "answer"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("min cykel gick sönder i går, vad gör jag nu", "sv"),
        ("the van broke down halfway, who pays for the tow", "en"),
        ("pyörä hajosi eilen, mitä nyt pitää tehdä", "fi"),
    ],
)
def test_trouble_told_beside_a_question_is_still_a_bad_experience(text: str, language: str) -> None:
    signals = sig("question", language, is_question=True)
    assert told_clauses(text, language)
    assert not hypothetical_trouble(signals, text, language, asks=True, dealings=False)


def test_upset_or_own_dealings_keep_a_conditional_question_a_complaint() -> None:
    text = "what if it breaks again, do I have to pay twice"
    assert not hypothetical_trouble(sig("question", emotion="negative"), text, "en", asks=True, dealings=False)
    assert not hypothetical_trouble(sig("question"), text, "en", asks=True, dealings=True)
    assert not hypothetical_trouble(sig("question"), text, "en", asks=False, dealings=False)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("todella nopeaa toimintaa, kuukausi mennyt eikä mitään 👏 kiitos vaan", "fi"),
        ("fast service indeed, five weeks and counting 👏👏 thanks", "en"),
        ("snabb service, sex veckor nu 👏 tack", "sv"),
    ],
)
def test_applause_on_a_sure_complaint_is_irony_acknowledged_not_thanked(text: str, language: str) -> None:
    signals = sig("complaint", language, emotion="negative", intent_confidence=0.7)
    assert applauded_complaint(signals, text, language)
    assert plan(signals, text, ThreadContext(names_brand=True)).kind == "acknowledge"


def test_applause_on_a_weak_or_calm_complaint_reading_is_not_read_as_irony() -> None:
    text = "kiitos 👏 hyvin hoidettu"
    assert not applauded_complaint(sig("complaint", "fi", emotion="negative", intent_confidence=0.3), text, "fi")
    assert not applauded_complaint(sig("complaint", "fi", intent_confidence=0.7), text, "fi")
    put_right = "three weeks but they refunded it 👏 thanks"
    assert not applauded_complaint(sig("complaint", emotion="negative", intent_confidence=0.7), put_right, "en")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Our own van broke down in Oulu and this shop saved our trip, great service", "en"),
        ("oma auto hajosi matkalla ja te pelastitte koko loman, mahtavaa palvelua", "fi"),
        ("vår egen bil gick sönder och ni räddade hela semestern, toppenservice", "sv"),
    ],
)
def test_a_rescue_told_as_praise_is_no_complaint(text: str, language: str) -> None:
    signals = sig("praise", language, emotion="positive", intent_confidence=0.95)
    assert plan(signals, text, fit=SUPPORT_ONLY).kind == "thank"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("sääli ettei siellä saa mitään juotavaa, pitää aina käydä ennen 🙄", "fi"),
        ("too bad there's no parking at all there, always have to come by bus 🙄", "en"),
        ("synd att det inte finns nån parkering alls där 🙄", "sv"),
    ],
)
def test_an_eye_roll_beside_a_claim_is_no_complaint_to_apologise_for(text: str, language: str) -> None:
    signals = sig("misinformation", language, intent_confidence=0.3)
    assert plan(signals, text, fit=SUPPORT_ONLY).kind == "none"


def test_an_eye_roll_beside_a_claim_about_the_persons_own_order_stays_a_complaint() -> None:
    text = "so I ordered the big box and there's no lid at all 🙄"
    assert plan(sig("misinformation", intent_confidence=0.3), text, fit=SUPPORT_ONLY).kind == "acknowledge"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("teidän paketissa ei ole edes kahvia, pitää tuoda omat", "fi"),
        ("your bundle doesn't even include a case, have to buy it separately", "en"),
        ("ert paket har inte ens en laddare, måste köpa själv", "sv"),
        ("19e kuussa ja 6kk sitoutuminen, liityin viime viikolla", "fi"),
    ],
)
def test_a_barely_read_complaint_that_only_says_you_is_a_remark_not_an_experience(text: str, language: str) -> None:
    """A bare "you" or "last week" is no dealing of the person's own: at a weak complaint reading, a remark about
    the offer (or a member stating its terms) gets no apology that would concede it."""
    signals = sig("complaint", language, emotion="negative", intent_confidence=0.25)
    assert plan(signals, text).kind == "none"


def test_a_barely_read_complaint_about_the_persons_own_order_is_still_acknowledged() -> None:
    text = "I ordered the bundle and there's no case in it"
    assert plan(sig("complaint", emotion="negative", intent_confidence=0.25), text).kind == "acknowledge"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("49 € per dag men bara 50 km ingår, snålt", "sv"),
        ("49 € päivä ja vain 50 km sisältyy, aika kitsasta", "fi"),
        ("49 € a day and only 50 km included, stingy", "en"),
    ],
)
def test_calling_the_terms_stingy_is_an_opinion_not_a_bad_experience(text: str, language: str) -> None:
    assert not bad_experience(text, language, dealings=False)
    signals = sig("question", language, intent_confidence=0.3)
    assert plan(signals, text, fit=GuidanceFit(answers=True, support=True, confirms=True)).kind == "none"


def test_stingy_beside_the_persons_own_purchase_or_another_trouble_is_a_bad_experience() -> None:
    assert bad_experience("köpte den för fullpris förra veckan, känns snålt", "sv", dealings=True)
    assert bad_experience("stingy, and the car arrived damaged", "en", dealings=False)
