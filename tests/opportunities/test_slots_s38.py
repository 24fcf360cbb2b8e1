"""Session 38 (issue 18): the payment and care slots read alike in fi, sv and en. A Swedish "pay" is a payment method
only with what it is paid with or how ("betala med Swish", "betala i delar"), as the English "pay with" is, never a
price compared ("jämfört med att betala per gång") nor a thing paying for itself; washing dishes by hand or in a
machine is care in every language, so a Swedish passage that says a glass takes no dishwasher answers an English or
Finnish question about it. Invented questions and passages."""

from __future__ import annotations

import pytest

from bot.opportunities.plan import asked_slots, off_slot, slots


@pytest.mark.parametrize(
    "text",
    [
        "Vad kostar årskortet jämfört med att betala per gång?",
        "Lönar sig klippkortet, betalar det sig efter tio besök?",
        "How much do I pay per visit?",
        "Paljonko maksan kerralta?",
    ],
)
def test_a_price_asked_with_a_pay_word_is_no_payment_method(text: str) -> None:
    assert "payment" not in slots(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kan man betala med Swish?",
        "Går det att betala i delar?",
        "Vilka betalsätt har ni?",
        "Can I pay with Klarna?",
        "Voiko maksaa MobilePaylla?",
    ],
)
def test_a_payment_method_asked_is_the_payment_slot(text: str) -> None:
    assert "payment" in slots(text)


@pytest.mark.parametrize(
    "text",
    [
        "Can the mugs go in the dishwasher?",
        "Tål skålen diskmaskin eller ska den diskas för hand?",
        "Voiko kulhon laittaa tiskikoneeseen?",
        "Is it hand wash only?",
    ],
)
def test_washing_dishes_is_the_care_slot(text: str) -> None:
    assert "care" in asked_slots(text)


def test_a_dishwasher_question_is_answered_by_a_care_passage_in_another_language() -> None:
    passage = "Muggarna tål inte diskmaskin. Diska för hand i ljummet vatten."
    assert not off_slot(asked_slots("Can I put the mugs in the dishwasher?"), passage, "fact")
    assert not off_slot(asked_slots("Voiko mukit pestä astianpesukoneessa?"), passage, "fact")
    # a passage about something else still does not answer it
    assert off_slot(asked_slots("Can I put the mugs in the dishwasher?"), "Mugs cost 24 € each.", "fact")


@pytest.mark.parametrize("text", ["Vi ses vid disken i butiken", "My hard disk died"])
def test_a_counter_or_a_hard_disk_is_no_care(text: str) -> None:
    assert "care" not in slots(text)
