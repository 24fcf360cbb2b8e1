"""An answer says the part of a statement that answers the question and not more (issue 25, session 34): other
products' prices in a price list, another fish's origin, a blade and a price before the delivery time asked
(reply-plans-u's panel; bot/drafting/narrowing.py, bot/drafting/offline.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.drafting.narrowing import asked_part
from bot.drafting.offline import OfflineDrafter
from tests.drafting.conftest import passage
from tests.drafting.test_offline_drafter import request

PRICES = "Hot-smoked whitefish 29 €/kg; cold-smoked salmon 200 g pack 11,50 €; smoked vendace (muikku) 300 g 8,90 €."
ORIGIN = "Järvikala tulee Päijänteeltä (siika, muikku, kuha); lohi on norjalaista kasvatuslohta ASC-tilalta."
KNIFE = "The chef's knife Norr 21 has a 210 mm blade, costs 320 € and is made to order: delivery time is 6–8 weeks."


@pytest.mark.parametrize(
    ("question", "statement", "said"),
    [
        ("how much is the whitefish per kilo", PRICES, "Hot-smoked whitefish 29 €/kg."),
        ("what does the vendace cost?", PRICES, "Smoked vendace (muikku) 300 g 8,90 €."),
        ("mistä se siika tulee", ORIGIN, "Järvikala tulee Päijänteeltä (siika, muikku, kuha)."),
        ("onko lohi kotimaista?", ORIGIN, "Lohi on norjalaista kasvatuslohta ASC-tilalta."),
        ("how long until it arrives if I order today", KNIFE, "Delivery time is 6–8 weeks."),
        ("kauanko kurssi kestää?", "Kurssi kestää 3 päivää; hinta on 390 €.", "Kurssi kestää 3 päivää."),
        ("vad kostar kursen?", "Kursen pågår 3 dagar; priset är 390 €.", "Priset är 390 €."),
    ],
)  # fmt: skip
def test_several_facts_are_said_by_the_part_that_answers(question: str, statement: str, said: str) -> None:
    assert asked_part(question, statement) == said


@pytest.mark.parametrize(
    ("question", "statement"),
    [
        # both kinds asked: the price and the delivery time stay
        ("paljonko maksaa ja kauanko toimitus kestää", KNIFE),
        ("hur mycket kostar kursen och hur länge pågår den?", "Kursen kostar 390 €; den pågår 3 dagar."),
        # the thing asked named in another language than the statement: nothing tells which clause, all stay
        ("varifrån kommer laxen?", ORIGIN),
        # each clause names a word of the question ("tulee", "lohi"): nothing tells which answers
        ("mistä lohi tulee?", ORIGIN),
        ("paljonko savulohi maksaa", "Hot-smoked whitefish 29 €/kg; cold-smoked salmon 200 g pack 11,50 €."),
        # a clause without a figure of another kind is no other question's answer
        ("do you ship to the UK?", "Buyers must be 18 or older; Posti checks ID on delivery in Finland."),
        # one clause
        ("how much is the whitefish?", "Hot-smoked whitefish costs 29 €/kg."),
        # a semicolon inside parentheses cuts nothing
        ("how much is the whitefish?", "Whitefish 29 €/kg (salmon; vendace on request)."),
        # every clause names the thing asked: nothing tells
        ("how much is the smoked fish?", "Smoked whitefish 29 €/kg; smoked salmon 24 €/kg."),
    ],
)  # fmt: skip
def test_a_statement_stays_whole_when_nothing_tells_which_part_answers(question: str, statement: str) -> None:
    assert asked_part(question, statement) == statement


FISH = (
    passage("prices-en", "fact", "en", PRICES),
    passage("ship-en", "faq", "en", "Delivery costs 14,90 €, free for orders over 80 €."),
)


@pytest.fixture(scope="module")
def eager(offline: OfflineDrafter) -> OfflineDrafter:
    return OfflineDrafter(offline.embedder, threshold=0.0)


def test_the_drafter_answers_a_price_asked_of_one_product_without_the_others(eager: OfflineDrafter) -> None:
    asked = request("how much is the whitefish per kilo", "en", plan="answer", passages=FISH)
    result = eager.draft(replace(asked, answer_passages=("prices-en",)))

    assert not result.skip, result.skip_reason
    assert "29 €/kg" in result.text
    assert "11,50" not in result.text and "8,90" not in result.text


TALJA_PRICES = "Lampaantalja (vakiokoko) 129 €, tuplatalja 239 €, lastenvaunutalja 69 €."


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("paljonko se tupla talja maksaa ku meil on iso sohva", "Tuplatalja 239 €."),
        ("paljonko lastenvaunutalja maksaa?", "Lastenvaunutalja 69 €."),
        ("paljonko kuivattu juuri maksaa?", "Kuivattu juuri (20 g) 9 €."),
    ],
)
def test_an_item_with_its_size_in_brackets_is_still_an_item_of_a_list(question: str, said: str) -> None:
    # Session 36 (reply-plans-x's panel: "she only asked about the tuplatalja"): brackets no longer keep the list whole.
    statement = (
        TALJA_PRICES if "talja" in question else "Reikäleipä 6,50 €, ruislimppu 7,90 €, kuivattu juuri (20 g) 9 €."
    )
    assert asked_part(question, statement) == said


def test_a_mark_inside_brackets_parts_no_item() -> None:
    statement = "Talja (vakiokoko, harmaa) 129 €, tuplatalja 239 €."
    assert asked_part("paljonko harmaa talja maksaa", statement) == "Talja (vakiokoko, harmaa) 129 €."
    assert asked_part("paljonko talja maksaa", "Talja (vakiokoko 129 €, tuplatalja 239 €.") == (
        "Talja (vakiokoko 129 €, tuplatalja 239 €."
    )
