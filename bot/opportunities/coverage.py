"""Does the answering passage hold what a question asks for? A signal beyond similarity.

Similarity does not separate a question the guidance answers from one it does not (on the spent reply-plans
sets the unanswered ones scored 0.823-0.884 against 0.826-0.934): "how long does the installation take?" sits
as close to the installation passage whether or not the passage states a time. This module asks instead what
*kind* of information the question wants (``data/coverage.yaml``: an amount of money, a count, a duration, a
time of day, a frequency; or a topic shops seldom write about: hiring, new places, who owns the company) and whether the
passage holds that kind at all. Pure, and language-blind in the passage: a Swedish question may be answered by
a Finnish passage, and a figure is a figure in every language.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from importlib import resources

import yaml

from bot.opportunities.plan import amounts

_TIME_UNITS = frozenset({"min", "hour", "day", "week", "month", "year"})
_MONEY = re.compile(
    r"\d[\d\s.,]*\s?(?:€|eur\b|euro\w*|kr\b|kronor|sek\b|snt\b)|(?:€|\bkr)\s?\d"
    r"|\b(ilmai\w*|maksuto\w*|free|for free|no charge|gratis|kostnadsfri\w*|avgiftsfri\w*|utan kostnad)\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"\d|\b\b(two|three|four|five|six|seven|eight|nine|ten|dozen|yksi|kaksi|kolme|neljä|viisi|kuusi|seitsemän|"
    r"kahdeksan|yhdeksän|kymmenen|två|tre|fyra|fem|sex|sju|åtta|nio|tio)\b",
    re.IGNORECASE,
)
_DURATION = re.compile(
    r"\b(same day|next day|overnight|within|in an hour|samana päivänä|seuraavana päivänä|saman päivän|heti|"
    r"tunni\w*|tunnissa|samma dag|nästa dag|inom|direkt|until|asti|saakka|till och med|t\.o\.m)\b"
    r"|\d+\s?(arki\w*|arbetsdag\w*|vardag\w*|working days?|business days?|weekdays?)"
    r"|\b\d{1,2}\.\s?[–-]?\s?\d{0,2}\.\d{1,2}\.|\b\d{1,2}\.?\s(jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)\w*",
    re.IGNORECASE,
)
_CLOCK = re.compile(
    r"\b\d{1,2}[:.]\d{2}\b|\b(klo|kl\.?|kello|klockan|o'clock)\s?\d|\b\d{1,2}\s?(am|pm)\b"
    r"|\b(from|kello|klo|mellan|från)?\s?\d{1,2}\s?([–-]|to|till)\s?\d{1,2}\b(?!\s?(€|kr|%|\.))",
    re.IGNORECASE,
)


_RATE = re.compile(
    r"\b(every|each|once|twice|times|per (year|month|week|day)|a (year|month|week|day)|yearly|annually|monthly|weekly|"
    r"daily|kerran|kahdesti|kertaa|välein|vuosittain|kuukausittain|viikoittain|päivittäin|joka (vuosi|kuukausi|viikko|"
    r"päivä)|vuodessa|kuussa|viikossa|gång(er)?|varje|per år|årligen|månatligen|veckovis|dagligen|om året|i månaden)\b",
    re.IGNORECASE,
)


def _holds_duration(passage: str) -> bool:
    return any(unit in _TIME_UNITS for _, unit in amounts(passage)) or _DURATION.search(passage) is not None


def _pattern_holds(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    def holds(passage: str) -> bool:
        return pattern.search(passage) is not None

    return holds


HOLDS: dict[str, Callable[[str], bool]] = {
    "amount": _pattern_holds(_MONEY),
    "count": _pattern_holds(_NUMBER),
    "duration": _holds_duration,
    "clock": _pattern_holds(_CLOCK),
    "frequency": _pattern_holds(_RATE),
}


@cache
def _vocabulary() -> dict[str, dict[str, list[re.Pattern[str]]]]:
    raw = yaml.safe_load(resources.files("bot.opportunities").joinpath("data/coverage.yaml").read_text("utf-8"))
    return {
        group: {str(kind): [re.compile(str(p), re.IGNORECASE) for p in patterns] for kind, patterns in block.items()}
        for group, block in raw.items()
    }


def _kinds(group: str, text: str) -> frozenset[str]:
    return frozenset(kind for kind, patterns in _vocabulary()[group].items() if any(p.search(text) for p in patterns))


def asks_for(question: str) -> frozenset[str]:
    """The kinds of information ``question`` asks for: ``amount``, ``count``, ``duration``, ``clock``,
    ``frequency``."""
    return _kinds("asks", question)


def topics(text: str) -> frozenset[str]:
    """The seldom-covered topics ``text`` speaks of: ``hiring``, ``expansion``, ``company``."""
    return _kinds("topics", text)


def missing(question: str, passage: str) -> str | None:
    """What ``question`` asks for that ``passage`` does not hold (``"duration"``, ``"hiring"``, ...), or None
    when the passage holds every kind asked. A passage holds a kind by stating it (an amount of money, a number,
    a time span, a clock time) and a topic by speaking of it in its own words."""
    for kind in sorted(asks_for(question)):
        if not HOLDS[kind](passage):
            return kind
    for topic in sorted(topics(question) - topics(passage)):
        return topic
    return None
