"""Session 23 (issue 25): the right kind of reply, or none. A limit of the brand's voiced as a regret is a claim;
sincere praise holding a stock phrase of irony is praise; something happening again that the model barely reads as
praise is never thanked; agreement with the post's message is no praise of the brand; a person answering another
with the guidance's figure needs no brand reply. Invented comments in fi/sv/en."""

from __future__ import annotations

import pytest

from bot.opportunities.claims import opposite, polarity
from bot.opportunities.plan import GuidanceFit, ThreadContext, matches
from tests.opportunities.planning import FULL, sig
from tests.opportunities.planning import plan_on as plan

ANSWERS = GuidanceFit(answers=True, support=True, passages=("p1",))
OPPOSED = GuidanceFit(answers=True, support=True, passages=("p1",), opposes="narrower", opposing_passage="p2")
CONFIRMED = GuidanceFit(answers=True, support=True, campaign=True, passages=("p1",), confirms=True)

REGRETS = [
    ("tråkigt att ni bara levererar inom Vasa, vi bor i Korsholm", "sv"),
    ("synd att ni inte har öppet på söndagar längre", "sv"),
    ("pity you only take bookings for a whole month these days", "en"),
    ("too bad you don't repair leather sofas", "en"),
    ("harmi ettei teiltä saa vuokrattua kuin koko viikoksi", "fi"),
    ("sääli että kurssi on vain suomeksi", "fi"),
]


@pytest.mark.parametrize(("text", "language"), REGRETS)
@pytest.mark.parametrize(
    ("intent", "emotion", "confidence"), [("complaint", "negative", 0.46), ("praise", "positive", 0.3)]
)
def test_a_limit_voiced_as_a_regret_is_a_claim_never_an_apology_or_a_thank_you(
    text: str, language: str, intent: str, emotion: str, confidence: float
) -> None:
    signals = sig(intent, language, emotion=emotion, intent_confidence=confidence, complaint_score=0.4)
    assert plan(signals, text, fit=ANSWERS).kind == "none"
    corrected = plan(signals, text, fit=OPPOSED)
    assert corrected.kind == "correct" and corrected.passages == ("p2",)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("synd att ni inte svarade på mitt mejl om returen, väntat två veckor", "sv"),
        ("shame you cancelled my booking again without a word", "en"),
        ("harmi ettei tilaustani ole vieläkään toimitettu, odotin kolme viikkoa", "fi"),
    ],
)
def test_a_regret_over_the_persons_own_dealings_stays_a_complaint(text: str, language: str) -> None:
    signals = sig("complaint", language, emotion="negative", intent_confidence=0.85, complaint_score=0.85)
    assert plan(signals, text, fit=ANSWERS).kind == "acknowledge"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hienoa työtä koko porukka, te pidätte vanhat taidot elossa 👏", "fi"),
        ("Toppenjobb allihopa, ni håller hantverket vid liv 👏", "sv"),
        ("Great job guys, you keep the old trade alive 👏", "en"),
    ],
)
def test_sincere_praise_with_a_stock_phrase_of_irony_is_thanked(text: str, language: str) -> None:
    signals = sig("praise", language, emotion="positive", intent_confidence=0.8, complaint_score=0.02)
    assert plan(signals, text, fit=FULL).kind == "thank"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("hienoa työtä, tilaus taas myöhässä 👏", "fi"),
        ("toppenjobb, paketet kom för sent igen 👏", "sv"),
        ("great job guys, my parcel arrived late again 👏", "en"),
    ],
)
def test_the_stock_phrase_beside_trouble_stays_irony(text: str, language: str) -> None:
    signals = sig("praise", language, emotion="positive", intent_confidence=0.8, complaint_score=0.02)
    assert plan(signals, text, fit=FULL).kind == "acknowledge"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("neljäs kerta tänä keväänä kun teiltä tulee jotain myöhässä. ihan oikeesti.", "fi"),
        ("toinen kerta tässä kuussa. ihan oikeesti nyt.", "fi"),
        ("tredje gången i vår som ni strular. allvarligt.", "sv"),
        ("second time this month with you lot. come on.", "en"),
    ],
)
def test_something_happening_again_barely_read_as_praise_is_never_thanked(text: str, language: str) -> None:
    signals = sig("praise", language, emotion="positive", intent_confidence=0.33, complaint_score=0.3)
    assert plan(signals, text, fit=FULL).kind != "thank"


