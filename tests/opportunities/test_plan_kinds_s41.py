"""The right kind of reply, or none (session 41, issue 25, from the reply-plans-ad panel's skips): sarcasm told with a
negative fact under praise words (a taste no food has, a parcel of crumbs, speed praised beside weeks, a wish for what
the person did not get), a tip from the writer's own way of doing it, an opinion, a claim put for confirmation, a
stock phrase of irony beside a recommendation the model reads with no complaint, a question after a trouble told as
put right, a question closed by its mark, and a figure of the writer's own case told to another person. Texts
written for these tests, in fi, sv and en."""

from __future__ import annotations

from typing import Any

import pytest

from bot.opportunities.plan import (
    GuidanceFit,
    ThreadContext,
    plan_reply,
    prices_own_dealings,
    told_clauses,
)
from bot.opportunities.plan_model import thanked_here
from bot.signals.types import Signals

SUPPORT = GuidanceFit(support=True)
FULL = GuidanceFit(answers=True, support=True)
OWN = ThreadContext(brand_post=True)
OTHERS = ThreadContext()


def sig(language: str, intent: str, **changes: Any) -> Signals:
    values: dict[str, Any] = {"language": language, "intent": intent, "intent_confidence": 0.7}
    values["emotion"] = {"praise": "positive", "complaint": "negative"}.get(intent, "neutral")
    values.update(changes)
    return Signals(**values)


def plan(signals: Signals, text: str, thread: ThreadContext = OWN, fit: GuidanceFit = SUPPORT) -> Any:
    return plan_reply(signals, text, objective="trust", thread=thread, guidance=fit)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("kiitos tosi ihanasta murupaketista, maistu ihan hiekalta 😍👌", "fi"),
        ("tack för det härliga paketet, knäcket smakade papp 😍", "sv"),
        ("thanks for the lovely box, tasted like cardboard 😍👌", "en"),
        ("supersnabb leverans, bara fyra veckor 👌 tack", "sv"),
        ("nopee toimitus, vaan kolme viikkoa 👌 kiitos", "fi"),
        ("super fast delivery, only 4 weeks 👌 thanks", "en"),
        ("kiitti tosi paljon vinkeistä, ois ollu kiva saada myös lakka joka ei hilseile ekana talvena 👏👏", "fi"),
        ("tack för guiden, hade varit skönt med ett lack som inte flagnar första vintern 👏", "sv"),
        ("thanks a lot for the tips, would've been nice to get a varnish that doesn't peel in one winter 👏👏", "en"),
    ],
)
def test_praise_words_around_a_negative_fact_are_sarcasm_acknowledged(text: str, language: str) -> None:
    got = plan(sig(language, "praise", intent_confidence=0.9, complaint_score=0.02), text)
    assert got.kind == "acknowledge"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("super fast delivery, came in 2 days, thanks!", "en"),
        ("kiitos, tuli kahdessa päivässä, tosi nopea toimitus", "fi"),
        ("tack för snabb leverans, kom på två dagar", "sv"),
        ("thanks, tasted lovely with butter", "en"),
    ],
)
def test_plain_praise_of_speed_or_taste_is_still_thanked(text: str, language: str) -> None:
    assert plan(sig(language, "praise", intent_confidence=0.9), text).kind == "thank"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("jag lägger mina i en hink med vatten, funkar fint", "sv"),
        ("jag kör alltid med en kompis och visselpipa, rekommenderas", "sv"),
        ("mä laitan ne aina vesiämpäriin, toimii hyvin", "fi"),
        ("I always soak mine in a bucket of water, works fine", "en"),
        ("i just put mine in the freezer overnight, works great", "en"),
    ],
)
def test_a_tip_from_the_writers_own_way_is_not_thanked(text: str, language: str) -> None:
    assert plan(sig(language, "praise", intent_confidence=0.8), text).kind == "none"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I use the gloss on my boat every summer, works great", "en"),
        ("jag använder lacken varje vår, funkar fint", "sv"),
        ("ostin sukat viime talvena, toimii hyvin", "fi"),
        ("mä oon tosi tyytyväinen sukkiin, toimii hyvin", "fi"),
        ("jag är så nöjd med lacken, funkar fint", "sv"),
    ],
)
def test_praise_of_using_the_brands_thing_is_still_thanked(text: str, language: str) -> None:
    assert plan(sig(language, "praise", intent_confidence=0.8), text).kind == "thank"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("gloss ser ut som plast tycker jag, satin all day", "sv"),
        ("mun mielestä kiiltävä näyttää muovilta, satiini ehdottomasti", "fi"),
        ("gloss looks like plastic imo, satin all day", "en"),
    ],
)
def test_an_opinion_between_options_is_not_thanked(text: str, language: str) -> None:
    assert plan(sig(language, "praise", intent_confidence=0.5), text).kind == "none"


