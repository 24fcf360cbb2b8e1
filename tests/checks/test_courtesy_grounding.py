"""Session 17b (issue 19): courtesies that claim nothing need no guidance, by a decision of their own.

Written for the mechanism (not copied from an evaluation set): a sentence with no atom that passes a message
on, says sorry for the wait or declines to guess is exempt from grounding when it is close to the ``courtesy``
prototypes and clearly closer to them than to the ``assertion`` ones; a figure or a promise of money in the
same dress still needs a passage.
"""

from __future__ import annotations

from unittest import mock

import pytest

import bot.checks.grounding as grounding
from bot.checks.grounding import check_grounding
from tests.checks.conftest import context

_THRESHOLD = grounding.threshold


def _without_courtesy(name: str) -> float:
    return 9.0 if name == "courtesy" else _THRESHOLD(name)


def _without_courtesy_or_rule(name: str) -> float:
    return 9.0 if name in ("courtesy", "rule_kept") else _THRESHOLD(name)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fi", "En uskalla arvata summaa taloa näkemättä."),
        ("sv", "Förlåt dröjsmålet med svaret."),
    ],
)
def test_a_courtesy_just_under_the_conversation_margin_needs_no_guidance(language: str, text: str) -> None:
    result = check_grounding(text, context(language))
    assert result.passed, result.reason
    with mock.patch.object(grounding, "threshold", _without_courtesy):
        assert not check_grounding(text, context(language)).passed  # the conversation margin alone blocks it


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I'll pass the greetings on to the crew."),
        ("en", "Sorry about the delay in getting back to you."),
        ("en", "Without seeing the house I'd rather not guess."),
    ],
)
def test_english_courtesies_still_need_no_guidance(language: str, text: str) -> None:
    result = check_grounding(text, context(language))
    assert result.passed, result.reason


def test_a_courtesy_carrying_money_still_needs_guidance() -> None:
    assert not check_grounding("Välitän terveisesi, ja sinulle kuuluu 500 euron hyvitys.", context("fi")).passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I'd rather not compare us with other makers."),
        ("fi", "Muiden valmistajien laitteita en kommentoi."),
    ],
)
def test_declining_to_compare_other_makers_needs_no_guidance(language: str, text: str) -> None:
    result = check_grounding(text, context(language))
    assert result.passed, result.reason
    # session 18: the writer declining in the first person also keeps the guidance's rule against judging other
    # makers (grounding._keeps_rule), so only with neither decision is it blocked
    with mock.patch.object(grounding, "threshold", _without_courtesy_or_rule):
        assert not check_grounding(text, context(language)).passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I won't comment on other makers, but theirs break down all the time."),
        ("fi", "En vertaile muihin, mutta muiden laitteet hajoavat jatkuvasti."),
        ("sv", "Jag jämför inte, men andras pumpar går sönder hela tiden."),
    ],
)
def test_a_comparison_behind_a_decline_still_needs_guidance(language: str, text: str) -> None:
    assert not check_grounding(text, context(language)).passed
