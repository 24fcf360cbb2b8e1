"""Session 42, s42-offtopic (issue 18): a question to the poster about where they got a thing seen in their post, and
a question about the platform or the community it is posted in.

"Where did you get that rug in the background?", "Mistä sait tuon pihtiparin?", "Var köpte du den där tröjan?" ask
who sold the poster their own thing, not about the brand's products or services: off topic (rules' ``seen_in_post``,
bot.signals.offline.SEEN_IN_POST), unless the question names the brand (combine.refine_intent). Without a pointing word
or a picture ("Where did you get Wi-Fi on board?") it stays a question, and a challenge to a figure ("where did you
get that number?") is no thing seen. "Onks tää subi kuollu?", "Which Mastodon instance do you all use?" ask about the
venue (rules' ``venue`` in a sentence that asks, offline.ABOUT_THE_VENUE), not the brand's presence there ("are you on
Bluesky?"), and a venue named only beside the question ("HN is no ad board. Does the train have sockets?") says
nothing of it. The texts are written for these tests."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import numpy as np
import pytest

from bot.config import Settings
from bot.opportunities.assess import assess_comments
from bot.signals import rules
from bot.signals.combine import refine_intent
from bot.signals.offline import ABOUT_THE_VENUE, SEEN_IN_POST, OfflineClassifier, SignalContext, about_the_venue
from bot.signals.types import INTENTS
from bot.storage.db import Database
from bot.storage.models import Comment, Thread, Watch, utcnow
from bot.watching.threads import comment_hash
from tests.conftest import make_settings
from tests.signals.test_opportunities import EMBEDDER, KeywordRetriever

SEEN = [
    ("Where did you get that lamp on the desk? Looks vintage", "en"),
    ("where did u get those boots in the video", "en"),
    ("Where'd you buy the mug in the photo?", "en"),
    ("Where's that scarf from? Love the colour", "en"),
    ("Mistä sait tuon punaisen pipon?", "fi"),
    ("Mistä ostitte noi tuolit kuvassa?", "fi"),
    ("Mistä toi matto on? Tarviin samanlaisen", "fi"),
    ("Var köpte du den där jackan?", "sv"),
    ("Var har ni köpt lampan i bakgrunden?", "sv"),
    ("Var kommer den där mattan ifrån?", "sv"),
]

NOT_SEEN = [
    ("Where did you get Wi-Fi on the ferry? Mine never connected", "en"),  # no thing pointed at
    ("Where did you get that number? The site says 49 €", "en"),  # a figure challenged
    ("Where did you get that from?", "en"),
    ("Where do you get these beans, are they organic?", "en"),  # asked of the shop, in the present
    ("Mistä sait tuon tiedon? Sivuilla lukee toista", "fi"),
    ("Mistä tuo hinta on peräisin?", "fi"),
    ("Var köpte du klänningen förresten?", "sv"),  # no pointing word: the writers label it a question
    ("Var fick du den där uppgiften ifrån?", "sv"),
    ("Mistä saa teidän pipoja?", "fi"),
]


@pytest.mark.parametrize(("text", "language"), SEEN)
def test_where_the_poster_got_a_thing_seen_is_recognised(text: str, language: str) -> None:
    assert rules.match("seen_in_post", text, language) is not None


@pytest.mark.parametrize(("text", "language"), NOT_SEEN)
def test_other_where_questions_are_not_taken_for_one(text: str, language: str) -> None:
    assert rules.match("seen_in_post", text, language) is None


VENUE = [
    ("Is this sub even alive anymore?", "en"),
    ("Which Mastodon instance is best for woodworkers?", "en"),
    ("How do I move my followers to another instance?", "en"),
    ("Onks tää subi ihan kuollu?", "fi"),
    ("Mikä Bluesky-feedi on paras puutöihin?", "fi"),
    ("Vilket forum är bäst för båtsnack?", "sv"),
]

NOT_VENUE = [
    ("Are you on Mastodon too?", "en"),  # the brand's own presence there
    ("Har ni ett Discord för kunder?", "sv"),
    ("Onko teillä Bluesky-tiliä?", "fi"),
    ("HN is no ad board, vendors stay out. Does the night train have sockets?", "en"),  # the venue beside the asking
    ("Is there, for instance, a smaller size?", "en"),
]


@pytest.mark.parametrize(("text", "language"), VENUE)
def test_a_question_about_the_venue_is_recognised(text: str, language: str) -> None:
    assert about_the_venue(text, language) is not None


@pytest.mark.parametrize(("text", "language"), NOT_VENUE)
def test_the_brands_presence_or_a_venue_beside_the_question_is_not(text: str, language: str) -> None:
    assert about_the_venue(text, language) is None


@pytest.fixture(scope="module")
def classifier() -> OfflineClassifier:
    return OfflineClassifier(EMBEDDER)


def test_the_classifier_reads_them_off_topic_and_naming_the_brand_brings_one_back(
    classifier: OfflineClassifier,
) -> None:
    texts = [text for text, _ in SEEN[::3]]
    for text, signals in zip(texts, classifier.classify(texts), strict=True):
        assert signals.intent == "off_topic", (text, signals.evidence)
        assert signals.evidence["rule"] == SEEN_IN_POST
    named_text = "Mistä sait tuon Kuuran pipon?"
    (named,) = classifier.classify([named_text])
    assert named.evidence.get("rule") == SEEN_IN_POST
    back = refine_intent(named, named_text, relevance=0.7, answer_similarity=0.7, brand_terms=["Kuura"])
    assert back.intent == "question"


def test_the_classifier_reads_a_question_about_the_venue_off_topic(classifier: OfflineClassifier) -> None:
    texts = [text for text, _ in VENUE[::2]]
    for text, signals in zip(texts, classifier.classify(texts), strict=True):
        assert signals.intent == "off_topic", (text, signals.evidence)
        assert signals.evidence["rule"] == ABOUT_THE_VENUE


@pytest.mark.parametrize("read", ["toxic", "spam_or_self_promotion"])
def test_the_models_reading_of_abuse_or_an_advert_stands(classifier: OfflineClassifier, read: str) -> None:
    probabilities = np.full(len(INTENTS), 0.02)
    probabilities[INTENTS.index(read)] = 0.8
    for text in ("Is this sub even alive anymore?", "Where did you get that jacket in the video?"):
        signals = classifier._read(text, probabilities, SignalContext())
        assert signals.intent == read, (text, signals.evidence)
    probabilities = np.full(len(INTENTS), 0.02)
    probabilities[INTENTS.index("question")] = 0.8
    signals = classifier._read("Is this sub even alive anymore?", probabilities, SignalContext())
    assert signals.evidence["rule"] == ABOUT_THE_VENUE


def test_such_a_question_is_never_drafted_where_a_product_question_is(db: Database, tmp_path: Path) -> None:
    settings: Settings = make_settings(tmp_path, classifier="offline")
    seen = "Where did you get that jacket in the video? Looks warm"
    ours = "Does the Revontuli Arctic really keep heating at -25? We live near Rovaniemi"
    now = utcnow()
    with db.write() as session:
        watch = Watch(
            url="https://www.youtube.com/watch?v=seen42",
            platform="youtube",
            target="seen42",
            objective="trust",
            topics=["heat pumps", "brand:Revontuli"],
            poll_interval_minutes=30,
            draft_opt_in=True,
        )
        session.add(watch)
        session.flush()
        thread = Thread(watch_id=watch.id, platform="youtube", external_id="seen42", url=watch.url, title="Winter test")
        session.add(thread)
        session.flush()
        ids = []
        for number, text in enumerate([ours, seen]):
            row = Comment(
                thread_id=thread.id,
                platform="youtube",
                external_id=f"s{number}",
                author_id=f"u{number}",
                author_name=f"u{number}",
                text=text,
                content_hash=comment_hash(text, False, None),
                created_at=now - timedelta(hours=2, minutes=-number),
            )
            session.add(row)
            session.flush()
            ids.append(row.id)
        watch_id = watch.id
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
