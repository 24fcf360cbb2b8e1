"""Hypothesis strategies shaped like Kuulo's real inputs, valid and broken.

Text comes from every Unicode category Kuulo meets (letters of fi/sv/en, emoji, RTL,
zero-width and bidi controls, NUL and other controls, lone surrogates) so each boundary
sees what strangers and spreadsheets actually send.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

NORDIC = "abcdefghijklmnopqrstuvwxyzåäöABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ0123456789 .,!?-'"
TRICKY = [
    "\u200b",  # zero-width space
    "\u202e",  # right-to-left override
    "\ufeff",  # byte order mark
    "\x00",
    "\x1b",
    "\r",
    "\n",
    "\t",
    "\ud800",  # a lone surrogate (JSON's "\ud800" decodes to one)
    "👩‍👩‍👧",
    "🇫🇮",
    "שלום",
    "\U000e0041",  # a tag character
    "<!channel>",
    "<@U123>",
    "&lt;",
    '"',
    ";",
    ",",
]

#: Any text at all, including what no well-behaved platform sends.
any_text = st.text(st.characters(codec=None), max_size=60) | st.lists(
    st.sampled_from(TRICKY) | st.text(NORDIC, max_size=8), max_size=8
).map("".join)

#: Text a person would type: never empty after stripping, no line breaks or NULs (csv rows, ids).
plain_text = st.text(NORDIC, min_size=1, max_size=40).filter(lambda t: t.strip() != "")

#: Any JSON value, nested a little.
json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | any_text
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(any_text, inner, max_size=4),
    max_leaves=12,
)


def mutate(draw: Callable[[st.SearchStrategy[Any]], Any], value: Any, rate: int = 24) -> Any:
    """The value with random damage: a node replaced by any JSON value, a key dropped, a list cut.

    ``rate``: about one node in ``rate`` is replaced; Hypothesis shrinks a failure to the one
    node that matters.
    """
    if draw(st.integers(0, rate)) == 0:
        return draw(json_values)
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            if draw(st.integers(0, rate)) == 0:
                continue
            out[key] = mutate(draw, item, rate)
        return out
    if isinstance(value, list):
        items = [mutate(draw, item, rate) for item in value]
        if items and draw(st.integers(0, rate)) == 0:
            items = items[: draw(st.integers(0, len(items)))]
        return items
    return value
