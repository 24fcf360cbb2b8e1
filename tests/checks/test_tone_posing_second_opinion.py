"""Session 17b (issue 19): the posing/hostility classifier's flag needs the nearest prototypes' agreement, and a
lecture on patience is belittling by meaning in fi, sv and en.

Written for these mechanisms (not copied from an evaluation set). The classifier read some short plain
sentences of the brand's voice as curt or as a consumer's; such a sentence closer to the ``neutral`` prototypes
than to the class's (by ``identity_margin``) is no longer flagged. A lecture on patience is close to the
``lecture`` prototypes and not to thanking for patience.
"""

from __future__ import annotations

from unittest import mock

import pytest

import bot.checks.identity as identity
from bot.checks.identity import check_posing, check_tone
from tests.checks.conftest import context


def _without_second_opinion(name: str) -> float:
    return -9.0 if name == "identity_margin" else _THRESHOLD(name)


_THRESHOLD = identity.threshold


@pytest.mark.parametrize(
    ("language", "text", "check"),
    [
        ("sv", "Ha en fin helg!", check_posing),
        ("fi", "Ei ihan kokonaan.", check_posing),
        ("en", "That changes things a lot.", check_tone),
    ],
)
def test_a_plain_sentence_nearer_the_neutral_voice_is_not_flagged(language: str, text: str, check) -> None:  # type: ignore[no-untyped-def]
    assert check(text, context(language)).passed
    with mock.patch.object(identity, "threshold", _without_second_opinion):
        assert not check(text, context(language)).passed  # the classifier alone flags it


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Try a little patience."),
        ("en", "Some patience would not hurt."),
        ("fi", "Hieman kärsivällisyyttä ei haittaisi."),
        ("fi", "Kärsivällisyyttä peliin."),
        ("sv", "Lite tålamod vore inte fel."),
    ],
)
def test_a_lecture_on_patience_is_belittling(language: str, text: str) -> None:
    result = check_tone(text, context(language))
    assert not result.passed
    assert "patience" in result.reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Thanks for your patience while we check this."),
        ("fi", "Kiitos kärsivällisyydestäsi, palaan asiaan pian."),
        ("sv", "Tack för att du väntat, jag återkommer snart."),
    ],
)
def test_thanking_for_patience_is_no_lecture(language: str, text: str) -> None:
    assert check_tone(text, context(language)).passed
