"""Session 37 (s37-tone, issue 25): a delivery that came *in* or *within* a few days is speed praised, not a wait told
as trouble: thanked, never apologised for; the same days *after* which it came stay sarcasm under praise. Invented
comments in sv/en."""

from __future__ import annotations

import pytest

from bot.opportunities.plan import ACKNOWLEDGE, THANK
from bot.signals.types import Signals
from tests.opportunities.planning import plan_on as plan
from tests.opportunities.planning import sig


def sure_praise(language: str) -> Signals:
    return sig("praise", language, emotion="positive", intent_confidence=0.95, complaint_score=0.02)


@pytest.mark.parametrize(
    ("fast", "late", "language"),
    [
        (
            "Paketet kom fram till Luleå på två dagar och doftar gott, tack!",
            "Paketet kom till Luleå efter 12 dagar och doftar gott, tack!",
            "sv",
        ),
        (
            "Beställningen kom inom tre dagar, toppen!",
            "Beställningen tog tio dagar, toppen!",
            "sv",
        ),
        (
            "Paketti tuli kolmessa päivässä ja tuoksuu ihanalta, kiitos!",
            "Paketti tuli vasta kolmen viikon päästä ja tuoksuu ihanalta, kiitos!",
            "fi",
        ),
        (
            "the scarf arrived in 2 days, lovely packaging, thanks!",
            "the scarf arrived after 12 days, lovely packaging, thanks!",
            "en",
        ),
    ],
)
def test_a_delivery_within_days_is_thanked_and_one_after_days_is_acknowledged(
    fast: str, late: str, language: str
) -> None:
    assert plan(sure_praise(language), fast).kind == THANK
    assert plan(sure_praise(language), late).kind == ACKNOWLEDGE


@pytest.mark.parametrize(
    ("smashed", "language"),
    [
        ("toppen att vasen kom i tusen bitar, verkligen genomtänkt förpackning 👏", "sv"),
        ("hienoa että maljakko tuli tuhanteen palaan, tosi hyvä pakkaus 👏", "fi"),
    ],
)
def test_praise_around_a_thing_that_came_in_counted_pieces_is_acknowledged(smashed: str, language: str) -> None:
    assert plan(sure_praise(language), smashed).kind == ACKNOWLEDGE
