"""Thawing speaks of the frozen case (bot/opportunities/data/conditions.yaml, session 37): a question how to thaw
a thing asks about the frozen one, so a statement about the dried or fresh one answers another question. Sentences
written for these tests (fi/sv/en)."""

from __future__ import annotations

import pytest

from bot.opportunities.conditions import asked_cases


@pytest.mark.parametrize(
    "question",
    ["hur ska bären tinas?", "how long do the buns take to thaw?", "pitääkö marjat sulattaa ensin?"],
)
def test_a_question_about_thawing_asks_about_the_freezer_case(question: str) -> None:
    assert asked_cases(question).get("storage") == "freezer"


@pytest.mark.parametrize("question", ["onko kannessa tinaa?", "hur länge håller brödet?"])
def test_tin_and_a_plain_shelf_life_ask_no_storage_case(question: str) -> None:
    assert "storage" not in asked_cases(question)
