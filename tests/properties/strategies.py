"""Hypothesis strategies shaped like Kuulo's real inputs, valid and broken.

Text comes from every Unicode category Kuulo meets (letters of fi/sv/en, emoji, RTL,
zero-width and bidi controls, NUL and other controls, lone surrogates) so each boundary
sees what strangers and spreadsheets actually send.
"""

from __future__ import annotations

import copy
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


def paths(value: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every node's path (keys and indexes) in a JSON document, the root first."""
    found = [at]
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths(item, (*at, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += paths(item, (*at, index))
    return found


def mutate(draw: Callable[[st.SearchStrategy[Any]], Any], value: Any, most: int = 4) -> Any:
    """A copy of ``value`` with up to ``most`` random damages, each at a random node: replaced by
    any JSON value, dropped from its object or list, or (a list) cut short. Hypothesis shrinks a
    failure to the one damage that matters; zero damages is the document as recorded.
    """
    document = copy.deepcopy(value)
    for _ in range(draw(st.integers(0, most))):
        where = paths(document)
        path = where[draw(st.integers(0, len(where) - 1))]
        how = draw(st.sampled_from(["replace", "replace", "drop", "cut"]))
        if not path:
            document = draw(json_values) if how == "replace" else document
            continue
        parent = document
        for step in path[:-1]:
            parent = parent[step]
        last = path[-1]
        if how == "replace":
            parent[last] = draw(json_values)
        elif how == "drop":
            del parent[last]
        elif isinstance(parent[last], list) and parent[last]:
            del parent[last][draw(st.integers(0, len(parent[last]) - 1)) :]
    return document
