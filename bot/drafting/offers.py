"""A campaign as the offline drafter offers it: when it runs (the period its guidance states), whether it is running
on a day or announced by the brand's own post, and its offer said as a sentence instead of the guidance's header.

A campaign passage opens with its name and period ("Christmas calendar offer 15.11.–10.12.2026: A3 photo wall
calendar 19.90 € (normally 29.90 €).") and closes with its rule ("mention only ... only under sales posts"). Pasted
as it is, the reply read as internal campaign copy; offered outside its dates, or under someone else's post where
its rule allows only sales posts, it misled (the panel on reply-plans-l, spent).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bot.drafting.answering import offer_marks
from bot.drafting.reading import long_stems, plural

_MONTHS = {
    **dict.fromkeys(("jan", "january", "januari"), 1),
    **dict.fromkeys(("feb", "february", "februari"), 2),
    **dict.fromkeys(("mar", "march", "mars"), 3),
    **dict.fromkeys(("apr", "april"), 4),
    **dict.fromkeys(("may", "maj"), 5),
    **dict.fromkeys(("jun", "june", "juni"), 6),
    **dict.fromkeys(("jul", "july", "juli"), 7),
    **dict.fromkeys(("aug", "august", "augusti"), 8),
    **dict.fromkeys(("sep", "sept", "september"), 9),
    **dict.fromkeys(("oct", "october", "okt", "oktober"), 10),
    **dict.fromkeys(("nov", "november"), 11),
    **dict.fromkeys(("dec", "december"), 12),
}
_MONTH = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?"
_FI_MONTHS = ("tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu")

# "15.11.–10.12.2026", "1.12.2026–31.1.2027", "1.–30.9.", "1–24.12.2026", "15.4–15.5", "between 1.3. and 31.5.2026".
_NUMERIC = re.compile(
    r"(?<![\d.,])(?P<d1>\d{1,2})(?:\.(?:(?P<m1>\d{1,2})\.?(?P<y1>\d{4})?)?)?"
    r"(?:\s*[–—-]\s*|\s+(?:and|to|och|till|ja)\s+)"
    r"(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.?(?P<y2>\d{4})?(?![\d,]|\.\d)"
)
# "1 Dec 2026 – 6 Jan 2027", "1–24 december 2026", "from 11 to 24 January 2027", "1 March–15 April".
_NAMED = re.compile(
    rf"(?<![\d.,])(?P<d1>\d{{1,2}})(?:\s+(?P<m1>{_MONTH}))?(?:\s+(?P<y1>\d{{4}}))?"
    r"(?:\s*[–—-]\s*|\s+(?:and|to|och|till)\s+)"
    rf"(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})(?:\s+(?P<y2>\d{{4}}))?",
    re.IGNORECASE,
)
# "by 18 December 2026", "senast 31.7.2026", "viimeistään 31.3.2027", "31.12.2027 asti", "before 15 March".
_DEADLINE = re.compile(
    rf"\b(?:by|until|before|through|senast|till och med|t\.o\.m\.|viimeistään)\s+"
    rf"(?P<d>\d{{1,2}})(?:\.(?P<m>\d{{1,2}})\.?(?P<y>\d{{4}})?|\s+(?P<mn>{_MONTH})(?:\s+(?P<yn>\d{{4}}))?)"
    rf"|(?P<d_>\d{{1,2}})\.(?P<m_>\d{{1,2}})\.(?P<y_>\d{{4}})?\s+(?:asti|saakka|mennessä)\b",
    re.IGNORECASE,
)
# A whole month in Finnish ("Kaveriedut maaliskuussa", "joulukuun ajan").
_FI_MONTH = re.compile(r"\b(" + "|".join(_FI_MONTHS) + r")kuu(?:ssa|n ajan)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Period:
    """When a campaign runs, as its guidance states it. ``start``/``end`` as (year or None, month, day); a year
    left out ("1.–30.9.") is a period of every year. ``said`` is the period as written."""

    start: tuple[int | None, int, int] | None
    end: tuple[int | None, int, int]
    said: str
    end_said: str

    def running(self, day: date) -> bool | None:
        """Whether the campaign runs on ``day``; None when its guidance does not say enough to tell."""
        end_year, end_month, end_day = self.end
        if self.start is None:  # a deadline
            if end_year is None:
                return None
            return day <= _day(end_year, end_month, end_day)
        start_year, start_month, start_day = self.start
        if end_year is not None:
            if start_year is None:
                start_year = end_year if (start_month, start_day) <= (end_month, end_day) else end_year - 1
            return _day(start_year, start_month, start_day) <= day <= _day(end_year, end_month, end_day)
        here, first, last = (day.month, day.day), (start_month, start_day), (end_month, end_day)
        return first <= here <= last if first <= last else here >= first or here <= last

    def started(self, day: date) -> bool:
        """Whether ``day`` is past the period's start (a deadline has started)."""
        if self.start is None:
            return True
        start_year, month, dom = self.start
        end_year, end_month, end_day = self.end
        if start_year is None and end_year is not None:
            start_year = end_year if (month, dom) <= (end_month, end_day) else end_year - 1
        if start_year is None:
            return bool(self.running(day))  # a period of every year: started this year only while it runs
        return day >= _day(start_year, month, dom)


