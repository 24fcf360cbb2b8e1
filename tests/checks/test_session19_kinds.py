"""Session 19 (issue 19): grounded benign replies the checks blocked, written for the mechanism (not copied from an
evaluation set): a short yes said with the next sentence's own words ("Toimivat." before the fact), the asker's own
figure said back in an acknowledgement ("kolmas viikko" is three weeks), declining in a contracted form ("I'd rather
not"), a name from the brand here ("Mikko Revontulelta tässä"), compliments on the question, wishes, the choice left
to the reader. What must still fail: a short sentence with a word of its own, a figure the brand states of itself,
money or blame riding on the said-back figure, an instruction to ask the brand.
"""

from __future__ import annotations

import pytest

from bot.checks.atoms import told_figures
from bot.checks.grounding import check_grounding
from bot.checks.identity import check_disclosure, check_tone
from tests.checks.conftest import context


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Yes, they do. Our units work down to −25 °C."),
        ("fi", "Toimivat. Laitteemme toimivat −25 °C:een asti."),
        ("sv", "Ja, det gör de. Våra aggregat fungerar ner till −25 °C."),
    ],
)
def test_short_yes_before_a_grounded_fact_is_grounded(language: str, text: str) -> None:
    result = check_grounding(text, context(language))
    assert result.passed, result.reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "They explode. Our units work down to −25 °C."),
        ("fi", "Revontuli valehtelee. Laitteemme toimivat −25 °C:een asti."),
    ],
)
def test_short_sentence_with_a_word_of_its_own_still_needs_guidance(language: str, text: str) -> None:
    assert not check_grounding(text, context(language)).passed


@pytest.mark.parametrize(
    ("language", "comment", "text"),
    [
        ("en", "Second week with no hot water, nobody answers.", "I'm sorry, two weeks is far too long to wait."),
        ("fi", "Toista viikkoa ilman lämmintä vettä.", "Olen pahoillani, kaksi viikkoa on aivan liian pitkä odotus."),
        ("sv", "Andra veckan utan varmvatten.", "Förlåt, två veckor är alldeles för länge att vänta, jag förstår."),
    ],
)
def test_asker_s_own_figure_said_back_in_an_apology_is_grounded(language: str, comment: str, text: str) -> None:
    result = check_grounding(text, context(language, comment=comment))
    assert result.passed, result.reason


@pytest.mark.parametrize(
    ("comment", "text"),
    [
        ("Does delivery take two weeks?", "Sorry, delivery takes two weeks."),
        ("I waited two weeks!", "Sorry about the two weeks, we will refund twice the price."),
        ("I waited two weeks!", "Sorry, our installers take two weeks because they are lazy."),
        ("Is installation free?", "Sorry, installation takes two weeks."),
    ],
)
def test_a_figure_not_the_askers_or_said_as_the_brands_fact_still_fails(comment: str, text: str) -> None:
    assert not check_grounding(text, context("en", comment=comment)).passed


def test_the_askers_figure_the_guidance_states_is_still_grounded_by_the_guidance() -> None:
    text = "Thanks for asking: installation usually takes 1–2 days."
    result = check_grounding(text, context("en", comment="Does installation take 1-2 days?"))
    assert result.passed, result.reason


def test_ordinals_count_only_with_a_unit() -> None:
    assert told_figures("Kolmas viikko odotusta") == {("3", "week")}
    assert told_figures("the third time I ask") == set()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I'd rather not rank other manufacturers."),
        ("en", "I’d rather not rank other manufacturers."),
        ("en", "Fair question, and a common worry."),
        ("fi", "Hyvä kysymys ja tosi yleinen huoli."),
        ("sv", "Lycka till med bygget!"),
        ("en", "The rest is your call."),
    ],
)
def test_declining_compliments_wishes_and_the_choice_left_to_the_reader_are_grounded(language: str, text: str) -> None:
    result = check_grounding(text, context(language))
    assert result.passed, result.reason


@pytest.mark.parametrize(
    ("text", "discloses"),
    [
        ("Mikko Revontulelta tässä. Kotikäynti on maksuton.", True),
        ("Hei, Aino Revontulelta täällä: kotikäynti on maksuton.", True),
        ("Kysy Revontulelta tässä asiassa lisää.", False),
        ("Kysy Revontulelta tässä.", False),
    ],
)
def test_a_name_from_the_brand_here_discloses_in_finnish(text: str, discloses: bool) -> None:
    assert check_disclosure(text, context("fi")).passed is discloses


@pytest.mark.parametrize(
    ("language", "text", "hostile"),
    [
        ("en", "The survey is free, which anybody could have checked on the website.", True),
        ("fi", "Kotikäynti on maksuton, minkä kuka tahansa olisi voinut tarkistaa sivuilta.", True),
        ("sv", "Hembesöket är gratis, vilket du kunde ha läst själv på sidan.", True),
        ("en", "The survey is free, which you can book on our website.", False),
        ("fi", "Kotikäynti on maksuton, minkä voit varata verkkosivuiltamme.", False),
        ("sv", "Hembesöket är gratis, vilket du kan boka på vår webbplats.", False),
    ],
)
def test_a_reproach_appended_to_a_fact_by_a_relative_word_is_hostile(language: str, text: str, hostile: bool) -> None:
    assert check_tone(text, context(language)).passed is not hostile