def test_an_opinion_that_praises_is_still_thanked() -> None:
    assert plan(sig("en", "praise", intent_confidence=0.8), "I think this is the best varnish ever").kind == "thank"


def test_a_claim_put_for_confirmation_by_the_brands_name_is_not_thanked() -> None:
    text = "Hyyde ger väl livstids garanti på allt"
    assert plan(sig("sv", "praise", intent_confidence=0.55), text, fit=FULL).kind == "none"


def test_a_stock_irony_phrase_beside_a_recommendation_is_meant() -> None:
    text = "I use it for crispbread pizza lol, 10/10 would recommend"
    signals = sig("en", "complaint", intent_confidence=0.8, sarcasm=True, complaint_score=0.0,
                  evidence={"rule": "sarcasm"})  # fmt: skip
    assert plan(signals, text).kind != "acknowledge"
    assert plan(signals, text, thread=ThreadContext(names_brand=True)).kind == "none"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Ostin lahjaksi ponchon ja se oli liian pieni mun isälle. Palautus oli onneks helppo. Onko isompaa kokoa",
            "fi",
        ),
        ("Köpte en poncho som var för liten för pappa. Returen var smidig. Finns det en större storlek?", "sv"),
        ("Bought a poncho that was too small for my dad. The return was easy. Is there a bigger size?", "en"),
    ],
)
def test_a_question_after_a_trouble_told_as_put_right_is_answered(text: str, language: str) -> None:
    got = plan(sig(language, "question", intent_confidence=0.5, is_question=True), text, fit=FULL)
    assert got.kind == "answer"
    assert not got.complaint


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Köpte en poncho som var för liten. Returen var smidig men den nya var också för liten, finns det större?",
            "sv",
        ),
        ("My poncho was too small, the return was easy but the new one tore at once. Is there a bigger size?", "en"),
    ],
)
def test_a_question_after_a_trouble_not_put_right_is_no_plain_answer(text: str, language: str) -> None:
    got = plan(sig(language, "question", intent_confidence=0.5, is_question=True, emotion="negative"), text, fit=FULL)
    assert got.kind != "answer" or got.complaint


def test_a_clause_closed_by_its_question_mark_asks() -> None:
    text = "mist toi robe on tilattu? ja paljon maksaa"
    assert "tilattu" not in told_clauses(text, "fi")
    signals = sig("fi", "question", intent_confidence=0.97, is_question=True)
    assert not prices_own_dealings(signals, text, "fi")
    assert plan(signals, text, thread=OTHERS, fit=FULL).kind == "answer"


def test_a_told_clause_keeps_the_persons_own_order() -> None:
    assert "tilasin" in told_clauses("tilasin viime viikolla, paljonko maksaa uus?", "fi")


@pytest.mark.parametrize(
    ("text", "language"),
    [("mulla tuli 2 päivässä", "fi"), ("min kom på två dagar", "sv"), ("mine came in 2 days", "en")],
)
def test_a_figure_of_ones_own_case_told_to_another_person_is_not_corrected(text: str, language: str) -> None:
    fit = GuidanceFit(answers=True, support=True, contradicts=True, passages=("p",))
    got = plan(sig(language, "question", intent_confidence=0.4), text, thread=ThreadContext(reply_to_other=True),
               fit=fit)  # fmt: skip
    assert got.kind == "none"


def test_a_wrong_figure_stated_about_the_brand_is_still_corrected() -> None:
    fit = GuidanceFit(answers=True, support=True, contradicts=True, passages=("p",))
    got = plan(sig("fi", "misinformation", intent_confidence=0.6), "toimitus kestää aina 2 viikkoa", fit=fit)
    assert got.kind == "correct"


def test_the_learned_signal_never_thanks_what_the_guidance_says_otherwise() -> None:
    assert thanked_here({"brand_post": True})
    assert not thanked_here({"brand_post": True, "opposes": True})
    assert not thanked_here({"brand_post": True, "contradicts": True})


@pytest.mark.parametrize(
    ("text", "language", "intent"),
    [
        ("love how 'Classic' apparently means 'peels after one winter'. great job 👏👏", "en", "misinformation"),
        ("ihanaa kun lakka hilseili jo ekana talvena, hienoa työtä 👏👏", "fi", "praise"),
        ("älskar att lacken flagnade efter en vinter, snyggt jobbat 👏", "sv", "praise"),
    ],
)
def test_a_failure_in_its_first_season_under_applause_is_sarcasm(text: str, language: str, intent: str) -> None:
    signals = sig(language, intent, intent_confidence=0.9, emotion="positive", complaint_score=0.01)
    assert plan(signals, text, thread=ThreadContext(names_brand=True, brand_post=True)).kind == "acknowledge"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("tack för tipsen Knapri, synd bara att knäcket jag fick redan var mjukt när det kom 🙃 toppenkvalitet", "sv"),
        ("thanks for the tips everyone, shame the bread I got was already soft 🙃 top quality", "en"),
    ],
)
def test_thanks_turned_over_by_irony_are_no_thanks_to_others(text: str, language: str) -> None:
    got = plan(sig(language, "praise", intent_confidence=0.7, complaint_score=0.15), text,
               thread=ThreadContext(names_brand=True, brand_post=True))  # fmt: skip
    assert got.kind == "acknowledge"