def _day(year: int, month: int, dom: int) -> date:
    try:
        return date(year, month, dom)
    except ValueError:
        return date(year, month, 28)


def _month(word: str | None) -> int | None:
    return _MONTHS.get(word.lower().rstrip(".")) if word else None


def period(text: str) -> Period | None:
    """The period a campaign's text states first: a range of dates, else a deadline, else a Finnish month; None
    when it states none (a campaign without dates is taken as running)."""
    found = []
    for match in _NUMERIC.finditer(text):
        d1, d2, m2 = int(match["d1"]), int(match["d2"]), int(match["m2"])
        m1 = int(match["m1"]) if match["m1"] else m2
        if not (1 <= m1 <= 12 and 1 <= m2 <= 12 and 1 <= d1 <= 31 and 1 <= d2 <= 31):
            continue
        y1, y2 = (int(match["y1"]) if match["y1"] else None), (int(match["y2"]) if match["y2"] else None)
        if y1 is not None and y2 is None:
            continue  # "1.12.2026–6" is no period
        start = (y1, m1, d1) if y1 is not None else (None, m1, d1)
        end_said = text[match.start("d2") : match.end()]
        found.append((match.start(), Period(start, (y2, m2, d2), match.group(0), end_said)))
        break
    for match in _NAMED.finditer(text):
        last = _month(match["m2"])
        first = _month(match["m1"]) or last
        if first is None or last is None:
            continue
        named_end = int(match["y2"]) if match["y2"] else None
        named_start = int(match["y1"]) if match["y1"] else None
        end_said = text[match.start("d2") : match.end()]
        start_day, end_day = (named_start, first, int(match["d1"])), (named_end, last, int(match["d2"]))
        named = Period(start_day, end_day, match.group(0), end_said)
        found.append((match.start(), named))
        break
    if found:
        return min(found, key=lambda pair: pair[0])[1]
    deadline = _DEADLINE.search(text)
    if deadline is not None:
        if deadline["d_"]:
            day, month, year = int(deadline["d_"]), int(deadline["m_"]), deadline["y_"]
        elif deadline["m"]:
            day, month, year = int(deadline["d"]), int(deadline["m"]), deadline["y"]
        else:
            day, month, year = int(deadline["d"]), _month(deadline["mn"]) or 0, deadline["yn"]
        if 1 <= month <= 12:
            said = deadline.group(0)
            return Period(None, (int(year) if year else None, month, day), said, said)
    whole = _FI_MONTH.search(text)
    if whole is not None:
        month = _FI_MONTHS.index(whole.group(1).lower()) + 1
        return Period((None, month, 1), (None, month, 31), whole.group(0), whole.group(0))
    return None


# A campaign rule that allows it only under the brand's sales posts ("only under sales posts", "vain
# myyntipostausten alla", "bara under säljinlägg").
_SALES_POSTS_ONLY = re.compile(
    r"sales posts?|myyntipost\w*|myyntijulkaisu\w*|säljinlägg\w*|försäljningsinlägg\w*", re.IGNORECASE
)


def sales_posts_only(text: str) -> bool:
    """Whether the campaign's own rule allows it only under the brand's sales posts."""
    return _SALES_POSTS_ONLY.search(text) is not None


