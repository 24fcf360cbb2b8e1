"""Readings of session 25 (issue 25: the fact that answers this question): the names a question gives, the thing it
asks to bring, a "mitä X" question's thing, an age stated or asked, a span said before an event, and colloquial
Finnish asking how fast and where. Sentences written for these tests (fi/sv/en)."""

from __future__ import annotations

import pytest

from bot.opportunities.acts import BRINGING, brought_thing
from bot.opportunities.coverage import asks_around, asks_for, span_before_event
from bot.opportunities.objects import (
    asked_names,
    asks_age,
    gives_name,
    names_asked,
    other_names,
    states_age,
    time_word,
    which_thing,
)

BRAND = ["Levykauppa", "Levykauppa Oy"]


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("vad kostar frakten till Norge", {"norg"}),
        ("do you ship to the UK?", {"UK"}),
        ("Hei Sanna, paljonko postikulut Tanskaan?", {"tans"}),  # the greeted name is no name asked
        ("is it open in June?", set()),  # a month
        ("is the course in Swedish?", set()),  # a language
        ("does Levykauppa ship abroad?", set()),  # the brand's own name
        ("DO YOU SHIP TO THE UK", set()),  # written in capitals
    ],
)
def test_the_names_a_question_gives(question: str, names: set[str]) -> None:
    assert asked_names(question, BRAND) == names


def test_a_statement_names_the_name_asked_in_any_inflection_or_gives_another() -> None:
    norway = asked_names("vad kostar frakten till Norge", BRAND)
    assert names_asked(norway, "Till Norge och Danmark 12,90 €.")
    assert other_names(norway, "Frakt: inom Finland 5,90 €.", BRAND)
    assert not other_names(norway, "Vi skickar inom 3 vardagar.", BRAND)  # no name at all
    assert names_asked(asked_names("do you ship to the UK?", BRAND), "We ship to the UK for 15 €.")
    assert not names_asked(asked_names("do you ship to the US?", BRAND), "Contact us for a quote.")  # not "US"


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("saako kauppaan ottaa koiran mukaan", "koiran"),
        ("can we bring our own snacks?", "snacks"),
        ("får man ta med egen skivspelare", "skivspelare"),
        ("how long does it take to get there?", None),
        ("can kids take part?", None),
        ("can I take my phone on the courses?", "phone"),
        ("do you offer the kit at a discount if I take the course", None),  # taking a course is no bringing
    ],
)
def test_the_thing_a_question_asks_to_bring(question: str, thing: str | None) -> None:
    assert brought_thing(question) == thing


def test_statements_of_bringing() -> None:
    assert BRINGING.search("You can bring your own food to the lounge.")
    assert BRINGING.search("Omat eväät saa ottaa mukaan.")
    assert not BRINGING.search("The shop has a step-free entrance.")


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("mitä luokitusta käytätte", "luokitusta"),
        ("mitä standardia kypärässä pitää olla", "standardia"),
        ("mitä se maksaa", None),
        ("mitä teillä on", None),
    ],
)
def test_a_finnish_partitive_which_question_names_its_thing(question: str, thing: str | None) -> None:
    assert which_thing(question) == thing


def test_a_statement_gives_a_name_or_a_code() -> None:
    assert gives_name("Luokitus: käytämme Goldmine-asteikkoa.")
    assert gives_name("Kypärän tulee täyttää EN 1384.")
    assert not gives_name("Kansi ja levy luokitellaan erikseen.")


def test_ages_stated_and_asked() -> None:
    assert asks_age("voiko 5-vuotias osallistua") and asks_age("can my 6 year old join?")
    assert asks_age("får en 9-åring vara med?") and not asks_age("is the warranty valid?")
    assert states_age("Kurssi sopii 7-vuotiaille.") and states_age("ages 12 and up")
    assert not states_age("Kypärä lainataan maksutta.")
    assert time_word("tammikuussa") and time_word("Saturdays") and not time_word("Marimekko")


def test_a_span_before_an_event_is_no_length() -> None:
    assert span_before_event("Viimeinen sisäänpääsy 2 tuntia ennen sulkemista.")
    assert span_before_event("Bokas minst en vecka i förväg.")
    assert not span_before_event("A ticket gives 3 hours in the park.")
    assert not span_before_event("Return within 14 days after delivery.")  # after: a deadline from a start
    assert asks_around("kuinka kauan ennen pitää peruuttaa") and asks_around("how far in advance do we book?")
    assert not asks_around("montako tuntia lipulla saa olla")


def test_colloquial_finnish_asks_how_fast_and_where() -> None:
    assert asks_for("mihin sitä palautetta pitää laittaa ja kuinka nopee ne vastaa") == {"duration", "place"}
