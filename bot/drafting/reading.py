"""How the offline drafter reads text: words and stems, prices, links, names, languages."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.checks.links import EMAIL, find_hosts
from bot.drafting.matching import (
    stems,
)
from bot.language import detect_language

WORD = re.compile(r"[^\W_]+")


PRICE = re.compile(r"\d[\d\s.,]*\s?(?:€|eur|euro|kr|sek|kronor|e\b)|€\s?\d", re.IGNORECASE)


def no_price_or_link(sentence: str) -> bool:
    """No link and no price: what an acknowledgement of a complaint may quote (an e-mail address is the
    private channel it routes to)."""
    return not web_links(sentence) and not PRICE.search(sentence)


ALSO = re.compile(r"(?<=\s)(?:myös|also|också)\s", re.IGNORECASE)
# An "also" in a statement's opening words, before any comma ("Voit myös noutaa", "Den kan också hyras", "We also
# ship"): it points back to the statement before it. One later in it ("Sopii 7-vuotiaille ..., myös aikuisille")
# belongs to what it lists, and cutting it garbled the statement (reply-plans-p, spent).
OPENING_ALSO = re.compile(r"^((?:[^\s,]+\s+){1,2})(?:myös|also|också)\s", re.IGNORECASE)


def without_opening_also(sentence: str) -> str:
    """``sentence`` without an "also" among its first words (:data:`OPENING_ALSO`): an answer does not open with one."""
    return OPENING_ALSO.sub(r"\1", sentence, count=1)


def web_links(text: str) -> list[str]:
    """Web hosts in ``text``; e-mail addresses are contact routes, not links."""
    return find_hosts(EMAIL.sub(" ", text))


def long_stems(text: str) -> set[str]:
    """Stems of the words of five letters or more: "damaged" and "damage" meet, "the" and "and" do not."""
    return stems(" ".join(w for w in WORD.findall(text) if len(w) >= 5))


CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZÅÄÖ][a-zåäöé]{3,}")


def brand_terms(topics: Sequence[str]) -> list[str]:
    """The brand's names and product names among a watch's topics (``brand:Polku Kuorma``)."""
    return [value.strip() for kind, _, value in (t.partition(":") for t in topics) if kind == "brand" and value.strip()]


def reads_foreign(text: str, language: str, *, strict: bool = False) -> bool:
    """Whether ``text`` reads as another language; ``strict``: also when its language is unclear."""
    found = detect_language(text)
    return found != language if strict else found is not None and found != language


_AND = re.compile(r"\b(?:ja|sekä|och|samt|and)\b", re.IGNORECASE)
_NAME_WORD = re.compile(r"[^\W\d_]{3,}")


def plural(item: str, language: str) -> bool:
    """Whether ``item`` (a thing's name as guidance writes it) is several things, for its verb's number: two joined
    by "and", or a plural head (Finnish "-t": "tohvelit", "lapaset"; English "-s": "mittens"); Swedish verbs have
    one form."""
    if _AND.search(item):
        return True
    head = next(iter(reversed(_NAME_WORD.findall(re.sub(r"\([^)]*\)", " ", item)))), "")
    if language == "fi":
        return len(head) >= 4 and head.lower().endswith("t")
    if language == "en":
        return len(head) >= 4 and head.lower().endswith("s") and not head.lower().endswith(("ss", "us", "is"))
    return False
