"""A price asked beside a grievance about the brand's prices or what it gives for them (session 38, issue 25)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.opportunities.plan import GuidanceFit, ThreadContext, plan_reply, price_grievance
from bot.signals.types import Signals

FULL = GuidanceFit(answers=True, support=True, campaign=True)
OWN = ThreadContext(brand_post=True)


def sig(language: str, **changes: Any) -> Signals:
    values: dict[str, Any] = {"language": language, "intent": "question", "emotion": "neutral", "is_question": True}
    values.update(changes)
    return Signals(**values)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("the tins are mostly air these days and prices keep going up, what does the big tin cost now?", "en"),
        ("hinnat nousee joka vuosi ja puolet pussista on ilmaa, paljonko iso pussi maksaa nyt", "fi"),
        ("priserna höjs varje år, vad kostar den stora burken nu", "sv"),
    ],
)
def test_price_asked_beside_grievance_is_acknowledged_without_price(text: str, language: str) -> None:
    result = plan_reply(sig(language, complaint_score=0.03), text, objective="sales", thread=OWN, guidance=FULL)
    assert result.kind == "acknowledge"
    assert result.complaint and not result.offer


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("pricey but worth it, what does the big tin cost?", "en"),
        ("kallis mutta hyvä, paljonko iso pussi maksaa", "fi"),
        ("the water goes up to the line, what does the big tin cost?", "en"),
    ],
)
def test_price_asked_with_an_opinion_or_no_grievance_is_no_grievance(text: str, language: str) -> None:
    assert not price_grievance(sig(language), text, language)


def test_price_grievance_needs_a_price_asked() -> None:
    text = "prices keep going up every year, do you still ship to Åland?"
    assert not price_grievance(sig("en"), text, "en")


def test_praise_beside_a_price_rise_is_no_grievance() -> None:
    text = "love these even though the price went up, what does the gift box cost?"
    assert not price_grievance(sig("en", intent="praise", emotion="positive"), text, "en")
