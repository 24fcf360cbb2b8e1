"""A fact the guidance states only in another language, said in the reply's language (issue 25): a price (with its
ceiling, or with the sum above which it is free), a duration (an estimate or a ceiling kept as one), a phone number
or an e-mail address, each in a fixed sentence that carries the figures and addresses verbatim.

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
from bot.drafting.dates import date_line
from bot.drafting.measures import size_line
from bot.drafting.schedules import asks_hours, bounded, hours_line
from bot.opportunities.amounts import amounts
from bot.opportunities.coverage import questions
from bot.opportunities.places import COUNTRIES, NAMED, TO_COUNTRY, countries, held_by_regions
from bot.opportunities.plan import slots

# A price: a figure (thousands spaced: "1 690"), a currency, and optionally the period it is paid for.
# A measure that reads the same in every language ("89 €/m²") is kept as written.
_PERIOD = r"month|mo|kk|kuukausi|kuukaudessa|mån|månad|månaden|vrk|vuorokausi|dygn|day|päivä|dag|year|yr|vuosi|år"
_MEASURES = {"m²": "m²", "m2": "m²", "m³": "m³", "m3": "m³", "kg": "kg", "km": "km"}
PRICE = re.compile(
    rf"(?<![\d.,])(\d{{1,3}}(?:[ \u00a0]\d{{3}})+|\d+)(?:[.,](\d{{1,2}}))?\s?(€|eur\b|euro\w*|kr\b|kronor\b|sek\b)"
    rf"(?:\s?(?:/|per\s|i\s|a\s)\s?({_PERIOD}|{'|'.join(_MEASURES)})(?!\w)"
    rf"|\s?(?:/|per\s)\s?([^\W\d_]+))?",
    re.IGNORECASE,
)
# What a price is paid per beside a period ("49 € per riktning", "35 € per helg", "85 € / tuoli"): said in the reply's
# language, since "The price is 49 €." for a one-way fee read as the whole trip's price (reply-plans-o, spent: "49 €
# per direction" was the panel's edit). A qualifier not listed here is not bridged at all: a figure never loses it.
_QUALIFIERS_PER = (
    (("riktning", "suunta", "suuntaan", "direction", "way"), {"fi": "/ suunta", "sv": "per riktning",
                                                            "en": "per direction"}),
    (("helg", "helgen", "viikonloppu", "weekend"), {"fi": "/ viikonloppu", "sv": "per helg", "en": "per weekend"}),
    (("vecka", "veckan", "viikko", "week"), {"fi": "/ viikko", "sv": "per vecka", "en": "per week"}),
    (("h", "timme", "timmen", "tunti", "hour"), {"fi": "/ tunti", "sv": "per timme", "en": "per hour"}),
    (("natt", "natten", "yö", "night"), {"fi": "/ yö", "sv": "per natt", "en": "per night"}),
    (("person", "henkilö", "hlö", "pers"), {"fi": "/ hlö", "sv": "per person", "en": "per person"}),
    (("adult", "aikuinen", "vuxen"), {"fi": "/ aikuinen", "sv": "per vuxen", "en": "per adult"}),
    (("stol", "tuoli", "chair"), {"fi": "/ tuoli", "sv": "per stol", "en": "per chair"}),
    (("besök", "käynti", "visit"), {"fi": "/ käynti", "sv": "per besök", "en": "per visit"}),
    (("st", "kpl", "piece", "item"), {"fi": "/ kpl", "sv": "per st", "en": "each"}),
    (("kilometer", "kilometre", "kilometri", "km"), {"fi": "/ km", "sv": "per km", "en": "per km"}),
)  # fmt: skip
_PER_WORDS = {word: said for words, said in _QUALIFIERS_PER for word in words}
# A price per a stated length of time, written the same in fi, sv and en ("45 € / 1,5 h", "20 € per 30 min"): kept
# with the price, since "The price is 45 €." for a sauna turn of an hour and a half reads as the whole booking's.
_PER_SPAN = re.compile(r"\s?(?:/|per\s)\s?(\d+(?:[.,]\d+)?)\s?(h|min)\b", re.IGNORECASE)
_PER_SPAN_SAID = {"fi": " / {span}", "sv": " per {span}", "en": " per {span}"}


def per_span(sentence: str, end: int, language: str) -> str:
    """The length of time a price found ending at ``end`` of ``sentence`` is paid per, as the reply in ``language``
    writes it after the price (" / 1,5 h", " per 1.5 h"), or "" when none follows it."""
    hit = _PER_SPAN.match(sentence, end)
    if hit is None:
        return ""
    number = hit.group(1).replace(",", ".") if language == "en" else hit.group(1).replace(".", ",")
    return _PER_SPAN_SAID[language].format(span=f"{number} {hit.group(2).lower()}")


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
# A starting price: "from 39 €", "alkaen 39 €", "från 39 €", "start at", right before the price (at most one word
# between: "from just 39 €"). A "från" further back is a place or a date ("Från Ylläsjärvi kostar transporten 15 €":
# the trip's price, not a starting one).
_FROM = re.compile(r"\b(from|starting|start(?:s)? at|alk(?:aen|aa|avat)|från|fr\.)(?:\s+[^\W\d_]+)?\s*$", re.IGNORECASE)
_LINES = {
    "price": {"fi": "Hinta on {price}.", "sv": "Priset är {price}.", "en": "The price is {price}."},
    "from": {"fi": "Hinta alkaen {price}.", "sv": "Pris från {price}.", "en": "Prices start from {price}."},
}


def prices(sentence: str) -> list[str]:
    """The prices ``sentence`` states, each as the reply would write it in English (figure, currency, period)."""
    return [m.group(0) for m in PRICE.finditer(sentence)]


# The price said of the product it is for, by the brand's own name for it: "Morning Nettle maksaa 11,90 € (60 g)."
_NAMED = {"fi": "{name} maksaa {price}.", "sv": "{name} kostar {price}.", "en": "{name} costs {price}."}
# A pack size beside a price ("A 60 g pouch costs 11,90 €", "60 g pussi maksaa 12,90 €"): what the price buys; not
# one of several ("2 x 50 ml").
_PACK = re.compile(r"(?<![\d.,])(?<![x×]\s)(?<![x×])(\d+(?:[.,]\d+)?)\s?(g|ml|cl|dl|l)\b", re.IGNORECASE)


def named_price(line: str, language: str, name: str, sentence: str) -> str:
    """``line``, the plain price sentence of :func:`price_line` ("Hinta on 11,90 €."), said of the product ``name``
    with the one pack size ``sentence`` gives ("Morning Nettle maksaa 11,90 € (60 g)."); any other line as it is."""
    plain = _LINES["price"].get(language, "").split("{price}")
    if len(plain) != 2 or not (line.startswith(plain[0]) and line.endswith(plain[1])) or language not in _NAMED:
        return line
    price = line[len(plain[0]) : len(line) - len(plain[1])]
    packs = {(number, unit.lower()) for number, unit in _PACK.findall(sentence)}
    if len(packs) == 1:
        (number, unit) = packs.pop()
        price = f"{price} ({number} {unit})"
    return _NAMED[language].format(name=name, price=price)


def price_line(sentence: str, language: str, question: str = "") -> str | None:
    """The one price of ``sentence`` (a statement in any language) as a sentence in ``language``, or None when it
    states no price or several: two prices are said only where each is labelled for whom it is and ``question``
    names one of them (:func:`audience_price_line`), and a price beside a duration only from its own clause
    (:func:`figure_clause`)."""
    audience = (
        country_price_line(sentence, language, question)
        or party_price_line(sentence, language, question)
        or audience_price_line(sentence, language, question)
        or variant_price_line(sentence, language, question)
        or period_price_line(sentence, language, question)
        or general_price_line(sentence, language, question)
    )
    if audience is not None:
        return audience
    clause = figure_clause(sentence, "amount")
    if clause is None:
        return None
    free_line = _SHIPPING_FREE_LINE if _SHIPPING.search(sentence) else _FREE_LINE
    if any(_LISTED.search(sentence[: hit.start()]) for hit in PRICE.finditer(sentence)):
        return None
    sentence = clause
    found = list(PRICE.finditer(sentence))
    if language not in _LINES["price"] or not found:
        return None
    if len(found) == 2 and _FREE.search(sentence[: found[0].start()]) and _OVER.search(sentence[: found[0].start()]):
        # "Frakten är gratis för beställningar över 35 €, annars kostar den 4,90 €": the price with the sum that
        # makes it free, both said ("Over 35 €: free, otherwise 4.90 €."), never the price alone.
        if not _OTHERWISE.search(sentence[found[0].end() : found[1].start()]):
            return None
        return free_line[language].format(limit=_said(found[0], language), price=_said(found[1], language))
    if len(found) == 2 and _FREE.search(sentence[found[0].end() : found[1].start()]):
        # "Frakt 4,90 €, fri frakt över 49 €": the price first, then the sum above which it is free.
        if not _OVER.search(sentence[found[0].end() : found[1].start()]):
            return None
        return free_line[language].format(limit=_said(found[1], language), price=_said(found[0], language))
    if (
        len(found) == 2
        and _OVER.search(sentence[found[0].end() : found[1].start()])
        and _FREE.search(re.split(r"[,;.]", sentence[found[1].end() :], maxsplit=1)[0])
    ):
        # "Toimitusmaksu 9,90 €, yli 60 euron tilaukset toimitetaan ilmaiseksi": the price, then the sum above which
        # it is free with "free" after it in that clause (reply-plans-aa, spent: held as "only in Finnish").
        return free_line[language].format(limit=_said(found[1], language), price=_said(found[0], language))
    if any(_OVER.search(sentence[: hit.start()]) for hit in found):
        # "Ilmainen toimitus yli 80 euron tilauksiin", "orders over 300 € get 10 % off": a sum after "over" is the
        # threshold of something else, never a price; said alone it read "The price is 80 €." for "how much are
        # they?" (reply-plans-aa, spent).
        return None
    cap = None
    if len(found) == 2 and _CAP.fullmatch(sentence[found[0].end() : found[1].start()]):
        # "6 € per dag, max 36 € per hyra": the price and its ceiling, both said ("Hinta on 6 €/vrk, enintään 36 €.")
        cap = found.pop()
    if len(found) != 1:
        return None
    hit = found[0]
    if hit.group(5) and hit.group(5).lower() not in _PER_WORDS:
        return None  # "240 € / yhdyskunta": what it is paid per has no fixed word here, and is never dropped
    kind = "from" if _FROM.search(sentence[: hit.start()]) else "price"
    said = _said(hit, language)
    if not (hit.group(4) or hit.group(5)):
        said += per_span(sentence, hit.end(), language)  # "45 € / 1,5 h": never said as "45 €" alone
    line = _LINES[kind][language].format(price=said)
    if cap is not None:
        line = f"{line[:-1]}, {_CAP_WORD[language]} {_said(cap, language, period=False)}."
    return line


def _said(hit: re.Match[str], language: str, *, period: bool = True) -> str:
    """A price found by :data:`PRICE` as the reply in ``language`` writes it ("29 €/kk", "1 690 kr/month")."""
    whole, cents, currency, per, qualifier = hit.groups()
    figure = whole.replace("\u00a0", " ")
    if cents:
        figure += ("." if language == "en" else ",") + cents
    price = f"{figure} {'€' if currency.lower().startswith(('€', 'eur')) else 'kr'}"
    if per and per.lower() in _MEASURES:
        price += "/" + _MEASURES[per.lower()]  # "89 €/m²" in every language, never "89 €"
    elif per and period:
        price += "/" + _PERIODS[_PERIOD_OF[per.lower()]][language]
    elif qualifier and period and qualifier.lower() in _PER_WORDS:
        price += " " + _PER_WORDS[qualifier.lower()][language]  # "49 € per direction", "49 € / suunta"
    return price


# Between a price and its ceiling: ", max ", " (at most ", "; enintään ", " men högst ".
_CAP = re.compile(
    r"[\s,;(]*(?:but |mutta |men )?(?:max\.?|maximum|at most|up to|enintään|korkeintaan|maks\.?|"
    r"högst|som mest|upp till)\s*",
    re.IGNORECASE,
)
_CAP_WORD = {"fi": "enintään", "sv": "högst", "en": "at most"}
# Free above a sum, else a price: "free for orders over 35 €, otherwise 4,90 €", "yli 50 euron tilaukset ilmaiseksi,
# muuten 5,90 €".
_FREE = re.compile(r"\b(free|ilmai\w*|maksuto\w*|maksutta|gratis|fri|kostnadsfri\w*|avgiftsfri\w*)\b", re.IGNORECASE)
_OVER = re.compile(r"\b(over|above|more than|yli|över|mer än)\s*$", re.IGNORECASE)
# The last of a list of sums whose currency only the last carries ("25, 50 ja 100 euron arvoisina", "gift cards of
# 25, 50 or 100 €"), or the top of a range ("10–15 €"): one of several values, never the price (reply-plans-aa, spent:
# "Priset är 100 €." for the price of work gloves).
_LISTED = re.compile(r"\d\s*(?:,|\bja\b|\band\b|\bor\b|\btai\b|\boch\b|\beller\b|[–-])\s*$", re.IGNORECASE)
_OTHERWISE = re.compile(r"\b(otherwise|else|muuten|muutoin|annars|i övrigt)\b", re.IGNORECASE)
_FREE_LINE = {
    "fi": "Yli {limit}: maksuton, muuten {price}.",
    "sv": "Över {limit}: gratis, annars {price}.",
    "en": "Over {limit}: free, otherwise {price}.",
}
# The same of shipping, said as a sentence naming it: "Yli 50 €: maksuton, muuten 6,90 €." was a fragment that never
# said what is free (reply-plans-w's panel, spent: "write 'Toimitus on maksuton yli 100 € tilauksiin, muuten 7,90 €'").
_SHIPPING = re.compile(
    r"\b(?:frakt\w*|leverans\w*|postning\w*|porto\w*|shipping|postage|delivery|toimitu\w*|postikulu\w*|postitu\w*|"
    r"lähety\w*|rahti\w*)",
    re.IGNORECASE,
)
_SHIPPING_FREE_LINE = {
    "fi": "Toimitus on maksuton yli {limit} tilauksiin, muuten {price}.",
    "sv": "Frakten är gratis för beställningar över {limit}, annars {price}.",
    "en": "Shipping is free on orders over {limit}, otherwise {price}.",
}


# A country a statement is said for ("Glansa Fri in Finland costs 29 €/month"), in the three languages.
_COUNTRIES = {
    "finland": re.compile(r"\b(finland\w*|suomi|suome\w*|finsk\w*|finnish)\b", re.IGNORECASE),
    "sweden": re.compile(r"\b(sweden|swedish|sverige|svensk\w*|ruotsi\w*)\b", re.IGNORECASE),
}
_WORD = re.compile(r"[^\W\d_]{5,}")
_CONDITION = re.compile(r"\b(if|unless|jos|mikäli|ellei|om|ifall|såvida)\b", re.IGNORECASE)
# A month, a season or a holiday a figure may be said for (fi/sv/en, inflected): that figure is that time's only.
_SEASONS = tuple(
    (key, re.compile(rf"\b(?:{words})\b", re.IGNORECASE))
    for key, words in (
        ("jan", r"january|tammikuu\w*|januari"),
        ("feb", r"february|helmikuu\w*|februari"),
        ("mar", r"march|maaliskuu\w*|mars"),
        ("apr", r"april|huhtikuu\w*"),
        ("may", r"toukokuu\w*|maj"),
        ("jun", r"june|kesäkuu\w*|juni"),
        ("jul", r"july|heinäkuu\w*|juli"),
        ("aug", r"august|elokuu\w*|augusti"),
        ("sep", r"september|syyskuu\w*"),
        ("oct", r"october|lokakuu\w*|oktober"),
        ("nov", r"november|marraskuu\w*"),
        ("dec", r"december|joulukuu\w*"),
        ("summer", r"summer\w*|kesä(?:llä|isin|n|ä|ksi)?|sommar\w*"),
        ("winter", r"winter\w*|talve\w*|talvi\w*|vinter\w*"),
        ("spring", r"spring|kevää\w*|kevät|våren|vårens?"),
        ("autumn", r"autumn|syksy\w*|höst\w*"),
        ("christmas", r"christmas|joulu(?!kuu)\w*|jul(?:en|helg\w*)?"),
        ("easter", r"easter|pääsiäi\w*|påsk\w*"),
    )
)


# A holiday within a month: "joulun alla" asks December's figure ("I december ... 6 veckor", reply-plans-s, spent).
_AKIN = {"christmas": ("christmas", "dec"), "dec": ("dec", "christmas")}


def seasons(text: str) -> frozenset[str]:
    """The months, seasons and holidays ``text`` names, by one key in every language ("I december" and
    "joulukuussa" are both "dec")."""
    return frozenset(key for key, pattern in _SEASONS if pattern.search(text))


# Where a clause ends: a semicolon, or "and" after a comma or on its own ("kostar 60 € och dras av om du beställer").
_CLAUSE_BREAK = re.compile(r";|,?\s(?:and|och|ja|samt|sekä)\s", re.IGNORECASE)
_FIGURE = re.compile(r"\d")
_ASIDE = re.compile(r"\([^()]*\)")


def _numbers(text: str) -> set[str]:
    return {n.replace(",", ".") for n in re.findall(r"\d+(?:[.,]\d+)?", text)}


def _conditioned(statement: str) -> bool:
    """Whether a condition ("if", "jos", "om") bears on the statement's figure: it stands before the figure or in
    its clause. A condition in a later clause of its own ("mätningen kostar 60 € och dras av om du beställer": the
    fee is deducted if you order) leaves the figure as stated."""
    for hit in _CONDITION.finditer(statement):
        before = statement[: hit.start()]
        figures = list(_FIGURE.finditer(before))
        if not figures or not _CLAUSE_BREAK.search(before, figures[-1].end()):
            return True
    return False


def _seasoned(statement: str) -> frozenset[str]:
    """The months, seasons and holidays (:func:`seasons`) that bear on the statement's figure, as a condition does
    (:func:`_conditioned`): before it or in its clause ("Sommarpris 120 €", "I december ...: 6 veckor"); a later
    clause of its own ("maksaa 180 € ja järjestetään keväällä": the course is held in spring) leaves it as stated."""
    found: set[str] = set()
    for key, pattern in _SEASONS:
        for hit in pattern.finditer(statement):
            before = statement[: hit.start()]
            word, after = hit.group(0), statement[hit.end() :]
            if not (
                _AT_TIME.search(before)
                or _TIME_FORM.fullmatch(word)
                or (word.lower().endswith("n") and _POSTPOSITION.match(after))
                or _PRICED.search(word[4:])
                or _PRICED.match(after)
            ):
                continue  # a season naming the thing ("the winter farm visit costs 89 €", reply-plans-r, spent)
            figures = list(_FIGURE.finditer(before))
            if not figures or not _CLAUSE_BREAK.search(before, figures[-1].end()):
                found.add(key)
    return frozenset(found)


# A season said as the time a figure holds: after a word of time ("in December", "i december", "på sommaren",
# "during winter"), in a Finnish case of time ("joulukuussa", "kesällä", "jouluna", "kesäisin", "joulun aikaan"), or
# as the price's own ("Sommarpris", "kesähinta", "summer price"). A season naming the thing ("winter farm visit",
# "Talven porotilavierailu") holds for the thing, not for the figure.
_AT_TIME = re.compile(
    r"\b(?:in|during|over|for|this|every|each|until|from|before|after|i|på|under|över|före|efter|inför|"
    r"till|fram till)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_TIME_FORM = re.compile(r"\w+(?:ssa|ssä|lla|llä|na|nä|isin)", re.IGNORECASE)
_POSTPOSITION = re.compile(r"\s+(?:aikaan|aikana|alla|jälkeen|välipäivinä)\b", re.IGNORECASE)
_PRICED = re.compile(r"(?:pris|hint|price|rate|\s+(?:price|rate)s?\b)", re.IGNORECASE)


def _stems(text: str) -> set[str]:
    return {w[:5].lower() for w in _WORD.findall(text)}


def bridgeable(
    comment: str, statement: str, passages: Sequence[Passage], brand: Sequence[str], kind: str = "amount"
) -> bool:
    """Whether ``statement`` (in another language than ``comment``) prices what the comment asks about, as far as
    words that read the same in every language tell, since the fixed sentence names nothing but the price:

    * it is said for a country (in Finland, i Sverige) only where the comment names that country: the Finnish
      price is no answer to a Swedish speaker who names no country ("vad kostar det?" answered with Glansa Fri's
      29 €/month in Finland, reply-plans-h, spent); a country in the clause of another figure (where the kit ships,
      beside its price) bears on that figure only;
    * it states no other figure than its price, or for a duration (``kind``) its time ("8 hours of meeting rooms,
      then 25 €/hour" prices the extra hour, not the fixed desk asked about, reply-plans-g, spent), a bracketed
      aside on the thing priced before its price aside ("Fell Safari (6 h) costs 349 €");
    * it gives every number the question names ("what did the book with 40 pages cost?" is not answered by the
      starting price of a 20-page book);
    * it states its figure (for a contact, ``kind`` "route": its address or number) for no condition ("if an item
      is missing, report it within 48 hours" is no delivery time, reply-plans-c, spent): the fixed sentence would
      drop the condition (a route's own figures, its opening hours, are no other figure: the fixed sentence states
      only the address or number); nor is a price asked for a condition ("what does it cost if I book now?") given;
    * every name the comment uses that the guidance writes alike in two of its languages ("Premium", "Fixed
      Desk": a product or a tier) is in it: "what does Premium cost?" is not answered by Fri's price."""
    # A country said in the clause of another figure ("kits cost 39 € in the webshop and ship within Finland in 2–4
    # working days", reply-plans-r, spent) is where that figure holds, not the price's.
    own_clause = (figure_clause(statement, kind) or statement) if kind in ("amount", "duration") else statement
    if kind == "amount" and country_price_line(statement, "en", comment) is not None:
        own_clause = ""  # a price for each country: the one the comment names is said with its country
    if kind == "duration" and country_duration_line(statement, "en", comment) is not None:
        own_clause = ""  # a delivery time for each country: likewise
    for pattern in _COUNTRIES.values():
        if pattern.search(own_clause) and not pattern.search(comment):
            return False
    if _conditioned(statement):
        return False
    if (
        kind in ("amount", "duration")
        and (said := _seasoned(statement))
        and not said & {k for key in seasons(comment) for k in _AKIN.get(key, (key,))}
    ):
        # "I december är kön längre: en service tar cirka 6 veckor i stället för 4": December's figure said alone
        # reads as the usual one ("how long is the service these days?" answered "about 6 weeks", reply-plans-s,
        # spent, both panels); a summer price for an October question likewise (reply-plans-o, spent).
        return False
    if kind == "amount" and _CONDITION.search(questions(comment) or comment):
        # "vad kostar det om man bokar nu för mars?" asks one case's price (an early booking's offer): the general
        # price the fixed sentence would say is another case's.
        return False
    if kind not in ("route", *_ASKS_LIMIT) and any(
        n not in _numbers(statement) for n in _numbers(questions(comment) or comment)
    ):
        # "vad kostade boken med 40 sidor?" and "Kuvakirjat alkaen 34,90 € (20 sivua)": the fixed sentence's figure
        # is another case's than the one the question names.
        return False
    allowed = _TIME if kind == "duration" else {"€", "kr"}
    # A price beside a duration in a clause of its own ("maksaa 4 200 € ja kestää noin 5 viikkoa"): only the
    # figure's clause is held to the kind (:func:`figure_clause`).
    stated = (figure_clause(statement, kind) or statement) if kind in ("amount", "duration") else statement
    price = PRICE.search(stated) if kind == "amount" else None
    if price is not None:
        # A bracketed aside on the thing priced, before its price, describes that thing ("The full-day Fell Safari (6
        # h, lunch included) costs 349 €"): its figures are no other case's price.
        stated = _ASIDE.sub("", stated[: price.start()]) + stated[price.start() :]
    timed = DURATION.search(stated) if kind == "duration" else None
    if timed is not None:
        # A bracketed aside giving no time, before the time, describes where or how ("Avaamaton purkki säilyy
        # jääkaapissa (+2…+6 °C) 6 kuukautta": the fridge's temperature, reply-plans-aa, spent): no other figure of
        # the time's. An aside with a time of its own stays and holds the bridge back.
        head = _ASIDE.sub(
            lambda m: "" if not {u for _, u in amounts(m.group(0))} & _TIME else m.group(0), stated[: timed.start()]
        )
        stated = head + stated[timed.start() :]
    if kind == "amount" and party_price_line(statement, "en", comment) is not None:
        # "60 min, 79 € for one person or 99 € for two": what comes before the first price describes the thing
        stated = stated[price.start() :] if price is not None else stated
    if kind == "amount":
        # The length of time a price is paid per ("45 € / 1,5 h") is said with it (:func:`per_span`): no other figure.
        stated = re.sub(r"(€|\beur\b|\bkr\b)" + _PER_SPAN.pattern, r"\1", stated, flags=re.IGNORECASE)
    if kind in ("amount", "duration") and any(unit not in allowed for _, unit in amounts(stated)):
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
    r"(?<![\d.,])(\d+(?:[.,]\d)?)(?:\s?[–-]\s?(\d+(?:[.,]\d)?))?(?:\s?|-)"
    r"(working days?|business days?|arkipäiv\w*|arbetsdag\w*|vardag(?:ar|en)?\b|days?|päiv\w*|"
    r"dag(?:ar|en)?|weeks?|viik\w*|veck\w*|months?|kuukau\w*|mån(?:ad|ader)\b|hours?|tunti\w*|tunni\w*|timm\w*|"
    r"minutes?|minuut\w*|minuter|years?|vuo(?:si|den|tta|deksi)\b|års?\b)",
    re.IGNORECASE,
)
_DURATION_UNITS = (
    ("working", "arkipäivä", "arbetsdag", "working day", "arkipäivää", "arbetsdagar", "working days"),
    ("business", "arkipäivä", "arbetsdag", "working day", "arkipäivää", "arbetsdagar", "working days"),
    ("arkip", "arkipäivä", "arbetsdag", "working day", "arkipäivää", "arbetsdagar", "working days"),
    ("arbets", "arkipäivä", "arbetsdag", "working day", "arkipäivää", "arbetsdagar", "working days"),
    ("vardag", "arkipäivä", "arbetsdag", "working day", "arkipäivää", "arbetsdagar", "working days"),
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
    ("year", "vuosi", "år", "year", "vuotta", "år", "years"),
    ("vuo", "vuosi", "år", "year", "vuotta", "år", "years"),
    ("år", "vuosi", "år", "year", "vuotta", "år", "years"),
)
_LANGUAGES = ("fi", "sv", "en")


def duration_line(sentence: str, language: str) -> str | None:
    """The one duration of ``sentence`` (a statement in any language) as a short answer in ``language`` ("1–2
    dagar."), or None when it states no duration, several, or a price beside it."""
    clause = figure_clause(sentence, "duration")
    if clause is None:
        return None
    sentence = clause
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
    point = "." if language == "en" else ","
    figure = "–".join(f.replace(",", ".").replace(".", point) for f in (low, high) if f)
    # "cirka 1,5–2 timmar": an estimate stays one ("About 1.5–2 hours."), never said as an exact time; so do an
    # average ("keskimäärin 45 minuutissa"), what is usual ("tavallisesti 5–10 arkipäivää") and a ceiling, said
    # before the figure or, in Finnish, after it ("5 arkipäivän sisällä", "2 arkipäivän kuluessa").
    before, after = sentence[: found[0].start()], sentence[found[0].end() :]
    for pattern, said in _QUALIFIERS:
        if pattern.search(before) or (pattern is _CEILING and _WITHIN_AFTER.match(after)):
            return f"{said[language]} {figure} {word}."
    return f"{figure} {word}."


# A figure given as an estimate: the word just before it.
_ABOUT = re.compile(
    r"\b(about|around|approximately|approx\.|roughly|noin|suunnilleen|arviolta|n\.|cirka|ca\.|ungefär|omkring|runt)"
    r"\s*$",
    re.IGNORECASE,
)
_ABOUT_WORD = {"fi": "Noin", "sv": "Cirka", "en": "About"}
# A ceiling: "up to 3 days", "enintään 3 päivää", "högst 3 dagar" is no promise of exactly three.
_UP_TO = re.compile(
    r"\b(up to|at most|no more than|enintään|korkeintaan|maksimissaan|högst|upp till|som mest)\s*$", re.I
)
_UP_TO_WORD = {"fi": "Enintään", "sv": "Högst", "en": "Up to"}
# "within 2 working days", "inom 2 arbetsdagar", "2 arkipäivän sisällä": a ceiling too.
_CEILING = re.compile(
    r"\b(up to|at most|no more than|within|enintään|korkeintaan|maksimissaan|högst|upp till|som mest|inom)\s*$",
    re.IGNORECASE,
)
_WITHIN_AFTER = re.compile(r"^\s*(sisällä|sisässä|kuluessa)\b", re.IGNORECASE)
_AVERAGE = re.compile(r"\b(on average|an average of|keskimäärin|i genomsnitt|i snitt)\s*$", re.IGNORECASE)
_AVERAGE_WORD = {"fi": "Keskimäärin", "sv": "I genomsnitt", "en": "On average"}
_USUALLY = re.compile(
    r"\b(usually|normally|typically|generally|tavallisesti|yleensä|normaalisti|tyypillisesti|vanligtvis|normalt|"
    r"oftast|brukar)\b[^.;:]*$",
    re.IGNORECASE,
)
_USUALLY_WORD = {"fi": "Yleensä", "sv": "Vanligtvis", "en": "Usually"}
_QUALIFIERS = (
    (_AVERAGE, _AVERAGE_WORD),
    (_ABOUT, _ABOUT_WORD),
    (_USUALLY, _USUALLY_WORD),
    (_CEILING, _UP_TO_WORD),
)


# A contact route the guidance states in another language ("Customer service: ..., phone +358 20 610 3300, email
# help@fjordbil.com"): an address or a number reads the same in every language, so it is said in a fixed sentence of
# the reply's language ("Sähköpostiosoite on help@fjordbil.com."). On the spent reply-plans-j a sixth of the
# cross-language answers asked where to write, what number to call or where to send something.
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A phone number: digit groups split by a space or a hyphen, seven digits or more, no currency or unit after it (a
# price "1 200 €" has four digits, a date "1.1.2027" dots).
PHONE = re.compile(r"(?<![\w+.,])(?:\+\d{1,3}[ -])?\d{2,4}(?:[ -]\d{2,4}){1,3}(?![\d.,]*\d)(?!\s?(?:€|kr|%|eur))")
# What a question asks to be told: an address to write to (or where to send something), a number to call.
_ASKS_ROUTE = {
    "email": re.compile(
        r"\b(e-?mail\w*|mail\w*|sähköpost\w*|s-?posti\w*|meili\w*|maili\w*|mejl\w*|e-post\w*|"
        r"send|sent|lähet\w*|laita\w*|skick\w*|write to|kirjoit\w*|skriv\w*)\b",
        re.IGNORECASE,
    ),
    "phone": re.compile(
        r"\b(phone|call|ring\w*|puhelin\w*|puhelu\w*|soit\w*|telefon\w*|number|numero\w*|nummer|numret)\b",
        re.IGNORECASE,
    ),
}
_ROUTE_LINES = {
    "email": {"fi": "Sähköpostiosoite on {route}.", "sv": "E-postadressen är {route}.",
              "en": "The e-mail address is {route}."},
    "phone": {"fi": "Puhelinnumero on {route}.", "sv": "Telefonnumret är {route}.",
              "en": "The phone number is {route}."},
}  # fmt: skip
# A label that only says "how to reach us" ("Customer service:", "Asiakaspalvelu:", "Kundtjänst och tidsbokning:");
# any other label says whose route it is or for what ("Laskutusasiat:", "Helsingin klinikka:"), which the fixed
# sentence would drop.
_CONTACT_LABEL = re.compile(
    r"^(customer (service|support)|contact\w*|support|asiakaspalvelu|yhteystied\w*|kundtjänst|kundservice|kontakt\w*)"
    r"\b[\w\s]{0,30}$",
    re.IGNORECASE,
)


# A question about what to write or bring ("what should I include when I email them?", "vad ska jag skriva?", "mitä
# pitää kertoa?") asks for content, not the route.
_ASKS_CONTENT = re.compile(
    r"\b(what (should|do|must|shall|would) (i|we)|vad (ska|måste|behöver|bör) (jag|vi|man)|"
    r"mitä (\w+ )?(pitää|täytyy|tarvitsee|kannattaa|pitäis|pitäisi))\b",
    re.IGNORECASE,
)


# How soon the brand replies, asked ("när svarar ni på mejl?", "milloin vastaatte viesteihin", "when do you reply?"):
# a time, not the route the question names.
_REPLY_TIME = re.compile(
    r"\b(when|how (soon|quickly|fast|long)|milloin|koska|kuinka (nopeasti|pian|kauan)|när|hur (snabbt|fort|länge))\b"
    r"[^.?!]*\b(repl\w*|answer\w*|respond\w*|get back|hear back|vastaa\w*|vastaat\w*|vastauks\w*|svara\w*|svar|"
    r"återkomm\w*|höra av)",
    re.IGNORECASE,
)


def asks_reply_time(question: str) -> bool:
    """``question`` asks how soon the brand replies (:data:`_REPLY_TIME`)."""
    return _REPLY_TIME.search(question) is not None


# The topics whose fact is how long they last, asked with no figure ("finns det garanti om det fortsätter läcka",
# "vad har ni för garanti", "kan man returnera om man inte använt det", session 39 on the spent reply-plans-ab): the
# period the guidance states is what answers, said in the reply's language. Not a question about what the topic
# covers or includes (its scope, which a period does not tell), nor one asking how or where to do it (a way, a place).
_PERIOD_SLOTS = ("warranty", "returns")
_SCOPE_ASKED = re.compile(
    r"\b(cover\w*|includ\w*|apply|applies|koske\w*|katta\w*|kata\w*|korvaa\w*|sisält\w*|täck\w*|gäller|omfatta\w*|"
    r"ingår)\b",
    re.IGNORECASE,
)
_WAY_ASKED = re.compile(
    r"\b(how (?!long\b)|where|miten|mite|kuinka (?!kauan\b|pitk)|mihin|minne|missä|mistä|hur (?!läng|lång)|var |vart|"
    r"vilken adress)",
    re.IGNORECASE,
)


def period_topic(question: str) -> str | None:
    """The topic (``warranty`` or ``returns``, :func:`bot.opportunities.plan.slots`) ``question`` asks about, where
    the period it lasts answers it: one of them alone, not its scope (what it covers) nor a way or a place to use it."""
    asked = [slot for slot in _PERIOD_SLOTS if slot in slots(question)]
    if len(asked) != 1 or _SCOPE_ASKED.search(question) or _WAY_ASKED.search(question):
        return None
    return asked[0]


def prices_delivery(sentence: str) -> bool:
    """Whether the price ``sentence`` states (in its price's own clause, :func:`figure_clause`) is said of the
    delivery: a shipping word before it as its subject ("Frakten kostar 7,90 €.", "shipping costs 12 €"). Such a
    price answers no question about the price of a thing that names no delivery: "paljonko maksaa" under a post about
    walking poles was answered "Hinta on 7,90 €." from the shipping FAQ (reply-plans-ab, spent, session 39). A price
    with the delivery after it ("129 € inkl. frakt") is the thing's own."""
    clause = figure_clause(sentence, "amount") or sentence
    price = PRICE.search(clause)
    return price is not None and "delivery" in slots(clause[: price.start()])


def asked_route(question: str) -> str | None:
    """The contact route ``question`` asks for: ``email`` (an address, or where to send or write something),
    ``phone`` (a number to call), or None when it asks for neither, for both, for what to say or bring, how soon a
    reply comes, or whether things are sent to a country ("skickar ni till Norge?" asks the shipping, not an
    address)."""
    if _ASKS_CONTENT.search(question) or asks_reply_time(question) or countries(question):
        return None
    asked = [kind for kind, pattern in _ASKS_ROUTE.items() if pattern.search(question)]
    return asked[0] if len(asked) == 1 else None


def routes(sentence: str, kind: str) -> list[str]:
    """The e-mail addresses or phone numbers (``kind``) ``sentence`` states, verbatim."""
    if kind == "email":
        return EMAIL.findall(sentence)
    found = []
    for hit in PHONE.finditer(EMAIL.sub(" ", sentence)):
        if sum(ch.isdigit() for ch in hit.group(0)) >= 7:
            found.append(hit.group(0))
    return found


# The hours a number is open, in brackets right after it ("tfn 050 441 2020 (mån–fre 12–16)").
_HOURS_AFTER = re.compile(r"\s*(\([^()]{3,40}\d[^()]{0,20}\))")


def route_line(sentence: str, kind: str, language: str, *, same_language: bool = False) -> str | None:
    """The one e-mail address or phone number (``kind``) of ``sentence`` (a statement in any language) as a sentence
    in ``language``, or None when it states none or several of that kind, states it for a condition ("if ...",
    "jos ...") or under a label naming whose or what it is for ("Laskutusasiat: laskutus@..."). A number's hours in
    brackets right after it go with it where ``sentence`` is in the reply's language (``same_language``): "Telefonnumret
    är 050 441 2020." alone had people call outside them (reply-plans-r, spent: both panellists, "add the phone
    hours"); in another language they would mix languages."""
    found = routes(sentence, kind)
    if len(found) != 1 or language not in _LANGUAGES or _CONDITION.search(sentence):
        return None
    label, colon, _ = sentence.partition(":")
    if colon and sentence.find(found[0]) > len(label) and not _CONTACT_LABEL.match(label.strip()):
        return None
    route = found[0]
    hours = _HOURS_AFTER.match(sentence, sentence.find(route) + len(route)) if kind == "phone" else None
    if hours is not None and same_language:
        route = f"{route} {hours.group(1)}"
    return _ROUTE_LINES[kind][language].format(route=route)


# A question that asks how long something lasts or holds ("hur lång garanti har ni?", "how long is the warranty?",
# "kuinka pitkä takuu?"): a duration, which the kinds a question asks (bot/opportunities/coverage.py) read only of a
# wait.
_HOW_LONG = re.compile(
    r"\b(how long|how many (years|months)|hur (lång\w*|länge)|hur många (år|månader)|kuinka pitk\w*|kauanko|"
    r"montako (vuotta|kuukautta)|kuinka monta (vuotta|kuukautta))\b",
    re.IGNORECASE,
)


def bridge_kinds(question: str, *, yes_no: bool = False) -> frozenset[str]:
    """The figures a question asks that a fixed sentence can give, beside the kinds
    :func:`bot.opportunities.coverage.asks_for` reads: ``duration`` for how long something lasts (a warranty, a
    lesson: "hur lång garanti har ni?", "kuinka pitkiä ne tunnit on"), ``amount`` for a question about the price
    (its slot, :func:`bot.opportunities.plan.slots`: "how much did the measuring cost", "whats the normal price"),
    not about a discount, and not a yes/no question (``yes_no``: "blir det billigare då?" asks whether, not how
    much). The statement must still give that one figure."""
    kinds = {"duration"} if _HOW_LONG.search(question) else set()
    asked = slots(question)
    if "price" in asked and "discount" not in asked and not yes_no:
        kinds.add("amount")
    return frozenset(kinds)


def figure_line(
    sentence: str, kind: str, language: str, question: str = "", written_in: str | None = None
) -> str | None:
    """The price (``kind`` ``amount``), the time (``duration``), the time of day (``clock``), the opening hours
    (``hours``: a schedule of days and hours, else a time of day) or the date or period (``date``) ``sentence`` gives,
    said in ``language`` (:func:`price_line`, :func:`duration_line`, :func:`clock_line`,
    :func:`bot.drafting.schedules.hours_line`, :func:`bot.drafting.dates.date_line`);
    ``question`` tells whose price is asked where the statement gives one for each (adults, children), and
    ``written_in`` is the statement's own language."""
    if kind == "hours":
        if bounded(sentence):  # "öppet i juli och augusti varje dag kl. 10–17": no time of day without its months
            return None
        return hours_line(sentence, language, written_in) or clock_line(sentence, language)
    if kind == "clock":  # a time of day asked; a schedule of days and hours where the question asks when it is open
        line = clock_line(sentence, language)
        return line or (hours_line(sentence, language, written_in) if asks_hours(question) else None)
    if kind in _ASKS_LIMIT:
        return limit_line(sentence, kind, language, yes_no=bool(_WHETHER.search(question)))
    if kind == "date":  # "hur länge gäller erbjudandet?": its period, or how long it lasts where the statement says so
        return date_line(sentence, language) or (
            duration_line(sentence, language) if _HOW_LONG.search(question) else None
        )
    if kind == "size":  # "hur långt är bladet?": the one length, or a time where "how long" asks one
        return size_line(sentence, language) or (
            duration_line(sentence, language) if _HOW_LONG.search(question) else None
        )
    if kind == "amount":
        return price_line(sentence, language, question)
    return duration_line(sentence, language) or (
        country_duration_line(sentence, language, question) if question else None
    )


# Two figures of two kinds in one sentence ("Runkokorjaus maksaa 4 200 € ja kestää noin 5 viikkoa"): each in a clause of
# its own joined by "and" says what it belongs to, the same thing, so the one of the kind asked is said alone. A word
# that ties one figure to the other ("8 hours, then 25 €/hour", "över 3 timmar", "sen jälkeen", "lisätunti") makes
# the price another case's (the extra hour's), and nothing is bridged.
_AND = re.compile(r";|,?\s(?:and|och|ja|samt|sekä)\s", re.IGNORECASE)
_TIES = re.compile(
    r"\b(then|after\w*|thereafter|over|above|beyond|extra|additional|each additional|per extra|"
    r"jälkeen|sitten|yli|ylittäv\w*|lisä\w*|sedan|därefter|efter|över|utöver|extra\w*|tillägg\w*)\b",
    re.IGNORECASE,
)


# A price per a time: per month, day or year, and per weekend, week, hour or night.
_PER_TIME = set(_PERIOD_OF) | {word for words, _ in _QUALIFIERS_PER[1:5] for word in words}


def figure_clause(sentence: str, kind: str) -> str | None:
    """The part of ``sentence`` that gives its figure of ``kind`` (``amount``: a price, ``duration``: a time): the
    whole sentence where it gives no figure of the other kind; else the one clause (split at "and", "ja", "och",
    a semicolon) that holds the figures of ``kind`` and none of the other, when no word ties the two ("then",
    "sen jälkeen", "över", a price per hour); None otherwise."""
    own, other = (PRICE, DURATION) if kind == "amount" else (DURATION, PRICE)
    if not other.search(sentence):
        return sentence
    if not own.search(sentence):
        return None
    if any((h.group(4) or h.group(5) or "").lower() in _PER_TIME for h in PRICE.finditer(sentence)):
        return None  # "25 €/h, 3 hours" or "60 €/kk ja 12 kuukautta": a price per a time is tied to the time
    clauses = [c for c in _AND.split(sentence) if c and c.strip()]
    holding = [c for c in clauses if own.search(c)]
    if len(holding) != 1 or other.search(holding[0]):
        return None
    if any(_TIES.search(c) for c in clauses if c is not holding[0] and other.search(c)):
        return None
    first = own.search(holding[0])
    if first is None or _TIES.search(holding[0][: first.start()]):
        return None
    return holding[0]


# Whom a price is for, in the language a text is written in: a statement that gives a price for each ("Aikuiset 60 €,
# lapset 30 €") answers a question that names one of them ("paljonko lapsen lippu maksaa?") with that one price, and
# the fixed sentence says whose it is. Per language, since a word of one is another's ("barn" is a stable in English).
_AUDIENCES: dict[str, dict[str, re.Pattern[str]]] = {
    "adult": {
        "fi": re.compile(r"\baikui\w*", re.IGNORECASE),
        "sv": re.compile(r"\bvux(en|na|nas|enbiljett\w*)\b", re.IGNORECASE),
        "en": re.compile(r"\b(adults?|grown-?ups?)\b", re.IGNORECASE),
    },
    "child": {
        "fi": re.compile(r"\b(lap(si|se\w*|si\w*)|lasten|las(ta|sta)|lastenlippu\w*)\b", re.IGNORECASE),
        "sv": re.compile(r"\bbarn(en|et|s|biljett\w*)?\b", re.IGNORECASE),
        "en": re.compile(r"\b(child(ren|'s)?|kids?)\b", re.IGNORECASE),
    },
    "student": {
        "fi": re.compile(r"\bopiskelij\w*", re.IGNORECASE),
        "sv": re.compile(r"\b(studerande|studenter|student)\b", re.IGNORECASE),
        "en": re.compile(r"\bstudents?\b", re.IGNORECASE),
    },
    "senior": {
        "fi": re.compile(r"\beläkeläi\w*", re.IGNORECASE),
        "sv": re.compile(r"\b(pensionär\w*|senior\w*)\b", re.IGNORECASE),
        "en": re.compile(r"\b(seniors?|pensioners?)\b", re.IGNORECASE),
    },
}
_AUDIENCE_LINES = {
    "adult": {"fi": "Aikuisten hinta on {price}.", "sv": "Priset för vuxna är {price}.",
              "en": "The price for adults is {price}."},
    "child": {"fi": "Lasten hinta on {price}.", "sv": "Priset för barn är {price}.",
              "en": "The price for children is {price}."},
    "student": {"fi": "Opiskelijoiden hinta on {price}.", "sv": "Priset för studerande är {price}.",
                "en": "The price for students is {price}."},
    "senior": {"fi": "Eläkeläisten hinta on {price}.", "sv": "Priset för pensionärer är {price}.",
               "en": "The price for seniors is {price}."},
}  # fmt: skip
_SEGMENT = re.compile(r"[,;]\s|\s(?:and|och|ja|samt|sekä)\s|\s/\s", re.IGNORECASE)


# Children named by an age ceiling: "alle 12-vuotiaat", "barn under 10 år", "under-12s", "children under 12".
_UNDER_AGE = re.compile(
    r"\b(?:alle|under|below)\s(\d{1,2})(?:\s?-?\s?(?:vuotia\w*|v\.?|år\b|åringar|years?\b|yrs\b|-year-olds?))",
    re.IGNORECASE,
)
_UNDER_AGE_LINES = {
    "fi": "Alle {age}-vuotiaiden hinta on {price}.",
    "sv": "Priset för barn under {age} år är {price}.",
    "en": "The price for children under {age} is {price}.",
}


def _audiences(text: str) -> list[str]:
    """Whom ``text`` (in any of the three languages) names as buyers: adults, children (or those under an age),
    students, seniors."""
    found = [who for who, by_language in _AUDIENCES.items() if any(p.search(text) for p in by_language.values())]
    if _UNDER_AGE.search(text) and "child" not in found:
        found.append("child")
    return found


def audience_price_line(sentence: str, language: str, question: str) -> str | None:
    """The price ``sentence`` gives for the one buyer ``question`` names ("what's the kids' ticket?" and "Aikuiset
    60 €, lapset 30 €" → "The price for children is 30 €."), or None unless the sentence gives two prices or more,
    each in a part of its own (split at a comma, "and", " / ") naming exactly one buyer, no two parts the same."""
    found = list(PRICE.finditer(sentence))
    if len(found) < 2 or language not in _LANGUAGES or DURATION.search(sentence):
        return None
    asked = [who for who, by_language in _AUDIENCES.items() if by_language[language].search(question)]
    if len(asked) != 1:
        return None
    parts = [p for p in _SEGMENT.split(sentence) if PRICE.search(p)]
    labelled: dict[str, re.Match[str]] = {}
    for part in parts:
        hits = list(PRICE.finditer(part))
        whom = _audiences(part)
        if len(hits) != 1 or len(whom) != 1 or whom[0] in labelled:
            return None
        if hits[0].group(5) and hits[0].group(5).lower() not in _PER_WORDS:
            return None
        labelled[whom[0]] = hits[0]
    if len(labelled) != len(found) or asked[0] not in labelled:
        return None
    hit = labelled[asked[0]]
    part = next(p for p in parts if hit.group(0) in p and asked[0] in _audiences(p))
    if _FROM.search(part[: part.find(hit.group(0))]):
        return None  # a starting price for a buyer: not said as the price
    age = _UNDER_AGE.search(part)
    if age is not None:  # "15 € alle 12-vuotiaille": the age the price is for is said with it, never dropped
        return _UNDER_AGE_LINES[language].format(age=age.group(1), price=_said(hit, language))
    return _AUDIENCE_LINES[asked[0]][language].format(price=_said(hit, language))


# A model named by a figure joined to a word ("5-kielinen", "10-strängade", "15-string", "3-hengen"): the figure names
# the same model in every language.
_NUMBERED = re.compile(r"(?<![\d.,/–-])(\d{1,3})-[^\W\d_]{3,}")


def variant_price_line(sentence: str, language: str, question: str) -> str | None:
    """The price ``sentence`` gives for the one model ``question`` names by a figure (:data:`_NUMBERED`): "vad kostar
    den lilla 5-strängade?" and "5-kielinen kantele 240 €, 10-kielinen 590 €, 15-kielinen konserttikantele 1 450 €" →
    "Priset är 240 €." None unless the sentence gives two prices or more, each in a part of its own naming exactly
    one numbered model, no two parts the same one, and the question names one of them alone (reply-plans-y, spent:
    such questions were held as "only in Finnish")."""
    found = list(PRICE.finditer(sentence))
    asked = {m.group(1) for m in _NUMBERED.finditer(questions(question) or question)}
    if len(found) < 2 or len(asked) != 1 or language not in _LANGUAGES or DURATION.search(sentence):
        return None
    parts = [p for p in _SEGMENT.split(sentence) if PRICE.search(p)]
    numbered: dict[str, re.Match[str]] = {}
    for part in parts:
        hits = list(PRICE.finditer(part))
        models = {m.group(1) for m in _NUMBERED.finditer(part)}
        if len(hits) != 1 or len(models) != 1 or _NOT.search(part) or _CONDITION.search(part):
            return None
        if _FROM.search(part[: hits[0].start()]) or (hits[0].group(5) and hits[0].group(5).lower() not in _PER_WORDS):
            return None
        (model,) = models
        if model in numbered:
            return None
        numbered[model] = hits[0]
    (model,) = asked
    if len(numbered) != len(found) or model not in numbered:
        return None
    return _LINES["price"][language].format(price=_said(numbered[model], language))


# The span of time a price is for, in each language's words (inflected too: "viikonlopuksi", "helgen"): a rent by the
# weekend beside one by the day is two prices, and the question names the one it asks. "weekday", "arkipäivä" and
# "vardag" name no span of these (a word boundary before each).
_SPANS = {
    "weekend": re.compile(r"\b(weekends?|viikonlop\w*|helg\w*)\b", re.IGNORECASE),
    "day": re.compile(r"\b(days?|vuorokau\w*|vrk|päivä|päivän|päiväksi|dygn\w*|dag|dagen)\b", re.IGNORECASE),
    "week": re.compile(r"\b(weeks?|viikko\w*|viikoksi|viikon(?!lop)|veck\w*)\b", re.IGNORECASE),
    "night": re.compile(r"\b(nights?|yö|yöksi|yön|natt\w*|nätter)\b", re.IGNORECASE),
    "hour": re.compile(r"\b(hours?|tunti\w*|tunni\w*|timme\w*|timmar)\b", re.IGNORECASE),
}
_SPAN_SAID = {
    "weekend": {"fi": "viikonloppu", "sv": "helg", "en": "weekend"},
    "day": {"fi": "vuorokausi", "sv": "dygn", "en": "day"},
    "week": {"fi": "viikko", "sv": "vecka", "en": "week"},
    "night": {"fi": "yö", "sv": "natt", "en": "night"},
    "hour": {"fi": "tunti", "sv": "timme", "en": "hour"},
}
_SPAN_LINES = {
    "fi": "Hinta on {price} / {span}.",
    "sv": "Priset är {price} per {span}.",
    "en": "The price is {price} per {span}.",
}


def _spans(text: str) -> set[str]:
    return {span for span, pattern in _SPANS.items() if pattern.search(text)}


def period_price_line(sentence: str, language: str, question: str) -> str | None:
    """The price ``sentence`` gives for the one span of time ``question`` names (a weekend, a day, a week, a night,
    an hour): "how much is a weekend?" and "Vuokrahinnat: viikonloppu (pe–su) 220 €, yksi vuorokausi 140 €" → "The
    price is 220 € per weekend." None unless the sentence gives two prices or more, each in a part of its own naming
    exactly one span, no two parts the same one, nothing negated or conditioned, and the question names exactly one
    of them (reply-plans-aa, spent: such questions were held as "only in Finnish"). The price is said with the span
    the guidance gives it, never alone: "220 €" for a weekend read as a day's price would be a new fact."""
    found = list(PRICE.finditer(sentence))
    asked = _spans(questions(question) or question)
    if len(found) < 2 or len(asked) != 1 or language not in _LANGUAGES or DURATION.search(sentence):
        return None
    spanned: dict[str, re.Match[str]] = {}
    for part in (p for p in _SEGMENT.split(sentence) if PRICE.search(p)):
        hits = list(PRICE.finditer(part))
        named = _spans(part)
        if len(hits) != 1 or len(named) != 1 or _NOT.search(part) or _CONDITION.search(part):
            return None
        if _FROM.search(part[: hits[0].start()]) or hits[0].group(4) or hits[0].group(5):
            return None  # a starting price, or one already paid per something of its own
        (span,) = named
        if span in spanned:
            return None
        spanned[span] = hits[0]
    (span,) = asked
    if len(spanned) != len(found) or span not in spanned:
        return None
    price = _said(spanned[span], language, period=False)
    return _SPAN_LINES[language].format(price=price, span=_SPAN_SAID[span][language])


# A price for everyone with the buyers who pay another beside it ("Hinta on 25 € / hlö, alle 16-vuotiaat 15 €"), for a
# question that names no buyer: the general price first, each other buyer's in brackets, never one without the other.
_GENERAL_LINES = {
    "fi": "Hinta on {price} ({others}).",
    "sv": "Priset är {price} ({others}).",
    "en": "The price is {price} ({others}).",
}
_BUYERS = {
    "adult": {"fi": "aikuiset", "sv": "vuxna", "en": "adults"},
    "child": {"fi": "lapset", "sv": "barn", "en": "children"},
    "student": {"fi": "opiskelijat", "sv": "studerande", "en": "students"},
    "senior": {"fi": "eläkeläiset", "sv": "pensionärer", "en": "seniors"},
}
_UNDER_AGE_BUYERS = {"fi": "alle {age}-vuotiaat", "sv": "barn under {age} år", "en": "children under {age}"}


def general_price_line(sentence: str, language: str, question: str) -> str | None:
    """The general price ``sentence`` gives and, in brackets, the price of each buyer it names beside it ("Hinta on
    25 € / hlö, alle 16-vuotiaat 15 €." → "The price is 25 € per person (children under 16: 15 €)."), for a
    ``question`` naming no buyer; None unless exactly one part (split at a comma, "and", " / ") gives a price naming
    no buyer and every other part gives one price for exactly one buyer, no two the same."""
    found = list(PRICE.finditer(sentence))
    if len(found) < 2 or language not in _LANGUAGES or DURATION.search(sentence):
        return None
    if any(by_language[language].search(question) for by_language in _AUDIENCES.values()):
        return None  # a buyer named: audience_price_line answers for that one, or nothing is bridged
    general: re.Match[str] | None = None
    others: list[str] = []
    seen: set[str] = set()
    for part in (p for p in re.split(r"[,;]\s|\s(?:and|och|ja|samt|sekä)\s", sentence) if PRICE.search(p)):
        hits = list(PRICE.finditer(part))
        whom = _audiences(part)
        if len(hits) != 1 or len(whom) > 1 or _FROM.search(part[: hits[0].start()]):
            return None
        if hits[0].group(5) and hits[0].group(5).lower() not in _PER_WORDS:
            return None
        if not whom:
            if general is not None:
                return None
            general = hits[0]
            continue
        if whom[0] in seen:
            return None
        seen.add(whom[0])
        age = _UNDER_AGE.search(part)
        buyer = _UNDER_AGE_BUYERS[language].format(age=age.group(1)) if age else _BUYERS[whom[0]][language]
        others.append(f"{buyer}: {_said(hits[0], language)}")
    if general is None or not others or len(others) + 1 != len(found):
        return None
    return _GENERAL_LINES[language].format(price=_said(general, language), others=", ".join(others))


# A time of day the guidance states in another language ("Bastun är varm från kl. 17", "Retki alkaa klo 8.15", "Tours
# start at 10:00"): the hour reads the same in every language, so a question asking what time is answered in a fixed
# sentence ("Klo 17 alkaen.", "Från kl. 17.", "From 17:00."). Only a time named as one (after "klo", "kl.",
# "kello", "klockan", as 16:00, or with am/pm), alone or as a range, with no weekday or date beside it: a day the
# fixed sentence would drop ("lauantaisin klo 10") makes it another day's time.
_HOUR = r"(\d{1,2})(?:[.:](\d{2}))?"
_NOT_AFTER_HOUR = r"(?!\d|[.,:]\d|\s?(?:[ap]\.?m\b|€|kr|%|eur))"
_CLOCK = re.compile(
    rf"(?:(?<![\d.,])(\d{{1,2}})(?:[.:](\d{{2}}))?\s?([ap])\.?m\b\.?|(?<![\d.,:])(\d{{1,2}}):(\d{{2}})\b|"
    rf"\b(?:klo|kl|kello|klockan)\.?\s?{_HOUR}{_NOT_AFTER_HOUR})"
    rf"(?:\s?[–-]\s?{_HOUR}{_NOT_AFTER_HOUR})?",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(
    r"\b(ma|ti|ke|to|pe|la|su|mån|tis|ons|tors|fre|lör|sön|mon|tue|wed|thu|fri|sat|sun)\b\.?\s?[–-]|"
    r"\b(maanan\w*|tiista\w*|keskivii\w*|torsta\w*|perjanta\w*|lauanta\w*|sunnunta\w*|arki\w*|viikonlop\w*|"
    r"måndag\w*|tisdag\w*|onsdag\w*|torsdag\w*|fredag\w*|lördag\w*|söndag\w*|vardag\w*|helg\w*|"
    r"monday\w*|tuesday\w*|wednesday\w*|thursday\w*|friday\w*|saturday\w*|sunday\w*|weekday\w*|weekend\w*|"
    r"daily|päivittäin|dagligen|today|tänään|idag|tomorrow|huomenna|imorgon)\b",
    re.IGNORECASE,
)
_DATE = re.compile(r"\b\d{1,2}\.\s?\d{1,2}\.|\b\d{1,2}/\d{1,2}\b|\b\d{4}\b")
# What the time is: the earliest ("från kl. 16", "klo 16 alkaen"), the latest ("senast kl. 11", "by 11:00", "klo 11
# mennessä"), an end ("till kl. 18", "klo 18 asti"); before it (or, in Finnish, after it).
_CLOCK_KINDS = (
    ("from", re.compile(r"\b(from|after|earliest|från|efter|tidigast|aikaisintaan)\s*$", re.I),
     re.compile(r"^\s*(alkaen|lähtien|jälkeen)\b", re.I)),
    ("latest", re.compile(r"\b(by|at the latest|no later than|senast|viimeistään)\s*$", re.I),
     re.compile(r"^\s*(mennessä|viimeistään)\b", re.I)),
    ("until", re.compile(r"\b(until|till|to|tills|fram till)\s*$", re.I), re.compile(r"^\s*(asti|saakka)\b", re.I)),
)  # fmt: skip
_BEFORE_AFTER = re.compile(r"\b(before|ennen|före|innan)\s*$|^\s*(jälkeen|ennen)\b", re.IGNORECASE)
_CLOCK_LINES = {
    "at": {"fi": "Klo {time}.", "sv": "Kl. {time}.", "en": "At {time}."},
    "range": {"fi": "Klo {time}.", "sv": "Kl. {time}.", "en": "{time}."},
    "from": {"fi": "Klo {time} alkaen.", "sv": "Från kl. {time}.", "en": "From {time}."},
    "latest": {"fi": "Viimeistään klo {time}.", "sv": "Senast kl. {time}.", "en": "By {time}."},
    "until": {"fi": "Klo {time} asti.", "sv": "Till kl. {time}.", "en": "Until {time}."},
}


def _hour(hour: str, minutes: str | None, meridiem: str | None, language: str) -> str | None:
    """An hour as the reply writes it: "16" or "16.30" in Finnish and Swedish, "16:00" in English; None for no hour
    of a day."""
    value = int(hour)
    if meridiem:
        if not 1 <= value <= 12:
            return None
        value = value % 12 + (12 if meridiem.lower().startswith("p") else 0)
    if value > 23 or (minutes is not None and int(minutes) > 59):
        return None
    if language == "en":
        return f"{value:02d}:{minutes or '00'}"
    return f"{value}.{minutes}" if minutes and minutes != "00" else str(value)


def clock_line(sentence: str, language: str) -> str | None:
    """The one time of day of ``sentence`` (a statement in any language) as a short answer in ``language`` ("Från kl.
    16."), or None when it states none or several, a weekday or a date beside it, a price, or a time only before or
    after which something holds."""
    found = list(_CLOCK.finditer(sentence))
    if language not in _LANGUAGES or len(found) != 1 or PRICE.search(sentence) or DURATION.search(sentence):
        return None
    if _WEEKDAY.search(sentence) or _DATE.search(sentence):
        return None
    hit = found[0]
    if _FIGURE.search(sentence[: hit.start()] + " " + sentence[hit.end() :]):
        return None  # another figure beside the time ("3 kpl klo 10"): the fixed sentence would drop it
    groups = hit.groups()
    if groups[0] is not None:
        start = _hour(groups[0], groups[1], groups[2], language)
    elif groups[3] is not None:
        start = _hour(groups[3], groups[4], None, language)
    else:
        start = _hour(groups[5], groups[6], None, language)
    end = None if groups[7] is None else _hour(groups[7], groups[8], None, language)
    if start is None or (groups[7] is not None and (end is None or groups[2] is not None)):
        return None
    before, after = sentence[: hit.start()], sentence[hit.end() :]
    if _BEFORE_AFTER.search(before) or _BEFORE_AFTER.match(after):
        return None  # "ennen klo 10" or "klo 10 jälkeen" in a question's own terms: a bound, said only as one
    if end is not None:
        return _CLOCK_LINES["range"][language].format(time=f"{start}–{end}")
    for kind, ahead, behind in _CLOCK_KINDS:
        if ahead.search(re.sub(r"\b(klo|kl|kello|klockan|at)\.?\s*$", "", before, flags=re.IGNORECASE)) or (
            behind.match(after)
        ):
            return _CLOCK_LINES[kind][language].format(time=start)
    return _CLOCK_LINES["at"][language].format(time=start)


# A limit the guidance states in another language ("Klättraren får väga högst 110 kg", "Kursen är för barn
# från 7 år", "Osallistujien on oltava vähintään 12-vuotiaita"): its figure and unit read the same in every language,
# so a question asking whether there is one or what it is ("is there a weight limit?", "onko ikärajaa?", "hur gammal
# måste man vara?") is answered in a fixed sentence ("Yes, at most 110 kg.", "Kyllä, vähintään 12 vuotta."). Only a
# weight in kilograms or an age in years, with a word saying which bound it is; never a limit stated for a case.
_ASKS_LIMIT = {
    "weight": re.compile(
        r"\b(weight limit|max(imum)? weight|how heavy|painoraja\w*|maksimipaino\w*|paljonko saa painaa|"
        r"viktgräns\w*|maxvikt\w*|hur mycket får man väga)\b",
        re.IGNORECASE,
    ),
    "age": re.compile(
        r"\b(age limit|minimum age|how old|ikäraja\w*|alaikäraja\w*|kuinka vanha\w*|minkä ikäi\w*|"
        r"åldersgräns\w*|hur gammal|från vilken ålder)\b",
        re.IGNORECASE,
    ),
    "speed": re.compile(
        r"\b(speed limit|how fast|top speed|max(imum)? speed|nopeusrajoitu\w*|kuinka (kovaa|lujaa|nopeasti)|"
        r"huippunopeu\w*|hastighetsgräns\w*|maxhastighet\w*|hur (fort|snabbt))\b",
        re.IGNORECASE,
    ),
}
_LIMIT_FIGURE = {
    "weight": re.compile(r"(?<![\d.,])(\d{2,3})\s?(?:kg|kilo\w*)\b", re.IGNORECASE),
    "age": re.compile(
        r"(?<![\d.,])(\d{1,2})(?:\s?-?\s?(?:vuotia\w*|vuoden|vuotta|år|åring\w*|years?(?:\s(?:old|of age))?|"
        r"-year-olds?|yrs))\b",
        re.IGNORECASE,
    ),
    "speed": re.compile(r"(?<![\d.,])(\d{1,3})\s?km/h\b", re.IGNORECASE),
}
_AT_MOST = re.compile(r"\b(at most|up to|no more than|max\.?|maximum|under|below|högst|max|upp till|under|"
                      r"enintään|korkeintaan|maksimissaan|alle)\s*$", re.IGNORECASE)  # fmt: skip
_AT_LEAST = re.compile(r"\b(at least|from|minimum|min\.?|vähintään|minst|från|fyllda|aged)\s*$", re.IGNORECASE)
_AT_LEAST_AFTER = re.compile(r"^\s*(alkaen|lähtien|and (up|over|older)|och uppåt|eller äldre|or older|\+)", re.I)
# A limit named as one right before its figure ("nopeusrajoitus on 50 km/h", "the speed limit is 50 km/h",
# "hastighetsgränsen är 50 km/h"): a ceiling.
_LIMIT_NAMED = re.compile(r"(limit|rajoitus|raja|gräns|gränsen)\s*(is|on|är|:)?\s*$", re.IGNORECASE)
_LIMIT_LINES = {
    ("weight", "most"): {"fi": "enintään {n} kg", "sv": "högst {n} kg", "en": "at most {n} kg"},
    ("speed", "most"): {"fi": "enintään {n} km/h", "sv": "högst {n} km/h", "en": "at most {n} km/h"},
    ("age", "least"): {"fi": "vähintään {n} vuotta", "sv": "minst {n} år", "en": "at least {n} years"},
}
_YES = {"fi": "Kyllä, {limit}.", "sv": "Ja, {limit}.", "en": "Yes, {limit}."}


def asked_limit(question: str) -> str | None:
    """The limit ``question`` asks about: ``weight``, ``age`` or ``speed``, or None for none or several."""
    asked = [kind for kind, pattern in _ASKS_LIMIT.items() if pattern.search(question)]
    return asked[0] if len(asked) == 1 else None


def limit_line(sentence: str, kind: str, language: str, *, yes_no: bool = False) -> str | None:
    """The one limit of ``kind`` (``weight``, ``age``, ``speed``) of ``sentence`` (a statement in any language) in
    ``language``, opening with a yes where the question asks whether there is one (``yes_no``); None when the
    statement gives no such figure or several, another figure beside it, no word saying which bound it is, or a
    condition."""
    if language not in _LANGUAGES or _CONDITION.search(sentence) or PRICE.search(sentence):
        return None
    found = list(_LIMIT_FIGURE[kind].finditer(sentence))
    if len(found) != 1 or _FIGURE.search(sentence[: found[0].start()] + " " + sentence[found[0].end() :]):
        return None
    hit = found[0]
    before, after = sentence[: hit.start()], sentence[hit.end() :]
    bound = "most" if _AT_MOST.search(before) or (kind != "age" and _LIMIT_NAMED.search(before)) else None
    if bound is None and (_AT_LEAST.search(before) or _AT_LEAST_AFTER.match(after)):
        bound = "least"
    if bound is None or (kind, bound) not in _LIMIT_LINES:
        return None
    limit = _LIMIT_LINES[(kind, bound)][language].format(n=hit.group(1))
    return _YES[language].format(limit=limit) if yes_no else f"{limit[0].upper()}{limit[1:]}."


# A question whether there is a limit, not what it is: "is there", "onko", "finns det".
_WHETHER = re.compile(
    r"\b(is there|are there|do you have|onko|onks|onkos|löytyykö|finns det|har ni|är det)\b", re.IGNORECASE
)


# A price for each country ("Shipping: Finland 8,90 €, rest of the EU 19 €", "Delivery in Finland costs 290 €, to
# Sweden and Norway 690 €"): a country's name is a name, said as each language writes it, so a question naming one
# of them ("toimitatteko Suomeen ja paljonko postikulut?") is answered with that country's price, the country said
# with it ("Suomen hinta on 8,90 €."). A place the statement does not name (a town: "tuotteko ouluun?") is never
# read as its country; a region ("Nordics and EU 24 €", "the rest of the EU") stands for a country it holds only where
# no part names that country itself (:mod:`bot.opportunities.places`).
_PLACE_LINES = {"fi": "{place} hinta on {price}.", "sv": "Priset för {place} är {price}.",
                "en": "The price for {place} is {price}."}  # fmt: skip
_PLACE_SEGMENT = re.compile(r"[,;:]\s|\.\s")
_NOT = re.compile(r"\b(not|no|never|ei|emme|eivät|inte|ej|aldrig|except|paitsi|utom)\b", re.IGNORECASE)


def _places(text: str) -> set[str]:
    return countries(text)


def country_price_line(sentence: str, language: str, question: str) -> str | None:
    """The price ``sentence`` gives for the one country ``question`` names, where the sentence gives two prices or
    more, each in a part of its own (split at a comma, a semicolon, a colon) naming its countries and no two parts
    the same country ("Shipping: Finland 8,90 €, rest of the EU 19 €" and "toimitatteko Suomeen?" → "Suomen hinta on
    8,90 €."); None otherwise, or where a part says a "not" or a condition."""
    found = list(PRICE.finditer(sentence))
    if len(found) < 2 or language not in _LANGUAGES or _CONDITION.search(sentence) or DURATION.search(sentence):
        return None
    asked = _places(questions(question) or question)
    if len(asked) != 1:
        return None
    priced: dict[str, re.Match[str]] = {}
    regional: dict[str, list[re.Match[str]]] = {}  # a country's price said of a region holding it ("Nordics and EU")
    for part in (p for p in _PLACE_SEGMENT.split(sentence) if PRICE.search(p)):
        hits = list(PRICE.finditer(part))
        if len(hits) != 1 or _NOT.search(part) or _FREE.search(part) or _FROM.search(part[: hits[0].start()]):
            return None
        if hits[0].group(5) and hits[0].group(5).lower() not in _PER_WORDS:
            return None
        for place in _places(part):
            if place in priced:
                return None
            priced[place] = hits[0]
        for place in held_by_regions(part):
            regional.setdefault(place, []).append(hits[0])
    (place,) = asked
    if place not in priced and len(regional.get(place, [])) == 1:
        # "Shipping: Finland 9,90 €, Nordics and EU 24 €" for Sweden: the region's price is Sweden's, where no part
        # names Sweden itself and one region part alone holds it.
        priced[place] = regional[place][0]
    if place not in priced:
        return None
    return _PLACE_LINES[language].format(place=COUNTRIES[place][1][language], price=_said(priced[place], language))


# A delivery time for each country ("Leverans: inom Finland 3–5 arbetsdagar, till Sverige och Norge 5–8 arbetsdagar."),
# said for the one country a question names (session 39: "do you ship to Norway and how long does it take", the
# spent reply-plans-ab), in the reply's language.
_PLACE_TIME_LINES = {"fi": "{place} toimitusaika on {time}.", "sv": "Leveranstiden till {place} är {time}.",
                     "en": "Delivery to {place} takes {time}."}  # fmt: skip


def country_duration_line(sentence: str, language: str, question: str) -> str | None:
    """The delivery time ``sentence`` (a statement about delivery) gives for the one country ``question`` names, where
    it gives two times or more, each in a part of its own naming its countries and no two parts the same country;
    None otherwise, or where a part says a "not", a condition or a price."""
    if len(DURATION.findall(sentence)) < 2 or language not in _LANGUAGES or _CONDITION.search(sentence):
        return None
    about = slots(sentence)
    if PRICE.search(sentence) or not (
        "delivery" in about or ("delivery" in slots(question) and not about - {"delivery", "duration"})
    ):
        return None  # a statement of delivery times ("Leverans: inom Finland ...", its label read off), nothing else
    asked = _places(questions(question) or question)
    if len(asked) != 1:
        return None
    timed: dict[str, str] = {}
    for part in (p for p in _PLACE_SEGMENT.split(sentence) if DURATION.search(p)):
        if len(DURATION.findall(part)) != 1 or _NOT.search(part):
            return None
        said = duration_line(part, language)
        if said is None:
            return None
        for place in _places(part):
            if place in timed:
                return None
            timed[place] = said.rstrip(".")
    (place,) = asked
    if place not in timed:
        return None
    time = timed[place]
    return _PLACE_TIME_LINES[language].format(place=COUNTRIES[place][1][language], time=time[:1].lower() + time[1:])


# A price for each number of people ("Private lesson: 60 min, 79 € for one person or 99 € for two", "79 € yhdelle,
# 99 € kahdelle"): a count is a number in every language, so a question naming how many ("vad kostar det för två?")
# gets that count's price, said with the count ("Priset för två personer är 99 €."), and a question naming none gets
# every count's price with its count ("Hinta on 79 € yhdelle tai 99 € kahdelle."), never one without the others.
_COUNT_WORDS = {
    1: r"one|1|en|ett|ensam|yksi|yhdelle|yhden|yksin",
    2: r"two|2|två|kaksi|kahdelle|kahden|kahteen",
    3: r"three|3|tre|kolme|kolmelle|kolmen",
    4: r"four|4|fyra|neljä|neljälle|neljän",
}
_PEOPLE = r"(?:\s(?:persons?|people|personer|hengelle|henkilölle|hengen|henkilöä|hlö|pers\.?))?"
_PARTY = {
    count: re.compile(
        rf"\b(?:(?:for|för)\s(?:{words}){_PEOPLE}|(?:{words})\s(?:hengelle|henkilölle|hengen)|"
        rf"{'|'.join(w for w in words.split('|') if w.endswith('lle'))})\b",
        re.IGNORECASE,
    )
    for count, words in _COUNT_WORDS.items()
}
_SAID_COUNT = {
    "fi": {1: "yhdelle", 2: "kahdelle", 3: "kolmelle", 4: "neljälle"},
    "sv": {1: "för en person", 2: "för två", 3: "för tre", 4: "för fyra"},
    "en": {1: "for one person", 2: "for two", 3: "for three", 4: "for four"},
}
_PARTY_LINE = {
    "fi": {1: "Yhden hengen hinta on {price}.", 2: "Kahden hengen hinta on {price}.",
           3: "Kolmen hengen hinta on {price}.", 4: "Neljän hengen hinta on {price}."},
    "sv": {1: "Priset för en person är {price}.", 2: "Priset för två personer är {price}.",
           3: "Priset för tre personer är {price}.", 4: "Priset för fyra personer är {price}."},
    "en": {1: "The price for one person is {price}.", 2: "The price for two people is {price}.",
           3: "The price for three people is {price}.", 4: "The price for four people is {price}."},
}  # fmt: skip
_PARTY_ALL = {"fi": "Hinta on {prices}.", "sv": "Priset är {prices}.", "en": "The price is {prices}."}
_OR = {"fi": "tai", "sv": "eller", "en": "or"}
_PARTY_SEGMENT = re.compile(r"[,;]\s|\s(?:or|tai|eller|and|ja|och)\s", re.IGNORECASE)


def _counts(text: str) -> list[int]:
    return [count for count, pattern in _PARTY.items() if pattern.search(text)]


def party_price_line(sentence: str, language: str, question: str) -> str | None:
    """The price ``sentence`` gives for the number of people ``question`` names, or every count's price where it
    names none; None unless the sentence gives two prices or more, each in a part of its own (split at a comma,
    "or", "and") naming exactly one count, no two the same, with no condition or "from" price."""
    found = list(PRICE.finditer(sentence))
    if len(found) < 2 or language not in _LANGUAGES or _CONDITION.search(sentence) or _TIES.search(sentence):
        return None
    priced: dict[int, re.Match[str]] = {}
    for part in (p for p in _PARTY_SEGMENT.split(sentence) if PRICE.search(p)):
        hits = list(PRICE.finditer(part))
        counts = _counts(part[hits[0].start() :]) if len(hits) == 1 else []
        if len(counts) != 1 or counts[0] in priced or _FROM.search(part[: hits[0].start()]) or hits[0].group(5):
            return None
        priced[counts[0]] = hits[0]
    if len(priced) != len(found):
        return None
    asked = _counts(questions(question) or question)
    if len(asked) == 1 and asked[0] in priced:
        return _PARTY_LINE[language][asked[0]].format(price=_said(priced[asked[0]], language))
    if asked:
        return None
    said = [f"{_said(priced[c], language)} {_SAID_COUNT[language][c]}" for c in sorted(priced)]
    return _PARTY_ALL[language].format(prices=f" {_OR[language]} ".join(said))


# Where a statement says which countries the brand ships to, as a list of names and nothing else between the verb
# and them: "We ship to Sweden, Norway and Denmark", "Vi skickar till Finland, Sverige och Åland", "Toimitamme
# Suomeen, Ruotsiin ja Norjaan"; or the list it ships nowhere outside ("We do not ship outside Finland and Sweden").
_LIST = r"([^\W\d_]+(?:(?:,\s*|\s+(?:and|och|ja|samt|sekä)\s+)[^\W\d_]+){0,8})"
_SHIPS_TO = (
    re.compile(rf"\bwe\s+(?:also\s+)?(?:ship|deliver|send)\s+(?:only\s+)?(?:to|within)\s+{_LIST}", re.IGNORECASE),
    re.compile(
        rf"\bwe\s+(?:do\s+not|don't|never)\s+(?:ship|deliver|send)\s+outside\s+(?:of\s+)?{_LIST}", re.IGNORECASE
    ),
    re.compile(
        rf"\bvi\s+(?:skickar|levererar)\s+(?:också\s+|bara\s+|endast\s+)?(?:till|inom)\s+{_LIST}", re.IGNORECASE
    ),
    re.compile(rf"\bvi\s+(?:skickar|levererar)\s+(?:inte|aldrig)\s+utanför\s+{_LIST}", re.IGNORECASE),
    re.compile(rf"\btoimitamme\s+(?:myös\s+|vain\s+|ainoastaan\s+)?{_LIST}", re.IGNORECASE),
)
# A question whether the brand sends to a place: "do you ship to Norway?", "skickar ni till Åland?", "toimitatteko
# Ruotsiin?".
_ASKS_SHIPPING = re.compile(
    r"\b(ship\w*|deliver\w*|send|post|skicka\w*|skickar|leverer\w*|frakt\w*|toimit\w*|lähet\w*|postit\w*)\b",
    re.IGNORECASE,
)
_ITEM = re.compile(r",\s*|\s+(?:and|och|ja|samt|sekä)\s+", re.IGNORECASE)
_SHIP_LINES = {
    "yes": {"fi": "Kyllä, toimitamme {to}.", "sv": "Ja, vi skickar till {to}.", "en": "Yes, we ship to {to}."},
    # The place asked is not named in a no: the grounding check reads a country no guidance names as a claim. The
    # no is the same-language answer's (``phrases.yaml`` not_listed), then the list.
    "no": {
        "fi": "Valitettavasti ei tällä hetkellä. Toimitamme {list}.",
        "sv": "Tyvärr inte i nuläget. Vi skickar till {list}.",
        "en": "Sorry, not at the moment. We ship to {list}.",
    },
}
_AND_WORD = {"fi": "ja", "sv": "och", "en": "and"}


def _country_list(countries_: Sequence[str], language: str) -> str:
    names = [TO_COUNTRY[c] if language == "fi" else NAMED[c][0 if language == "sv" else 1] for c in countries_]
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {_AND_WORD[language]} {names[-1]}"


def shipping_line(sentence: str, language: str, question: str) -> str | None:
    """Whether the brand ships to the one country a yes/no ``question`` names, said in ``language`` from a statement in
    any language listing the countries it ships to (:data:`_SHIPS_TO`): "do you ship to Åland?" and "Vi skickar till
    Finland, Sverige och Åland." → "Yes, we ship to Åland."; "do you ship to Norway?" → "Sorry, not at the moment. We
    ship to Finland, Sweden and Åland." Every name of the list must be a country the reply can name
    (:mod:`bot.opportunities.places`), and so must the place asked: a town ("Oulu") is never read as outside the list.
    None otherwise (reply-plans-x, spent: such questions were held as "only in Swedish")."""
    asked_in = questions(question) or question
    asked = countries(asked_in)
    if language not in _SHIP_LINES["yes"] or len(asked) != 1 or not _ASKS_SHIPPING.search(asked_in):
        return None
    for pattern in _SHIPS_TO:
        found = pattern.search(sentence)
        if found is None:
            continue
        items = [item for item in _ITEM.split(found.group(1).strip()) if item]
        listed = [next(iter(countries(item)), "") for item in items]
        (place,) = asked
        to = _country_list([place], language)
        if not items or "" in listed or len(set(listed)) != len(listed):
            return None
        if place in listed:
            return _SHIP_LINES["yes"][language].format(to=to)
        return _SHIP_LINES["no"][language].format(list=_country_list(listed, language))
    return None
