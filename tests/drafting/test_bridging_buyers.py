"""A price said across languages with whom it is for (bot/drafting/bridging.py, issue 25): the general price with the
buyers who pay another beside it, a price per adult, a starting price only right before its figure, and a bracketed
aside on the thing priced."""

from __future__ import annotations

import pytest

from bot.drafting.bridging import bridgeable, price_line
from bot.drafting.offline import OfflineDrafter
from tests.drafting.conftest import passage
from tests.drafting.test_offline_drafter import request


@pytest.mark.parametrize(
    ("language", "question", "line"),
    [
        ("sv", "vad kostar en lektion?", "Priset är 30 € per person (barn under 12 år: 18 €)."),
        ("en", "how much is one lesson", "The price is 30 € per person (children under 12: 18 €)."),
    ],
)
def test_a_general_price_keeps_the_other_buyers_price_beside_it(language: str, question: str, line: str) -> None:
    assert price_line("Tunti maksaa 30 € / hlö, alle 12-vuotiaat 18 €.", language, question) == line


def test_a_general_price_with_two_labelled_buyers_names_both() -> None:
    line = price_line("Entrance 14 €, students 9 € and seniors 10 €.", "fi", "mitä sisäänpääsy maksaa?")
    assert line == "Hinta on 14 € (opiskelijat: 9 €, eläkeläiset: 10 €)."


def test_a_general_price_is_not_said_when_the_question_names_a_buyer_or_two_prices_name_nobody() -> None:
    # the buyer asked about is not among those labelled: nothing is bridged rather than the wrong price
    assert price_line("Entrance 14 €, students 9 €.", "fi", "paljonko eläkeläiset maksaa?") is None
    assert price_line("Hyllyt 49 €, tasot 29 €.", "en", "how much?") is None


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("fi", "Hinta on 120 € / aikuinen."),
        ("sv", "Priset är 120 € per vuxen."),
        ("en", "The price is 120 € per adult."),
    ],
)
def test_a_price_per_adult_keeps_whom_it_is_for(language: str, line: str) -> None:
    assert price_line("Iltaretki maksaa 120 € per aikuinen.", language) == line
    assert price_line("The canoe day costs 120 € per adult.", language) == line


def test_a_from_before_a_place_is_no_starting_price() -> None:
    assert price_line("Från hamnen kostar taxin 25 € per person.", "en") == "The price is 25 € per person."
    assert price_line("Ruokalistan annokset alkaen 12 €.", "en") == "Prices start from 12 €."
    assert price_line("Straps from just 35 €.", "sv") == "Pris från 35 €."


def test_a_bracketed_aside_before_the_price_is_no_other_figure() -> None:
    statement = "The long canoe trip (5 h, lunch included) costs 95 € per adult."
    guidance = [passage("p1", "fact", "en", statement), passage("p2", "fact", "fi", "Kanoottiretki kestää 2 h.")]
    assert bridgeable("Mitä pitkä kanoottiretki maksaa?", statement, guidance, ["Kanootti"])
    # a figure after the price still ties it to another case
    tied = "The canoe costs 25 € per hour after the first 3 h."
    assert not bridgeable("Mitä kanootti maksaa?", tied, guidance, ["Kanootti"])


def test_a_price_asked_for_a_condition_is_not_bridged() -> None:
    statement = "The canoe day costs 120 € per adult."
    guidance = [passage("p1", "fact", "en", statement), passage("p2", "fact", "fi", "Kanoottipäivä kestää 6 h.")]
    assert bridgeable("Vad kostar kanotdagen?", statement, guidance, ["Kanot"])
    assert not bridgeable("Vad kostar kanotdagen om vi bokar före jul?", statement, guidance, ["Kanot"])
    assert not bridgeable("paljonko maksaa jos tullaan kymmenellä?", statement, guidance, ["Kanot"])


RIDES = (
    passage("visit-en", "fact", "en", "The reindeer farm visit costs 70 € per adult."),
    passage("long-sv", "fact", "sv", "Den långa forsturen tar fyra timmar och kostar 160 € per vuxen."),
    passage("long-fi", "fact", "fi", "Pitkä koskiretki kestää neljä tuntia."),
    passage("gear-fi", "fact", "fi", "Kypärä ja kuivapuku sisältyvät hintaan."),
)


def test_no_price_is_bridged_where_a_planned_passage_in_the_replys_language_states_one(
    offline: OfflineDrafter,
) -> None:
    eager = OfflineDrafter(offline.embedder, threshold=0.0)
    both = eager.draft(
        request(
            "Vad kostar det för oss två?", "sv", plan="answer", passages=RIDES, answer_passages=("visit-en", "long-sv")
        )
    )
    assert "70 €" not in (both.text or "")  # never another passage's price in a fixed sentence
    alone = eager.draft(
        request("Vad kostar gårdsbesöket?", "sv", plan="answer", passages=RIDES, answer_passages=("visit-en",))
    )
    assert not alone.skip and "Priset är 70 € per vuxen." in alone.text
