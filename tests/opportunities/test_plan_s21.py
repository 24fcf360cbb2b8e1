"""Session 21 (issue 25): complaints told as a wait with no answer are acknowledged, never corrected; thanks to the
other commenters stay none when the brand is only named as what the person will do next; a tip telling the others
to contact the brand is no complaint; a thank-you that will still try a tip settles nothing. Invented comments in
fi/sv/en."""

from __future__ import annotations

import pytest

from bot.opportunities.plan import GuidanceFit, ThreadContext, matches, settles
from tests.opportunities.planning import plan_on as plan
from tests.opportunities.planning import sig

SUPPORT = GuidanceFit(support=True)
OPPOSED = GuidanceFit(answers=True, support=True, opposes="polarity", opposing_passage="p1")
NAMED = ThreadContext(brand_post=True, names_brand=True)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("laitoin teille viestiä maanantaina eikä oo vieläkään vastausta, lahja pitäis antaa perjantaina", "fi"),
        ("mejlade er i tisdags med bilder, inget svar än", "sv"),
        ("emailed support about the cracked lid a week ago, still nothing", "en"),
        ("asentaja ei oo vastannu viesteihin ja lattia on märkä", "fi"),
    ],
)
def test_a_contact_already_made_and_no_answer_yet_is_a_complaint(text: str, language: str) -> None:
    # The model barely reads a complaint (0.30): the wait with no answer is the experience to put right.
    signals = sig("complaint", language, intent_confidence=0.30)
    assert matches("bad_experience", text, language)
    assert plan(signals, text, fit=SUPPORT).kind == "acknowledge"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("no siis mun paketti on ollu matkalla jo 12 päivää", "fi"),
        ("min beställning har varit försenad i två veckor", "sv"),
        ("my delivery has been stuck for 11 days and counting", "en"),
    ],
)
def test_the_persons_own_order_is_never_corrected(text: str, language: str) -> None:
    # The nearest guidance sentence ("delivered in 2-4 days") says otherwise, but this is the person's own order.
    signals = sig("question", language, intent_confidence=0.40)
    assert matches("dealings", text, language)
    assert plan(signals, text, fit=OPPOSED).kind != "correct"
    assert plan(signals, text, fit=OPPOSED).kind == "acknowledge"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("kiitos kaikille, soitan Lasipajaan huomenna!", "fi"),
        ("tack alla, jag mejlar Lasipajan imorgon", "sv"),
        ("thanks everyone, I'll book Lasipaja next week then", "en"),
    ],
)
def test_thanks_to_everyone_naming_the_brand_as_the_next_step_is_no_thanks_to_it(text: str, language: str) -> None:
    signals = sig("praise", language, emotion="positive", intent_confidence=0.7)
    assert plan(signals, text, thread=NAMED).kind == "none"


def test_thanks_to_everyone_and_to_the_brand_spoken_to_is_still_read() -> None:
    text = "thanks everyone, and you Lasipaja too, great service"
    signals = sig("praise", "en", emotion="positive", intent_confidence=0.7)
    assert plan(signals, text, thread=NAMED).kind == "thank"


@pytest.mark.parametrize(
    ("text", "language", "intent"),
    [
        ("soita niille suoraan puhelinpalveluun, mulle vaihtivat heti uuden", "fi", "complaint"),
        ("ring dem bara på morgonen, de bytte min direkt", "sv", "complaint"),
        ("just call them in the morning, they swapped mine the same day", "en", "complaint"),
        ("always praise the puppy right away, never shout, it works", "en", "praise"),
    ],
)
def test_a_tip_telling_the_others_what_to_do_gets_no_reply(text: str, language: str, intent: str) -> None:
    signals = sig(intent, language, intent_confidence=0.6)
    assert matches("tip", text, language)
    assert plan(signals, text, fit=SUPPORT).kind == "none"


@pytest.mark.parametrize(
    "text",
    ["@maija kiitos, kokeilen illalla", "@jonas tack, ska testa det", "@liisa thanks, will try tonight!"],
)
def test_a_thank_you_that_will_still_try_the_tip_settles_nothing(text: str) -> None:
    assert not settles(text)


def test_a_short_thank_you_by_handle_still_settles() -> None:
    assert settles("@maija kiitos!")
    assert settles("@jonas tack så mycket")


def test_a_calm_question_whether_something_leaks_is_no_complaint() -> None:
    text = "vuotaako suihkuseinä jos saumat on vanhat"
    signals = sig("question", "fi", is_question=True, complaint_score=0.01)
    assert plan(signals, text).kind == "answer"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Tack Maja! Hur lång tid tog det innan de kom?", "sv"),
        ("@timo kiitti, kauanko teillä kesti asennus?", "fi"),
        ("thanks Jo, how long did it take for yours?", "en"),
    ],
)
def test_a_question_about_how_it_went_for_the_person_replied_to_is_theirs_to_answer(text: str, language: str) -> None:
    signals = sig("question", language, is_question=True, complaint_score=0.01)
    assert plan(signals, text, thread=ThreadContext(reply_to_other=True)).kind == "none"
    # Put to the brand, the same words are a question it may answer.
    assert plan(signals, text.split("!")[-1].split(",")[-1]).kind == "answer"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("sent 40 prints, got 35 back and nobody can tell me where the rest are", "en"),
        ("soitin kahdesti eikä kukaan osannut sanoa missä paketti on", "fi"),
        ("väntade i tre timmar och ingen kunde säga när de kommer", "sv"),
    ],
)
def test_nobody_able_to_say_or_a_long_wait_is_a_bad_experience(text: str, language: str) -> None:
    assert matches("bad_experience", text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ai niillä on kotiinkuljetus? hyvä tietää", "fi"),
        ("jaha, har de öppet på söndagar? bra att veta", "sv"),
        ("oh they do weekends? good to know", "en"),
    ],
)
def test_an_echoed_question_that_takes_in_another_persons_answer_gets_no_reply(text: str, language: str) -> None:
    signals = sig("question", language, is_question=True)
    assert plan(signals, text, thread=ThreadContext(reply_to_other=True)).kind == "none"


def test_photos_sent_for_a_quote_are_no_dealing_to_apologise_for() -> None:
    text = "sent photos just now, when will I hear back with a price"
    signals = sig("question", "en", is_question=True, complaint_score=0.02)
    assert not matches("dealings", text, "en")
    assert plan(signals, text).kind == "answer"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("sama juttu meillä syksyllä, ei mitään tietoa milloin paketti tulee", "fi"),
        ("samma här i våras, ingen info om när reparationen blir klar", "sv"),
        ("same for us in spring, no update on when the repair will be done", "en"),
    ],
)
def test_a_question_word_after_no_info_reports_what_was_not_told(text: str, language: str) -> None:
    signals = sig("question", language, is_question=True, emotion="negative", complaint_score=0.3)
    assert plan(signals, text, fit=SUPPORT).kind == "acknowledge"


def test_a_question_after_the_untold_still_asks() -> None:
    text = "no idea when it ships, do you deliver on saturdays?"
    signals = sig("question", "en", is_question=True, complaint_score=0.01)
    assert plan(signals, text).kind == "answer"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("thanks everyone at Lasipaja!", "en"),
        ("tack alla på Lasipaja", "sv"),
        ("kiitos koko Lasipajan porukalle", "fi"),
    ],
)
def test_thanks_to_everyone_at_the_brand_is_thanks_to_it(text: str, language: str) -> None:
    assert matches("to_others", "thanks everyone", "en")
    signals = sig("praise", language, emotion="positive", intent_confidence=0.7)
    assert plan(signals, text, thread=NAMED).kind == "thank"