def announced(campaign: str, post: str) -> bool:
    """Whether ``post`` (the brand's own post: its title and body) announces ``campaign``: it states the campaign's
    sums, percentages or dates, or names it by the word its header opens with ("Vårkampanj", "Syyskampanja")."""
    if not post.strip():
        return False
    if offer_marks(post) & offer_marks(campaign):
        return True
    header = _HEADER.match(campaign)
    words = long_stems(header.group("name")) if header is not None else set()
    return bool(words & long_stems(post))


def live(campaign: str, today: date, *, post: str = "", own_post: bool = False) -> bool:
    """Whether ``campaign`` may be offered on ``today``: it runs then (or states no period), or the brand's own post
    the comment is under announces it (that post is what the brand says is on now)."""
    when = period(campaign)
    if when is None or when.running(today) is not False:
        return True
    return own_post and announced(campaign, post)


# "Christmas calendar offer 15.11.–10.12.2026: A3 photo wall calendar 19.90 € (normally 29.90 €)": a header of a
# name and a period, then the offer.
_HEADER = re.compile(r"^(?P<name>[^\W\d][^:\d]{1,60}?)\s+(?P<period>\d[^:]*?)(?:\s*\([^)]*\))?:\s+(?P<offer>\S.*)$")

# A price to close a verbless offer, with its regular price in brackets: "19.90 € (normally 29.90 €)", or after
# "instead of" ("249 € instead of 289 €", "249 € i stället för 289 €"): the whole comparison is the price, so the verb
# goes before it ("you get the starter kit for 249 € instead of 289 €", not "... 249 € instead of for 289 €").
SUM = r"\d[\d  ]*(?:[.,]\d+)?\s?(?:€|kr|eur|euroa)(?:\s*/\s*\w+)?"  # a sum of money, "39 €", "1 290 kr/mån"
_PRICE_TAIL = re.compile(
    rf"^(?P<item>.+?)\s+(?P<price>{SUM}(?:\s*\([^)]*\))?"
    rf"(?:\s+(?:instead\s+of|rather\s+than|i\s+stället\s+för|istället\s+för)\s+{SUM})?)\.?$",
    re.IGNORECASE,
)

_VERBS = re.compile(
    r"\b(?:is|are|costs?|get|gets|buy|book|pay|maksaa|maksavat|saa|saat|on|ovat|kostar|får|köp|boka)\b", re.IGNORECASE
)

# An item that already says how it is priced ("... för 329 €", "yhteishintaan 990 €", "..., sen jälkeen 59 €/kk"): no
# verb is put before its price.
_PRICED_ALREADY = re.compile(r"(?:\b(?:för|for|at|till)|hintaan|eurolla|,[^,]*)$", re.IGNORECASE)

_DETERMINERS = re.compile(r"^(?:(?:a|an|the|two|three|four|all|any|our|every)\b|\d)", re.IGNORECASE)

_UNTIL = {"en": "until {end}", "fi": "{end} asti", "sv": "till och med {end}"}
_DURING = {"en": "during {period}", "fi": "ajalla {period}", "sv": "under perioden {period}"}
# An offer that already says how it is priced but has no verb ("kaksi iltakurssia yhteishintaan 110 €"): "you get" it.
# Said as the guidance has it after its period ("Kaksi iltakurssia yhteishintaan 110 €, ajalla 1.3.–30.4.") it was a
# verbless, ad-like fragment to both panellists (reply-plans-r, spent: "make it a sentence").
_GETS = {
    "en": "{when} you get {offer}.",
    "fi": "{when} saat {offer}.",
    "sv": "{when} får du {offer}.",
}
# The languages whose "you get" takes the offer's words as they are.
_GETS_WHOLE = frozenset({"sv", "en"})
# When first, then the offer: the period never follows an abbreviation's stop ("(ord. 199 €) under perioden ..."),
# which the grounding check reads as a sentence of its own whose figures the guidance never states together.
_COSTS = {
    "en": "{when} you get {item} for {price}.",
    "fi": "{when} {item} maksaa {price}.",
    "sv": "{when} kostar {item} {price}.",
}
# A Finnish plural item takes the plural verb ("tohvelit maksavat"); Swedish and English say it as above.
_COSTS_PLURAL = {**_COSTS, "fi": "{when} {item} maksavat {price}."}


