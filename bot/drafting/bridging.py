"""A price the guidance states only in another language, said in the reply's language (issue 25).

The offline drafter never mixes languages, so a Swedish question whose price stands only in the English guidance
("Glansa Fri costs 29 €/month in Finland") was skipped with "the guidance states the answer only in English"
(about a sixth of the labelled answers on the spent reply-plans sets). A price needs no translation: its figure
and currency read the same in every language, and the period after it ("/month", "/kk", "/mån") has a word in each.
So the statement's one price is carried in a fixed sentence of the reply's language ("Hinta on 29 €/kk.",
"Priset är 29 €/mån.", "The price is 29 €/month."), a starting price as one ("Hinta alkaen 39 €."). Nothing else
of the foreign statement is said: a statement with two prices (which one was asked?) or none is not bridged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.domain import Passage
from bot.opportunities.amounts import amounts

# A price: a figure (thousands spaced: "1 690"), a currency, and optionally the period it is paid for.
_PERIOD = r"month|mo|kk|kuukausi|kuukaudessa|mån|månad|månaden|vrk|vuorokausi|dygn|day|päivä|dag|year|yr|vuosi|år"
PRICE = re.compile(
    rf"(?<![\d.,])(\d{{1,3}}(?:[ \u00a0]\d{{3}})+|\d+)(?:[.,](\d{{1,2}}))?\s?(€|eur\b|euro\w*|kr\b|kronor\b|sek\b)"
    rf"(?:\s?(?:/|per\s|i\s|a\s)\s?({_PERIOD})\b)?",
    re.IGNORECASE,
)
_PERIODS = {
    "month": {"fi": "kk", "sv": "mån", "en": "month"},
    "day": {"fi": "vrk", "sv": "dygn", "en": "day"},
    "year": {"fi": "vuosi", "sv": "år", "en": "year"},
}
_PERIOD_OF = {
    "month": "month", "mo": "month", "kk": "month", "kuukausi": "month", "kuukaudessa": "month", "mån": "month",
    "månad": "month", "månaden": "month", "vrk": "day", "vuorokausi": "day", "dygn": "day", "day": "day",
    "päivä": "day", "dag": "day", "year": "year", "yr": "year", "vuosi": "year", "år": "year",
}  # fmt: skip
# A starting price: "from 39 €", "alkaen 39 €", "från 39 €", "start at".
_FROM = re.compile(r"\b(from|starting|start(?:s)? at|alk(?:aen|aa|avat)|från|fr\.)\b", re.IGNORECASE)
_LINES = {
    "price": {"fi": "Hinta on {price}.", "sv": "Priset är {price}.", "en": "The price is {price}."},
    "from": {"fi": "Hinta alkaen {price}.", "sv": "Pris från {price}.", "en": "Prices start from {price}."},
}


def prices(sentence: str) -> list[str]:
    """The prices ``sentence`` states, each as the reply would write it in English (figure, currency, period)."""
    return [m.group(0) for m in PRICE.finditer(sentence)]


def price_line(sentence: str, language: str) -> str | None:
    """The one price of ``sentence`` (a statement in any language) as a sentence in ``language``, or None when it
    states no price or several."""
    found = list(PRICE.finditer(sentence))
    if len(found) != 1 or language not in _LINES["price"]:
        return None
    hit = found[0]
    whole, cents, currency, period = hit.groups()
    figure = whole.replace("\u00a0", " ")
    if cents:
        figure += ("." if language == "en" else ",") + cents
    price = f"{figure} {'€' if currency.lower().startswith(('€', 'eur')) else 'kr'}"
    if period:
        price += "/" + _PERIODS[_PERIOD_OF[period.lower()]][language]
    kind = "from" if _FROM.search(sentence[: hit.start()]) else "price"
    return _LINES[kind][language].format(price=price)


# A country a statement is said for ("Glansa Fri in Finland costs 29 €/month"), in the three languages.
_COUNTRIES = {
    "finland": re.compile(r"\b(finland\w*|suomi|suome\w*|finsk\w*|finnish)\b", re.IGNORECASE),
    "sweden": re.compile(r"\b(sweden|swedish|sverige|svensk\w*|ruotsi\w*)\b", re.IGNORECASE),
}
_WORD = re.compile(r"[^\W\d_]{5,}")
_CONDITION = re.compile(r"\b(if|unless|jos|mikäli|ellei|om|ifall|såvida)\b", re.IGNORECASE)


def _stems(text: str) -> set[str]:
    return {w[:5].lower() for w in _WORD.findall(text)}


def bridgeable(
    comment: str, statement: str, passages: Sequence[Passage], brand: Sequence[str], kind: str = "amount"
) -> bool:
    """Whether ``statement`` (in another language than ``comment``) prices what the comment asks about, as far as
    words that read the same in every language tell, since the fixed sentence names nothing but the price:

    * it is said for a country (in Finland, i Sverige) only where the comment names that country: the Finnish
      price is no answer to a Swedish speaker who names no country ("vad kostar det?" answered with Glansa Fri's
      29 €/month in Finland, reply-plans-h, spent);
    * it states no other figure than its price, or for a duration (``kind``) its time ("8 hours of meeting rooms,
      then 25 €/hour" prices the extra hour, not the fixed desk asked about, reply-plans-g, spent);
    * it states its figure for no condition ("if an item is missing, report it within 48 hours" is no delivery
      time, reply-plans-c, spent): the fixed sentence would drop the condition;
    * every name the comment uses that the guidance writes alike in two of its languages ("Premium", "Fixed
      Desk": a product or a tier) is in it: "what does Premium cost?" is not answered by Fri's price."""
    for pattern in _COUNTRIES.values():
        if pattern.search(statement) and not pattern.search(comment):
            return False
    if _CONDITION.search(statement):
        return False
    allowed = _TIME if kind == "duration" else {"€", "kr"}
    if any(unit not in allowed for _, unit in amounts(statement)):
        return False
    by_language: dict[str, set[str]] = {}
    for p in passages:
        if p.visibility == "public" and p.language:
            by_language.setdefault(p.language, set()).update(_stems(p.text))
    shared = set()
    seen: set[str] = set()
    for words in by_language.values():
        shared |= seen & words
        seen |= words
    names = shared - _stems(" ".join(brand))
    return (_stems(comment) & names) <= _stems(statement)


_TIME = {"min", "hour", "day", "week", "month", "year"}
# A duration: a figure or a range and a unit of time, in the three languages.
DURATION = re.compile(
    r"(?<![\d.,])(\d+)(?:\s?[–-]\s?(\d+))?\s?(working days?|business days?|arkipäiv\w*|arbetsdag\w*|days?|päiv\w*|"
    r"dag(?:ar|en)?|weeks?|viik\w*|veck\w*|months?|kuukau\w*|mån(?:ad|ader)\b|hours?|tunti\w*|tunni\w*|timm\w*|"
    r"minutes?|minuut\w*|minuter)",
    re.IGNORECASE,
)
_DURATION_UNITS = (
    ("working", "arkipäivä", "arbetsdag", "working day", "arkipäivää", "arbetsdagar", "working days"),
    ("business", "arkipäivä", "arbetsdag", "working day", "arkipäivää", "arbetsdagar", "working days"),
    ("arkip", "arkipäivä", "arbetsdag", "working day", "arkipäivää", "arbetsdagar", "working days"),
    ("arbets", "arkipäivä", "arbetsdag", "working day", "arkipäivää", "arbetsdagar", "working days"),
    ("day", "päivä", "dag", "day", "päivää", "dagar", "days"),
    ("päiv", "päivä", "dag", "day", "päivää", "dagar", "days"),
    ("dag", "päivä", "dag", "day", "päivää", "dagar", "days"),
    ("week", "viikko", "vecka", "week", "viikkoa", "veckor", "weeks"),
    ("viik", "viikko", "vecka", "week", "viikkoa", "veckor", "weeks"),
    ("veck", "viikko", "vecka", "week", "viikkoa", "veckor", "weeks"),
    ("month", "kuukausi", "månad", "month", "kuukautta", "månader", "months"),
    ("kuuk", "kuukausi", "månad", "month", "kuukautta", "månader", "months"),
    ("mån", "kuukausi", "månad", "month", "kuukautta", "månader", "months"),
    ("hour", "tunti", "timme", "hour", "tuntia", "timmar", "hours"),
    ("tunt", "tunti", "timme", "hour", "tuntia", "timmar", "hours"),
    ("tunn", "tunti", "timme", "hour", "tuntia", "timmar", "hours"),
    ("timm", "tunti", "timme", "hour", "tuntia", "timmar", "hours"),
    ("minut", "minuutti", "minut", "minute", "minuuttia", "minuter", "minutes"),
    ("minuu", "minuutti", "minut", "minute", "minuuttia", "minuter", "minutes"),
)
_LANGUAGES = ("fi", "sv", "en")


def duration_line(sentence: str, language: str) -> str | None:
    """The one duration of ``sentence`` (a statement in any language) as a short answer in ``language`` ("1–2
    dagar."), or None when it states no duration, several, or a price beside it."""
    found = list(DURATION.finditer(sentence))
    if len(found) != 1 or PRICE.search(sentence) or language not in _LANGUAGES:
        return None
    low, high, unit = found[0].groups()
    row = next((r for r in _DURATION_UNITS if unit.lower().startswith(r[0])), None)
    if row is None:
        return None
    index = _LANGUAGES.index(language)
    plural = high is not None or low != "1"
    word = row[4 + index] if plural else row[1 + index]
    figure = f"{low}–{high}" if high else low
    return f"{figure} {word}."
