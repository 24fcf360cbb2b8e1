"""A question put to the brand in the second person plural, or naming a competitor (also by the first word of its
name), is not off topic for its distance from the watch's topics nor for the intent model's sure reading
(bot/signals/combine.refine_intent: ADDRESSED_ON_TOPIC, MARKET_NAMED_ON_TOPIC). Invented comments and brands; the
similarities are given, no model runs."""

from __future__ import annotations

import pytest

from bot.signals.combine import market_name, refine_intent
from bot.signals.types import Signals
from tests.signals.helpers import asking

TERMS = ("Kuusikko", "Kuusikko Talvipaketti")
RIVALS = ("Pohjantähti Matkat", "Fjällbussen", "Arctic Loop Co")
FAR = {"relevance": 0.74, "answer_similarity": 0.78}  # under both off-topic thresholds


def _refine(sig: Signals, text: str) -> Signals:
    return refine_intent(sig, text, brand_terms=TERMS, competitors=RIVALS, **FAR)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Onko teillä lastenistuimia mukana vai pitääkö tuoda omat?", "fi"),
        ("onks teil parkkipaikkoja isommille autoille", "fi"),
        ("Toimitatteko lahjakortin myös postitse?", "fi"),
        ("Skickar ni presentkort med posten?", "sv"),
        ("Hyr ni ut pulkor till barnen?", "sv"),
        ("Do you deliver the gift box to Oulu as well?", "en"),
        ("Can you pick guests up from the railway station?", "en"),
    ],
)
def test_a_question_put_to_the_brand_far_from_its_topics_stays_a_question(text: str, language: str) -> None:
    refined = _refine(asking(language), text)
    assert refined.intent == "question"
    # and the intent model's sure off-topic reading (no rule of its own) is not enough either
    sure = _refine(asking(language, intent="off_topic", off_topic_score=0.7, nearest="off_topic"), text)
    assert sure.intent == "question"
    assert sure.evidence["on_topic"] == "a question put to the brand"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Onko teillä muilla ollut samaa ongelmaa lumikenkien kanssa?", "fi"),
        ("Näittekö eilisen revontulinäytöksen?", "fi"),
        ("Vad tycker ni om den nya skidbacken?", "sv"),
        ("Vilken pannlampa rekommenderar ni för vinterkvällar?", "sv"),
        ("How do you keep your fingers warm when taking photos outside?", "en"),
        ("What lens do you shoot the northern lights with?", "en"),
    ],
)
def test_a_question_to_the_people_of_the_thread_is_still_judged_by_the_topic_test(text: str, language: str) -> None:
    """ "You others", a plain "ni" or "you" with a verb of what people do: the people are asked, not the brand."""
    refined = _refine(asking(language), text)
    assert refined.intent == "off_topic"


@pytest.mark.parametrize(
    ("text", "language", "rival"),
    [
        ("Onko Pohjantähdellä myös iltaretkiä?", "fi", "Pohjantähti Matkat"),
        ("Kulkeeko Fjällbussen myös sunnuntaisin?", "fi", "Fjällbussen"),
        ("Har Fjällbussen plats för skidor?", "sv", "Fjällbussen"),
        ("Is Pohjantähti Matkat open over Christmas?", "en", "Pohjantähti Matkat"),
    ],
)
def test_a_question_naming_a_competitor_is_about_the_brands_market(text: str, language: str, rival: str) -> None:
    assert market_name(text, RIVALS) == rival
    assert _refine(asking(language), text).intent == "question"
    sure = _refine(asking(language, intent="off_topic", off_topic_score=0.7, nearest="off_topic"), text)
    assert sure.intent == "question"


@pytest.mark.parametrize(
    "text",
    [
        "Is there any good data on snow depth in Arctic regions?",  # a first word shorter than a name ("Arctic")
        "pohjantähti näkyy hyvin täältä, mikä tähti se on?",  # not capitalised: the star, not the firm
        "Pohjantähti näkyy hyvin täältä, mikä tähti se on?",  # the text's first word: capitalised by the sentence
    ],
)
def test_a_first_word_that_is_not_used_as_a_name_names_no_competitor(text: str) -> None:
    assert market_name(text, RIVALS) == ""


def test_a_question_whose_writer_rules_the_brand_out_or_asks_the_crowd_is_not_brought_back() -> None:
    ruled_out = asking("fi", intent="off_topic", rule="a question not about the brand's own things")
    assert _refine(ruled_out, "Yleisesti kysyn, onko teillä kokemusta lumikengistä?").intent == "off_topic"
    aside = _refine(asking("en"), "Unrelated but do you deliver firewood too?")
    assert aside.intent == "off_topic"
    crowd = _refine(asking("sv"), "Vet någon om det finns en bra pizzeria nära hotellet?")
    assert crowd.intent == "off_topic"