def offer_sentence(statement: str, language: str, today: date, *, full_period: bool = False) -> str | None:
    """A campaign's opening statement said as a sentence: the header's name and period go, the period is said first
    as when it runs ("until 10.12.2026", or the whole period before it starts or when ``full_period``), and a
    verbless offer gets its verb ("Until 10.12.2026 you get the A3 photo wall calendar for 19.90 € (normally 29.90
    €)."). Its words, sums and dates stay verbatim. None when the statement has no such header or the language no
    wording."""
    header = _HEADER.match(statement.strip())
    if header is None or language not in _UNTIL:
        return None
    when_text = header.group("period").strip()
    when = period(when_text)
    if when is None or when.said.strip() != when_text.strip(" ,"):
        return None  # the header holds more than a period ("Winter offer 1 Dec 2026 – 6 Jan 2027 (Finland)")
    offer = header.group("offer").strip().rstrip(".")
    # Live only because the brand's own post announces it, its period over: "until 15.3.2026" would read as now.
    if full_period or not when.started(today) or when.start is None or when.running(today) is False:
        said = _DURING[language].format(period=when.said) if when.start is not None else when.said
    else:
        said = _UNTIL[language].format(end=when.end_said)
    said = said.rstrip(".") if said.endswith("..") else said
    said = said[:1].upper() + said[1:]
    priced = _PRICE_TAIL.match(offer)
    if priced is not None and not _VERBS.search(priced.group("item")) and not _PRICED_ALREADY.search(priced["item"]):
        item = priced.group("item").strip()
        if language == "en" and not _DETERMINERS.match(item):
            item = f"the {item}"
        # "31.12.2026 asti tohvelit maksavat 59 €": the verb agrees with a plural item (reply-plans-x, spent).
        costs = _COSTS_PLURAL if plural(item, language) else _COSTS
        return costs[language].format(when=said, item=item, price=priced["price"].strip())
    if priced is not None and not _VERBS.search(priced.group("item")) and not _ABBREVIATED.search(offer):
        item = offer[:1].lower() + offer[1:] if offer[1:2].islower() else offer
        return _GETS[language].format(when=said, offer=item)
    if (
        priced is not None
        and language in _GETS_WHOLE
        and not _VERBS.search(priced.group("item"))
        and not _ABBREVIATED.search(_unbracketed(offer))
    ):
        # An abbreviation's stop only in the closing brackets ("för 29 € (ord. 36 €)") ends the sentence with it:
        # nothing follows it to read as a sentence of its own, and "Till och med 20.12.2026, presentask med 3 burkar
        # för 29 € (ord. 36 €)." was a clumsy fragment (reply-plans-x's panel, session 35). Finnish would need the
        # object's case ("saat lahjarasian"), which a verbatim item does not have: it stays as it was.
        item = offer[:1].lower() + offer[1:] if offer[1:2].islower() else offer
        if language == "en" and not _DETERMINERS.match(item):
            item = f"the {item}"
        return _GETS[language].format(when=said, offer=item)
    if not _ABBREVIATED.search(offer):
        # A whole offer of its own ("a new subscription costs 29 €/month ..."): said as it is, when it runs after it.
        tail = f"{said[:1].lower()}{said[1:]}"
        return f"{offer[:1].upper()}{offer[1:]}, {tail}" + ("" if tail.endswith(".") else ".")
    comma = "" if language == "fi" and not offer[:1].isdigit() else ","
    return f"{said}{comma} {offer}."


# An offer's closing brackets ("... 29 € (ord. 36 €)"): an abbreviation there ends the sentence with it.
_CLOSING_BRACKETS = re.compile(r"\s*\([^()]*\)\s*$")


def _unbracketed(offer: str) -> str:
    """``offer`` without its closing brackets."""
    return _CLOSING_BRACKETS.sub("", offer)


# An abbreviation's stop inside an offer ("(ord. 399 €)", "(norm. 249 €)"): what follows it reads as a new sentence.
_ABBREVIATED = re.compile(r"\b(?:ord|norm|t\.ex|esim|ca|inkl|bl\.a|n)\.\s", re.IGNORECASE)
