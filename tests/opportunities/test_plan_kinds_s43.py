"""Session 43 (issue 25): the right kind of reply for praise telling how long the writer has had their thing (never
corrected), a joke comparing a thing's trouble down to the writer's own ("rusts less than my knees", never an
apology) and a question put by handle to another person in the second person (the brand does not answer it), in
fi/sv/en. Made-up examples."""

from __future__ import annotations

import pytest

from bot.opportunities.plan import (
    ACKNOWLEDGE,
    ANSWER,
    CORRECT,
    NONE,
    THANK,
    GuidanceFit,
    ThreadContext,
    asks_handled_person,
    bad_experience,
    rule_plan,
)
from tests.opportunities.planning import FULL, OWN, sig

# The guidance states a figure the comment's own does not match (a warranty's years, say).
CONTRADICTED = GuidanceFit(answers=True, support=True, contradicts=True, passages=("g-warranty",))
FIGURE_OPPOSED = GuidanceFit(answers=True, support=True, opposes="figure", opposing_passage="g-warranty")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Meillä on ollu teidän retkisukset 14 vuotta ja vieläkin luistaa, parasta laatua", "fi"),
        ("kiitos ohjeista! meidän pulkka on 25 vuotta vanha ja kuin uusi", "fi"),
        ("We've had our canoe for 14 years and it still floats like new, great craft", "en"),
        ("Vi har haft vår kälke i 14 år och den är som ny, toppenkvalitet", "sv"),
        ("tack för tipsen! min kälke är 25 år gammal och fortfarande fin", "sv"),
    ],
)
def test_praise_telling_how_long_the_writer_has_had_their_thing_is_not_corrected(text: str, language: str) -> None:
    signals = sig("praise", language, emotion="positive", intent_confidence=0.8)
    planned = rule_plan(signals, text, objective="trust", thread=OWN, guidance=CONTRADICTED)
    assert planned.kind != CORRECT
    # Its figure read against a guidance sentence's other figure: still the writer's own case, thanked.
    assert rule_plan(signals, text, objective="trust", thread=OWN, guidance=FIGURE_OPPOSED).kind == THANK


def test_a_stated_figure_of_the_brands_terms_is_still_corrected() -> None:
    # No thing of the writer's own: a claim of the brand's terms, corrected as before.
    signals = sig("misinformation", "en", intent_confidence=0.8)
    planned = rule_plan(
        signals, "the warranty on these is only 1 year", objective="trust", thread=OWN, guidance=CONTRADICTED
    )
    assert planned.kind == CORRECT


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("meidän pulkka ruostuu vähemmän ku mun polvet", "fi"),
        ("vår kälke rostar mindre än mina knän", "sv"),
    ],
)
def test_trouble_compared_down_to_the_writers_own_is_no_bad_experience(text: str, language: str) -> None:
    assert not bad_experience(text, language, dealings=False)
    # The classifier barely reads a complaint: with no trouble told it is a remark, not one to apologise for.
    signals = sig("complaint", language, emotion="neutral", intent_confidence=0.3, complaint_score=0.3)
    assert rule_plan(signals, text, objective="trust", thread=OWN, guidance=FULL).kind != ACKNOWLEDGE


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("pulkka hajosi vähemmän kuin viikossa", "fi"),
        ("pulkka hajosi vähemmän kuin kahdessa viikossa", "fi"),
        ("kälken gick sönder på mindre än en vecka", "sv"),
    ],
)
def test_trouble_within_less_than_a_time_is_still_a_bad_experience(text: str, language: str) -> None:
    assert bad_experience(text, language, dealings=False)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("@stitch_fan which kit did you start with?", "en"),
        ("@Lumi K what size did you end up ordering?", "en"),
        ("@pekka_r vilken färg valde du?", "sv"),
        ("@annukka mikä koko sulla on?", "fi"),
    ],
)
def test_a_question_put_by_handle_in_the_second_person_is_not_the_brands(text: str, language: str) -> None:
    assert asks_handled_person(text, language)
    signals = sig("question", language, is_question=True)
    # Under the brand's own post too, where a question in the second person is otherwise read as put to the brand.
    for thread in (OWN, ThreadContext(brand_post=True, reply_to_other=True)):
        planned = rule_plan(signals, text, objective="sales", thread=thread, guidance=FULL)
        assert planned.kind == NONE and "handle" in planned.reason
    assert rule_plan(signals, text, objective="sales", thread=ThreadContext(), guidance=FULL).kind == NONE


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("@stitch_fan what does the starter kit cost?", "en"),  # no "you": anyone may answer, the brand too
        ("@stitch_fan if you order now, is shipping free?", "en"),  # a generic "you" in a condition
        ("which kit did you start with?", "en"),  # no handle: whom "you" means is not told
    ],
)
def test_a_question_without_a_handled_second_person_stays_open(text: str, language: str) -> None:
    assert not asks_handled_person(text, language)


