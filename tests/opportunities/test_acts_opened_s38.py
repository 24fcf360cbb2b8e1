"""A pack opened or unopened is a state of the thing, not a place being open (session 38, issue 25)."""

from __future__ import annotations

import pytest

from bot.opportunities.acts import asked_acts


@pytest.mark.parametrize(
    "question",
    ["Hur länge räcker en öppnad flaska?", "kauanko avattu pullo säilyy", "how long does it keep once opened?"],
)
def test_an_opened_pack_asks_no_opening(question: str) -> None:
    assert "open" not in asked_acts(question)


@pytest.mark.parametrize("question", ["är ni öppna på söndag?", "onko kauppa auki sunnuntaina", "when do you open?"])
def test_a_place_open_is_still_asked(question: str) -> None:
    assert "open" in asked_acts(question)
