"""Session 18 (issue 19): kinds the checks got wrong, and what must still block.

Written for these mechanisms (not copied from an evaluation set): figures said together are grounded together (one
guidance sentence, not a month from one and a year from another); condescension about the reader's wits, however
politely dressed, is hostile in fi, sv and en; a `dont` rule applied by the writer to the writer ("I won't rate
other makers") or warning the reader off doing it themselves is kept, while borrowing the rule's words to tell the
reader what to think of others is not; sitting in the brand's service says who writes.
"""

from __future__ import annotations

import pytest

from bot.checks.grounding import check_grounding, figures_apart
from bot.checks.identity import check_disclosure, check_tone
from bot.domain import Passage
from tests.checks.conftest import context


def _passage(text: str, heading: str = "", kind: str = "campaign") -> Passage:
    return Passage(
        id=heading or text[:8], text=text, kind=kind, language="en", visibility="public", source="x.md", heading=heading
    )


def test_figures_of_one_clause_must_come_from_one_guidance_sentence() -> None:
    owners = [
        _passage("The spring offer ran until the end of April 2025.", "Spring offer"),
        _passage("From 1 March 2031 the survey costs 80 €.", "Survey"),
    ]
    assert figures_apart("The offer runs until the end of April 2031.", owners)  # April of one, 2031 of another
    assert not figures_apart("The offer ran until the end of April 2025.", owners)
    # clauses may join statements of their own
    assert not figures_apart("The offer ran until April 2025, and from 1 March 2031 the survey costs 80 €.", owners)
    # a rule passage states nothing
    assert figures_apart("It ran until April 2031.", [*owners, _passage("Never say April 2031.", kind="dont")])


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "There is a discount until the end of June 2027."),
        ("en", "You get 500 € off until the end of June 2026."),
        ("fi", "Alennus on voimassa kesäkuun 2027 loppuun."),
    ],
)
def test_a_date_or_amount_pieced_together_from_two_passages_is_ungrounded(language: str, text: str) -> None:
    assert not check_grounding(text, context(language)).passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Until 28 February 2027 the home survey is free and an installed heat pump is 500 € off."),
        (
            "en",
            "The unit has a 5-year warranty and the installation work a 2-year warranty, and our units work down "
            "to −25 °C.",
        ),
    ],
)
def test_figures_one_sentence_states_or_joined_by_clauses_stay_grounded(language: str, text: str) -> None:
    result = check_grounding(text, context(language))
    assert result.passed, result.reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fi", "Anteeksi, mutta et selvästikään ole tarpeeksi fiksu ymmärtämään tätä."),
        ("fi", "Olet valitettavasti liian yksinkertainen ymmärtämään lämpöpumppuja."),
        ("sv", "Förlåt, men du är uppenbarligen inte smart nog att förstå det här."),
        ("en", "With respect, this is plainly beyond your understanding."),
        ("en", "Sorry, but you're clearly not bright enough to understand this."),
    ],
)
def test_condescension_about_the_readers_wits_is_hostile(language: str, text: str) -> None:
    assert not check_tone(text, context(language)).passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fi", "Ymmärrän, että olet pettynyt."),
        ("sv", "Jag förstår att du vill veta mer."),
        ("en", "I understand you want a straight answer."),
        ("en", "Sorry if my reply was hard to follow, here is the short version."),
    ],
)
def test_understanding_the_reader_is_no_condescension(language: str, text: str) -> None:
    result = check_tone(text, context(language))
    assert result.passed, result.reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fi", "Toisten asentajien työtä en lähde arvioimaan."),
        ("sv", "Andra tillverkares pumpar tänker jag inte betygsätta."),
        ("en", "I won't rate other installers."),
        ("en", "Don't open the fuse box yourself."),
        ("fi", "Keskusta ei kannata avata itse."),
    ],
)
def test_a_rule_applied_by_the_writer_or_against_doing_it_oneself_is_kept(language: str, text: str) -> None:
    result = check_grounding(text, context(language))
    assert result.passed, result.reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fi", "Älä luota muihin asentajiin."),
        ("fi", "En arvioi muita, mutta ne ovat huonompia."),
        ("en", "Other installers can't be trusted."),
        ("en", "Don't buy from other installers."),
    ],
)
def test_borrowing_a_rules_words_to_judge_others_is_ungrounded(language: str, text: str) -> None:
    assert not check_grounding(text, context(language)).passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "Ring 010 555 0100 vardagar 8–18. Jag sitter själv på Revontulis kundtjänst."),
        ("fi", "Soita numeroon 010 555 0100 arkisin 8–18. Istun itse Revontulen asiakaspalvelussa."),
    ],
)
def test_sitting_in_the_brands_service_discloses(language: str, text: str) -> None:
    assert check_disclosure(text, context(language)).passed
