"""Session 33 (issue 25): no reply of the wrong kind. What the brand said, told back to it, is a claim (corrected where
the guidance says otherwise, never thanked); thanks the classifier's rules read as sarcasm for a stock phrase alone,
with next to no complaint from its model, is thanked; an age ("50-vuotiaana") is no leak. Invented comments in
fi/sv/en."""

from __future__ import annotations

import pytest

from bot.opportunities.plan import ACKNOWLEDGE, CORRECT, NONE, THANK, GuidanceFit, ThreadContext, matches
from tests.opportunities.planning import plan_on as plan
from tests.opportunities.planning import sig

FIT = GuidanceFit(answers=True, support=True, passages=("p1",))
OPPOSED = GuidanceFit(answers=True, support=True, passages=("p1",), opposes="polarity", opposing_passage="p1")
OWN = ThreadContext(brand_post=True)

REPORTED = [
    ("te sanoitte että saunan voi lämmittää märillä puilla", "fi"),
    ("teidän sivuilla luki et kiukaan takuu on kymmenen vuotta", "fi"),
    ("ni sa att man kan tvätta tröjan i 60 grader", "sv"),
    ("enligt er går det bra att frysa brödet två gånger", "sv"),
    ("you said the blend has a little caffeine in it", "en"),
    ("your website says the jacket is fully waterproof", "en"),
]


@pytest.mark.parametrize(("text", "language"), REPORTED)
def test_what_the_brand_said_told_back_is_reported(text: str, language: str) -> None:
    assert matches("reported", text, language)


@pytest.mark.parametrize(("text", "language"), REPORTED)
def test_what_the_brand_said_told_back_is_never_thanked(text: str, language: str) -> None:
    result = plan(
        sig("praise", language, emotion="positive", intent_confidence=0.55, complaint_score=0.05), text, OWN, FIT
    )
    assert result.kind == NONE


@pytest.mark.parametrize(("text", "language"), REPORTED)
def test_what_the_brand_said_told_back_is_corrected_where_the_guidance_says_otherwise(text: str, language: str) -> None:
    result = plan(
        sig("praise", language, emotion="positive", intent_confidence=0.55, complaint_score=0.05), text, OWN, OPPOSED
    )
    assert result.kind == CORRECT


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Tack för receptet, precis vad jag behövde inför helgen 🙏", "sv"),
        ("thanks for the packing list, just what I needed before the trip 🙏", "en"),
        ("kiitos ohjeesta, todella kätevää ennen talvea 🙏", "fi"),
    ],
)
def test_thanks_read_as_sarcasm_for_a_stock_phrase_alone_is_thanked(text: str, language: str) -> None:
    signals = sig(
        "complaint",
        language,
        emotion="negative",
        sarcasm=True,
        intent_confidence=0.72,
        complaint_score=0.02,
        evidence={"rule": "sarcasm"},
    )
    assert plan(signals, text, OWN, FIT).kind == THANK


@pytest.mark.parametrize(
    ("text", "language", "complaint"),
    [
        ("Tack, precis vad jag behövde, en trasig dragkedja 🙄", "sv", 0.02),  # trouble and a wry face
        ("thanks, just what I needed, the parcel arrived broken", "en", 0.02),  # a word of trouble
        ("tack för inget, precis vad jag behövde", "sv", 0.6),  # the model reads a complaint
    ],
)
def test_stock_irony_with_trouble_or_a_complaint_read_stays_acknowledged(
    text: str, language: str, complaint: float
) -> None:
    signals = sig(
        "complaint",
        language,
        emotion="negative",
        sarcasm=True,
        intent_confidence=0.72,
        complaint_score=complaint,
        evidence={"rule": "sarcasm"},
    )
    assert plan(signals, text, OWN, FIT).kind == ACKNOWLEDGE


def test_an_age_is_no_leak_and_a_leak_still_is() -> None:
    praise = "kurssi oli tosi hyvä, opin vihdoin hiihtämään 50-vuotiaana 💪"
    assert not matches("bad_experience", praise, "fi")
    assert (
        plan(sig("praise", "fi", emotion="positive", intent_confidence=0.94, complaint_score=0.01), praise).kind
        == THANK
    )
    assert matches("bad_experience", "vene vuoti heti ensimmäisellä kerralla", "fi")
    assert matches("bad_experience", "katto vuotaa taas", "fi")
