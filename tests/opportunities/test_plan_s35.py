"""Session 35 (issue 25): the wrong kind of reply under comments that are not complaints. A stock phrase of irony said
with no other word and no complaint read by the model is meant praise; a "me too" that gives the other person advice
is help between people; "oh, so now you're ..." opening praise is irony, never thanked. Invented comments in
fi/sv/en."""

from __future__ import annotations

import pytest

from bot.opportunities.plan import ACKNOWLEDGE, NONE, THANK, GuidanceFit, ThreadContext, matches, second_complaint
from bot.signals.types import Signals
from tests.opportunities.planning import plan_on as plan
from tests.opportunities.planning import sig

FIT = GuidanceFit(answers=True, support=True, passages=("p1",))
OWN = ThreadContext(brand_post=True)
UNDER_COMPLAINT = ThreadContext(reply_to_other=True, brand_post=True, parent_complaint=True)


def ironic(language: str, complaint: float) -> Signals:
    """How the classifier reads a stock phrase of irony: its rules say a sure complaint, its model ``complaint``."""
    return sig(
        "complaint",
        language,
        intent_confidence=0.97,
        emotion="negative",
        sarcasm=True,
        complaint_score=complaint,
        evidence={"rule": "sarcasm"},
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [("Snyggt jobbat!! 🙌👏", "sv"), ("aivan loistavaa 👏👏", "fi"), ("Just what I needed!! ✨", "en")],
)
def test_a_bare_stock_phrase_the_model_reads_no_complaint_in_is_thanked(text: str, language: str) -> None:
    assert plan(ironic(language, 0.01), text, OWN, FIT).kind == THANK


@pytest.mark.parametrize(
    ("text", "language", "complaint"),
    [
        ("snyggt jobbat, tredje gången i år 👏", "sv", 0.01),  # something happening again turns it over
        ("aivan loistavaa, paketti hukassa 👏", "fi", 0.01),  # more words than the phrase
        ("slow clap 👏", "en", 0.01),  # applause as the phrase itself is irony
        ("Snyggt jobbat! 👏", "sv", 0.6),  # the model reads a complaint
    ],
)
def test_a_stock_phrase_with_more_said_or_read_as_a_complaint_is_never_thanked(
    text: str, language: str, complaint: float
) -> None:
    assert plan(ironic(language, complaint), text, OWN, FIT).kind != THANK


ADVICE = [
    ("samma problem förra veckan, prova att logga ut och in igen", "sv"),
    ("sama juttu mulla viime viikolla, kokeile tyhjentää välimuisti", "fi"),
    ("same here last week, try clearing the cache", "en"),
]


@pytest.mark.parametrize(("text", "language"), ADVICE)
def test_a_me_too_with_advice_to_the_person_is_help_between_people(text: str, language: str) -> None:
    assert matches("advice", text, language)
    assert not second_complaint(text, language)
    read = sig("complaint", language, intent_confidence=0.6, emotion="negative", complaint_score=0.6)
    assert plan(read, text, UNDER_COMPLAINT, FIT).kind == NONE


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("sama täällä, kokeilin kaikkea ja odotin viikon", "fi"),
        ("samma här, jag testade allt och har väntat tre veckor", "sv"),
        ("same here, I tried everything and waited three weeks already", "en"),
    ],
)
def test_a_me_too_with_the_writers_own_tries_stays_a_second_complaint(text: str, language: str) -> None:
    assert not matches("advice", text, language)
    assert second_complaint(text, language)
    read = sig("complaint", language, intent_confidence=0.6, emotion="negative", complaint_score=0.6)
    assert plan(read, text, UNDER_COMPLAINT, FIT).kind == ACKNOWLEDGE


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ai nyt ootte vastuullisia, ja kaikki pakattu muoviin, hienoa 👏", "fi"),
        ("jaså, nu är ni hållbara, med plast runt allt, toppen 👏", "sv"),
        ("oh so now you're sustainable, with plastic around everything, great 👏", "en"),
    ],
)
def test_oh_so_now_you_are_opening_praise_is_irony_never_thanked(text: str, language: str) -> None:
    assert matches("ironic_opener", text, language)
    read = sig("praise", language, intent_confidence=0.7, emotion="positive", complaint_score=0.05)
    assert plan(read, text, OWN, FIT).kind == ACKNOWLEDGE


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("nyt ootte kyllä onnistuneet, kiitos!", "fi"),
        ("nu är ni verkligen bäst, tack!", "sv"),
        ("now you're talking, love it", "en"),
    ],
)
def test_now_you_are_said_plainly_is_still_praise(text: str, language: str) -> None:
    assert not matches("ironic_opener", text, language)
    read = sig("praise", language, intent_confidence=0.8, emotion="positive", complaint_score=0.02)
    assert plan(read, text, OWN, FIT).kind == THANK
