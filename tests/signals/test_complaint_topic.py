"""A complaint far from the brand's domain is off topic (bot/signals/combine.refine_intent, COMPLAINT_OFF_TOPIC), and a
scam verdict beside the model's complaint reading stays a complaint (bot/signals/offline, SCAM_VERDICT_COMPLAINT).
Invented comments; the similarities and the model's probabilities are given, no model runs."""

from __future__ import annotations

import numpy as np
import pytest

from bot.signals import rules
from bot.signals.combine import OFF_TOPIC_COMPLAINT_ANSWER, OFF_TOPIC_MODEL_DOUBT, names_topic, refine_intent
from bot.signals.offline import OfflineClassifier, SignalContext
from bot.signals.types import INTENTS, Signals

RELEVANCE, ANSWER = 0.80, OFF_TOPIC_COMPLAINT_ANSWER - 0.01  # far from the topics and the guidance


def _complaint(language: str, *, off_topic_score: float = 0.35) -> Signals:
    return Signals(language=language, intent="complaint", emotion="negative", off_topic_score=off_topic_score)


def _far(text: str, language: str) -> Signals:
    """The complaint reading of ``text`` refined far from a heat-pump brand's topics and guidance."""
    return refine_intent(
        _complaint(language),
        text,
        relevance=RELEVANCE,
        answer_similarity=ANSWER,
        topics=["heat pumps", "lämpöpumput", "värmepump"],
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Tampereella oli taas eilen kamala jono moottoritiellä, kesti tunnin", "fi"),
        ("Bussen till Uppsala var försenad igen i morse, helt sjukt", "sv"),
        ("The ferry to the island was cancelled again this morning, ridiculous", "en"),
    ],
)
def test_a_complaint_about_something_else_far_from_the_brand_is_off_topic(text: str, language: str) -> None:
    refined = _far(text, language)
    assert refined.intent == "off_topic"
    assert refined.evidence["off_topic"].startswith("a complaint far from the brand")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Lämpöpumput on ihan huijausta, meidän sähkölasku vaan nousi", "fi"),
        ("Värmepumparna är en bluff, vår elräkning steg", "sv"),
        ("Heat pumps are a scam, our electricity bill went up", "en"),
        ("Koko ilmalämpöpumppu oli turha hankinta", "fi"),  # the topic inside a compound
    ],
)
def test_a_complaint_naming_the_brands_kind_of_product_stays_a_complaint(text: str, language: str) -> None:
    """Far by e5 and doubted by the model, but it names the watch's topic: a complaint about the brand's domain."""
    refined = _far(text, language)
    assert refined.intent == "complaint"


def test_a_complaint_near_the_brand_or_that_the_model_reads_as_the_brands_stays_a_complaint() -> None:
    text = "Odotin kaksi viikkoa vastausta, ei kuulunut mitään"
    topics = ["heat pumps"]
    near_guidance = refine_intent(
        _complaint("fi"), text, relevance=0.80, answer_similarity=OFF_TOPIC_COMPLAINT_ANSWER, topics=topics
    )
    assert near_guidance.intent == "complaint"
    near_topics = refine_intent(_complaint("fi"), text, relevance=0.86, answer_similarity=0.70, topics=topics)
    assert near_topics.intent == "complaint"
    sure = _complaint("fi", off_topic_score=OFF_TOPIC_MODEL_DOUBT - 0.01)
    assert refine_intent(sure, text, relevance=RELEVANCE, answer_similarity=ANSWER, topics=topics).intent == "complaint"
    # the same distances with the model's doubt: off topic
    assert (
        refine_intent(_complaint("fi"), text, relevance=RELEVANCE, answer_similarity=ANSWER, topics=topics).intent
        == "off_topic"
    )


def test_a_complaint_naming_the_brand_or_a_competitor_stays_a_complaint() -> None:
    named = "Lumivaaran asentaja ei tullut ollenkaan"
    assert (
        refine_intent(
            _complaint("fi"), named, relevance=RELEVANCE, answer_similarity=ANSWER, brand_terms=["Lumivaara"]
        ).intent
        == "complaint"
    )
    rival = "Pakkasmiehen asentaja ei tullut ollenkaan"
    assert (
        refine_intent(
            _complaint("fi"), rival, relevance=RELEVANCE, answer_similarity=ANSWER, competitors=["Pakkasmies"]
        ).intent
        == "complaint"
    )
    assert refine_intent(_complaint("fi"), rival, relevance=RELEVANCE, answer_similarity=ANSWER).intent == "off_topic"


def test_only_complaints_are_turned_by_the_complaint_test() -> None:
    praise = Signals(language="en", intent="praise", emotion="positive", off_topic_score=0.4)
    assert (
        refine_intent(
            praise, "What a lovely sunset over the lake", relevance=RELEVANCE, answer_similarity=ANSWER
        ).intent
        == "praise"
    )
    # without a guidance similarity nothing says it is far
    refined = refine_intent(_complaint("en"), "The ferry was late again", relevance=0.80, answer_similarity=None)
    assert refined.intent == "complaint"


def test_names_topic_reads_inflected_and_compound_forms_but_not_short_words() -> None:
    assert names_topic("värmepumparna är dyra", ["värmepump"])
    assert names_topic("ilma-vesilämpöpumppu hajosi", ["lämpöpumput"])
    assert names_topic("the paint peeled", ["exterior paint"])
    assert not names_topic("the bus was late", ["exterior paint"])
    # a topic's short words ("and", "och") name nothing
    assert not names_topic("bread and butter", ["pets and bikes"])


def _probabilities(**given: float) -> np.ndarray:
    rest = (1.0 - sum(given.values())) / (len(INTENTS) - len(given))
    return np.array([given.get(intent, rest) for intent in INTENTS], dtype=np.float32)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Lattialämmitys on ihan huijausta, meidän lasku tuplaantui", "fi"),
        ("Solpaneler är en bluff, vi fick aldrig tillbaka pengarna", "sv"),
        ("Smart thermostats are a scam, our bill doubled anyway", "en"),
    ],
)
def test_a_scam_verdict_the_model_reads_as_a_complaint_stays_a_complaint(text: str, language: str) -> None:
    assert rules.match("scam_verdict", text, language)
    classifier = OfflineClassifier(embedder=None)  # type: ignore[arg-type]  # _read embeds nothing
    read = classifier._read(text, _probabilities(complaint=0.35, misinformation=0.30), SignalContext())
    assert read.intent == "complaint"
    # the model reading a claim first: the verdict is misinformation
    claim = classifier._read(text, _probabilities(misinformation=0.35, complaint=0.30), SignalContext())
    assert claim.intent == "misinformation"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I heard the vans are always late, apparently", "en"),
        ("Kuulemma asentajat ei koskaan tule ajallaan", "fi"),
        ("Jag hörde att de alltid är sena", "sv"),
    ],
)
def test_hearsay_stays_misinformation_whatever_the_model_reads(text: str, language: str) -> None:
    assert not rules.match("scam_verdict", text, language)
    classifier = OfflineClassifier(embedder=None)  # type: ignore[arg-type]
    read = classifier._read(text, _probabilities(complaint=0.35, misinformation=0.30), SignalContext())
    assert read.intent == "misinformation"
