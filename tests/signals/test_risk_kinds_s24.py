"""Hard negatives of session 24 (issue 18): a child as the customer of a children's service. A parent asking what a
ticket, a tour or a meal costs for a child ("are under-8s free", "barnbiljett", "lasten lippu") is a buyer asking a
price; the detector read the child's age as minors. Every sentence here is written for this file."""

from __future__ import annotations

import pytest

from bot.signals import rules
from bot.signals.judgement import Verdict, _child_buyer


def _minors() -> Verdict:
    return Verdict(flags=(), uncertain=("minors",), scores={"minors": 0.7})


@pytest.mark.parametrize(
    "text",
    [
        "Do under-8s ride free on the ferry or do they need a ticket?",
        "Is there a child ticket for the canoe trip?",
        "How much is it for kids on the weekend tour",
        "do children pay full price at the brunch",
        "Är det gratis för barn på guidade turen?",
        "Finns det barnbiljett till söndagens konsert?",
        "Barn under 10 år, betalar de fullt pris?",
        "Paljonko lasten lippu maksaa lauantaina?",
        "Pääsevätkö alle 7-vuotiaat ilmaiseksi kurssille?",
        "onko lapsille halvempi hinta arkisin",
        "Onko teillä perhelippuja kesäksi?",
    ],
)
def test_a_price_or_ticket_asked_for_a_child_drops_the_detectors_minors(text: str) -> None:
    assert rules.match("child_buyer", text) is not None
    assert "minors" not in _child_buyer(_minors(), text).uncertain


@pytest.mark.parametrize(
    "text",
    [
        "kids under 10 are not allowed on the upper deck alone",
        "Companies should have a kid-friendly way to pay for gifts honestly",
        "Barnen bråkar hela tiden om vem som får sitta fram",
        "Lapset pelkää pimeää metsää, mitä tehdä?",
    ],
)
def test_an_age_or_a_child_without_a_price_is_no_child_buyer(text: str) -> None:
    assert rules.match("child_buyer", text) is None


@pytest.mark.parametrize(
    "text",
    [
        "I'm 11 and my mum says I can't come, is it free for kids?",
        "Jag är 12 år, är det gratis för barn?",
        "Olen 13 vuotias, onko alle 15-vuotiaat ilmaisia?",
    ],
)
def test_a_child_speaking_of_a_childs_price_keeps_the_detectors_minors(text: str) -> None:
    assert "minors" in _child_buyer(_minors(), text).uncertain
