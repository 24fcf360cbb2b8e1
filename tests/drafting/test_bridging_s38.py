"""Facts the guidance states only in another language, said in the reply's language (session 38, issue 25): a price
for the span of time asked, a price per kilometre, how soon the brand replies; and what is never said as a price or a
size (a sum after "over", a list of sums, a length standing for a size)."""

from __future__ import annotations

import pytest

from bot.drafting.bridging import asked_route, asks_reply_time, bridgeable, figure_line, period_price_line
from bot.drafting.offline import unconditioned

RENTS = "Hyyrahinnat: viikonloppu (pe–su) 180 €, yksi vuorokausi 95 €."


@pytest.mark.parametrize(
    ("question", "language", "line"),
    [
        ("what does a weekend cost?", "en", "The price is 180 € per weekend."),
        ("vad kostar ett dygn?", "sv", "Priset är 95 € per dygn."),
        ("paljonko maksaa viikonlopuksi", "fi", "Hinta on 180 € / viikonloppu."),
    ],
)
def test_period_price_line_gives_the_span_asked_with_its_span(question: str, language: str, line: str) -> None:
    assert figure_line(RENTS, "amount", language, question, "fi") == line


@pytest.mark.parametrize(
    "question",
    [
        "how much for a weekday?",  # no span of the statement's
        "what does it cost?",  # no span at all
        "weekend or a day, what's cheaper?",  # two spans
    ],
)
def test_period_price_line_without_one_span_asked_says_nothing(question: str) -> None:
    assert period_price_line(RENTS, "en", question) is None


def test_period_price_line_with_a_negated_part_says_nothing() -> None:
    statement = "A weekend costs 180 €, a day 95 € but not in July."
    assert period_price_line(statement, "en", "what does a weekend cost?") is None


def test_price_per_kilometre_keeps_its_unit() -> None:
    statement = "Vi kör ut släpet för 1,10 € per kilometer."
    assert figure_line(statement, "amount", "fi", "paljonko maksaa kilometri", "sv") == "Hinta on 1,10 € / km."


@pytest.mark.parametrize(
    ("question", "route"),
    [
        ("skickar ni till Norge?", None),  # shipping to a country, not an address
        ("when do you reply to emails?", None),  # how soon, not the address
        ("vart skickar jag reklamationen?", "email"),
        ("mihin numeroon soitan?", "phone"),
    ],
)
def test_asked_route_reads_shipping_and_reply_time_as_no_route(question: str, route: str | None) -> None:
    assert asked_route(question) == route


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("när svarar ni på mejl?", True),
        ("milloin vastaatte viesteihin", True),
        ("how soon do you get back to people?", True),
        ("what's your email?", False),
    ],
)
def test_asks_reply_time(question: str, asks: bool) -> None:
    assert asks_reply_time(question) is asks


@pytest.mark.parametrize(
    "statement",
    [
        "Ilmainen toimitus yli 70 euron tilauksiin.",
        "Orders over 250 € get a free gift bag.",
        "Fri frakt över 45 €.",
    ],
)
def test_a_sum_after_over_is_never_said_as_the_price(statement: str) -> None:
    assert figure_line(statement, "amount", "en", "how much are they?", None) is None


def test_a_length_standing_for_a_size_is_never_said_as_the_size() -> None:
    statement = "Mät runt knogarna; 21 cm motsvarar storlek 8."
    assert figure_line(statement, "size", "en", "what size for a medium hand?", "sv") is None


def test_the_last_of_a_list_of_sums_is_never_said_as_the_price() -> None:
    statement = "Lahjakortteja on 20, 40 ja 80 euron arvoisina."
    assert figure_line(statement, "amount", "sv", "vad kostar vantarna?", "fi") is None


def test_the_top_of_a_price_range_is_never_said_as_the_price() -> None:
    assert figure_line("Hinta 12–18 €.", "amount", "en", "how much?", "fi") is None


def test_a_bracketed_aside_without_a_time_does_not_hold_a_duration_back() -> None:
    statement = "Avaamaton pullo säilyy viileässä (+4…+8 °C) 9 kuukautta."
    assert bridgeable("how long does an unopened bottle keep?", statement, [], [], "duration")


def test_a_bracketed_aside_with_a_time_of_its_own_holds_a_duration_back() -> None:
    statement = "Avaamaton pullo säilyy (kesällä 3 viikkoa) 9 kuukautta."
    assert not bridgeable("how long does an unopened bottle keep?", statement, [], [], "duration")


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("how long is the exchange window if the colour is wrong?", "how long is the exchange window"),
        ("kauanko vaihtoaika on jos väri on väärä", "kauanko vaihtoaika on"),
        ("vad säger garantin om sömmarna", "vad säger garantin om sömmarna"),  # "om" as "about" stays
    ],
)
def test_unconditioned_drops_the_case_a_question_sets(question: str, kept: str) -> None:
    assert " ".join(unconditioned(question).split()).rstrip(" ?") == kept


def test_a_price_then_the_sum_above_which_it_is_free_is_said_whole() -> None:
    statement = "Toimitusmaksu 7,50 €, yli 45 euron tilaukset toimitetaan ilmaiseksi."
    line = figure_line(statement, "amount", "en", "what's the delivery fee?", "fi")
    assert line == "Shipping is free on orders over 45 €, otherwise 7.50 €."
