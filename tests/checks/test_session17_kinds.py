"""Session 17 (issue 19): kinds of benign replies the checks blocked, and what must still block.

Written for these mechanisms (not copied from an evaluation set): an apology for the wait with no claim in it,
a disclosure by a name and the team it writes from ("Moi, X:n asiakaspalvelusta Aino täällä", "Terveisin Aino,
töissä X:llä"), a longer greeting that only says who writes, and a lecture on patience or on keeping up, which
reads as conversation to grounding and must be read as belittling by the tone check.
"""

from __future__ import annotations

import pytest

from bot.checks.grounding import check_grounding
from bot.checks.hygiene import check_language
from bot.checks.identity import check_disclosure, check_posing, check_tone
from tests.checks.conftest import context


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Apologies for the wait, that took far too long."),
        ("fi", "Anteeksi viive."),
    ],
)
def test_an_apology_for_the_wait_needs_no_guidance(language: str, text: str) -> None:
    result = check_grounding(text, context(language))
    assert result.passed, result.reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fi", "Kotikäynti on maksuton.\n\nTerveisin Aino, töissä Revontulella"),
        ("fi", "Moi, Revontulen asiakaspalvelusta Aino täällä. Kotikäynti on maksuton."),
        ("en", "Hello, Aino from Revontuli's customer team here. The home survey is free."),
    ],
)
def test_a_name_and_the_team_it_writes_from_disclose_and_need_no_guidance(language: str, text: str) -> None:
    assert check_disclosure(text, context(language)).passed
    result = check_grounding(text, context(language))
    assert result.passed, result.reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fi", "Kotikäynti on maksuton. En ole töissä Revontulella."),
        ("sv", "Hembesöket är kostnadsfritt. Jag jobbar inte på Revontuli."),
        ("en", "The home survey is free. I don't work at Revontuli."),
    ],
)
def test_denying_working_there_is_still_no_disclosure_and_poses(language: str, text: str) -> None:
    assert not check_disclosure(text, context(language)).passed
    assert not check_posing(text, context(language)).passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Installation usually takes 1–2 days. Try to keep up, it's all on the website."),
        ("en", "Installation usually takes 1–2 days. A little patience goes a long way, you know."),
    ],
)
def test_a_lecture_on_patience_or_keeping_up_is_belittling(language: str, text: str) -> None:
    assert not check_tone(text, context(language)).passed


@pytest.mark.parametrize(
    ("language", "text", "ok"),
    [
        ("en", "Usually 1–2 days. – Aino, Revontuli", True),  # the sign-off's names are no Finnish
        ("sv", "Just nu, till och med 28.2.2027, får en installerad värmepump 500 € rabatt.", True),  # "just nu"
        ("sv", "Installationen tar 1–2 dagar. Just call us on weekdays, we are happy to help.", False),
        ("fi", "Asennus kestää 1–2 päivää. Just call us on weekdays, we are happy to help.", False),
        ("en", "Installation takes 1–2 days. Soita meille arkisin, autamme mielellämme.", False),
    ],
)
def test_language_judged_without_names_and_by_words_of_one_language_only(language: str, text: str, ok: bool) -> None:
    assert check_language(text, context(language)).passed is ok
