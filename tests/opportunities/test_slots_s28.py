"""Slot words a passage states its answer in (session 28): a pickup, a compound discount, customer service."""

from __future__ import annotations

import pytest

from bot.opportunities.plan import asked_slots, off_slot, passage_slots, slots


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("Do you collect us from the campsite? Is pick-up possible?", "Pick-up from every campsite costs 10 €."),
        ("Onko pick-up mökiltä mahdollinen?", "Vi hämtar gäster vid stugan för 12 € per person."),
        ("Hämtar ni vid tågstationen?", "Pickup from the station is free of charge."),
    ],
)
def test_a_pickup_of_guests_is_the_delivery_asked(question: str, passage: str) -> None:
    asked = asked_slots(question)
    assert "delivery" in asked
    assert "delivery" in passage_slots(passage, "fact")
    assert not off_slot(asked, passage, "fact")


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("Any discount for a school class?", "Koululuokille ryhmäalennus 15 %, varaukset sähköpostilla."),
        ("Finns det rabatt för föreningar?", "Seniors get 20 % off on weekdays."),
        ("Saako ryhmä alennusta?", "Föreningar får grupprabatt på alla kurser."),
    ],
)
def test_a_discount_in_a_compound_or_as_percent_off_is_the_discount_asked(question: str, passage: str) -> None:
    asked = asked_slots(question)
    assert "discount" in asked
    assert "discount" in passage_slots(passage, "faq")
    assert not off_slot(asked, passage, "faq")


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("What's the customer support email?", "Asiakaspalvelu: tuki@esimerkki.fi, arkisin 9–16."),
        ("Hur når man kundtjänst, finns det ett nummer?", "Asiakaspalvelu vastaa arkisin 8–17 numerossa 09 123 4567."),
        ("Mihin sähköpostiin voi kirjoittaa asiakaspalveluun?", "Write to hello@example.com, we answer within a day."),
    ],
)
def test_customer_service_and_an_address_to_write_to_are_the_contact_asked(question: str, passage: str) -> None:
    asked = asked_slots(question)
    assert "report" in asked
    assert "measure" not in asked  # "customer" is no custom size
    assert "report" in passage_slots(passage, "faq")
    assert not off_slot(asked, passage, "faq")


def test_a_custom_size_is_still_a_measure_and_other_slots_keep_their_veto() -> None:
    assert "measure" in slots("Do you make custom sizes?")
    assert "measure" in slots("Kan ni göra en custom-made storlek?")
    # a passage on another thing still does not answer
    assert off_slot(asked_slots("Is pick-up from the airport possible?"), "The warranty is 2 years.", "fact")
    assert off_slot(asked_slots("Onko opiskelija-alennusta?"), "Toimitus kestää 2–4 päivää.", "fact")
    assert off_slot(asked_slots("Vad har kundtjänst för telefonnummer?"), "Vi säljer presentkort i butiken.", "fact")
