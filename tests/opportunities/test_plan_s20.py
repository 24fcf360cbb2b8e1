"""Session 20 (issue 25): an apology needs a grievance about what the brand did to the writer. A calm question about a
service with the trouble that brings it, a mishap of the writer's own doing, trouble told as put right, an eye-roll at
a misconception and a cynical remark are no complaint; a wry laugh or a question beside the person's own dealings
that the model reads as a complaint still is. Invented comments in fi/sv/en."""

from __future__ import annotations

import pytest

from bot.opportunities.plan import GuidanceFit, ThreadContext, asked_about_trouble, good_story, own_mishap
from tests.opportunities.planning import plan_on as plan
from tests.opportunities.planning import sig

NOT_ANSWERED = GuidanceFit(support=True)
OPPOSED = GuidanceFit(answers=True, support=True, opposes="polarity", opposing_passage="p1")
CALM = 0.01  # the offline model's complaint score of a plain question


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("korjaatteko myös nahkalaukkuja? mun laukun vuori on revennyt", "fi"),
        ("lagar ni mattor också? har en trasig matta hemma", "sv"),
        ("do you fix sneakers too? the sole is coming off", "en"),
        ("are the parcels insured if something arrives broken?", "en"),
    ],
)
def test_a_calm_question_about_a_service_with_its_trouble_is_answered_not_apologised_for(
    text: str, language: str
) -> None:
    signals = sig("question", language, is_question=True, complaint_score=CALM)
    assert asked_about_trouble(signals, text, language, asks=True, dealings=False, ironic=False)
    assert plan(signals, text).kind == "answer"
    assert plan(signals, text, fit=NOT_ANSWERED).kind == "none"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # trouble the brand caused, told with a date of the person's own
        ("viime syksynä nosto myöhästyi kaksi viikkoa. paljonko te nyt pyydätte talvesta", "fi"),
        # a call for help, not a question about a service
        ("min cykel gick sönder mitt på bron, vad gör jag nu", "sv"),
    ],
)
def test_trouble_the_brand_caused_or_a_call_for_help_stays_a_complaint(text: str, language: str) -> None:
    signals = sig("question", language, is_question=True, complaint_score=CALM)
    assert not asked_about_trouble(signals, text, language, asks=True, dealings=False, ironic=False)
    assert plan(signals, text).kind == "acknowledge"


def test_without_the_models_complaint_score_a_question_with_trouble_keeps_the_old_reading() -> None:
    text = "do you fix sneakers too? the sole is coming off"
    signals = sig("question", is_question=True)
    assert not asked_about_trouble(signals, text, "en", asks=True, dealings=False, ironic=False)


@pytest.mark.parametrize(
    ("text", "language", "intent"),
    [
        ("muistakaa tyhjentää vesisäiliöt, mun pumppu halkes kun unohdin 🥲", "fi", "complaint"),
        ("my own fault really, I dropped the box and the lamp cracked", "en", "complaint"),
        ("haha båten blev repad av min egen svåger när han backade in den", "sv", "complaint"),
    ],
)
def test_a_mishap_of_the_writers_own_doing_gets_no_apology(text: str, language: str, intent: str) -> None:
    signals = sig(intent, language, emotion="negative", intent_confidence=0.55, complaint_score=0.55)
    assert own_mishap(text, language, dealings=False)
    assert plan(signals, text).kind == "none"


def test_a_mishap_told_to_the_brand_or_beside_an_order_is_still_the_brands_to_hear() -> None:
    assert not own_mishap("I forgot to say, you scratched the door when you delivered it", "en", dealings=False)
    assert not own_mishap("my own fault I ordered the wrong size and it broke", "en", dealings=True)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("sain naarmun veneeseen nostossa, tein ilmoituksen ja korvasivat viikossa, reilu meininki", "fi"),
        ("bilen fick en buckla vid lyftet, de ersatte det inom en vecka, smidigt", "sv"),
        ("the zip broke after a month, they replaced it in a day, fair play", "en"),
    ],
)
def test_trouble_told_as_put_right_and_handled_well_is_no_complaint(text: str, language: str) -> None:
    signals = sig("complaint", language, emotion="negative", intent_confidence=0.45, complaint_score=0.45)
    assert good_story(text, language)
    assert plan(signals, text).kind != "acknowledge"


def test_trouble_put_right_but_with_a_but_or_still_broken_stays_a_complaint() -> None:
    assert not good_story("they replaced it quickly but it broke again", "en")
    assert not good_story("ei vieläkään korjattu, nopeaa toimintaa 🙄", "fi")


@pytest.mark.parametrize(
    ("text", "language", "intent"),
    [
        ("ei ne kuitenkaan talvella toimita mitään 🙄", "fi", "praise"),
        ("they don't even deliver on weekends 🙄", "en", "question"),
        ("de levererar väl inte alls på vintern 🙄", "sv", "feedback_or_idea"),
    ],
)
def test_an_eye_roll_at_a_misconception_is_not_apologised_for(text: str, language: str, intent: str) -> None:
    signals = sig(intent, language, intent_confidence=0.25, complaint_score=0.15)
    assert plan(signals, text).kind != "acknowledge"


