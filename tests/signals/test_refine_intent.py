"""Off-topic asking (bot/signals/combine.refine_intent): what the crowd is asked, and a writer's own "off topic".
Invented comments; the similarities are given, no model runs."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.signals.combine import names_brand, refine_intent
from bot.signals.types import Signals


def _asking(language: str, *, intent: str = "question", off_topic_score: float = 0.1) -> Signals:
    return Signals(
        language=language,
        intent=intent,
        emotion="neutral",
        is_question=True,
        off_topic_score=off_topic_score,
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Has anyone tried a wood-pellet boiler instead? Curious how it compares", "en"),
        ("Onko kenelläkään kokemusta maalämmöstä tässä kokoluokassa?", "fi"),
        ("Någon som har erfarenhet av pelletspanna i stället?", "sv"),
    ],
)
def test_a_question_asking_the_crowd_for_experience_near_the_topic_stays_a_question(text: str, language: str) -> None:
    """An alternative to the product or people's experience of its kind is the watch's topic: the ordinary test (topics,
    guidance, intent model) decides, not the crowd's words, so it stays among the audience's questions."""
    near = refine_intent(_asking(language), text, relevance=0.80, answer_similarity=0.86)
    assert near.intent == "question"
    # far from the topics and the guidance, and read off topic by the model: still off topic
    far = refine_intent(_asking(language, off_topic_score=0.6), text, relevance=0.70, answer_similarity=0.75)
    assert far.intent == "off_topic"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Does anyone know a good tiler in Espoo?", "en"),
        ("Tietääkö joku missä saa halvalla polttopuita Lahdessa?", "fi"),
        ("Vet någon var man köper billig ved i Gävle?", "sv"),
    ],
)
def test_a_question_asking_the_crowd_for_something_else_is_still_off_topic(text: str, language: str) -> None:
    refined = refine_intent(_asking(language), text, relevance=0.80, answer_similarity=0.86)
    assert refined.intent == "off_topic"
    assert refined.evidence["off_topic"].startswith("asks the others")


@pytest.mark.parametrize(
    ("text", "language", "judged"),
    [
        ("Does anyone know when the memorial service is?", "en", {"risk": ("crisis_or_tragedy",)}),
        ("Tietääkö joku, tarvitaanko käsintehdyn maton myyntiin CE-merkintä?", "fi", {"uncertain": ("politics",)}),
        ("Inga företag i tråden tack. Vet någon om man får tälta vid sjön?", "sv", {"opt_out": True}),
        ("No brands please. Does anyone know a good tiler in Espoo?", "en", {"opt_out_doubt": True}),
    ],
)
def test_a_risky_or_refusing_question_to_the_crowd_is_judged_by_the_topic_not_the_crowd_words(
    text: str, language: str, judged: dict[str, object]
) -> None:
    """A question put to the crowd in a risky comment or thread, or beside a request to be left alone, asks about the
    situation at hand or a question in the brand's field with the brands turned away: the crowd's words do not make it
    off topic; the ordinary test still does, far from the topics and the guidance."""
    sig = replace(_asking(language), **judged)  # type: ignore[arg-type]
    near = refine_intent(sig, text, relevance=0.80, answer_similarity=0.86)
    assert near.intent == "question"
    assert "off_topic" not in near.evidence
    far = refine_intent(replace(sig, off_topic_score=0.6), text, relevance=0.70, answer_similarity=0.75)
    assert far.intent == "off_topic"
    assert far.evidence["off_topic"].startswith("topic relevance")
    # the same words in a safe comment are off topic by the crowd rule
    safe = refine_intent(_asking(language), text, relevance=0.80, answer_similarity=0.86)
    assert safe.evidence["off_topic"].startswith("asks the others")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Unrelated but how long does a passport renewal take these days?", "en"),
        ("Slightly off topic: what's a good jogging route along the shore?", "en"),
        ("Mistä saa hyvää ruisleipää Tukholmassa? Ei liity tähän ketjuun", "fi"),
        ("Vähän ohi aiheen, mut onko kukaan käynyt uudessa uimahallissa?", "fi"),
        ("Lite vid sidan av, men vet ni när biblioteket öppnar igen?", "sv"),
        ("Off topic men var hyr man en cykelkärra i Lund?", "sv"),
    ],
)
def test_a_comment_its_writer_calls_off_topic_is_off_topic_wherever_its_words_sit(text: str, language: str) -> None:
    """The similarities here would keep it a question: the writer's own opening says it is not about the thread."""
    refined = refine_intent(_asking(language), text, relevance=0.90, answer_similarity=0.90)
    assert refined.intent == "off_topic"
    assert refined.evidence["off_topic"] == "says it is off the thread's topic"


def test_an_aside_naming_the_brand_or_said_of_something_else_keeps_the_question() -> None:
    named = "Unrelated but does Kuura deliver to Åland?"
    assert refine_intent(_asking("en"), named, relevance=0.9, answer_similarity=0.9, brand_terms=["Kuura"]).intent == (
        "question"
    )
    # "unrelated" said of the cut inside the sentence, not of the question
    inside = "A stone cracked my windscreen yesterday, unrelated but do you fit winter tyres on Saturdays?"
    assert refine_intent(_asking("en"), inside, relevance=0.9, answer_similarity=0.9).intent == "question"
    # praise the writer calls off topic is off topic too; a toxic comment keeps its intent
    praise = Signals(language="en", intent="praise", emotion="positive")
    assert refine_intent(praise, "Off topic but love your dog", relevance=0.9, answer_similarity=0.9).intent == (
        "off_topic"
    )
    toxic = Signals(language="en", intent="toxic", emotion="negative")
    assert refine_intent(toxic, "Off topic but you are all idiots", relevance=0.9, answer_similarity=0.9).intent == (
        "toxic"
    )


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("Toimiiko Kuvauksen sovellus myös iPadilla?", ["Kuvaus"]),  # Finnish "ks" before the ending
        ("Saako Kuuran pakkaukset palautettua kauppaan?", ["Kuura"]),  # a plain ending
        ("Säljs Fjällbrisets tvål på Coop?", ["Fjällbris"]),
    ],
)
def test_a_question_naming_the_brand_in_an_inflected_form_is_not_off_topic(text: str, terms: list[str]) -> None:
    read_off = _asking("fi", intent="off_topic", off_topic_score=0.7)
    refined = refine_intent(read_off, text, relevance=0.70, answer_similarity=0.75, brand_terms=terms)
    assert refined.intent == "question"
    assert refine_intent(read_off, text, relevance=0.70, answer_similarity=0.75, brand_terms=["Muu"]).intent == (
        "off_topic"
    )


def test_names_brand_does_not_take_a_longer_word_for_the_name() -> None:
    assert names_brand("kuvauksen sovellus", ["Kuvaus"])
    assert not names_brand("kuvauksellinen kirjoitus", ["Kuvaus"])  # too long an ending: another word
    assert not names_brand("sotaveteraanit", ["Sotka"])
