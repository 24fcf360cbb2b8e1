"""Session 25 (issue 25): the right kind of reply, or none. A question asking the terms of paying (invoicing, price
per head) is a buyer's question, not a billing complaint; a trouble told as put right in the end, under someone
else's complaint, needs no apology. Invented comments in fi/sv/en."""

from __future__ import annotations

import pytest

from bot.opportunities.plan import ACKNOWLEDGE, NONE, GuidanceFit, ThreadContext, settled_in_comment
from tests.opportunities.planning import plan_on as plan
from tests.opportunities.planning import sig

SUPPORT = GuidanceFit(answers=True, support=True, passages=("p1",))
OWN = ThreadContext(brand_post=True)
UNDER_COMPLAINT = ThreadContext(brand_post=True, reply_to_other=True, parent_complaint=True)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("onnistuuko laskutus, ja paljonko per henkilö", "fi"),
        ("can you invoice us? and what is the price per person", "en"),
    ],
)
def test_asking_the_terms_of_paying_is_no_billing_complaint(text: str, language: str) -> None:
    result = plan(sig("question", language, is_question=True, complaint_score=0.02), text, OWN, SUPPORT)
    assert result.kind != ACKNOWLEDGE


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("maksoin 1690 syksyllä, paljonko se nyt maksaa", "fi"),
        ("I paid 1690 in the autumn, what does it cost now?", "en"),
    ],
)
def test_a_price_asked_beside_dealings_told_stays_acknowledged(text: str, language: str) -> None:
    result = plan(sig("question", language, is_question=True, complaint_score=0.02), text, OWN, SUPPORT)
    assert result.kind == ACKNOWLEDGE


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("@ilkka sama, mulle ne vastas lopulta viikon päästä", "fi"),
        ("@maja samma här, fick svar till slut efter en vecka", "sv"),
        ("@tom same, they finally replied after a week", "en"),
    ],
)
def test_a_trouble_settled_in_the_end_under_a_complaint_gets_no_reply(text: str, language: str) -> None:
    assert settled_in_comment(text, language)
    result = plan(sig("complaint", language, emotion="negative"), text, UNDER_COMPLAINT, SUPPORT)
    assert result.kind == NONE
    assert "settled" in result.reason


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("sama, kolme viikkoa eikä vieläkään vastausta", "fi"),
        ("same, still no answer after three weeks, finally gave up", "en"),
        ("they finally replied? lol", "en"),
        ("samma här, väntat i en månad", "sv"),
    ],
)
def test_a_trouble_not_settled_is_not_read_as_settled(text: str, language: str) -> None:
    assert not settled_in_comment(text, language)