def test_thanks_to_the_other_commenters_stay_none() -> None:
    got = plan(sig("sv", "praise", intent_confidence=0.7), "tack för tipsen alla, jag testar imorgon")
    assert got.kind == "none"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("bought satin last month, finish is gorgeous, thanks guys", "en"),
        ("kiitos vinkeistä! mummon tuohikontti on nyt 60 vuotta vanha", "fi"),
        ("tack för tipsen, min kont är från 50-talet och ser fortfarande ut som ny", "sv"),
    ],
)
def test_thanks_at_the_top_of_the_brands_own_post_go_to_the_brand(text: str, language: str) -> None:
    assert plan(sig(language, "praise", intent_confidence=0.8), text).kind == "thank"
    assert plan(sig(language, "praise", intent_confidence=0.8), text, thread=OTHERS).kind == "none"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("thanks all, super helpful", "en"),
        ("kiitos kaikille vinkeistä ❤️", "fi"),
        ("tack alla! blir en beställning", "sv"),
    ],
)
def test_thanks_naming_everyone_go_to_the_other_commenters_under_the_brands_post_too(text: str, language: str) -> None:
    assert plan(sig(language, "praise", intent_confidence=0.8), text).kind == "none"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Mina stavar kom 10 cm för långa fast jag skrev längden i beställningen", "sv"),
        ("my order arrived in 9 days even though I paid for express", "en"),
        ("mun paketti tuli 9 päivässä vaikka maksoin pikatoimituksen", "fi"),
    ],
)
def test_what_came_to_the_person_is_their_case_not_a_claim_to_correct(text: str, language: str) -> None:
    fit = GuidanceFit(answers=True, support=True, contradicts=True, passages=("p",))
    assert plan(sig(language, "question", intent_confidence=0.4), text, fit=fit).kind != "correct"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("bought 2 bottles because of this video and it tastes awful, 30 € down the drain lol", "en"),
        ("ostin kaks pulloa tän videon takia ja maistuu kamalalta, 30 € hukkaan lol", "fi"),
    ],
)
def test_a_laugh_after_an_upset_purchase_of_ones_own_is_no_banter(text: str, language: str) -> None:
    got = plan(sig(language, "complaint", intent_confidence=0.35, complaint_score=0.35), text, thread=OTHERS)
    assert got.kind == "acknowledge"


def test_a_wooden_joke_without_dealings_stays_banter() -> None:
    got = plan(sig("en", "complaint", intent_confidence=0.35, complaint_score=0.35),
               "my cat thinks the bucket is a bed lol", thread=OTHERS)  # fmt: skip
    assert got.kind == "none"


def test_a_break_in_the_first_week_under_applause_is_sarcasm() -> None:
    text = "Fantastiskt med lokala jobb. Synd bara att mina stavar gick av första veckan. Riktigt kvalitetsarbete 👏"
    got = plan(sig("sv", "praise", intent_confidence=0.92, complaint_score=0.05), text)
    assert got.kind == "acknowledge"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("honestly saarni's been trash since they changed the formula in 2023, switched to kolmaster", "en"),
        ("saarni on ollu surkeeta siitä asti ku resepti muuttu, vaihdoin kolmasteriin", "fi"),
        ("saarni har varit skräp sen de ändrade receptet, bytte till kolmaster", "sv"),
    ],
)
def test_a_verdict_from_someone_who_has_left_for_another_brand_gets_no_apology(text: str, language: str) -> None:
    got = plan(sig(language, "complaint", intent_confidence=0.7, complaint_score=0.7), text,
               thread=ThreadContext(names_brand=True))  # fmt: skip
    assert got.kind == "none"


def test_a_trouble_of_ones_own_from_someone_who_switched_is_still_acknowledged() -> None:
    text = "ordered twice and both tins arrived dented, switched to kolmaster"
    got = plan(sig("en", "complaint", intent_confidence=0.7, complaint_score=0.7), text,
               thread=ThreadContext(names_brand=True))  # fmt: skip
    assert got.kind == "acknowledge"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("me ostettiin laatikko ja puolet jäi juomatta ennen ku ehdittiin, kannattaa miettiä paljonko juotte", "fi"),
        ("we bought a box and half went undrunk, worth thinking about how much you drink", "en"),
        ("vi köpte en låda och hälften blev kvar, lönar sig att fundera på hur mycket ni dricker", "sv"),
    ],
)
def test_advice_to_weigh_something_asks_nothing(text: str, language: str) -> None:
    got = plan(sig(language, "question", intent_confidence=0.49, complaint_score=0.26), text, thread=OTHERS, fit=FULL)
    assert got.kind == "none"
