"""Hard negatives escalated on the spent judgement-v by a thread title's rule hit (issue 18, session 40): "rip" read
in "rip-off" as rest in peace, and a shop's stock ("back in stock") read as stocks. A title's rule hit passes its
class to every comment under it, so one misread word escalated whole threads. Invented texts, no model."""

from __future__ import annotations

import pytest

from bot.signals import rules
from bot.signals.combine import thread_flags
from bot.signals.judgement import CLASSES, Verdict


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ski pass prices went up again. Fair or rip-off?", "en"),
        ("Is 40 euros for a sharpening a rip off or normal?", "en"),
        ("Those delivery fees are a total ripoff", "en"),
        ("Ripoff or worth it? The new kayak rental pass", "en"),
        ("Finally back in stock, ordered two", "en"),
        ("Is the green jacket in stock in Oulu?", "en"),
        ("Out of stock again, when do you restock?", "en"),
        ("Do you stock spare blades for the older model?", "en"),
        ("Stocking up on wax before the season starts", "en"),
        ("Limited stock, so be quick", "en"),
    ],
)
def test_a_shops_stock_and_a_rip_off_are_no_risk(text: str, language: str) -> None:
    assert not rules.risk_flags(text, language)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("RIP to the old ferryman, he drove this route for 40 years", "crisis_or_tragedy"),
        ("rip, three people lost in the avalanche last night", "crisis_or_tragedy"),
        ("Should I sell my stocks to pay for the roof?", "legal_or_financial_advice"),
        ("Lost half my savings in the stock market, can I still afford the course?", "legal_or_financial_advice"),
        ("Is it smarter to put the money into stocks or a deposit?", "legal_or_financial_advice"),
        ("We own stocks and bonds through the bank, does your advisor look at those?", "legal_or_financial_advice"),
    ],
)
def test_rest_in_peace_and_stocks_as_money_keep_their_class(text: str, flag: str) -> None:
    assert flag in rules.risk_flags(text, "en")


def test_a_title_asking_fair_or_rip_off_over_a_restock_passes_nothing() -> None:
    quiet = Verdict((), (), dict.fromkeys(CLASSES, 0.0))
    assert thread_flags("Canoe rental cancelled in the storm. Fair or rip-off?", quiet, "en") == ()
    assert thread_flags("Trail shoes back in stock – 2-year warranty", quiet, "en") == ()
