"""More figures said across languages (bot/drafting/bridging.py, issue 25): years and working days, an estimate, an
average or a ceiling kept, a price with the sum above which it is free, questions about a price or how long
something lasts, and a condition that bears on another clause than the figure's."""

from __future__ import annotations

import pytest

from bot.drafting.answering import opens_yes_no
from bot.drafting.bridging import bridge_kinds, bridgeable, duration_line, price_line
from bot.drafting.matching import split
from bot.drafting.offline import OfflineDrafter
from tests.drafting.conftest import passage
from tests.drafting.test_offline_drafter import request


@pytest.mark.parametrize(
    ("sentence", "language", "line"),
    [
        ("Kaikilla korjaustöillämme on 2 vuoden takuu.", "sv", "2 år."),
        ("Alla nya cyklar har 3 års garanti.", "en", "3 years."),
        ("Every frame has a 5-year warranty.", "fi", "5 vuotta."),
        ("Each lesson is a 45-minute session.", "sv", "45 minuter."),
        ("Vi svarar på offertförfrågningar inom 1 vardag.", "en", "Up to 1 working day."),
        ("Vastaamme viesteihin 2 arkipäivän kuluessa.", "en", "Up to 2 working days."),
        ("Asennus tehdään tavallisesti 5–10 arkipäivän sisällä.", "sv", "Vanligtvis 5–10 arbetsdagar."),
        ("Asentaja on paikalla keskimäärin 40 minuutissa.", "en", "On average 40 minutes."),
        ("Delivery usually takes 3–4 days.", "fi", "Yleensä 3–4 päivää."),
    ],
)
def test_a_duration_in_years_or_working_days_keeps_its_estimate_or_ceiling(
    sentence: str, language: str, line: str
) -> None:
    assert duration_line(sentence, language) == line


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("fi", "Toimitus on maksuton yli 49 € tilauksiin, muuten 4,90 €."),
        ("sv", "Frakten är gratis för beställningar över 49 €, annars 4,90 €."),
        ("en", "Shipping is free on orders over 49 €, otherwise 4.90 €."),
    ],
)
def test_a_price_followed_by_the_sum_above_which_it_is_free_keeps_both(language: str, line: str) -> None:
    assert price_line("Postikulut 4,90 €, ilmainen toimitus yli 49 €.", language) == line
    assert price_line("Frakt 4,90 €, fri frakt över 49 €.", language) == line
    # a second price that is no free limit is still not bridged
    assert price_line("Hyllyt 4,90 € ja tasot 49 €.", language) is None


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("fi", "Yli 30 €: maksuton, muuten 3 €."),
        ("sv", "Över 30 €: gratis, annars 3 €."),
        ("en", "Over 30 €: free, otherwise 3 €."),
    ],
)
def test_a_free_limit_of_something_other_than_shipping_names_nothing_it_was_not_told(language: str, line: str) -> None:
    # Shipping is named only where the statement speaks of it (session 36): gift wrapping is no delivery.
    assert price_line("Lahjapaketointi 3 €, ilmainen yli 30 €.", language) == line


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_a_price_per_square_metre_keeps_its_measure(language: str) -> None:
    assert "89 €/m²." in (price_line("Mittatilauspeilit 89 €/m².", language) or "")
    assert "89 €/m²." in (price_line("Speglar kostar 89 € per m2.", language) or "")


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("hur lång garanti har ni på cyklarna", {"duration"}),
        ("how long is the warranty on the frame", {"duration"}),
        ("kuinka pitkiä oppitunnit on", {"duration"}),
        ("how much did the repair cost, thinking of getting one", {"amount"}),
        ("whats the normal price of the helmet", {"amount"}),
        ("do you sell helmets", set()),
        ("how much is the discount for students", set()),  # a discount, not a price
    ],
)
def test_the_figures_a_question_asks_for_a_fixed_sentence(question: str, kinds: set[str]) -> None:
    assert bridge_kinds(question) >= kinds and (kinds or not bridge_kinds(question))


@pytest.mark.parametrize(
    ("question", "language"),
    [("jag tar med tre jackor, blir det billigare då?", "sv"), ("onks se huolto kallis", "fi"), ("is it pricey", "en")],
)
def test_a_yes_no_question_about_the_price_asks_no_figure(question: str, language: str) -> None:
    assert opens_yes_no(question, language)
    assert "amount" not in bridge_kinds(question, yes_no=True)


def test_a_condition_in_a_later_clause_of_its_own_leaves_the_figure_bridgeable() -> None:
    comment = "how much does the measuring cost"
    # "deducted if you order": the fee is 60 € either way
    assert bridgeable(comment, "Vi mäter på plats; mätningen kostar 60 € och dras av om du beställer.", (), [])
    # "if you order under 60 €" is the price's own condition; a condition before the figure too
    assert not bridgeable(comment, "Mittaus maksaa 60 €, jos tilaus on alle 500 €.", (), [])
    assert not bridgeable(comment, "Om du beställer online kostar mätningen 60 €.", (), [])


def test_a_number_the_question_names_that_the_statement_does_not_give_is_not_bridged() -> None:
    book = "Kuvakirjat alkaen 34,90 € (kovakantinen A4, 20 sivua)."
    assert not bridgeable("vad kostar en bok med 40 sidor?", book, (), [])
    assert bridgeable("vad kostar en bok med 20 sidor?", book, (), [])
    assert bridgeable("vad kostar en fotobok?", book, (), [])


def test_a_millimetre_figure_ends_a_sentence_but_an_abbreviation_does_not() -> None:
    assert split("Lasit ovat 8 mm. Mittaus maksaa 60 €.") == ["Lasit ovat 8 mm.", "Mittaus maksaa 60 €."]
    assert split("Myymme mm. saksia ja neuloja. Tervetuloa.") == ["Myymme mm. saksia ja neuloja.", "Tervetuloa."]


def test_offline_answer_says_how_long_a_warranty_stated_only_in_another_language_lasts(
    offline: OfflineDrafter,
) -> None:
    guidance = (
        passage("warranty-fi", "fact", "fi", "Kaikilla korjaustöillämme on 2 vuoden takuu."),
        passage("shop-sv", "fact", "sv", "Verkstaden ligger i Åbo."),
        passage("shop-en", "fact", "en", "The workshop is in Turku."),
    )
    eager = OfflineDrafter(offline.embedder, threshold=0.0)
    result = eager.draft(
        request(
            "hur lång garanti har ni på reparationerna",
            "sv",
            plan="answer",
            passages=guidance,
            answer_passages=("warranty-fi",),
        )
    )
    asked_another_thing = eager.draft(
        request("har ni verkstad i Åbo", "sv", plan="answer", passages=guidance, answer_passages=("warranty-fi",))
    )

    assert not result.skip and "2 år." in result.text and "warranty-fi" in result.cited
    assert "takuu" not in result.text
    assert asked_another_thing.skip
