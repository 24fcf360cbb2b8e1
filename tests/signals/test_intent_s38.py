"""Session 38's intent kinds: what a sentence does decides whether it asks, in fi/sv/en. A Finnish question word asks
when it opens its clause, not when it opens a relative or reported clause inside one ("paras ... minkä", "syy miksi");
"koko" (whole) and "kaks" (two) carry no question clitic, nor does "-ks" inside a clause or in an adverb ("lahjaks",
"onneks"); an English "Did it in May" tells a done outing with its subject dropped; an advert's words inside a refusal
("please don't DM me") are no self-promotion; and a remedy asked under a condition ("is there a refund if ...") asks
the terms, not a grievance's remedy. The texts are written for these tests."""

from __future__ import annotations

import pytest

from bot.signals import rules
from bot.signals.offline import OfflineClassifier, complaint_that_asks
from knowledge.embeddings import LocalE5Embedder


@pytest.mark.parametrize(
    "text",
    [
        "Tää oli paras leipäkurssi minkä oon käyny",
        "Ainoa syy miksi tilaan sieltä on nopea toimitus",
        "Olis kiva nähdä miten ne taikinat tehdään alusta asti",
        "Ostin kaks pussia ja molemmat oli hyviä",
        "Kiitos koko porukalle, jatkakaa samaan malliin",
        "Onneks tilasin ajoissa, kaikki tuli perille",
        "Seuraavaks vois tehdä jutun talviajosta",
        "Sain sen lahjaks ja se on ollut käytössä joka päivä",
    ],
)
def test_a_finnish_question_word_inside_a_clause_does_not_ask(text: str) -> None:
    assert not rules.is_question(text, "fi"), rules.match("question", text, "fi")


@pytest.mark.parametrize(
    "text",
    [
        "Miten tilauksen voi perua",
        "ja paljonko toimitus maksaa Ouluun",
        "Kiitos vinkistä! mistä noita saa",
        "onks teillä lahjakortteja",
        "Hieno! no saaks tätä isompana",
        "Toimiiko tää kaasuliedellä",
    ],
)
def test_a_finnish_question_word_or_clitic_opening_its_clause_asks(text: str) -> None:
    assert rules.is_question(text, "fi")


@pytest.mark.parametrize(
    "text",
    [
        "Did it last winter with my sister, loved every minute",
        "Did the beginner workshop in March, the teacher was great",
        "did this at the city shop. Super friendly people",
        "Did it. Would go again",
    ],
)
def test_an_english_did_telling_a_done_outing_does_not_ask(text: str) -> None:
    assert not rules.is_question(text, "en"), rules.match("question", text, "en")


@pytest.mark.parametrize(
    "text",
    ["did it ship yet", "Did you get the confirmation email", "Did the refund come through", "did they answer you"],
)
def test_an_english_did_asking_without_a_question_mark_asks(text: str) -> None:
    assert rules.is_question(text, "en")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("My sense of timing is a disaster. Is there a refund if I miss the first class?", "en"),
        ("Vanha laturi on ihan romu, saako rahat takaisin jos palautan uuden avaamattomana?", "fi"),
        ("Jag har dålig koll på datum. Får man pengarna tillbaka om man avbokar en vecka innan?", "sv"),
        ("Jag har flyttat till Åbo. Hur anmäler man sig till höstens kurser?", "sv"),
    ],
)
def test_a_remedy_asked_under_a_condition_or_a_sign_up_is_no_complaint(text: str, language: str) -> None:
    assert not complaint_that_asks(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The blender stopped working after two days and nobody answers email. Who do I talk to?", "en"),
        ("Paketti on ollut matkalla kolme viikkoa eikä kukaan vastaa. Kenelle tästä pitää soittaa?", "fi"),
    ],
)
def test_a_told_grievance_then_its_remedy_is_still_a_complaint(text: str, language: str) -> None:
    assert complaint_that_asks(text, language)


@pytest.fixture(scope="module")
def classifier() -> OfflineClassifier:
    return OfflineClassifier(LocalE5Embedder())


@pytest.mark.parametrize(
    "text",
    [
        "Just here for tips from other bakers, please don't DM me. Does the rye flour keep long?",
        "Shops, stop replying to every post with a discount code, let people talk.",
    ],
)
def test_an_advert_word_inside_a_refusal_is_no_self_promotion(classifier: OfflineClassifier, text: str) -> None:
    (signals,) = classifier.classify([text])
    assert signals.intent != "spam_or_self_promotion", signals.evidence


def test_an_advert_without_a_refusal_is_still_self_promotion(classifier: OfflineClassifier) -> None:
    (signals,) = classifier.classify(["Selling my old stand mixer, barely used, DM me for the price"])
    assert signals.intent == "spam_or_self_promotion", signals.evidence
