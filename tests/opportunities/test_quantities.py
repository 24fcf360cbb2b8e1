"""How many things a price question counts, and a rule for that many (bot/opportunities/quantities.py, session 37).
Sentences written for these tests (fi/sv/en)."""

from __future__ import annotations

import pytest

from bot.opportunities.assess import CASE_MARGIN, _best_passage
from bot.opportunities.quantities import asked_count, meets, thresholds
from tests.opportunities.test_answering import FixedRetriever, _p


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("paljonko maksaa 40 pannua henkilökunnalle?", 40),
        ("vad kostar 25 kastruller till skolan?", 25),
        ("how much for 12 lids?", 12),
        ("paljonko pannu maksaa?", None),
        ("kostar frakten 50 € eller mer?", None),
        ("är ni öppna kl 16?", None),
        ("how much did it cost in 2025?", None),
    ],
)
def test_asked_count_reads_one_bare_count_and_no_money_clock_or_year(question: str, count: int | None) -> None:
    assert asked_count(question) == count


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Yli 30 pannun tilauksille tehdään tarjous.", [30]),
        ("Skolor som köper minst 20 kastruller får ett eget pris.", [20]),
        ("Groups of 15 or more get a quote.", [15]),
        ("Toimitus ilmainen yli 100 € tilauksiin.", []),
        ("Delivery takes at least 3 working days.", []),
        ("Myynti vain yli 18-vuotiaille.", []),
        ("Offer from 1 November to 31 January.", []),
    ],
)
def test_thresholds_are_bare_counts_never_money_time_or_an_age(text: str, found: list[int]) -> None:
    assert thresholds(text) == found


def test_meets_holds_when_the_count_reaches_the_threshold_only() -> None:
    rule = "Yli 30 pannun tilauksille tehdään tarjous."
    assert meets(40, rule)
    assert not meets(10, rule)
    assert not meets(None, rule)


UNIT_PRICES = "Hinnat: valurautapannu 89 €, kattila 49 €, kansi 19 €."
BULK = "Yritysmyynti: yli 30 pannun tilauksille on oma hinnasto, pyydä tarjous osoitteesta myynti@kattila.fi."


def test_the_passage_with_a_rule_for_the_count_asked_answers_within_the_margin() -> None:
    others = [_p(f"o{n}", "fi", 0.80, f"Muu asia {n}.") for n in range(3)]
    near = FixedRetriever([_p("prices", "fi", 0.90, UNIT_PRICES), _p("bulk", "fi", 0.87, BULK), *others])
    best = _best_passage(near, "paljonko maksaa 40 pannua henkilökunnalle?")
    assert best is not None and best.id == "bulk"
    few = _best_passage(near, "paljonko maksaa 4 pannua?")
    assert few is not None and few.id == "prices"
    far = FixedRetriever(
        [_p("prices", "fi", 0.90, UNIT_PRICES), _p("bulk", "fi", 0.90 - CASE_MARGIN - 0.03, BULK), *others]
    )
    best = _best_passage(far, "paljonko maksaa 40 pannua henkilökunnalle?")
    assert best is not None and best.id == "prices"
