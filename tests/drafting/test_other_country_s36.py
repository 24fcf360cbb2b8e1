"""An answer says nothing said for another country than the one asked about (issue 25, session 36): "Shipping within
Finland is 7,90 €" beside "We ship to ... Germany" for someone in Berlin (reply-plans-x's panel; bot/drafting/
answering.py, bot/drafting/offline.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.drafting.answering import other_country
from bot.drafting.offline import OfflineDrafter
from tests.drafting.conftest import passage
from tests.drafting.test_offline_drafter import request


@pytest.mark.parametrize(
    ("question", "statement"),
    [
        ("do you ship to germany?? want slippers for my mum", "Shipping within Finland is 7,90 €."),
        ("skickar ni till Sverige?", "Toimitus Suomeen 4,90 €."),
        ("toimitatteko Ruotsiin?", "Frakten inom Finland kostar 5 €."),
        ("I'm in Berlin, can I order?", "Delivery in Finland costs 4,90 €."),
    ],
)
def test_a_statement_said_for_another_country_than_the_one_asked_is_more_than_asked(
    question: str, statement: str
) -> None:
    assert other_country(question, statement)


@pytest.mark.parametrize(
    ("question", "statement"),
    [
        # the list that answers names the country asked among others
        ("do you ship to germany??", "We ship to Sweden, Norway, Denmark, Estonia and Germany."),
        # the country asked
        ("skickar ni till Sverige?", "Frakt till Sverige 9,90 €."),
        # the question names no country
        ("paljonko toimitus maksaa?", "Shipping within Finland is 7,90 €."),
        # the statement names none
        ("Do they ship to Norway?", "Orders ship in 2–4 working days."),
        # a rule that only mentions a country gives no price for it
        ("do you ship to the UK?", "Buyers must be 18 or older; Posti checks ID on delivery in Finland."),
    ],
)
def test_a_statement_for_the_country_asked_or_for_none_stays(question: str, statement: str) -> None:
    assert not other_country(question, statement)


@pytest.fixture(scope="module")
def eager(offline: OfflineDrafter) -> OfflineDrafter:
    return OfflineDrafter(offline.embedder, threshold=0.0)


def test_the_drafter_leaves_out_another_countrys_shipping_price(eager: OfflineDrafter) -> None:
    guidance = (
        passage(
            "ship-en",
            "fact",
            "en",
            "We ship to Sweden, Norway, Denmark, Estonia and Germany. Shipping within Finland is 7,90 € and free for "
            "orders over 120 €.",
        ),
    )
    asked = request("do you ship to germany?? want slippers for my mum", "en", plan="answer", passages=guidance)
    result = eager.draft(replace(asked, answer_passages=("ship-en",)))

    assert not result.skip, result.skip_reason
    assert "Germany" in result.text
    assert "7,90" not in result.text and "Finland" not in result.text, result.text
