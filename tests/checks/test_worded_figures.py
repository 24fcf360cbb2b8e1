"""Amounts written as words are figures too: the claims check reads them with a small parser (fi, sv, en), so
an amount no guidance states is refused whether it is written "2 400 €" or "kaksituhatta neljäsataa euroa"."""

from __future__ import annotations

import pytest

from bot.checks.claims import check_claims, worded_numbers
from bot.checks.types import CheckContext
from bot.domain import Passage

GUIDANCE = {
    "fi": "Lumo 7 -ilmalämpöpumpun asennettu hinta on 2 350 euroa. Huoltokäynti maksaa 140 euroa.",
    "sv": "Lumo 7 kostar 2 350 euro installerad. Ett servicebesök kostar 140 euro.",
    "en": "The Lumo 7 costs 2,350 euros installed. A service visit costs 140 euros.",
}


def _ctx(language: str, comment: str = "") -> CheckContext:
    passage = Passage(
        id=f"price-{language}",
        text=GUIDANCE[language],
        kind="fact",
        language=language,
        visibility="public",
        source="lumo.md",
        heading="",
    )
    return CheckContext(platform="reddit", comment_text=comment, comment_language=language, cited_passages=(passage,))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fi", "Asennettuna se maksaa tuhat euroa."),
        ("fi", "Huoltokäynti maksaa kaksisataa."),
        ("fi", "Hinta on kaksituhatta neljäsataa euroa."),
        ("sv", "Den kostar tusen euro med installation."),
        ("sv", "Ett servicebesök kostar tvåhundrafemtio euro."),
        ("en", "It comes to a thousand euros installed."),
        ("en", "A service visit is two hundred and twenty euros."),
        ("en", "You get fifteen percent off this month."),
    ],
)
def test_an_amount_in_words_no_guidance_states_is_refused(language: str, text: str) -> None:
    result = check_claims(text, _ctx(language))
    assert not result.passed, text
    assert "not found in the cited public guidance" in result.reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fi", "Asennettuna se maksaa kaksituhatta kolmesataaviisikymmentä euroa."),
        ("fi", "Huoltokäynti maksaa sataneljäkymmentä euroa."),
        ("sv", "Den kostar tvåtusentrehundrafemtio euro med installation."),
        ("sv", "Ett servicebesök kostar hundrafyrtio euro."),
        ("en", "It comes to two thousand three hundred and fifty euros installed."),
        ("en", "A service visit is one hundred forty euros."),
    ],
)
def test_an_amount_in_words_the_guidance_states_in_digits_passes(language: str, text: str) -> None:
    result = check_claims(text, _ctx(language))
    assert result.passed, result.reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fi", "Yksi asentajistamme soittaa sinulle."),
        ("fi", "Huomenna sataa, joten asennus siirtyy."),
        ("sv", "En av våra montörer ringer dig."),
        ("en", "One of our installers will call you."),
        ("en", "Thanks a million for asking."),
    ],
)
def test_a_number_word_that_is_no_amount_states_no_figure(language: str, text: str) -> None:
    result = check_claims(text, _ctx(language))
    assert result.passed, result.reason


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("kaksikymmentäviisi", 25),
        ("kolmetoista", 13),
        ("tuhat kuusisataa", 1600),
        ("tretusensjuhundra", 3700),
        ("ninety-nine", 99),
        ("three million two hundred thousand", [3_200_000]),
        ("hundra och femtio", [150]),
        ("två och tre", [2, 3]),  # a joiner joins only after a scale
    ],
)
def test_the_parser_reads_compounds_and_runs_of_number_words(text: str, value: int | list[int]) -> None:
    assert [found[0] for found in worded_numbers(text)] == (value if isinstance(value, list) else [value])
