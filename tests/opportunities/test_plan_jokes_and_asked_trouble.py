"""Session 31 (issue 25): a comment only the intent model reads as a complaint, with no bad experience told and no
irony, is no grievance to apologise for when it is a joke aimed at nobody at the brand, nor is a question the model
reads as asking that the classifier's rules made a complaint for a word of trouble; real complaints keep their
kind."""

from __future__ import annotations

from bot.opportunities.plan import ACKNOWLEDGE, ANSWER, NONE, ThreadContext
from bot.signals.types import PROBLEM_WITHOUT_QUESTION
from tests.opportunities.planning import OWN, plan_on, sig

SOMEONE_ELSES = ThreadContext()  # a creator's video or a group post: not the brand's, not naming it


def test_a_joke_aimed_at_nobody_at_the_brand_gets_no_apology() -> None:
    for text, language in (
        ("same, four skeins in and my husband still hasn't noticed 😅", "en"),
        ("viis kilsaa hiihtoa ja mä en jaksa ees kävellä postiin 🙈", "fi"),
        ("jag förstår fortfarande ingenting av reglerna men kul var det 😅", "sv"),
    ):
        for thread in (OWN, SOMEONE_ELSES):
            got = plan_on(sig("complaint", language, intent_confidence=0.64, emotion="negative"), text, thread=thread)
            assert got.kind == NONE, (text, thread)
            assert "joke" in got.reason


def test_a_laugh_beside_the_brand_or_the_writers_own_dealings_stays_a_complaint() -> None:
    upset = sig("complaint", "en", intent_confidence=0.7, emotion="negative")
    # Spoken to the brand ("you"), or the writer's own order told: the laugh is wry, the grievance real.
    assert plan_on(upset, "you lost my parcel twice now 😅", thread=OWN).kind == ACKNOWLEDGE
    assert plan_on(upset, "ordered in march and still nothing 😅", thread=OWN).kind == ACKNOWLEDGE
    named = ThreadContext(names_brand=True)
    assert plan_on(upset, "Lankala and their queues 🙈 never again", thread=named).kind == ACKNOWLEDGE


def test_a_question_the_model_reads_as_asking_is_not_a_complaint_for_a_word_of_trouble() -> None:
    for text, language in (
        ("jos sää on huono voiko siirtää toiselle päivälle", "fi"),
        ("om det regnar, kan man flytta bokningen", "sv"),
        ("if the weather turns bad can we move the booking", "en"),
    ):
        read = sig(
            "complaint",
            language,
            intent_confidence=0.65,
            complaint_score=0.04,
            emotion="negative",
            evidence={"rule": PROBLEM_WITHOUT_QUESTION},
        )
        assert plan_on(read, text).kind == ANSWER, text
        # The same rule with the model reading a complaint, or the person's own booking gone wrong, stays one.
        sure = sig("complaint", language, complaint_score=0.6, evidence={"rule": PROBLEM_WITHOUT_QUESTION})
        assert plan_on(sure, text).kind == ACKNOWLEDGE, text
    own = sig("complaint", "en", complaint_score=0.04, evidence={"rule": PROBLEM_WITHOUT_QUESTION})
    assert plan_on(own, "I booked for saturday and the weather was bad, can I get my money back").kind == ACKNOWLEDGE


def test_a_word_of_trouble_in_a_joke_keeps_the_apology_only_where_the_model_reads_a_complaint() -> None:
    text = "totally lost with the rules, awful explanation 😅"  # "awful": a word of trouble
    calm = sig("question", "en", intent_confidence=0.5, complaint_score=0.05)
    upset = sig("complaint", "en", intent_confidence=0.6, complaint_score=0.6, emotion="negative")
    assert plan_on(calm, text).kind == NONE
    assert plan_on(upset, text).kind == ACKNOWLEDGE
