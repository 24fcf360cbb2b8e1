"""Session 22 (issue 25): the right kind of reply. A joke with a wink, hearsay, a third party's rules, a gripe about
the feed and a scam called on a price are no complaint; praise for a bad experience is sarcasm, never thanked; a
belief the classifier reads as upset is a claim; a charge asked in the present is a price question; a Swedish clause
put verb first asks. Invented comments in fi/sv/en."""

from __future__ import annotations

import pytest

from bot.opportunities.plan import GuidanceFit, asked_in_form, matches, verb_first_clause
from tests.opportunities.planning import FULL, sig
from tests.opportunities.planning import plan_on as plan

SUPPORT = GuidanceFit(support=True)
CONTRADICTED = GuidanceFit(answers=True, support=True, contradicts=True, passages=("p1",))
ANSWERS = GuidanceFit(answers=True, support=True, passages=("p1",))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("haha meidän koira nukkuu aina pesukoneen päällä, lasketaanko se huolloksi 🙃", "fi"),
        ("lol vår katt sover på pianot, räknas det som fukt 🙃", "sv"),
        ("lol my dog sleeps on the dryer, does that count as maintenance 🙃", "en"),
    ],
)
def test_a_laugh_beside_a_wink_is_a_joke_not_irony(text: str, language: str) -> None:
    signals = sig("question", language, intent_confidence=0.4, is_question=True)
    assert plan(signals, text, fit=FULL).kind == "none"


def test_a_wink_at_the_persons_own_bad_order_stays_a_complaint() -> None:
    signals = sig("complaint", "fi", emotion="negative", intent_confidence=0.6)
    text = "tilasin viime viikolla ja paketti tuli rikki, kiitti vaan 🙃"
    assert plan(signals, text, fit=SUPPORT).kind == "acknowledge"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("mun kaveri tilas teiltä sohvan ja odotti puol vuotta, ei kiitos", "fi"),
        ("min granne beställde hos er och fick vänta i månader, nej tack", "sv"),
        ("my neighbour ordered from you and waited half a year, no thanks", "en"),
    ],
)
def test_hearsay_about_someone_elses_wait_is_not_acknowledged(text: str, language: str) -> None:
    signals = sig("complaint", language, emotion="negative", intent_confidence=0.5)
    assert plan(signals, text, fit=SUPPORT).kind == "none"


def test_the_writers_own_wait_beside_a_neighbours_is_their_own_complaint() -> None:
    signals = sig("complaint", "en", emotion="negative", intent_confidence=0.5)
    text = "my neighbour and I both ordered from you and I waited half a year"
    assert plan(signals, text, fit=SUPPORT).kind == "acknowledge"


def test_praise_about_someone_close_is_not_hearsay() -> None:
    signals = sig("praise", "sv", emotion="positive", intent_confidence=0.8)
    assert plan(signals, "Tack för kundtjänsten på svenska, min pappa ringer nu själv", fit=SUPPORT).kind == "thank"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("meidän tontille ei saa rakentaa mitään, kiitos kaupunki 🙄", "fi"),
        ("vi får inte bygga något på tomten, tack kommunen 🙄", "sv"),
        ("can't build anything on our plot, thanks council 🙄", "en"),
        ("the landlord won't let us install anything, great", "en"),
    ],
)
def test_a_gripe_about_a_third_partys_rules_is_not_acknowledged(text: str, language: str) -> None:
    signals = sig("complaint", language, emotion="negative", intent_confidence=0.75)
    assert plan(signals, text, fit=SUPPORT).kind == "none"