def test_an_eye_roll_beside_the_persons_own_dealings_is_still_a_complaint() -> None:
    signals = sig("praise", "fi", intent_confidence=0.25, complaint_score=0.15)
    assert plan(signals, "tilasin viime viikolla ja toimitus tuli kaksi päivää myöhässä 🙄").kind == "acknowledge"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("telakat ei ikinä myönnä mitään, tyypillistä", "fi"),
        ("firmorna erkänner aldrig nånting 🤷", "sv"),
        ("typical, these yards never admit anything", "en"),
    ],
)
def test_a_cynical_remark_is_not_corrected(text: str, language: str) -> None:
    signals = sig("misinformation", language, intent_confidence=0.25)
    assert plan(signals, text, fit=OPPOSED).kind != "correct"


def test_a_plain_claim_the_guidance_opposes_is_still_corrected() -> None:
    signals = sig("misinformation", "en", intent_confidence=0.6)
    assert plan(signals, "the yard is closed on weekends", fit=OPPOSED).kind == "correct"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("onks tää oikeesti tunnin toimitus vai mainostunti 😂 viimeks odotin kolme tuntia", "fi"),
        ("is this really 90 min or marketing minutes lol, last time I waited three hours", "en"),
    ],
)
def test_a_laugh_beside_the_persons_own_dealings_read_as_a_complaint_is_no_banter(text: str, language: str) -> None:
    signals = sig("question", language, is_question=True, intent_confidence=0.6, complaint_score=0.6)
    assert plan(signals, text).kind == "acknowledge"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("are you making the cold hall warmer? last winter my engine cooler cracked and nobody replied since", "en"),
        ("ootteko lämmittämässä hallia? viime talvena moottori halkes ja ilmoitin siitä, eikä oo vastattu", "fi"),
        ("hyrde av er i somras, bilen var smutsig och ingen svarade på mejlet. varför ska jag boka igen", "sv"),
    ],
)
def test_a_question_beside_trouble_of_ones_own_told_with_a_date_is_acknowledged(text: str, language: str) -> None:
    signals = sig("question", language, is_question=True, intent_confidence=0.55, complaint_score=0.55)
    assert plan(signals, text, thread=ThreadContext(brand_post=True)).kind == "acknowledge"


def test_an_eye_roll_at_what_the_guidance_opposes_is_neither_apologised_for_nor_corrected() -> None:
    signals = sig("question", "fi", intent_confidence=0.25, complaint_score=0.15)
    for text in ("ei ne kuitenkaan viikonloppuna toimita 🙄", "sähköpyörät 🙄 ois auto niin ei ois ongelmaa"):
        assert plan(signals, text, fit=OPPOSED).kind == "none"


def test_praise_turned_over_by_a_wry_face_is_still_a_complaint() -> None:
    signals = sig("praise", "en", emotion="positive", intent_confidence=0.3, complaint_score=0.1)
    text = "lovely new app, pity the booking page freezes every time, great value 🙃"
    assert plan(signals, text, thread=ThreadContext(brand_post=True)).kind == "acknowledge"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("pyörä hajosi eilen kesken matkan ja jouduin maksamaan lisäajasta. miten tää toimii?", "fi"),
        ("the scooter broke down on the bridge yesterday and I had to pay 20 extra minutes. how does this work?", "en"),
    ],
)
def test_trouble_told_as_it_happened_lately_beside_a_question_is_still_a_complaint(text: str, language: str) -> None:
    signals = sig("question", language, is_question=True, complaint_score=CALM)
    assert not asked_about_trouble(signals, text, language, asks=True, dealings=False, ironic=False)
    assert plan(signals, text).kind == "acknowledge"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("mä luulin et te pesette myös pohjan, eikös se kuulu hintaan", "fi"),
        ("jag trodde att ni tog emot segelbåtar, ingår masten?", "sv"),
        ("I thought you only deliver on weekdays, is that so", "en"),
    ],
)
def test_a_belief_reported_beside_a_question_is_corrected_where_the_guidance_says_otherwise(
    text: str, language: str
) -> None:
    signals = sig("question", language, is_question=True, intent_confidence=0.5)
    assert plan(signals, text, fit=OPPOSED).kind == "correct"
    assert plan(signals, text, fit=GuidanceFit(answers=True, support=True)).kind != "correct"


def test_being_made_to_wait_by_the_brand_is_a_bad_experience_beside_a_price_question() -> None:
    text = "last time your desk made us wait two hours for the car. and are there hidden fees this time"
    signals = sig("question", "en", intent_confidence=0.7, complaint_score=0.03)
    assert plan(signals, text, thread=ThreadContext(brand_post=True)).kind == "acknowledge"
