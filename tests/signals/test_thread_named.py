"""A question pointing back, by a pronoun or a place word, at the brand or a competitor its thread's title or post
names ("Onko siellä parkkipaikkaa?" under a title naming one) is not off topic for its distance from the watch's
topics nor for the intent model's sure reading (bot/signals/combine.refine_intent: THREAD_NAMED_ON_TOPIC). The same
question under a title naming neither, or a question with no such word, is judged as before. Invented comments,
titles and brands; the similarities are given, no model runs."""

from __future__ import annotations

import pytest

from bot.signals.combine import refine_intent, thread_named
from bot.signals.types import Signals
from tests.signals.helpers import asking

TERMS = ("Kuusikko", "Kuusikko Talvipaketti")
RIVALS = ("Pohjantähti Matkat", "Fjällbussen")
FAR = {"relevance": 0.74, "answer_similarity": 0.78}  # under both off-topic thresholds
TITLES = {
    "brand": "Kuusikko avaa uuden toimipisteen Kittilään",
    "rival": "Fjällbussen börjar köra till Hemavan i vinter",
    "rival first word": "Pohjantähden uudet retket julkaistu",
    "neither": "Lapin matkailu kasvoi taas ennätykseen",
}


def _refine(sig: Signals, text: str, title: str) -> Signals:
    return refine_intent(sig, text, brand_terms=TERMS, competitors=RIVALS, thread_text=title, **FAR)


POINTING = [
    ("Onko siellä parkkipaikkaa isommille autoille?", "fi", "brand"),
    ("Pääseekö sinnekin julkisilla talvella?", "fi", "rival first word"),
    ("Onks niil lastenistuimia autoissa?", "fi", "brand"),
    ("Har de öppet på söndagar också?", "sv", "rival"),
    ("Finns det toaletter vid parkeringen där?", "sv", "brand"),
    ("Do they rent out helmets for kids too?", "en", "rival"),
    ("How long is the drive there from the airport?", "en", "brand"),
]


@pytest.mark.parametrize(("text", "language", "title"), POINTING)
def test_a_question_pointing_at_the_one_its_thread_names_stays_a_question(text: str, language: str, title: str) -> None:
    assert _refine(asking(language), text, TITLES[title]).intent == "question"
    sure = _refine(asking(language, intent="off_topic", off_topic_score=0.7), text, TITLES[title])
    assert sure.intent == "question"
    assert "named by its thread" in sure.evidence["on_topic"]


@pytest.mark.parametrize(("text", "language", "title"), POINTING)
def test_under_a_title_naming_neither_it_is_judged_as_before(text: str, language: str, title: str) -> None:
    assert _refine(asking(language), text, TITLES["neither"]).intent == "off_topic"
    assert _refine(asking(language), text, "").intent == "off_topic"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Mikä kamera sulla on, kuvat on upeita?", "fi"),
        ("Vet någon vad det blir för väder i helgen?", "sv"),
        ("Is there a way to keep my phone warm in the cold?", "en"),
        ("Is it just me or was this winter really short?", "en"),
    ],
)
def test_a_question_with_no_pointing_word_under_a_named_title_is_judged_as_before(text: str, language: str) -> None:
    assert _refine(asking(language), text, TITLES["brand"]).intent == "off_topic"


def test_asking_the_crowd_or_an_aside_is_still_off_topic() -> None:
    crowd = _refine(asking("en"), "Anyone know a good hotel near there?", TITLES["brand"])
    assert crowd.intent == "off_topic"
    aside = _refine(asking("sv"), "Lite off topic men har de bra väder där nu?", TITLES["rival"])
    assert aside.intent == "off_topic"


def test_the_thread_names_the_brand_or_a_competitor() -> None:
    assert thread_named(TITLES["brand"], TERMS, RIVALS) == "Kuusikko"
    assert thread_named(TITLES["rival"], TERMS, RIVALS) == "Fjällbussen"
    assert thread_named(TITLES["rival first word"], TERMS, RIVALS) == "Pohjantähti Matkat"
    assert thread_named(TITLES["neither"], TERMS, RIVALS) == ""


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Onko joku menossa sinne lauantaina?", "fi"),
        ("Har nån här varit där i vinter?", "sv"),
        ("Best sauna soap for dry skin? Mine are all too strong, I've tried them", "en"),
    ],
)
def test_a_pointing_word_asking_people_or_outside_the_question_is_judged_as_before(text: str, language: str) -> None:
    assert _refine(asking(language), text, TITLES["brand"]).intent == "off_topic"