def test_a_handled_question_naming_the_brand_is_still_answered() -> None:
    signals = sig("question", "en", is_question=True)
    planned = rule_plan(
        signals,
        "@stitch_fan did you get yours from Neulakko? do you know if they ship to Norway?",
        objective="sales",
        thread=ThreadContext(brand_post=True, names_brand=True),
        guidance=GuidanceFit(answers=True, support=True, passages=("g-shipping",)),
    )
    assert planned.kind == ANSWER


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("the heron in slide 3 looks like it wants my lunch", "en"),
        ("toisessa kuvassa oleva hylje näyttää ihan mun anopilta", "fi"),
        ("sälen på bild 2 ser ut som den vill ha min smörgås", "sv"),
    ],
)
def test_a_remark_on_a_thing_in_the_posts_picture_is_not_apologised_for(text: str, language: str) -> None:
    signals = sig("complaint", language, emotion="negative", intent_confidence=0.6, complaint_score=0.6)
    planned = rule_plan(signals, text, objective="trust", thread=OWN, guidance=FULL)
    assert planned.kind == NONE and "picture" in planned.reason


OPPOSED = GuidanceFit(answers=True, support=True, opposes="polarity", opposing_passage="g-refunds", passages=("g-x",))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("heard they never refund anything even when they cancel the trip themselves", "en"),
        ("jag hörde att de aldrig betalar tillbaka ens när de själva ställer in turen", "sv"),
    ],
)
def test_a_rumour_heard_is_corrected_not_apologised_for(text: str, language: str) -> None:
    signals = sig("complaint", language, emotion="negative", intent_confidence=0.6, complaint_score=0.6)
    planned = rule_plan(signals, text, objective="trust", thread=ThreadContext(), guidance=OPPOSED)
    assert planned.kind == CORRECT


def test_a_trouble_of_the_writers_own_beside_what_they_heard_stays_a_complaint() -> None:
    signals = sig("complaint", "en", emotion="negative", intent_confidence=0.6, complaint_score=0.6)
    text = "heard they never refund, and my order was cancelled and I was charged anyway"
    assert rule_plan(signals, text, objective="trust", thread=ThreadContext(), guidance=OPPOSED).kind == ACKNOWLEDGE


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Superbra kvalitet verkligen, tre vintrar och kälken är rena skrotet 👍", "sv"),
        ("Huippulaatua, kaks talvea ja pulkka on ku romua 👌", "fi"),
        ("Great quality, two winters and the sled is basically junk 👍", "en"),
    ],
)
def test_praise_words_over_a_wreck_after_a_few_seasons_are_not_thanked(text: str, language: str) -> None:
    signals = sig("praise", language, emotion="positive", intent_confidence=0.9)
    planned = rule_plan(signals, text, objective="trust", thread=OWN, guidance=FULL)
    assert planned.kind == ACKNOWLEDGE


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("heard they dont pay back a cent even if they cancel the tour themselves", "en"),
        ("hörde att de aldrig betalar tillbaka ens när de själva ställer in turen", "sv"),
    ],
)
def test_a_rumour_heard_is_never_apologised_for_where_no_guidance_sentence_opposes_it(text: str, language: str) -> None:
    # No guidance sentence found against it: left to a person (none), never an apology that concedes the rumour.
    signals = sig("complaint", language, emotion="negative", intent_confidence=0.6, complaint_score=0.6)
    planned = rule_plan(signals, text, objective="trust", thread=ThreadContext(), guidance=FULL)
    assert planned.kind == NONE
