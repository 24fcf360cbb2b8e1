"""The fact that answers *this* question (issue 25, session 23): the act it asks about (renting, opening, pickup),
never a complaint's route for a question about something else, the thing itself before a compound naming a kind of
it, a count below an offer's minimum answered with a no, a price kept with what it is paid per, an adverb in "when
exactly", and a language that is no thing of its own. Sentences written for these tests (fi/sv/en)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.domain import Passage
from bot.drafting.answering import acts, below_minimum, compound_only, fault_route, fit_need, minimum_no, on_act
from bot.drafting.bridging import price_line
from bot.drafting.matching import Match
from bot.drafting.offline import OfflineDrafter
from bot.opportunities.coverage import asks_for
from bot.opportunities.objects import on_object, own_object
from tests.drafting.conftest import passage
from tests.drafting.test_offline_drafter import request


def _m(sentence: str, pid: str = "p", position: int = 0, kind: str = "faq", language: str = "fi") -> Match:
    return Match(Passage(pid, sentence, kind, language, "public", f"{pid}.md"), sentence, position, 0.9)


@pytest.mark.parametrize(
    ("question", "act"),
    [
        ("what does it cost to rent the trailer for a day?", "rent"),
        ("paljonko peräkärryn vuokraus maksaa päiväksi", "rent"),
        ("vad kostar det att hyra släpvagnen en dag", "rent"),
        ("is the shop open on Sundays in January?", "open"),
        ("onko myymälä auki sunnuntaisin tammikuussa", "open"),
        ("har butiken öppet på söndagar i januari", "open"),
        ("when can I pick up my order?", "pickup"),
        ("milloin tilauksen voi noutaa", "pickup"),
        ("när kan jag hämta min beställning", "pickup"),
    ],
)
def test_the_act_a_question_asks_about_is_read(question: str, act: str) -> None:
    assert act in acts(question)


def test_a_rent_question_takes_the_rent_statement_not_the_purchase_price() -> None:
    buy = _m("Släpvagnen kostar 1 200 € att köpa.", "trailer", 0, language="sv")
    rent = _m("Den kan också hyras för 40 € per dygn i butiken.", "trailer", 1, language="sv")
    kept, unmet = fit_need("vad kostar det att hyra släpvagnen?", [buy, rent], ["Kärrä"])
    assert unmet is None and kept == [rent]


@pytest.mark.parametrize(
    ("question", "statement"),
    [
        ("paljonko peräkärry maksaa vuokralla viikonlopuksi", "Peräkärry maksaa 1 200 €."),
        ("is the shop open on Sundays in winter?", "Our pottery class runs on four Sundays in March."),
        ("when exactly is the pickup?", "Return shipping within Finland is free with the code in your email."),
    ],
)
def test_no_statement_of_the_act_asked_means_the_guidance_does_not_answer(question: str, statement: str) -> None:
    kept, unmet = fit_need(question, [_m(statement)], ["Kärrä"])
    assert kept == [] and unmet is not None and "no statement speaks of" in unmet


def test_the_open_act_is_met_by_a_year_round_statement() -> None:
    assert on_act("are the cabins open in November?", _m("Cabins 1–3 are year-round cabins."))


@pytest.mark.parametrize(
    ("question", "statement", "route"),
    [
        ("kan ni bedöma soffan från foton?", "Vid reklamation, skicka foton och ordernummer.", True),
        ("can you judge the table from photos?", "Complaints: email us photos and your order number.", True),
        ("voitteko arvioida pöydän kuvista?", "Viallisesta tuotteesta lähetä kuva ja tilausnumero.", True),
        ("pöytä tuli rikki, mihin lähetän kuvat?", "Viallisesta tuotteesta lähetä kuva ja tilausnumero.", False),
        ("can you judge the table from photos?", "Send 3 photos and the measures for a free estimate.", False),
    ],
)
def test_a_complaints_route_does_not_answer_another_question(question: str, statement: str, route: bool) -> None:
    assert fault_route(question, _m(statement)) is route


def test_a_compound_naming_a_kind_of_the_thing_goes_after_the_thing_itself() -> None:
    kind_of = _m("Keinutuolit alkaen 320 €.", "rocking")
    itself = _m("Keittiön tuolin istuimen verhoilu maksaa 75 € / tuoli.", "seat")
    assert compound_only("paljonko yksi tuoli maksaa?", kind_of, [kind_of, itself], ["Pehmo"])
    kept, unmet = fit_need("paljonko yksi tuoli maksaa?", [kind_of, itself], ["Pehmo"])
    assert unmet is None and kept == [itself, kind_of]


def test_a_compound_alone_still_answers() -> None:
    kind_of = _m("Keinutuolit alkaen 320 €.", "rocking")
    assert not compound_only("paljonko yksi tuoli maksaa?", kind_of, [kind_of], ["Pehmo"])


@pytest.mark.parametrize(
    ("question", "statement", "below"),
    [
        ("does the deal work with just two cushions?", "Cushions 15 € each when you order at least 5 cushions.", True),
        ("koskeeko tarjous kolmea tyynyä?", "Tyynyt 15 € / kpl, kun tilaat vähintään 5 tyynyä.", True),
        ("gäller det för två kuddar?", "Kuddar 15 € / st vid minst 5 kuddar.", True),
        ("does the deal work with six cushions?", "Cushions 15 € each when you order at least 5 cushions.", False),
    ],
)
def test_a_count_below_the_minimum_is_read(question: str, statement: str, below: bool) -> None:
    assert below_minimum(question, statement) is below


def test_a_count_below_the_minimum_is_answered_with_a_no_first() -> None:
    statement = "Kuddar 15 € / st vid minst 5 kuddar."
    said = minimum_no("gäller det för två kuddar?", statement, statement, "sv")
    assert said == "Nej, kuddar 15 € / st vid minst 5 kuddar."
    assert minimum_no("vad kostar två kuddar?", statement, statement, "sv") is None  # asks no yes or no


@pytest.mark.parametrize(
    ("statement", "language", "line"),
    [
        ("Vi kör ut möbler inom Vasa för 39 € per riktning.", "en", "The price is 39 € per direction."),
        ("Vi kör ut möbler inom Vasa för 39 € per riktning.", "fi", "Hinta on 39 € / suunta."),
        ("Perävaunun voi vuokrata 40 € / viikonloppu.", "sv", "Priset är 40 € per helg."),
        ("Guided tours cost 12 € per person.", "fi", "Hinta on 12 € / hlö."),
        ("Kuukausimaksu on 19 €/kk.", "en", "The price is 19 €/month."),
    ],
)
def test_a_bridged_price_keeps_what_it_is_paid_per(statement: str, language: str, line: str) -> None:
    assert price_line(statement, language) == line


def test_a_price_paid_per_a_thing_without_a_fixed_word_is_not_bridged() -> None:
    assert price_line("Hinta 60 € / mehiläispesä.", "en") is None


@pytest.mark.parametrize(
    "question",
    ["when exactly is the delivery?", "när exakt kommer leveransen?", "milloin tarkalleen toimitus tulee?"],
)
def test_when_with_an_adverb_asks_a_date(question: str) -> None:
    assert "when" in asks_for(question)


def test_a_language_is_no_thing_of_its_own() -> None:
    question = "är kursen på engelska också?"
    assert "engel" not in own_object(question, ["Pehmo"], frozenset())
    route = "Kundtjänst på engelska: skriv till help@pehmo.fi, vi svarar inom 2 dagar."
    assert not on_object(question, route, ["Pehmo"], frozenset(), frozenset())
    assert on_object("is the course in English too?", "The course is taught in English.", ["Pehmo"], frozenset())


# The drafter end to end (the local e5 embedder, as tests/drafting/test_offline_drafter.py uses it).
WORKSHOP = (
    passage("trailer-sv", "faq", "sv", "Släpvagn: vår släpvagn kostar 1 200 €. Den kan också hyras för 40 € per helg."),
    passage("hours-fi", "support", "fi", "Myymälä on auki ma–pe klo 9–17."),
    passage("class-en", "fact", "en", "Our pottery class runs on four Sundays in March at the Vaasa studio."),
    passage("delivery-sv", "fact", "sv", "Vi kör ut möbler inom Vasa för 39 € per riktning."),
    passage("course-fi", "fact", "fi", "Keramiikkakurssi maksaa 180 € ja järjestetään keväällä."),
)


def test_the_drafter_answers_a_rent_question_with_the_rent_statement(offline: OfflineDrafter) -> None:
    eager = OfflineDrafter(offline.embedder, threshold=0.0)
    asked = request("vad kostar det att hyra släpvagnen?", "sv", plan="answer", passages=WORKSHOP)
    result = eager.draft(replace(asked, answer_passages=("trailer-sv",)))
    assert not result.skip and "40 € per helg" in result.text and "1 200" not in result.text


def test_the_drafter_skips_an_opening_question_answered_only_by_a_class(offline: OfflineDrafter) -> None:
    eager = OfflineDrafter(offline.embedder, threshold=0.0)
    asked = request("is the shop open on Sundays in March?", "en", plan="answer", passages=WORKSHOP)
    result = eager.draft(replace(asked, answer_passages=("class-en",)))
    assert result.skip and "opening" in result.skip_reason


def test_a_bridged_price_keeps_per_direction_and_names_what_else_was_asked(
    offline: OfflineDrafter,
) -> None:
    eager = OfflineDrafter(offline.embedder, threshold=0.0)
    asked = request("what does delivery in Vasa cost?", "en", plan="answer", passages=WORKSHOP)
    result = eager.draft(replace(asked, answer_passages=("delivery-sv",)))
    assert not result.skip and "39 € per direction" in result.text
    both = request("what does the pottery course cost and when is it?", "en", plan="answer", passages=WORKSHOP)
    result = eager.draft(replace(both, answer_passages=("course-fi",)))
    assert not result.skip and "180 €" in result.text and "also asks the date" in result.rationale


def test_a_statement_naming_a_wrong_size_is_no_complaint_route() -> None:
    exchange = _m("If the size is wrong, you can exchange the shoes within 30 days.")
    assert not fault_route("can I exchange the shoes?", exchange)


def test_a_statement_completing_the_act_asked_stays() -> None:
    hours = _m("Butiken har öppet mån–fre 10–18.", "hours", 0, language="sv")
    closed = _m("Söndagar stängt.", "hours", 1, language="sv")
    kept, unmet = fit_need("har butiken öppet på söndag", [closed, hours], ["Kärrä"])
    assert unmet is None and kept == [hours, closed]
