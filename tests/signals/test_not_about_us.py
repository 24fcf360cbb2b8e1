"""Session 23 (issue 18): a question whose writer says it is not about the brand's own things (a general question,
not specific to the field, need not be the brand's product) or that asks the poster how they made their photo or
video is off topic (rules' ``not_about_us``, bot.signals.offline, combine.refine_intent), even when it names the
brand to rule it out. The texts are written for these tests."""

from __future__ import annotations

import pytest

from bot.signals import rules
from bot.signals.combine import NOT_ABOUT_US, refine_intent
from bot.signals.offline import OfflineClassifier
from bot.signals.types import Signals
from knowledge.embeddings import LocalE5Embedder

NOT_OURS = [
    ("Which glue holds best on wet wood? General carpentry question", "en"),
    ("Where do I find a cheap tripod head? Doesn't have to be yours", "en"),
    ("How long should a puppy sleep at night? Not about your food specifically", "en"),
    ("What camera settings did you use for the night shot?", "en"),
    ("Which lens is this? The bokeh is lovely", "en"),
    ("Vilken lim håller bäst på fuktigt trä? Rent allmänt, inte snickarspecifikt", "sv"),
    ("Var köper man billiga stativhuvuden? Behöver inte vara era", "sv"),
    ("Hur gamla ska barn vara för att simma själva? Har inget med hundar att göra", "sv"),
    ("Vilken slutartid hade du på bilden av månen?", "sv"),
    ("Vilken kamera fotar du med? Så skarpa färger", "sv"),
    ("Mikä liima pitää parhaiten märässä puussa? Ihan yleisesti kysyn", "fi"),
    ("Mistä saa halvan jalustapään? Ei tarvi olla Kuuran", "fi"),
    ("Kuinka kauan pentu nukkuu yöllä? Ei rotukohtainen kysymys", "fi"),
    ("Millä editoit noi videot? Tosi siistit siirtymät", "fi"),
    ("Millä kameralla kuvasit ton revontulikuvan?", "fi"),
]

BRAND_QUESTIONS = [
    ("Do you ship tripods to Åland, and what does it cost?", "en"),
    ("Is the general warranty two years on all scopes?", "en"),
    ("Levererar ni stativ till Åland?", "sv"),
    ("Toimitatteko jalustoja Ahvenanmaalle? Paljonko maksaa?", "fi"),
    ("Onko teillä yleisesti kahden vuoden takuu?", "fi"),
    ("Does the camera inspection of the flue cost extra?", "en"),
    ("Vad kostar en kameraundersökning av ventilationen?", "sv"),
]


@pytest.mark.parametrize(("text", "language"), NOT_OURS)
def test_the_writer_saying_it_is_not_about_the_brand_is_recognised(text: str, language: str) -> None:
    assert rules.match("not_about_us", text, language) is not None


@pytest.mark.parametrize(("text", "language"), BRAND_QUESTIONS)
def test_a_question_about_the_brand_is_not_taken_for_one(text: str, language: str) -> None:
    assert rules.match("not_about_us", text, language) is None


def test_a_question_ruling_the_brand_out_by_name_stays_off_topic() -> None:
    """NAMED_QUESTION_ON_TOPIC brings a question naming the brand back on topic, unless it is named to be ruled out."""
    text = "Mistä saa halvan jalustapään? Ei tarvi olla Kuuran"
    ruled_out = Signals(
        language="fi", intent="off_topic", emotion="neutral", is_question=True, evidence={"rule": NOT_ABOUT_US}
    )
    refined = refine_intent(ruled_out, text, relevance=0.9, answer_similarity=0.9, brand_terms=["Kuura"])
    assert refined.intent == "off_topic"
    read_off = Signals(language="fi", intent="off_topic", emotion="neutral", is_question=True, off_topic_score=0.7)
    named = "Saako Kuuran jalustapään palautettua?"
    assert refine_intent(read_off, named, relevance=0.9, answer_similarity=0.9, brand_terms=["Kuura"]).intent == (
        "question"
    )


@pytest.fixture(scope="module")
def classifier() -> OfflineClassifier:
    return OfflineClassifier(LocalE5Embedder())


def test_the_classifier_reads_such_questions_off_topic_and_leaves_statements(classifier: OfflineClassifier) -> None:
    texts = [text for text, _ in NOT_OURS[::3]]
    for text, signals in zip(texts, classifier.classify(texts), strict=True):
        assert signals.intent == "off_topic", (text, signals.evidence)
        assert signals.evidence["rule"] == NOT_ABOUT_US
    # not a question: the rule does not decide ("yleisesti ottaen" in praise)
    (praise,) = classifier.classify(["Yleinen kysymys oli tämä, ja teidän jalusta on ihan paras, kiitos!"])
    assert praise.evidence.get("rule") != NOT_ABOUT_US
