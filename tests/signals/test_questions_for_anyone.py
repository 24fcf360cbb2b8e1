"""Session 23, s23b-sd (issue 18): questions for anyone and praise or wishes the intent model reads as off topic.

A question asking where to get something cheaply, or a kitchen how-to asked in general, is off topic (rules'
``cheap_elsewhere`` and ``kitchen_how_to``, bot.signals.offline.ELSEWHERE) unless it says the brand's own
(``our_own``); a statement the model reads as off topic that praises is praise; a wish said as what could be is
feedback; and a watch with no plain topics still runs the off-topic gate on its guidance
(bot.opportunities.assess.GUIDANCE_AS_TOPICS). The texts are written for these tests."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from bot.config import Settings
from bot.opportunities.assess import assess_comments
from bot.signals import rules
from bot.signals.combine import refine_intent
from bot.signals.offline import ELSEWHERE, OfflineClassifier, _elsewhere
from bot.storage.db import Database
from bot.storage.models import Comment, Thread, Watch, utcnow
from bot.watching.threads import comment_hash
from tests.conftest import make_settings
from tests.signals.test_opportunities import EMBEDDER, KeywordRetriever

FOR_ANYONE = [
    ("Where can I buy a cheap music stand that doesn't wobble?", "en"),
    ("Who rents out camping gear for less in town?", "en"),
    ("How do you roast beetroot so it stays juicy?", "en"),
    ("How long should you fry mushrooms before adding cream?", "en"),
    ("Var köper man billiga ridhandskar i stan?", "sv"),
    ("Var hyr man släpvagn billigast på helgen?", "sv"),
    ("Hur steker man kantareller utan att de blir sega?", "sv"),
    ("Ska man skala rödbetor innan man steker dem?", "sv"),
    ("Mistä saa halvalla retkikeittimen?", "fi"),
    ("Tietääkö kukaan mistä löytää edullisen laturin?", "fi"),
    ("Miten mustikat pakastetaan ettei ne paakkuunnu?", "fi"),
    ("Pitääkö punajuuret kuoria ennen keittämistä?", "fi"),
]

THE_BRANDS_OWN = [
    ("Where can I buy your gloves cheaper, any outlet?", "en"),
    ("How long do you cook your oat porridge, the packet says nothing?", "en"),
    ("Var köper man era handskar billigast?", "sv"),
    ("Mistä saa teidän hanskoja halvemmalla?", "fi"),
    ("Paistetaanko retkellä makkaraa?", "fi"),  # the passive alone says "we": a question about the outing
    ("Is the dough vegan?", "en"),  # a dish or an ingredient alone is no cue
    ("Hur fryser man medlemskapet över sommaren?", "sv"),  # freezing, cleaning, storing: done to products too
    ("How do you clean the filter after a season?", "en"),
    ("Miten kahvi keitetään tällä keittimellä?", "fi"),
    ("Hur kokar man kaffe i bryggaren?", "sv"),
]


@pytest.mark.parametrize(("text", "language"), FOR_ANYONE)
def test_a_question_for_anyone_is_recognised(text: str, language: str) -> None:
    assert _elsewhere(text, language) is not None


@pytest.mark.parametrize(("text", "language"), THE_BRANDS_OWN)
def test_a_question_saying_the_brands_own_is_not_taken_for_one(text: str, language: str) -> None:
    assert _elsewhere(text, language) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Kurssejä vois olla myös Oulussa", "fi"),
        ("Ha gärna textning på alla klipp", "sv"),
        ("Vore bra med en lista över nybörjargrupper", "sv"),
        ("You could also run them on weekday evenings", "en"),
        ("How about a short course on sharpening?", "en"),
    ],
)
def test_a_wish_said_as_what_could_be_is_feedback(text: str, language: str) -> None:
    assert rules.match("feedback", text, language) is not None


@pytest.fixture(scope="module")
def classifier() -> OfflineClassifier:
    return OfflineClassifier(EMBEDDER)


def test_the_classifier_reads_questions_for_anyone_off_topic_and_naming_the_brand_brings_them_back(
    classifier: OfflineClassifier,
) -> None:
    texts = [text for text, _ in FOR_ANYONE[::2]]
    for text, signals in zip(texts, classifier.classify(texts), strict=True):
        assert signals.intent == "off_topic", (text, signals.evidence)
        assert signals.evidence["rule"] == ELSEWHERE
    (named,) = classifier.classify(["Mistä saa Kuuran retkikeittimen halvalla?"])
    assert named.evidence.get("rule") == ELSEWHERE
    back = refine_intent(
        named, "Mistä saa Kuuran retkikeittimen halvalla?", relevance=0.7, answer_similarity=0.7, brand_terms=["Kuura"]
    )
    assert back.intent == "question"


def test_praise_the_model_reads_as_off_topic_is_praise(classifier: OfflineClassifier) -> None:
    texts = ["Bästa bageriet i hela stan, punkt.", "Paras ratsastuskoulu koko kaupungissa, ja paras kanava"]
    for text, signals in zip(texts, classifier.classify(texts), strict=True):
        assert signals.intent == "praise", (text, signals.evidence)


def _watch_without_topics(db: Database, texts: list[str]) -> tuple[int, list[int]]:
    now = utcnow()
    with db.write() as session:
        watch = Watch(
            url="https://www.reddit.com/r/Suomi/comments/3notopics/x/",
            platform="reddit",
            target="3notopics",
            objective="trust",
            topics=["brand:Revontuli"],
            poll_interval_minutes=30,
            draft_opt_in=True,
        )
        session.add(watch)
        session.flush()
        thread = Thread(watch_id=watch.id, platform="reddit", external_id="3notopics", url=watch.url, title="Pumps?")
        session.add(thread)
        session.flush()
        ids = []
        for number, text in enumerate(texts):
            row = Comment(
                thread_id=thread.id,
                platform="reddit",
                external_id=f"n{number}",
                author_id=f"t2_{number}",
                author_name=f"t2_{number}",
                text=text,
                content_hash=comment_hash(text, False, None),
                created_at=now - timedelta(hours=2, minutes=-number),
            )
            session.add(row)
            session.flush()
            ids.append(row.id)
        return watch.id, ids


def test_a_watch_with_no_plain_topics_still_reads_a_question_to_the_others_off_topic(
    db: Database, tmp_path: Path
) -> None:
    settings: Settings = make_settings(tmp_path, classifier="offline")
    crowd = "Does anyone know which days the swimming hall in town has family swims?"
    ours = "Does the Revontuli Arctic really keep heating at -25? We live near Rovaniemi"
    watch_id, ids = _watch_without_topics(db, [ours, crowd])
    result = assess_comments(
        db=db,
        settings=settings,
        embedder=EMBEDDER,
        retriever=KeywordRetriever(),
        watch_id=watch_id,
        comment_ids=ids,
        classifier=OfflineClassifier(EMBEDDER),
    )
    found = {a.comment_id: a for a in result}
    assert found[ids[1]].signals.intent == "off_topic", found[ids[1]].signals.evidence
    assert found[ids[1]].action != "draft"
    assert found[ids[0]].signals.intent == "question"


@pytest.mark.parametrize(
    ("text", "language", "spam"),
    [
        ("Myyn kotitekoista puolukkahilloa 6e/purkki, laita viestiä", "fi", True),
        ("Myydään vähän käytetty satula, yv", "fi", True),
        ("Vi har ved till salu, ring oss i kväll!", "sv", True),
        ("Selling my old music stand, DM me if interested", "en", True),
        ("Shameless plug: my budgeting app does this for free", "en", True),
        ("Myyttekö kuivattuja sieniä? Laitoin jo viestiä", "fi", False),
        ("Säljer ni presentkort? Jag ringde men ingen svarade", "sv", False),
    ],
)
def test_a_sale_offered_with_a_call_to_get_in_touch_is_self_promotion(text: str, language: str, spam: bool) -> None:
    assert (rules.match("spam", text, language) is not None) is spam
