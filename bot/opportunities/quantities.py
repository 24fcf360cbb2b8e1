"""How many things a price question asks about, and whether a text states a rule for that many: "mitä maksaa 60
vihtaa virkistyspäivään?" asks the price of sixty, which "Yritystilaukset: yli 50 vihdan tilauksille on oma hinnasto"
answers and a unit price ("tuore vihta 12 €") does not (reply-plans-y's panel, spent: "60 whisks is a corporate
order; point to the quote").

Read by the plan (:func:`bot.opportunities.assess._best_passage`: the passage whose threshold the count meets leads
among those nearly as close) and the offline drafter (its statement leads the unit prices). Pure, fi/sv/en: a count
is a bare number (no unit of money, time or measure beside it), a threshold a bare number after "over", "yli",
"över", "at least", "vähintään", "minst", "from" ... or before "or more", "tai enemmän", "eller fler".
"""

from __future__ import annotations

import re

from bot.opportunities.amounts import bare_figures, number

__all__ = ["asked_count", "meets", "thresholds"]

# A count asked of: two or more, and below a year ("2026" is a date, not an order).
MIN_COUNT = 2
MAX_COUNT = 1900

# A bare number: no money, measure or time beside it ("yli 18-vuotiaat", "över 50 €", "at least 3 days" set no count).
_NUMBER = (
    r"(\d{1,4})(?![\d.,:/-])(?!\s*(?:€|e\b|eur|kr|%|snt|cm|mm|m\b|km|kg|g\b|l\b|°|h\b|min|"
    r"working|business|arki|days?\b|päiv|dag|weeks?\b|viik|veck|months?\b|kuuk|mån|years?\b|vuo|år\b|hours?\b|tunn|timm))"
)
# "from" and "från" are left out: "from 1 November", "från 3 dagar" start a period, not a count.
_THRESHOLD = re.compile(
    r"\b(?:over|more than|at least|minimum(?: of)?|yli|vähintään|över|minst|fler än|mer än)\s+"
    + _NUMBER
    + r"|"
    + _NUMBER
    + r"\s*(?:\+|or more|tai enemmän|tai useampi|eller fler|eller mer)",
    re.IGNORECASE,
)


def asked_count(question: str) -> int | None:
    """The one count a question names (a bare number of things, :data:`MIN_COUNT` or more), or None: none, several,
    or a number with a unit beside it ("60 vihtaa" counts sixty; "60 €", "5 km", "klo 16" count nothing)."""
    found = {int(number(f)) for f in bare_figures(question) if f.isdigit()}
    found = {n for n in found if MIN_COUNT <= n < MAX_COUNT and not _clock_or_date(question, n)}
    return found.pop() if len(found) == 1 else None


def _clock_or_date(text: str, n: int) -> bool:
    return bool(re.search(rf"(?:\bklo|\bkl\.?|\bat|\d[.:/])\s*{n}\b|\b{n}\s*[.:/]\s*\d", text, re.IGNORECASE))


def thresholds(text: str) -> list[int]:
    """The counts ``text`` sets a rule from ("yli 50 vihdan tilauksille", "groups of 10 or more", "minst 20 st")."""
    return [int(a or b) for a, b in _THRESHOLD.findall(text)]


def meets(count: int | None, text: str) -> bool:
    """Whether ``text`` states a rule from a count that ``count`` reaches (the highest such threshold)."""
    return count is not None and any(t <= count for t in thresholds(text))
