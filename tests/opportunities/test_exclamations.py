"""An exclamation that opens with a question word asks nothing (the digest's "what the audience asked")."""

import pytest

from bot.opportunities.plan import asked_in_form, asks_something


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("vad trevligt att så många från Luleå är med här", "sv"),
        ("vilken fin bild från installationen", "sv"),
        ("how lovely to see so many people from Tampere here", "en"),
        ("what a great idea from your team", "en"),
        ("mikä hieno kuva teidän asennuksesta", "fi"),
        ("olipa mukava lukea näitä kokemuksia", "fi"),
    ],
)
def test_an_exclamation_opening_with_a_question_word_asks_nothing(text: str, language: str) -> None:
    assert not asks_something(text, language)
    assert not asked_in_form(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("vad trevligt att se er här, har ni öppet på söndagar", "sv"),
        ("how lovely, how long does the installation take", "en"),
        ("mikä hieno kuva, paljonko tällainen maksaa", "fi"),
        ("vad kostar en sådan pump installerad", "sv"),
        ("what is the warranty on the outdoor unit", "en"),
        ("mikä on takuun pituus", "fi"),
        ("how nice is it in real winter, honestly?", "en"),
    ],
)
def test_a_question_after_the_exclamation_or_without_one_still_asks(text: str, language: str) -> None:
    assert asks_something(text, language)
    assert asked_in_form(text, language)
