"""A sentence the drafter begins from guidance text keeps an address as written (reply-plans-u's panel, session 33:
"Smedjan@norrsmedja.fi or +358 6 …" read as a typo of the brand's own address)."""

from __future__ import annotations

import pytest

from bot.drafting.matching import capitalised
from bot.drafting.support import channel_instruction


@pytest.mark.parametrize(
    ("text", "begun"),
    [
        ("ring oss på 06 321 4480", "Ring oss på 06 321 4480"),
        ("soita numeroon 010 555 0100", "Soita numeroon 010 555 0100"),
        ("smedjan@norrsmedja.fi or +358 6 321 4480", "smedjan@norrsmedja.fi or +358 6 321 4480"),
        ("www.norrsmedja.fi/kontakt has the form", "www.norrsmedja.fi/kontakt has the form"),
        ("https://norrsmedja.fi/help", "https://norrsmedja.fi/help"),
        ("@norrsmedja on Instagram answers DMs", "@norrsmedja on Instagram answers DMs"),
        ("", ""),
    ],
)
def test_a_sentence_is_begun_upper_case_unless_it_begins_with_an_address(text: str, begun: str) -> None:
    assert capitalised(text) == begun


def test_a_support_instruction_that_begins_with_the_address_keeps_it_as_written() -> None:
    lead = "If something is wrong with your order, our customer service sorts it out: "
    assert channel_instruction(lead + "smedjan@norrsmedja.fi or +358 6 321 4480.") == (
        "smedjan@norrsmedja.fi or +358 6 321 4480."
    )
    assert channel_instruction(lead + "call +358 6 321 4480.") == "Call +358 6 321 4480."