def test_a_third_party_beside_the_brands_own_doing_stays_a_complaint() -> None:
    signals = sig("complaint", "en", emotion="negative", intent_confidence=0.75)
    text = "the council's rules are one thing, but you never came to measure 🙄"
    assert plan(signals, text, fit=SUPPORT).kind == "acknowledge"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ugh, the 4th cleaning ad in my feed this morning", "en"),
        ("taas tää mainos mun fiidissä, ärsyttää", "fi"),
        ("flödet är fullt av det här, tröttsamt", "sv"),
    ],
)
def test_a_gripe_about_the_feed_is_not_about_the_service(text: str, language: str) -> None:
    signals = sig("complaint", language, emotion="negative", intent_confidence=0.65)
    assert plan(signals, text, fit=SUPPORT).kind == "none"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("den riktiga bluffen är väskor för 60 € styck", "sv"),
        ("the real rip-off is the shelves at 90 € each", "en"),
        ("oikea huijaus on ne 50 euron säilytyslaatikot", "fi"),
    ],
)
def test_a_scam_called_on_a_price_is_an_opinion(text: str, language: str) -> None:
    signals = sig("complaint", language, emotion="negative", intent_confidence=0.25)
    assert plan(signals, text, fit=SUPPORT).kind == "none"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("not a scam, I used them last spring and it helped a lot", "en"),
        ("ei mikään huijaus, käytin niitä ja auttoi paljon", "fi"),
        ("ingen bluff, jag anlitade dem och det hjälpte mycket", "sv"),
    ],
)
def test_a_scam_denied_defends_the_brand(text: str, language: str) -> None:
    signals = sig("complaint", language, emotion="negative", intent_confidence=0.3)
    assert plan(signals, text, fit=SUPPORT).kind != "acknowledge"


def test_a_scam_beside_the_persons_own_charge_is_a_complaint() -> None:
    signals = sig("complaint", "sv", emotion="negative", intent_confidence=0.3)
    assert plan(signals, "ni är en bluff, ni drog 300 kr två gånger", fit=SUPPORT).kind == "acknowledge"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("kiitos vaan kun asentaja tuli neljä tuntia myöhässä, ihanaa palvelua 🙂", "fi"),
        ("badrummet luktar mögel efter ett halvår, snyggt jobbat 👏", "sv"),
        ("thanks for the installer showing up four hours late, lovely service 🙂", "en"),
    ],
)
def test_praise_for_a_bad_experience_is_sarcasm_never_thanked(text: str, language: str) -> None:
    signals = sig("praise", language, emotion="positive", intent_confidence=0.85)
    assert plan(signals, text, fit=SUPPORT).kind == "acknowledge"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("thanks, the parcel was damaged but you swapped it in a day, great service", "en"),
        ("olin ihan rikki, teidän henkilökunta auttoi paljon, kiitollinen", "fi"),
    ],
)
def test_praise_for_trouble_put_right_or_helped_is_not_sarcasm(text: str, language: str) -> None:
    signals = sig("praise", language, emotion="positive", intent_confidence=0.85)
    assert plan(signals, text, fit=SUPPORT).kind != "acknowledge"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("gift vouchers expire after 3 months I think, check the small print", "en"),
        ("lahjakortti vanhenee kolmessa kuukaudessa muistaakseni", "fi"),
        ("presentkort gäller bara tre månader tror jag", "sv"),
    ],
)
def test_a_belief_the_classifier_reads_as_upset_is_a_claim(text: str, language: str) -> None:
    signals = sig("complaint", language, emotion="negative", intent_confidence=0.57)
    assert plan(signals, text, fit=CONTRADICTED).kind == "correct"
    assert plan(signals, text, fit=SUPPORT).kind == "none"


def test_a_belief_beside_the_persons_own_dealings_stays_a_complaint() -> None:
    signals = sig("complaint", "en", emotion="negative", intent_confidence=0.57)
    text = "I think my voucher expired after 3 months, I bought it in May and you refused it"
    assert plan(signals, text, fit=CONTRADICTED).kind == "acknowledge"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("paljonko ne veloittaa jos sohva on kulmasohva", "fi"),
        ("how much do they charge if it's a corner sofa", "en"),
        ("hur mycket debiteras man om det är en hörnsoffa", "sv"),
    ],
)
def test_a_charge_asked_in_the_present_is_a_price_question(text: str, language: str) -> None:
    signals = sig("question", language, intent_confidence=0.6, is_question=True)
    assert not matches("dealings", text, language)
    assert plan(signals, text, fit=ANSWERS).kind == "answer"


