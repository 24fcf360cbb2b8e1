"""Session 40's intent rules, in fi/sv/en: a statement recommending the thing in the writer's own voice is praise
(``offline.RECOMMENDS_IT``), not when it asks for a recommendation, names trouble or recommends a rival; and a question
naming the brand by the word its product names share is about the brand (``combine.SHARED_NAME_ON_TOPIC``), when the
word is written as a name. The texts are written for these tests."""

from __future__ import annotations

import pytest

from bot.signals.combine import names_shared_name, refine_intent
from bot.signals.offline import RECOMMENDS_IT, OfflineClassifier, SignalContext
from bot.signals.types import Signals
from knowledge.embeddings import LocalE5Embedder

RECOMMENDING = [
    "Käytiin koko perhe viime syksynä, lapset puhuu siitä vieläkin. Suosittelen lämpimästi",
    "Kolme kuukautta tilattu eikä kertaakaan myöhässä. Voin suositella",
    "Gick med jobbet i mars, alla var nöjda. Rekommenderas!",
    "Har kört med deras låda sen i våras, kan varmt rekommendera",
    "Used it through a whole wet autumn, would recommend",
    "Two winters in, the thing still looks new. Highly recommend",
]
NOT_RECOMMENDING = [
    "Mitä suosittelette aloittelijalle?",
    "Vilken storlek rekommenderar ni till en tolvåring?",
    "Vad rekommenderar du för lim?",
    "Would you recommend any shop in Oulu?",
    "Vi har en liten hall, finns det en modell ni rekommenderar",
    "I recommend a thicker mat under it, the floor is concrete",
]


@pytest.mark.parametrize("text", RECOMMENDING)
def test_a_recommendation_in_the_writers_own_voice_is_recognised(text: str) -> None:
    assert RECOMMENDS_IT.search(text)


@pytest.mark.parametrize("text", NOT_RECOMMENDING)
def test_asking_for_a_recommendation_or_advising_a_thing_is_not(text: str) -> None:
    assert not RECOMMENDS_IT.search(text)


@pytest.fixture(scope="module")
def classifier() -> OfflineClassifier:
    return OfflineClassifier(LocalE5Embedder())


def test_a_recommending_statement_is_praise_unless_it_tells_trouble_or_names_a_rival(
    classifier: OfflineClassifier,
) -> None:
    context = SignalContext(competitors=("Lumivalo",), brand_terms=("Tunturi Kassi",))
    texts = [
        "Viikko oli ihan kaaos ja laatikko pelasti meidät, hah. Suosittelen",
        "Rikki meni kahdessa viikossa, en suosittele",
        "Lumivalo toimittaa nopeammin, suosittelen sitä",
    ]
    praise, trouble, rival = classifier.classify(texts, context)
    assert praise.intent == "praise", praise.evidence
    assert trouble.evidence.get("rule") != "recommends it"
    assert rival.evidence.get("rule") != "recommends it"


TERMS = ("Kivikko Home", "Kivikko Frame", "Kivikko Kids", "GripMat")


@pytest.mark.parametrize(
    "text",
    [
        "Miten Kivikon otteet saa puhtaiksi?",
        "Paljonko Kivikolta maksaa asennus?",
        "Hur tjock madrass rekommenderar Kivikko?",
        "How do I get a quote from Kivikko for a daycare?",
    ],
)
def test_the_word_the_brands_products_share_names_the_brand(text: str) -> None:
    assert names_shared_name(text, TERMS) == "Kivikko"


@pytest.mark.parametrize(
    "text",
    [
        "kivikko on kaunis sana, mutta missä on lähin kiipeilysali?",  # not written as a name
        "Kivikko beach is lovely, where do you park?",  # the text's first word: any sentence opens capitalised
        "Where can I rent a frame for a tent?",  # one term's own word, not shared
    ],
)
def test_a_lower_case_or_opening_or_unshared_word_does_not(text: str) -> None:
    assert names_shared_name(text, TERMS) == ""


def test_a_question_naming_the_shared_name_is_brought_back_on_topic() -> None:
    read_off = Signals(language="fi", intent="off_topic", emotion="neutral", is_question=True, off_topic_score=0.7)
    text = "Miten Kivikon otteet saa puhtaiksi?"
    refined = refine_intent(read_off, text, relevance=0.7, answer_similarity=0.7, brand_terms=TERMS)
    assert refined.intent == "question"
    other = "Missä on lähin kiipeilysali Tampereella?"
    assert refine_intent(read_off, other, relevance=0.7, answer_similarity=0.7, brand_terms=TERMS).intent == (
        "off_topic"
    )
