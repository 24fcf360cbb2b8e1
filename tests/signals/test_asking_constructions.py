"""Constructions that decide the kind of asking over the intent model (bot.signals.offline): a complaint that asks
and a comparison of named options. The texts are paraphrases written for these tests."""

from __future__ import annotations

import pytest

from bot.signals.offline import (
    OfflineClassifier,
    SignalContext,
    asks_our_hours_or_places,
    compares_named,
    complaint_that_asks,
)
from knowledge.embeddings import LocalE5Embedder


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The rider left my parcel in the rain and nobody called. Who do I complain to?", "en"),
        ("My order came a week late and the box was crushed, where do I report this", "en"),
        ("Budet ringde aldrig och paketet kom tillbaka till lagret. Vem ska jag kontakta?", "sv"),
        ("Skräddaren sydde fållen snett, vart vänder man sig?", "sv"),
        ("Kuljettaja jätti paketin väärään rappuun eikä kukaan vastaa viesteihin. Kenelle voi valittaa?", "fi"),
        ("Lasku tuli kahteen kertaan, mihin voi soittaa?", "fi"),
    ],
)
def test_a_told_grievance_then_how_to_put_it_right_is_a_complaint_that_asks(text: str, language: str) -> None:
    assert complaint_that_asks(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # asked before anything is told
        ("Who do I contact about a delivery? Just wondering for next time", "en"),
        # a condition, not something that happened
        ("If the courier breaks something, who do I talk to?", "en"),
        # the warranty's cover is a question, even after a fault
        ("Displayen slocknade efter ett år, vem kontaktar man om garantin?", "sv"),
        ("Vetoketju hajosi kahden kuukauden päästä, kenelle takuuasiat kuuluu?", "fi"),
        # thanks, not a grievance
        ("Kiitos nopeasta avusta ja hyvästä palvelusta! Kenelle voi antaa palautetta?", "fi"),
        # action against the brand asked of an authority: a legal question for others
        ("De vägrade ersätta min jacka, kan jag anmäla dem till nämnden?", "sv"),
        # no remedy asked
        ("The rider was late again. Do you deliver on Sundays?", "en"),
        # the writer's own mistake: a returns question
        ("I ordered the wrong size by accident. Can I get a refund?", "en"),
        ("Tilasin väärän värisen paikan, mihin voi soittaa että saa vaihdettua?", "fi"),
    ],
)
def test_a_question_that_mentions_a_problem_is_still_a_question(text: str, language: str) -> None:
    assert not complaint_that_asks(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Pikaposti or Lähetti, which one is cheaper for a 20 kg box?", "en"),
        ("Lähetti ottaa 12 € ja te 15 €, kumpi kannattaa?", "fi"),
        ("Lähetti är billigare i Göteborg, varför välja er?", "sv"),
    ],
)
def test_two_named_options_side_by_side_are_a_comparison(text: str, language: str) -> None:
    assert compares_named(text, language, ("Lähetti", "Pikaposti"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a yes/no question of a fact is a price question
        ("Is Lähetti cheaper than you for small parcels?", "en"),
        # an either-or about the service names no rival and no sums
        ("Levererar ni till Solna eller bara innerstan?", "sv"),
        ("Onko tämä halvempi vai kalliimpi kuin viime vuonna?", "fi"),
    ],
)
def test_a_yes_no_or_unnamed_comparison_is_no_comparison_of_named_options(text: str, language: str) -> None:
    assert not compares_named(text, language, ("Lähetti", "Pikaposti"))


@pytest.fixture(scope="module")
def classifier() -> OfflineClassifier:
    return OfflineClassifier(LocalE5Embedder())


def test_the_classifier_reads_a_complaint_that_asks_as_a_negative_complaint(classifier: OfflineClassifier) -> None:
    (signals,) = classifier.classify(["They lost my parcel last week and support never answered. Who do I talk to?"])
    assert signals.intent == "complaint", signals.evidence
    assert signals.emotion == "negative"
    assert signals.is_question is True


def test_the_classifier_reads_a_comparison_with_a_rival_as_comparing_before_buying(
    classifier: OfflineClassifier,
) -> None:
    context = SignalContext(competitors=("Lähetti",), brand_terms=("Kiito",))
    (signals,) = classifier.classify(["Lähetti tai Kiito, kumpi on halvempi isolle laatikolle?"], context)
    assert signals.intent == "comparison_or_purchase", signals.evidence


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Are you open on Sunday mornings?", "en"),
        ("Har ni öppet på midsommarafton?", "sv"),
        ("Onko liike auki pyhäpäivinä?", "fi"),
        ("Toimitatteko Lahteen asti?", "fi"),
    ],
)
def test_a_question_to_the_brand_about_its_hours_or_places_is_about_the_brand(text: str, language: str) -> None:
    assert asks_our_hours_or_places(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("När öppnar apoteket i Kallio på söndag?", "sv"),
        ("Onko R-kioski auki jouluna?", "fi"),
        ("What time does the ferry to Tallinn leave?", "en"),
    ],
)
def test_someone_elses_hours_are_not_the_brands(text: str, language: str) -> None:
    assert not asks_our_hours_or_places(text, language)