def test_a_charge_told_in_the_past_is_the_persons_own_dealing() -> None:
    assert matches("dealings", "veloititte kahteen kertaan, paljonko se nyt maksaa", "fi")
    assert matches("dealings", "de debiterade mig två gånger", "sv")


def test_a_swedish_clause_put_verb_first_asks_and_barely_read_praise_with_it_is_answered() -> None:
    text = "Vi har en flygel i Esbo, kommer ni dit utan extra kostnad"
    assert asked_in_form(text, "sv")
    signals = sig("praise", "sv", emotion="positive", intent_confidence=0.2)
    assert plan(signals, text, fit=ANSWERS).kind == "answer"
    # The same question read surely as praise is never thanked either.
    assert plan(sig("praise", "sv", emotion="positive", intent_confidence=0.9), text, fit=ANSWERS).kind != "thank"


@pytest.mark.parametrize("clause", ["efter det har vi städat varje dag", "eller den andra", "för det var bra"])
def test_a_joining_word_opens_no_verb_first_question(clause: str) -> None:
    assert not verb_first_clause(clause, "sv")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("voiko maksaa laskulla", "fi"),
        ("paljonko viikko maksaa? ollaan menossa tunturiin helmikuussa ja pitäis vuokrata kolmelle", "fi"),
        ("how much is a week? we're going to the fells in February and need gear for three", "en"),
        ("vad kostar en vecka? vi ska åka till fjällen i februari och behöver utrustning åt tre", "sv"),
    ],
)
def test_a_way_to_pay_or_a_trip_ahead_is_no_dealing_of_the_persons_own(text: str, language: str) -> None:
    signals = sig("question", language, intent_confidence=0.9, is_question=True)
    assert plan(signals, text, fit=ANSWERS).kind == "answer"


def test_praise_telling_what_the_persons_own_order_gave_them_is_not_corrected() -> None:
    text = "Tilasin tarkastuksen viime kuussa ja raportti säästi meiltä 3000e 👍"
    signals = sig("praise", "fi", emotion="positive", intent_confidence=0.9)
    assert plan(signals, text, fit=CONTRADICTED).kind == "thank"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("vuokrattiin viime talvena ja oli tosi kätevää, suosittelen lämpimästi!", "fi"),
        ("hyrde förra vintern, riktigt smidigt, rekommenderar varmt", "sv"),
    ],
)
def test_a_warm_recommendation_is_meant(text: str, language: str) -> None:
    signals = sig("praise", language, emotion="positive", intent_confidence=0.95)
    assert plan(signals, text, fit=SUPPORT).kind == "thank"


def test_a_stock_phrase_of_irony_with_a_wry_face_stays_irony() -> None:
    signals = sig("praise", "fi", emotion="positive", intent_confidence=0.6)
    assert plan(signals, "tosi kätevää, suosittelen 🙄", fit=SUPPORT).kind != "thank"


def test_a_swedish_question_put_verb_first_with_a_noun_subject_is_answered() -> None:
    text = "kommer skidorna färdigt inställda om man bokar"
    assert asked_in_form(text, "sv")
    signals = sig("question", "sv", intent_confidence=0.3)
    assert plan(signals, text, fit=ANSWERS).kind == "answer"
    # Praise that opens the same way is no question.
    assert not verb_first_clause("älskar färgerna", "sv")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("love paying 120 € for someone to tell me my boiler is old 👏👏 great business model", "en"),
        ("ihanaa maksaa 120 € siitä et joku kertoo kattilan olevan vanha 👏", "fi"),
        ("älskar att betala 900 kr för att få höra att pannan är gammal 👏", "sv"),
    ],
)
def test_a_cost_of_ones_own_said_to_be_enjoyed_is_sarcasm(text: str, language: str) -> None:
    signals = sig("praise", language, emotion="positive", intent_confidence=0.5)
    fit = GuidanceFit(answers=True, support=True, confirms=True, passages=("p1",))
    assert plan(signals, text, fit=fit).kind == "acknowledge"
