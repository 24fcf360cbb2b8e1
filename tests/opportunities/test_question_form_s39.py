"""The planner reads a question's form as the intent classifier does (`plan.question_form`, session 39): a Finnish
question word asks only where it opens its clause, a "Did" of a told outing asks nothing, a yes/no verb asks wherever
it stands, a negative tag question states a belief, and a handle is no word of the sentence."""

from __future__ import annotations

import pytest

from bot.opportunities.plan import asked_in_form, asks_something, question_form, told_clauses
from bot.signals import rules


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("paras kahvi mitä oon juonu, kiitos", "fi"),
        ("kiva nähdä miten nää tehdään", "fi"),
        ("en muista yhtään mihin laitoin kuitin", "fi"),
        ("ostin vaimolle uuden ja nyt se tekee kaiken mitä pyytää", "fi"),
        ("Did it in May with my brother, loved every minute", "en"),
        ("did the long course last winter, best thing ever", "en"),
        ("eiks teillä oo aina ilmainen toimitus", "fi"),
        ("eikö se ole tehty ihan kotimaassa", "fi"),
        ("@teo.books sunnuntaisin kahdestatoista", "fi"),
        ("tiedoks kaikille: huolto maksoi 80 e", "fi"),
    ],
)
def test_told_text_is_not_asked(text: str, language: str) -> None:
    assert not asked_in_form(text, language)
    assert not asks_something(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("jos sataa nii saako perua ilmaiseksi", "fi"),
        ("jos peruu viikkoa ennen ni miten rahat palautetaan", "fi"),
        ("kiinnostaa tietää mitä semmonen huolto maksaa", "fi"),
        ("meitä on kuus, mahtuuko kerralla", "fi"),
        ("vet nån om man kan hämta själv", "sv"),
        ("anyone know if they ship to Norway", "en"),
        ("Did you get the parcel in the end", "en"),
        ("eiks teillä oo aina ilmainen toimitus?", "fi"),
    ],
)
def test_spoken_question_is_asked(text: str, language: str) -> None:
    assert asked_in_form(text, language)


def test_without_a_language_only_the_planners_own_forms_count() -> None:
    # The classifier's Finnish "-ks" rule would read an English "Thanks" as asking.
    assert not question_form("Thanks, works fine now", None)
    assert question_form("paljonko maksaa", None)


def test_a_told_clause_with_a_question_word_inside_stays_told() -> None:
    told = told_clauses("tilasin viime viikolla, en tiiä mihin paketti jäi", "fi")
    assert "mihin paketti" in told


@pytest.mark.parametrize("text", ["esimerkiks meillä se kesti kaks vuotta", "tiedoks: kauppa on kiinni maanantaina"])
def test_finnish_adverbs_in_ks_ask_nothing_for_intent_either(text: str) -> None:
    assert not rules.is_question(text, "fi")
