"""Campaigns as the offline drafter offers them: when they run, whether they may be offered today, and the offer
said as a sentence instead of the guidance's header (bot/drafting/offers.py)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.drafting.offers import announced, live, offer_sentence, period, sales_posts_only

WINTER = (
    "Winter lamp deal 1.12.2026–31.1.2027: the Kide floor lamp 89 € (normally 119 €). Rule: only under sales posts."
)
SPRING_SV = "Vårrea 1.3.–30.4.2027: bordslampan Glimt kostar 49 € (ord. 69 €). Regel: bara under säljinlägg."
AUTUMN_FI = "Syysale 1.–30.9.: Tuike-pöytävalaisin 59 € (norm. 79 €). Sääntö: vain myyntipostausten alla."


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (WINTER, (2026, 12, 1), (2027, 1, 31)),
        (SPRING_SV, (None, 3, 1), (2027, 4, 30)),
        (AUTUMN_FI, (None, 9, 1), (None, 9, 30)),
        ("Gift card week 1 to 7 December 2026: 10 % off.", (None, 12, 1), (2026, 12, 7)),
        ("New Year offer 27.12.–15.1.: 20 % off all lamps.", (None, 12, 27), (None, 1, 15)),
        ("Lamp bundle 1 Dec 2026 – 6 Jan 2027: two bulbs free.", (2026, 12, 1), (2027, 1, 6)),
    ],
)
def test_period_reads_ranges_written_with_figures_or_month_names(
    text: str, start: tuple[int | None, int, int], end: tuple[int | None, int, int]
) -> None:
    found = period(text)
    assert found is not None
    assert found.start == start
    assert found.end == end


def test_period_reads_a_deadline_and_a_finnish_month() -> None:
    deadline = period("Order by 18 December 2026 and get free gift wrapping.")
    assert deadline is not None and deadline.start is None and deadline.end == (2026, 12, 18)
    month = period("Kaveriedut huhtikuussa: kaksi valaisinta 20 € halvemmalla.")
    assert month is not None and month.end[1:] == (4, 31)


def test_period_ignores_prices_and_hours() -> None:
    assert period("The floor lamp costs 19.90 € and the shop is open 9–17.") is None


def test_a_campaign_runs_only_inside_its_period() -> None:
    assert live(WINTER, date(2026, 12, 5))
    assert not live(WINTER, date(2027, 2, 1))
    assert not live(SPRING_SV, date(2026, 12, 5))  # not started yet
    assert live(SPRING_SV, date(2027, 3, 15))
    assert not live(AUTUMN_FI, date(2026, 12, 5))  # a period of every year, over this year
    assert live(AUTUMN_FI, date(2027, 9, 10))
    wrap = "New Year offer 27.12.–15.1.: 20 % off all lamps."
    assert live(wrap, date(2027, 1, 3)) and not live(wrap, date(2026, 12, 5))


def test_a_campaign_without_dates_runs() -> None:
    assert live("Lamp offer: 20 % off all floor lamps.", date(2026, 12, 5))
    assert live("Order by 31 October: installation free.", date(2026, 12, 5))  # no year: cannot tell


def test_the_brands_own_post_announcing_a_campaign_makes_it_live_under_that_post() -> None:
    post = "Spring is coming: Glimt now 49 € – book yours"
    assert announced(SPRING_SV, post)
    assert live(SPRING_SV, date(2026, 12, 5), post=post, own_post=True)
    assert not live(SPRING_SV, date(2026, 12, 5), post=post, own_post=False)  # someone else's post
    assert announced(AUTUMN_FI, "Syysale alkoi! Valaisimet edullisesti")  # named by its header's word
    assert not announced(AUTUMN_FI, "Uusi myymälä avattu Tampereelle")


def test_sales_posts_only_reads_the_rule_in_three_languages() -> None:
    assert sales_posts_only(WINTER) and sales_posts_only(SPRING_SV) and sales_posts_only(AUTUMN_FI)
    assert not sales_posts_only("Lamp offer: 20 % off. Mention it only to people asking prices.")


@pytest.mark.parametrize(
    ("statement", "language", "expected"),
    [
        (
            "Winter lamp deal 1.12.2026–31.1.2027: the Kide floor lamp 89 € (normally 119 €).",
            "en",
            "Until 31.1.2027 you get the Kide floor lamp for 89 € (normally 119 €).",
        ),
        (
            "Joulutarjous 1.12.2026–31.1.2027: Kide-lattiavalaisin 89 € (norm. 119 €).",
            "fi",
            "31.1.2027 asti Kide-lattiavalaisin maksaa 89 € (norm. 119 €).",
        ),
        (
            "Julerbjudande 1.12.2026–31.1.2027: golvlampan Kide 89 € (ord. 119 €).",
            "sv",
            "Till och med 31.1.2027 kostar golvlampan Kide 89 € (ord. 119 €).",
        ),
        (
            "Winter lamp deal 1.12.2026–31.1.2027: 20 % off all desk lamps with the code LIGHT20.",
            "en",
            "20 % off all desk lamps with the code LIGHT20, until 31.1.2027.",
        ),
    ],
)
def test_offer_sentence_says_the_offer_without_its_header(statement: str, language: str, expected: str) -> None:
    assert offer_sentence(statement, language, date(2026, 12, 5)) == expected


def test_offer_sentence_gives_the_whole_period_before_the_start_or_when_asked() -> None:
    before = offer_sentence("Vårrea 1.3.–30.4.2027: bordslampan Glimt 49 € (ord. 69 €).", "sv", date(2026, 12, 5))
    assert before == "Under perioden 1.3.–30.4.2027 kostar bordslampan Glimt 49 € (ord. 69 €)."
    asked = offer_sentence(
        "Winter lamp deal 1.12.2026–31.1.2027: the Kide floor lamp 89 €.", "en", date(2026, 12, 5), full_period=True
    )
    assert asked is not None and "1.12.2026–31.1.2027" in asked


def test_offer_sentence_leaves_a_statement_without_a_header() -> None:
    assert offer_sentence("All floor lamps are 20 % off until Sunday.", "en", date(2026, 12, 5)) is None


def test_offer_sentence_of_a_campaign_whose_period_is_over_gives_the_whole_period() -> None:
    said = offer_sentence("Syysale 1.9.–30.9.2026: Tuike-pöytävalaisin 59 € (norm. 79 €).", "fi", date(2026, 12, 5))
    assert said == "Ajalla 1.9.–30.9.2026 Tuike-pöytävalaisin maksaa 59 € (norm. 79 €)."


@pytest.mark.parametrize(
    ("statement", "language", "expected"),
    [
        (
            "Julkampanj 1.12–20.12.2026: presentask med 3 burkar för 29 € (ord. 36 €).",
            "sv",
            "Till och med 20.12.2026 får du presentask med 3 burkar för 29 € (ord. 36 €).",
        ),
        (
            "Christmas offer 1.12–20.12.2026: gift box of 3 jars for 29 € (norm. 36 €).",
            "en",
            "Until 20.12.2026 you get the gift box of 3 jars for 29 € (norm. 36 €).",
        ),
        # Finnish "saat" would need the object's case: left as it was
        (
            "Joulukampanja 1.12–20.12.2026: lahjarasia, jossa 3 purkkia, hintaan 29 € (norm. 36 €).",
            "fi",
            "20.12.2026 asti lahjarasia, jossa 3 purkkia, hintaan 29 € (norm. 36 €).",
        ),
        # words after the abbreviation's brackets: they would read as a sentence of their own
        (
            "Kampanj 1.12–20.12.2026: presentask för 29 € (ord. 36 €) i webbutiken.",
            "sv",
            "Till och med 20.12.2026, presentask för 29 € (ord. 36 €) i webbutiken.",
        ),
    ],
)
def test_an_offer_priced_with_its_preposition_and_its_regular_price_closing_it_gets_its_verb(
    statement: str, language: str, expected: str
) -> None:
    # Session 36 (reply-plans-x's panel: "'Till och med 20.12.2026, presentask...' is a clumsy fragment").
    assert offer_sentence(statement, language, date(2026, 12, 5)) == expected


def test_a_finnish_plural_offer_takes_the_plural_verb() -> None:
    # Session 36 (reply-plans-x, spent: "31.12.2026 asti tohvelit maksaa 59 €").
    said = offer_sentence("Joulukampanja 1.12.–31.12.2026: tohvelit 59 € (norm. 79 €).", "fi", date(2026, 12, 5))
    assert said == "31.12.2026 asti tohvelit maksavat 59 € (norm. 79 €)."
    one = offer_sentence("Joulukampanja 1.12.–31.12.2026: tuplatalja 199 € (norm. 239 €).", "fi", date(2026, 12, 5))
    assert one == "31.12.2026 asti tuplatalja maksaa 199 € (norm. 239 €)."
