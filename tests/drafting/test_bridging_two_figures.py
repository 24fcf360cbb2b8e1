"""A statement with two figures bridges the one the question asks (bot/drafting/bridging.py, issue 25): a price and
a duration each in a clause of its own, or a price for each buyer (adults, children) where the question names one;
never a figure tied to the other ("then", "därefter", a price per hour) nor one whose buyer the question leaves open."""

from __future__ import annotations

import pytest

from bot.drafting.bridging import bridgeable, duration_line, figure_clause, price_line
from bot.drafting.offline import OfflineDrafter
from tests.drafting.conftest import passage
from tests.drafting.test_offline_drafter import request

BOATS = (
    passage("hull-fi", "fact", "fi", "Puuveneen runkokorjaus maksaa 4 200 € ja kestää noin 5 viikkoa."),
    passage("tour-sv", "fact", "sv", "Skärgårdsturen kostar 60 € för vuxna och 30 € för barn."),
    passage("tour-en", "fact", "en", "The archipelago tour leaves from the harbour at ten."),
    passage("hull-sv", "fact", "sv", "Vi reparerar träbåtar i vår verkstad i Kimito."),
)


@pytest.mark.parametrize(
    ("sentence", "language", "line"),
    [
        ("Puuveneen runkokorjaus maksaa 4 200 € ja kestää noin 5 viikkoa.", "en", "The price is 4 200 €."),
        ("Kursen pågår i 8 veckor och kostar 320 €.", "fi", "Hinta on 320 €."),
        ("A new saddle costs 1 450 € and takes about 6 weeks to make.", "sv", "Priset är 1 450 €."),
    ],
)
def test_the_price_of_a_statement_that_also_gives_a_time_in_a_clause_of_its_own(
    sentence: str, language: str, line: str
) -> None:
    assert price_line(sentence, language) == line


@pytest.mark.parametrize(
    ("sentence", "language", "line"),
    [
        ("Puuveneen runkokorjaus maksaa 4 200 € ja kestää noin 5 viikkoa.", "sv", "Cirka 5 veckor."),
        ("Kursen pågår i 8 veckor och kostar 320 €.", "en", "8 weeks."),
        ("A new saddle costs 1 450 € and takes about 6 weeks to make.", "fi", "Noin 6 viikkoa."),
    ],
)
def test_the_time_of_a_statement_that_also_gives_a_price_in_a_clause_of_its_own(
    sentence: str, language: str, line: str
) -> None:
    assert duration_line(sentence, language) == line


@pytest.mark.parametrize(
    "sentence",
    [
        "Bastun ingår i 2 timmar, därefter 15 € per timme.",  # the price is the extra hour's
        "Saunavuoro 3 tuntia ja sen jälkeen 20 €.",
        "Hyra 25 €/dag och minst 3 dagar.",  # a price per a time is tied to the time
        "The workshop costs 90 € for 3 hours.",  # both in one clause
        "Kurs 320 € och 8 veckor, 350 € och 10 veckor.",  # two prices
    ],
)
def test_figures_tied_to_each_other_are_not_bridged(sentence: str) -> None:
    assert price_line(sentence, "fi") is None
    assert duration_line(sentence, "en") is None


def test_a_figure_clause_is_the_whole_sentence_without_a_figure_of_the_other_kind() -> None:
    assert figure_clause("Hinta on 29 €.", "amount") == "Hinta on 29 €."
    assert figure_clause("Kursen pågår i 8 veckor och kostar 320 €.", "amount") == "kostar 320 €."
    assert figure_clause("Kursen pågår i 8 veckor och kostar 320 €.", "duration") == "Kursen pågår i 8 veckor"


@pytest.mark.parametrize(
    ("question", "language", "line"),
    [
        ("paljonko lasten lippu maksaa?", "fi", "Lasten hinta on 30 €."),
        ("vad kostar det för en vuxen", "sv", "Priset för vuxna är 60 €."),
        ("how much for the kids", "en", "The price for children is 30 €."),
    ],
)
def test_the_price_for_the_buyer_the_question_names(question: str, language: str, line: str) -> None:
    assert price_line("Skärgårdsturen kostar 60 € för vuxna och 30 € för barn.", language, question) == line


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_a_price_for_those_under_an_age_keeps_the_age(language: str) -> None:
    line = price_line("Liput 35 € aikuisille, 15 € alle 12-vuotiaille.", language, {
        "fi": "mitä lapsen lippu maksaa", "sv": "vad kostar barnbiljetten", "en": "whats the price for a child"
    }[language])  # fmt: skip
    assert line is not None and "12" in line and "15 €" in line and "35" not in line


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("Skärgårdsturen kostar 60 € för vuxna och 30 € för barn.", "how much is the tour"),  # whose price?
        ("Skärgårdsturen kostar 60 € för vuxna och 30 € för barn.", "is there a student price"),  # not stated
        ("Vuxna 20 €, barn och pensionärer 10 €.", "kids price?"),  # a part names two buyers
        ("Adults 20 €, children 10 €, children with a season card 5 €.", "price for children?"),  # two for children
        ("Adults from 20 €, children from 10 €.", "price for children?"),  # a starting price
        # "barn" is a stable in English: an English question about the barn names no buyer
        ("Vuxna 20 €, barn 10 €.", "how much is the barn visit"),
    ],
)
def test_two_prices_whose_buyer_the_question_does_not_settle_are_not_bridged(sentence: str, question: str) -> None:
    assert price_line(sentence, "en", question) is None


def test_a_statement_whose_other_clause_gives_a_time_is_bridgeable_for_its_price() -> None:
    statement = BOATS[0].text
    assert bridgeable("how much does a hull repair cost?", statement, BOATS, ["Kimito"])
    assert bridgeable("how long does a hull repair take?", statement, BOATS, ["Kimito"], "duration")
    # still not for a figure tied to the other
    assert not bridgeable("how much is the sauna?", "Bastun ingår i 2 timmar, därefter 15 €.", BOATS, ["Kimito"])


def test_offline_bridges_the_price_of_a_statement_that_also_gives_a_time(
    offline: OfflineDrafter,
) -> None:
    comment = "how much does the hull repair cost?"
    result = offline.draft(request(comment, "en", plan="answer", passages=BOATS, answer_passages=("hull-fi",)))
    assert not result.skip, result.skip_reason
    assert "The price is 4 200 €." in result.text
    assert "5" not in result.text.replace("4 200", "")  # the time is not said
