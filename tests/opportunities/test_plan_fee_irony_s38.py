"""Session 38 (issue 25): irony calling a published fee or price reasonable or fair ("helt rimlig prissättning 🙃")
is a jab at the price like "vilket kap 🙄" (plan.price_jab, plans.yaml value_words): no apology and no support
route under it. Sincere words of a fair price, a question and a jab the model surely reads as a complaint are not.
Invented comments in fi/sv/en."""

from __future__ import annotations

import pytest

from bot.opportunities.plan import matches
from tests.opportunities.planning import plan_on as plan
from tests.opportunities.planning import sig


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("60 € för en borttappad nyckel, helt rimlig prissättning 🙃", "sv"),
        ("Taas 15 € toimitusmaksu, tosi kohtuullinen hinta 🙃", "fi"),
        ("25 € late fee for a towel, very reasonable pricing 🙃", "en"),
    ],
)
def test_irony_calling_a_fee_reasonable_is_a_jab_not_a_complaint(text: str, language: str) -> None:
    assert matches("value_words", text, language)
    jab = plan(sig("complaint", language, emotion="negative", complaint_score=0.3), text)
    assert jab.kind == "none" and "jab at a price" in jab.reason
    sure = plan(sig("complaint", language, emotion="negative", complaint_score=0.7), text)
    assert sure.kind == "acknowledge"  # the model surely reads a complaint: acknowledged as before


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Rimligt pris för helgen, 45 €, och allt funkade", "sv"),
        ("Is 40 € a reasonable price for the weekend? 🙃", "en"),
    ],
)
def test_a_fair_price_said_plainly_or_asked_is_no_jab(text: str, language: str) -> None:
    result = plan(sig("complaint", language, emotion="negative", complaint_score=0.3), text)
    assert "jab at a price" not in result.reason
