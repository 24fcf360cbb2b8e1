"""A figure the guidance states for a month, a season or a holiday is not bridged as the usual one (issue 25, session
30): the fixed sentence of the reply's language would drop the month ("I december ... 6 veckor" said as "It's about
6 weeks." for "how long is the service these days?"). Sentences written for these tests (fi/sv/en)."""

from __future__ import annotations

import pytest

from bot.drafting.bridging import bridgeable, seasons

DECEMBER = "I december är kön längre: en service tar cirka 6 veckor."
SUMMER = "Sommarpris 120 € per natt."


@pytest.mark.parametrize(
    ("comment", "statement", "kind", "bridged"),
    [
        ("How long is the service these days?", DECEMBER, "duration", False),
        ("kauanko huolto kestää joulukuussa?", DECEMBER, "duration", True),  # the month asked, in another language
        ("kauanko huolto kestää joulun alla", DECEMBER, "duration", True),  # Christmas is in December
        ("Paljonko mökki maksaa?", SUMMER, "amount", False),
        ("Paljonko mökki maksaa kesällä?", SUMMER, "amount", True),
        ("what does a night cost in October?", SUMMER, "amount", False),
        ("Paljonko mökki maksaa?", "Stugan kostar 120 € per natt.", "amount", True),  # said for no season
        # a season naming the thing, not the time its figure holds (reply-plans-r, spent)
        (
            "vad kostar det för barn?",
            "The 2-hour winter farm visit costs 89 € per adult and 45 € per child.",
            "amount",
            True,
        ),
        # the season in a clause of its own: when the course is held, not whose price
        (
            "what does the pottery course cost?",
            "Keramiikkakurssi maksaa 180 € ja järjestetään keväällä.",
            "amount",
            True,
        ),
    ],
)
def test_a_figure_said_for_a_season_is_bridged_only_for_that_season(
    comment: str, statement: str, kind: str, bridged: bool
) -> None:
    assert bridgeable(comment, statement, [], ["Brand"], kind) is bridged


def test_seasons_are_read_by_one_key_in_every_language() -> None:
    assert seasons("I december") == seasons("joulukuussa") == {"dec"}
    assert seasons("på våren") == seasons("keväällä") == {"spring"}
    assert seasons("vår kurs") == frozenset()  # "our", not spring
    assert seasons("kesäkurssi") == frozenset()
