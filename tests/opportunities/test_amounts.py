"""amounts.py: amounts with thousands grouped by a space or a no-break space (invented texts, fi/sv/en)."""

from __future__ import annotations

import pytest

from bot.opportunities.amounts import amounts, bare_figures, number, ranges


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uusi pyörä maksaa 7 490 € asennettuna", {(7490.0, "€")}),
        ("Paketet kostar 1 200 kr per år", {(1200.0, "kr")}),
        ("Paketet kostar 1\u00a0200 kr per år", {(1200.0, "kr")}),  # no-break space
        ("The full kit is 2\u202f350 € with fitting", {(2350.0, "€")}),  # narrow no-break space
        ("hela systemet för 98 000 kr före avdraget", {(98000.0, "kr")}),
        ("leasing 12 500,50 € yhteensä", {(12500.5, "€")}),
        ("kortti 4,90 € ja toimitus 15 €", {(4.9, "€"), (15.0, "€")}),
    ],
)
def test_thousands_grouped_by_a_space_are_one_number(text: str, expected: set[tuple[float, str]]) -> None:
    assert amounts(text) == expected


def test_a_year_before_an_amount_is_not_read_as_its_thousands() -> None:
    # "2024 150 €": the year is a number of its own, the amount is 150 €.
    assert amounts("vuonna 2024 150 € oli hinta") == {(150.0, "€")}
    assert bare_figures("vuonna 2024 150 € oli hinta") == {"2024"}


def test_two_small_numbers_are_not_thousands() -> None:
    assert amounts("kello 10 15 € lisämaksu") == {(15.0, "€")}
    assert bare_figures("kello 10 15 € lisämaksu") == {"10"}


def test_ranges_with_grouped_thousands() -> None:
    assert ranges("det brukar landa på 1 200–1 500 kr") == [(1200.0, 1500.0, "kr")]
    assert ranges("delivered in 2–4 days") == [(2.0, 4.0, "day")]


def test_grouped_bare_figure_is_one_figure() -> None:
    assert bare_figures("joku 25 tai 3 490 sanoi") == {"25", "3490"}


def test_number() -> None:
    assert number("7 490") == 7490.0
    assert number("1\u00a0200") == 1200.0
    assert number("4,90") == 4.9
