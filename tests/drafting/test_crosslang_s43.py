"""Facts the guidance states only in another language, said in the reply's language (session 43, issue 25): opening
hours beside the days they are closed, a warranty's length asked outright, a price paid per a length of time, opening
hours asked with "which hours", and a product's name said only where the question names it whole."""

from __future__ import annotations

import pytest

from bot.drafting.answering import fit_need
from bot.drafting.bridging import bridgeable, price_line
from bot.drafting.matching import Match
from bot.drafting.offline import OfflineDrafter
from bot.drafting.schedules import day_answer, hours_line
from tests.drafting.conftest import passage
from tests.drafting.test_offline_drafter import request

WEEK_FI = "Puoti on avoinna ti–pe 10–17 ja la 10–14, sunnuntaisin ja maanantaisin suljettu."


@pytest.mark.parametrize(
    ("statement", "written_in", "language", "said"),
    [
        (WEEK_FI, "fi", "sv", "Öppettider: tis–fre 10–17 och lör 10–14."),
        (WEEK_FI, "fi", "en", "Opening hours: Tue–Fri 10–17 and Sat 10–14."),
        ("The shop is open Wed–Sun 12–18, closed on Mondays and Tuesdays.", "en", "fi",
         "Aukioloajat: ke–su klo 12–18."),
        ("Butiken har öppet mån–fre 9–16, stängt lör–sön.", "sv", "en", "Opening hours: Mon–Fri 9–16."),
    ],
)  # fmt: skip
def test_hours_with_the_closed_days_making_the_whole_week_are_said_as_the_open_days(
    statement: str, written_in: str, language: str, said: str
) -> None:
    assert hours_line(statement, language, written_in) == said


@pytest.mark.parametrize(
    "statement",
    [
        "Open Mon–Fri 10–17, closed on Sundays.",  # Saturday is neither: the fixed sentence would settle it
        "Avoinna ti–pe 10–17, maanantaisin suljettu ja lauantaisin sopimuksen mukaan.",
        "Öppet tis–fre 10–17, stängt 24.12.",
    ],
)
def test_hours_leaving_a_day_unsettled_or_closed_on_a_date_are_not_said(statement: str) -> None:
    assert hours_line(statement, "fi", "en" if statement.startswith("Open") else None) is None


def test_a_day_asked_is_answered_no_where_the_schedule_says_it_is_closed() -> None:
    said = day_answer("Har ni öppet på söndagar?", WEEK_FI, "sv", "fi")
    assert said == "Nej, vi har öppet tis–fre 10–17 och lör 10–14."


@pytest.mark.parametrize(
    ("language", "said"),
    [("fi", "Hinta on 45 € / 1,5 h."), ("sv", "Priset är 45 € per 1,5 h."), ("en", "The price is 45 € per 1.5 h.")],
)
def test_a_price_paid_per_a_length_of_time_keeps_that_length(language: str, said: str) -> None:
    statement = "Rantasauna varataan erikseen: 45 € / 1,5 h."
    assert price_line(statement, language) == said
    assert bridgeable("what does the sauna cost?", statement, [], [], "amount")


def test_opening_hours_asked_as_which_hours_are_answered_by_a_schedule_in_another_language() -> None:
    shop = passage("shop-fi", "fact", "fi", "Myymälä: Kauppakatu 3. " + WEEK_FI)
    match = Match(shop, WEEK_FI, 1, 0.84)
    kept, unmet = fit_need("Vilka öppettider har ni på lördagar?", [match], ["Puoti"])
    assert unmet is None and kept == [match]


@pytest.fixture(scope="module")
def eager(offline: OfflineDrafter) -> OfflineDrafter:
    return OfflineDrafter(offline.embedder, threshold=0.0)  # the wiring, not e5's cross-language score


def test_a_warranty_length_asked_outright_is_said_from_a_support_passage_in_another_language(
    eager: OfflineDrafter,
) -> None:
    care = (
        passage("warranty-en", "support", "en", "Warranty: 18 months on zips and seams. For a claim email us."),
        passage("care-sv", "faq", "sv", "Tvätta jackan i 30 grader."),
    )
    result = eager.draft(
        request("Hur lång garanti har ni på dragkedjorna?", "sv", plan="answer", passages=care,
                answer_passages=("warranty-en",))
    )  # fmt: skip
    assert not result.skip, result.skip_reason
    assert "Garantin är 18 månader." in result.text


def test_a_price_is_not_said_of_a_product_whose_first_word_alone_the_question_names(eager: OfflineDrafter) -> None:
    # "Villan" is the brand's word too: "villan korjaus" asks the repair's price, not the socks'.
    socks = (
        passage("repair-en", "faq", "en", "Repairs: send your Villan socks back and we mend them for 9 €."),
        passage("sizes-sv", "fact", "sv", "Sockorna finns i storlek 36–46."),
    )
    result = eager.draft(
        request("paljonko villan korjaus maksaa?", "fi", plan="answer", passages=socks,
                answer_passages=("repair-en",), topics=("brand:Villa", "brand:Villan sukat"))
    )  # fmt: skip
    assert not result.skip, result.skip_reason
    assert "9 €" in result.text and "sukat maksaa" not in result.text.lower()
