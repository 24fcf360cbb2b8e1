"""A request of the brand (a code asked for, a message asked of it) is not self-promotion, whatever advert words it
holds; an advert that also asks stays spam (rules.yaml ``asks_for_offer``, offline.OfflineClassifier._read)."""

from __future__ import annotations

import pytest

from bot.signals import rules
from bot.signals.offline import OfflineClassifier
from knowledge.embeddings import LocalE5Embedder


def _spam(text: str, language: str) -> bool:
    return rules.match("spam", rules.without("asks_for_offer", text, language), language) is not None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Are there any promo codes for first orders?", "en"),
        ("Does your discount code work in the shop too?", "en"),
        ("Can you DM me the opening hours for the holidays", "en"),
        ("Could someone from the shop please DM me, my parcel never came", "en"),
        ("Onko teillä alennuskoodia opiskelijoille?", "fi"),
        ("Voisitteko laittaa hinnat yv:llä? Haluan tilata isomman erän", "fi"),
        ("Finns det någon rabattkod för medlemmar?", "sv"),
        ("Kan ni skicka dm om leveransen?", "sv"),
    ],
)
def test_a_request_of_the_brand_is_not_spam(text: str, language: str) -> None:
    assert rules.match("spam", text, language) is not None  # the advert's words are there
    assert not _spam(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Use my discount code MAIJA15 for 15% off!", "en"),
        ("Need cheap cleaning? We do it all, DM me", "en"),
        ("Want free stickers? Follow me on insta for a giveaway", "en"),
        ("Please don't DM me, I only asked the others", "en"),
        ("Please nobody from the shop DM me about this", "en"),
        ("Tarvitsetko nikkaria? Teen halvalla, laita yv", "fi"),
        ("Alennuskoodilla LAURA10 saat -10 %, onko parempaa?", "fi"),
        ("Vill du ha rabatt? Kolla in min sida, rabattkod ANNA20", "sv"),
    ],
)
def test_an_advert_or_a_refusal_stays_spam(text: str, language: str) -> None:
    assert _spam(text, language)


def test_a_question_asking_for_a_code_is_read_as_a_question() -> None:
    classifier = OfflineClassifier(LocalE5Embedder())
    asked, advert = classifier.classify(
        ["this sale is killing my wallet lol, is there a discount code somewhere?", "Use my discount code SAARA10!!"]
    )
    assert asked.intent == "question"
    assert advert.intent == "spam_or_self_promotion"