def test_quite_is_no_word_of_praise_in_finnish() -> None:
    assert not matches("praising", "ihan oikeesti nyt", "fi")
    assert matches("praising", "ihana sohva", "fi") and matches("praising", "ihastuin", "fi")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("niin totta, vanhat kaapit kestää paremmin kuin uudet", "fi"),
        ("juuri näin, korjaaminen on aina parempi kuin uuden ostaminen", "fi"),
        ("så sant, gamla stolar håller längre än nya", "sv"),
        ("how true, old dressers outlast the flat-pack ones", "en"),
        ("Tein itse viime talvena kaksi viikkoa töitä saaresta ja uni parani, suosittelen kaikille kokeilemaan.", "fi"),
        ("Jag pluggade en vecka vid havet i somras och fick mer gjort, rekommenderar alla att testa.", "sv"),
        ("Spent two weeks writing by a lake last year and slept better, I recommend everyone try it.", "en"),
    ],
)
def test_agreement_with_the_posts_message_is_no_praise_of_the_brand(text: str, language: str) -> None:
    signals = sig("praise", language, emotion="positive", intent_confidence=0.7, complaint_score=0.03)
    assert plan(signals, text, fit=FULL).kind == "none"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("niin totta, teidän korjaamat tuolit on parempia kuin uudet", "fi"),
        ("så sant, era stolar håller längre än nya, tack!", "sv"),
        ("so true, your repairs outlast anything new", "en"),
    ],
)
def test_agreement_that_speaks_to_the_brand_is_still_thanked(text: str, language: str) -> None:
    signals = sig("praise", language, emotion="positive", intent_confidence=0.7, complaint_score=0.03)
    assert plan(signals, text, fit=FULL).kind == "thank"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("@maija sä kysyit eilen et paljonko kurssi maksaa, Vahakennolla 180e ja huntu kuuluu hintaan", "fi"),
        ("@Erik du frågade vad kursen kostar, hos Vahakenno 180 € och slöjan ingår", "sv"),
        ("@tom you asked what the course costs, at Vahakenno it's 180 € with the veil included", "en"),
    ],
)
def test_a_person_answering_another_with_the_guidances_figure_needs_no_reply(text: str, language: str) -> None:
    signals = sig("question", language, intent_confidence=0.6, is_question=True)
    thread = ThreadContext(brand_post=True, names_brand=True)
    got = plan(signals, text, thread=thread, fit=CONFIRMED)
    assert got.kind == "none" and not got.offer


def test_a_question_to_someone_by_handle_with_its_mark_is_still_answered() -> None:
    signals = sig("question", "en", intent_confidence=0.8, is_question=True)
    thread = ThreadContext(brand_post=True, names_brand=True)
    assert plan(signals, "@tom is it 180 € at Vahakenno or more?", thread=thread, fit=CONFIRMED).kind == "answer"


@pytest.mark.parametrize(
    ("claim", "sentence", "how"),
    [
        ("harmi ettei teille pääse kuin kesällä", "Mökit ovat auki ympäri vuoden, kaikkina kuukausina.", "narrower"),
        ("ne ei toimita kuin arkisin", "Toimitamme joka päivä, myös sunnuntaisin.", "narrower"),
    ],
)
def test_finnish_only_said_with_a_negation_and_kuin_is_a_limit(claim: str, sentence: str, how: str) -> None:
    assert polarity(claim).only and not polarity(claim).negated
    assert opposite(claim, sentence) == how


@pytest.mark.parametrize(
    "text", ["se ei ole halvempi kuin muut", "ei muuta kuin tilaamaan", "ei niin hyvä kuin luulin"]
)
def test_a_finnish_comparison_with_kuin_is_no_limit(text: str) -> None:
    assert not polarity(text).only


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        ("tråkigt att ni bara kör ut till Vasa", "Vi levererar till Vasa, Korsholm och Malax för 39 €."),
        ("harmi että te toimitatte vain Tampereelle", "Toimitamme Tampereelle, Nokialle ja Ylöjärvelle."),
        ("shame you only install in Espoo", "We install in Espoo, Vantaa and Kerava."),
    ],
)
def test_only_against_a_sentence_naming_more_is_narrower_whatever_its_price(claim: str, sentence: str) -> None:
    assert opposite(claim, sentence) == "narrower"


def test_only_against_a_sentence_naming_the_same_is_no_opposite() -> None:
    assert opposite("you only deliver to Tampere", "We deliver only to Tampere.") is None
    assert opposite("alder benches never need oil", "Alder benches are available for +900 €.") is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("This worked! Our dog comes when called now 🙌", "en"),
        ("Tämä toimi! Kissa käyttää raapimispuuta nyt 🙌", "fi"),
        ("Detta funkade! Katten använder klösträdet nu 🙌", "sv"),
    ],
)
def test_praise_opening_with_this_is_no_agreement_with_the_post(text: str, language: str) -> None:
    signals = sig("praise", language, emotion="positive", intent_confidence=0.8, complaint_score=0.02)
    assert plan(signals, text, fit=FULL).kind == "thank"
