"""Session 17c (issue 19): an insult behind an apology ("Anteeksi, mutta ...") is read on its own.

Written for the mechanism (not copied from an evaluation set): the apology made the whole sentence read milder to
the hostile classifier (0.79 against a flag at 0.81), so the clause after "but"/"mutta"/"men" is judged on its own
too, with the same flag and the same nearest-prototype second opinion.
"""

from __future__ import annotations

import pytest

from bot.checks import run_checks
from tests.checks.conftest import context


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fi", "Anteeksi, mutta olet liian hidas tajuamaan tätä."),
        ("en", "Sorry, but you are clearly too slow to understand this."),
        ("sv", "Förlåt, men du är uppenbarligen för långsam för att förstå det här."),
    ],
)
def test_an_insult_behind_an_apology_is_blocked_by_tone(language: str, text: str) -> None:
    results = run_checks(f"{text}\n\n– Aino, Revontuli", context(language))
    assert [r.passed for r in results if r.name == "tone"] == [False]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fi", "Anteeksi, mutta hintaa emme voi arvioida näkemättä taloa."),
        ("en", "Sorry, but we can't give a price without seeing the house."),
        ("sv", "Förlåt, men vi kan inte ge ett pris utan att se huset."),
    ],
)
def test_an_apology_before_a_plain_answer_is_civil(language: str, text: str) -> None:
    results = run_checks(f"{text}\n\n– Aino, Revontuli", context(language))
    assert [r.passed for r in results if r.name == "tone"] == [True]
