"""Session 22's intent and opt-out kinds, on the real multilingual-e5 model and the committed judgement model: a
request to be left alone (no replies, DMs, tags or marketing from companies) asked with or without a question mark
is a request to the brand (question), whatever thanks comes with it (a grumbled one stays a complaint); a sentence
opening with "recommend" asks for a recommendation; and the opt-outs people paraphrase beside something else
(refusing DMs while complaining, no marketing mail if they sign up, no advertising in this thread). The texts are
written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from bot.signals import optout
from bot.signals.judgement import detector, detector_vectors, parts
from bot.signals.offline import OfflineClassifier
from knowledge.embeddings import LocalE5Embedder


@pytest.fixture(scope="module")
def embedder() -> LocalE5Embedder:
    return LocalE5Embedder()


@pytest.fixture(scope="module")
def classifier(embedder: LocalE5Embedder) -> OfflineClassifier:
    return OfflineClassifier(embedder)


@pytest.mark.parametrize(
    "text",
    [
        "Trevlig läsning, men jag vill inte att något företag skickar DM till mig, svara här i tråden",
        "Nice write-up. Companies, please keep out of my replies, I only want to hear from other riders",
        "Kiitos vinkeistä, yritykset pysykää poissa mun kommenteista",
    ],
)
def test_a_request_to_be_left_alone_is_asked_of_the_brand(classifier: OfflineClassifier, text: str) -> None:
    (signals,) = classifier.classify([text])
    assert signals.intent == "question", signals.evidence
    # the request rule, unless the intent model (trained on judgement-b ... n) reads the request as a question itself
    assert signals.evidence.get("rule", "a request to be left alone") == "a request to be left alone", signals.evidence
    assert signals.evidence.get("nearest") == "question" or signals.evidence.get("rule") == "a request to be left alone"


@pytest.mark.parametrize(
    "text",
    [
        "Olis kiva jos videoissa olis tekstitys myös ruotsiksi",
        "Ni borde lägga ut priserna för flyglar på sajten",
        "Great video, the part about humidity was really useful",
    ],
)
def test_feedback_and_praise_without_such_a_request_keep_their_reading(
    classifier: OfflineClassifier, text: str
) -> None:
    (signals,) = classifier.classify([text])
    assert signals.intent in ("feedback_or_idea", "praise"), signals.evidence


def _margin(embedder: LocalE5Embedder, text: str) -> float:
    (margin,) = optout.margins(detector().embedder_name, partial(detector_vectors, embedder), [[text, *parts(text)]])
    return margin


@pytest.mark.parametrize(
    "text",
    [
        "No need to DM me, I'm sick of your copy-paste sorries. Fix the heater and we're done.",
        "Ei tarvitse laittaa yksityisviestiä, teidän valmiit anteeksipyynnöt riittää jo. Korjatkaa vaan kone.",
        "Jos kokeilen ilmaista jaksoa niin mainosviestejä en halua, kiitos",
        "Om jag registrerar mig vill jag slippa reklam i mejlen",
        "Butikerna kan låta bli att marknadsföra sig i den här tråden, det är pinsamt",
    ],
)
def test_an_opt_out_beside_something_else_is_nearer_the_opt_out_prototypes(
    embedder: LocalE5Embedder, text: str
) -> None:
    assert optout.confirms(_margin(embedder, text))


@pytest.mark.parametrize(
    "text",
    [
        "Suositelkaa joku hiljainen malli pieneen yksiöön, naapurit on herkkiä",
        "Tipsa gärna om en modell som klarar tjocka tyger, budget runt 300 euro",
        "Recommend me a starter kit that won't make me give up after a week",
    ],
)
def test_a_sentence_opening_with_recommend_asks_for_a_recommendation(classifier: OfflineClassifier, text: str) -> None:
    (signals,) = classifier.classify([text])
    assert signals.intent == "recommendation_request", signals.evidence
