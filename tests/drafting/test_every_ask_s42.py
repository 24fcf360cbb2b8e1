"""A question joining two asks gets each answered (issue 25, session 42): the kinds of fact each part asks are read
part by part (bot/opportunities/coverage.py), and the offline drafter states a statement for each from the plan's
passages (bot/drafting/answering.every_ask)."""

from __future__ import annotations

import pytest

from bot.drafting.answering import asked_parts
from bot.drafting.offline import OfflineDrafter
from bot.opportunities.coverage import asks_for
from tests.drafting.conftest import passage
from tests.drafting.test_offline_drafter import request

SOCKS = (
    passage("price-fi", "fact", "fi", "Hyyde neopreenisukat 3 mm maksavat 39 €. Koot 36–46."),
    passage("ship-fi", "faq", "fi", "Toimitus Ruotsiin maksaa 9,90 €. Yli 80 € tilauksiin toimitus on ilmainen."),
    passage("time-fi", "faq", "fi", "Paketti on perillä Ruotsissa 4–6 arkipäivässä. Seuraamme jokaista lähetystä."),
    passage("wash-fi", "fact", "fi", "Sukat pestään 30 asteessa nurin käännettyinä."),
)  # fmt: skip
TERMS = ("brand:Hyyde",)


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("paljonko toimitus ruotsiin ja kauanko kestää", {"amount", "length"}),
        ("hur mycket är frakten och hur lång tid tar det", {"amount", "length"}),
        ("paljonko toimitus kestää", set()),  # one ask: how long, which the guard keeps from reading a price
    ],
)
def test_each_ask_of_a_question_joining_two_is_read_on_its_own(question: str, kinds: set[str]) -> None:
    assert kinds <= asks_for(question)
    if not kinds:
        assert "amount" not in asks_for(question)


def test_the_asks_are_read_part_by_part() -> None:
    assert asked_parts("how much to Sweden and how long?") == [frozenset({"amount"}), frozenset({"duration"})]
    assert asked_parts("paljonko maksaa?") == [frozenset({"amount"})]


@pytest.fixture(scope="module")
def eager(offline: OfflineDrafter) -> OfflineDrafter:
    return OfflineDrafter(offline.embedder, threshold=0.0)


def test_a_price_and_a_delivery_time_asked_together_are_both_stated_from_their_own_passages(
    eager: OfflineDrafter,
) -> None:
    result = eager.draft(
        request(
            "paljonko toimitus ruotsiin ja kauanko kestää",
            "fi",
            plan="answer",
            passages=SOCKS,
            answer_passages=("ship-fi", "time-fi"),
            topics=TERMS,
        )
    )

    assert not result.skip, result.skip_reason
    assert "9,90 €" in result.text and "4–6 arkipäivä" in result.text
    assert "30 asteessa" not in result.text  # nothing that was not asked


def test_one_ask_keeps_its_one_statement(eager: OfflineDrafter) -> None:
    result = eager.draft(
        request(
            "paljonko toimitus ruotsiin?",
            "fi",
            plan="answer",
            passages=SOCKS,
            answer_passages=("ship-fi", "time-fi"),
            topics=TERMS,
        )
    )

    assert not result.skip, result.skip_reason
    assert "9,90 €" in result.text and "arkipäivä" not in result.text
