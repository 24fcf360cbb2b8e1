"""The fact that answers this question, a yes or no first (issue 25, session 35): the item asked of a list of
figures, the statement that settles a yes/no question before the ones beside it, a yes/no question after a word
that leads into it, and a listed place not said to be missing (reply-plans-w's panel; bot/drafting/narrowing.py,
bot/drafting/answering.py, bot/drafting/offline.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.drafting.answering import not_listed, opens_yes_no, settling_first
from bot.drafting.matching import Match
from bot.drafting.narrowing import asked_part
from bot.drafting.offline import OfflineDrafter
from tests.drafting.conftest import passage
from tests.drafting.test_offline_drafter import request

BOTTLES = {
    "fi": "0,5 l pullo 3,20 € ja 2 l kanisteri 7,40 €.",
    "sv": "En flaska på 0,5 l kostar 3,20 € och en dunk på 2 l 7,40 €.",
    "en": "A 0.5 l bottle is 3.20 €, a 2 l canister 7.40 € and a 10 l barrel 29 €.",
}
MATS = "Mats 60x90 cm and 80x120 cm, runners 70x200 cm."


@pytest.mark.parametrize(
    ("question", "statement", "said"),
    [
        ("mitä kanisteri maksaa?", BOTTLES["fi"], "2 l kanisteri 7,40 €."),
        ("paljonko pullo maksaa", BOTTLES["fi"], "0,5 l pullo 3,20 €."),
        ("vad kostar dunken?", BOTTLES["sv"], "En dunk på 2 l 7,40 €."),
        ("how much is the barrel", BOTTLES["en"], "A 10 l barrel 29 €."),
        # an item's second figure stays with it
        ("what sizes do the mats come in?", MATS, "Mats 60x90 cm and 80x120 cm."),
        # an item's size in brackets is part of it (session 36)
        ("how much is the barrel?", "A bottle 3.20 € (0.5 l), a barrel 29 €.", "A barrel 29 €."),
    ],
)  # fmt: skip
def test_the_item_asked_of_a_list_of_figures_is_said_alone(question: str, statement: str, said: str) -> None:
    assert asked_part(question, statement) == said


@pytest.mark.parametrize(
    ("question", "statement"),
    [
        # a figure that is another's condition: one fact
        ("how much is delivery?", "Delivery costs 6,90 €, free for orders over 49 €."),
        ("mitä toimitus maksaa", "Toimitus 6,90 €, yli 49 € tilauksiin maksuton."),
        ("vad kostar frakten?", "Frakten kostar 6,90 € och är gratis över 49 €."),
        # nothing names the thing asked, or every item does
        ("mitä ne maksaa?", BOTTLES["fi"]),
        ("paljonko pullo ja kanisteri maksaa", BOTTLES["fi"]),
        # an item without a figure: no list of figures
        ("how much is the bottle?", "The bottle is 3.20 €, and refills are sold in our shops."),
        # a bracket left open: left whole (a closed one is part of its item since session 36)
        ("how much is the barrel?", "A bottle 3.20 € (0.5 l, a barrel 29 €."),
    ],
)  # fmt: skip
def test_a_statement_that_is_no_list_of_figures_stays_whole(question: str, statement: str) -> None:
    assert asked_part(question, statement) == statement


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("so do you sharpen skis too?", "en"),
        ("ok, can I bring them on Sunday?", "en"),
        ("men funkar den i minusgrader?", "sv"),
        ("entä toimiiko se pakkasella?", "fi"),
    ],
)
def test_a_yes_no_question_after_a_lead_in_word_is_one(question: str, language: str) -> None:
    assert opens_yes_no(question, language)


@pytest.mark.parametrize(
    ("question", "language"),
    [("so how much is it?", "en"), ("men vad kostar den?", "sv"), ("entä mitä se maksaa?", "fi")],
)
def test_a_lead_in_word_makes_no_yes_no_question_of_another(question: str, language: str) -> None:
    assert not opens_yes_no(question, language)


SKIS = passage(
    "service-en",
    "fact",
    "en",
    "We wax cross-country skis, alpine skis and snowboards. We do not repair bindings, poles or ski boots. "
    "Waxing takes 1–2 days.",
)


def _match(sentence: str, position: int, score: float = 0.9) -> Match:
    return Match(SKIS, sentence, position, score)


ALL = [
    _match("We wax cross-country skis, alpine skis and snowboards.", 0),
    _match("We do not repair bindings, poles or ski boots.", 1),
    _match("Waxing takes 1–2 days.", 2),
]


def test_the_statement_settling_a_yes_no_question_leads_and_one_naming_less_goes() -> None:
    kept = settling_first("do you repair bindings?", ALL, ["Lumi"])

    # what is waxed goes; the time it takes, a figure the lead does not give, stays
    assert [m.position for m in kept] == [1, 2]


def test_a_statement_with_no_figure_of_its_own_goes_after_a_yes() -> None:
    both = [ALL[0], ALL[1]]

    assert [m.position for m in settling_first("so do you wax snowboards?", both, ["Lumi"])] == [0]


def test_a_figure_in_the_unit_the_lead_states_goes() -> None:
    shrink = [
        _match("Pre-washed linen shrinks at most 2 % more.", 0),
        _match("Unwashed fabric shrinks up to 4 %, so wash it before sewing.", 1),
    ]

    assert [m.position for m in settling_first("do I need to wash it before sewing?", shrink, ["Lumi"])] == [1]


def test_a_statement_of_the_kind_asked_stays_after_the_one_that_settles() -> None:
    kept = settling_first("do you wax snowboards, and how long does it take?", ALL, ["Lumi"])

    assert [m.position for m in kept] == [0, 2]


@pytest.mark.parametrize(
    "question",
    [
        "how long does waxing take?",  # no yes/no question
        "do you do it quickly?",  # no statement names its words
    ],
)
def test_other_questions_keep_their_statements(question: str) -> None:
    assert settling_first(question, ALL, ["Lumi"]) == ALL


SHIPPING = ["We ship to the EU, Norway and the UK.", "Shipping is 7,90 €, free over 100 €."]


@pytest.mark.parametrize(
    "question", ["Do you ship to the UK after Brexit?", "Do you ship to Norway even after Christmas?"]
)
def test_a_listed_place_asked_beside_another_name_is_no_place_left_out(question: str) -> None:
    assert not_listed(question, SHIPPING, ["Lumi"], "en") is None


def test_a_place_the_list_leaves_out_is_still_said_no() -> None:
    assert not_listed("Do you ship to Iceland?", SHIPPING, ["Lumi"], "en") == "Iceland"


@pytest.fixture(scope="module")
def eager(offline: OfflineDrafter) -> OfflineDrafter:
    return OfflineDrafter(offline.embedder, threshold=0.0)


def test_the_drafter_says_the_statement_that_settles_the_yes_no_question(eager: OfflineDrafter) -> None:
    asked = request("so do you repair ski boots?", "en", plan="answer", passages=(SKIS,))
    result = eager.draft(replace(asked, answer_passages=("service-en",)))

    assert not result.skip, result.skip_reason
    assert "do not repair bindings, poles or ski boots" in result.text
    assert "snowboards" not in result.text


@pytest.mark.parametrize(
    ("question", "statement"),
    [
        ("can it carry two people?", "It weighs 22 kg and carries up to 230 kg."),
        ("kestääkö se kaksi aikuista?", "Se painaa 22 kg ja kantaa enintään 230 kg."),
        ("bär den två vuxna?", "Den väger 22 kg och bär högst 230 kg."),
    ],
)
def test_a_limit_beside_another_figure_of_the_same_thing_is_no_list(question: str, statement: str) -> None:
    assert asked_part(question, statement) == statement


def test_a_question_of_two_alternatives_keeps_both_statements() -> None:
    assert settling_first("do you wax skis or snowboards?", ALL, ["Lumi"]) == ALL


def test_a_time_it_takes_stays_after_the_statement_that_settles() -> None:
    visit = [
        _match("Touring skates are sharpened flat by hand.", 0),
        _match("Sharpening takes 1–2 working days.", 1),
    ]

    kept = settling_first("can you do my touring skates on the same visit?", visit, ["Lumi"])

    assert [m.position for m in kept] == [0, 1]


def test_a_figure_about_what_was_asked_stays_beside_the_settling_statement() -> None:
    frost = [
        _match("The pumps and their heaters work down to −25 °C.", 0),
        _match("At about −20 °C the heaters start, so the house stays warm.", 1),
    ]

    kept = settling_first("do the pumps and heaters really work down to −25?", frost, ["Lumi"])

    assert [m.position for m in kept] == [0, 1]


@pytest.mark.parametrize(
    ("question", "lead", "beside"),
    [
        (
            "does the heater really work in freezing weather, like -30?",
            "Our heaters run down to −30 °C.",
            "Below −25 °C a backup element switches on, so the cabin stays warm in the hardest frosts.",
        ),
        (
            "toimiiko lämmitin oikeasti pakkasella, vaikka -30 asteessa?",
            "Lämmittimemme toimivat −30 °C:een asti.",
            "Alle −25 °C:ssa varavastus kytkeytyy, joten mökki pysyy lämpimänä kovimmillakin pakkasilla.",
        ),
    ],
)
def test_a_statement_speaking_of_what_was_asked_that_the_lead_leaves_unsaid_stays(
    question: str, lead: str, beside: str
) -> None:
    # The same unit (°C) as the lead's, no word of the question's own: but the frost asked about, which the lead does
    # not name (the demo panellist's edit, session 35: without it "could mislead someone asking about exactly -25").
    kept = settling_first(question, [_match(lead, 0), _match(beside, 1)], ["Lumi"])

    assert [m.position for m in kept] == [0, 1]
