"""A date the guidance states only in another language, said in the reply's language (issue 25).

"Julkalendern ... säljs 1.11–15.12.2026" answers "mihin asti tätä joulukalenteria myydään?", and "Gift card offer:
... sold 1–24 December 2026" answers "hur länge gäller erbjudandet?": a date needs no free translation. Its day,
month and year are numbers (a month's name is its number), so the statement's one date or one period is said in a
fixed sentence of the reply's language: a date in figures as written ("1.11–15.12.2026" reads the same in every
language), a month named by its name as that language writes dates ("1–24 December 2026" is "1.–24.12.2026" in
Finnish, "1–24 december 2026" in Swedish). What the sentence says of it
is only what the statement's own words say: an offer's or a sale's period is when it is valid ("Se on voimassa
1.11.–15.12.2026."), a deadline is the last day ("viimeistään", "senast", "by"), anything else is the date or the
dates ("Datumen är 13–14 juni 2026."). A statement with two dates or periods (which one was asked?), a time of day
beside its date (the fixed sentence would drop it), or a date it gives for a condition is not bridged.
"""

from __future__ import annotations

import re

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("january", "jan", "januari", "tammikuuta", "tammikuu"),
        ("february", "feb", "februari", "helmikuuta", "helmikuu"),
        ("march", "mar", "mars", "maaliskuuta", "maaliskuu"),
        ("april", "apr", "huhtikuuta", "huhtikuu"),
        ("may", "maj", "toukokuuta", "toukokuu"),
        ("june", "jun", "juni", "kesäkuuta", "kesäkuu"),
        ("july", "jul", "juli", "heinäkuuta", "heinäkuu"),
        ("august", "aug", "augusti", "elokuuta", "elokuu"),
        ("september", "sep", "sept", "syyskuuta", "syyskuu"),
        ("october", "oct", "oktober", "okt", "lokakuuta", "lokakuu"),
        ("november", "nov", "marraskuuta", "marraskuu"),
        ("december", "dec", "joulukuuta", "joulukuu"),
    ),
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _number
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_SAID_MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}  # fmt: skip
_DASH = r"\s?[–—-]\s?"
# "1.11–15.12.2026", "1.3.–30.4.2026", "13.–14.6.2026", "15.12.2026", "15.12."
_NUMERIC = re.compile(
    rf"(?<![\d.,:/])(\d{{1,2}})\.(?:(\d{{1,2}})\.?)?(?:{_DASH}(\d{{1,2}})\.(\d{{1,2}})\.?)?((?<=\.)\d{{4}})?(?!\d|[.,:]\d)"
)
# "1–24 December 2026", "13–14 juni 2026", "1 November – 15 December 2026", "31 December 2026", "13.–14. kesäkuuta"
_NAMED = re.compile(
    rf"(?<![\d.,:])(\d{{1,2}})\.?(?:\s({_MONTH})\b\.?)?(?:{_DASH}(\d{{1,2}})\.?)?\s({_MONTH})\b\.?(?:\s(\d{{4}}))?",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"\b(klo|kl|kello|klockan)\.?\s?\d|\b\d{1,2}:\d{2}\b|\b\d{1,2}\s?[ap]\.?m\b", re.IGNORECASE)
_CONDITION = re.compile(r"\b(if|unless|jos|mikäli|ellei|om|ifall|såvida)\b", re.IGNORECASE)
# The statement's own word for what the period is: an offer, a code or a sale that is valid or sold then.
_VALID = re.compile(
    r"\b(valid|expires?|sold|on sale|offer|voimassa|myydään|myynnissä|tarjou\w*|etu\b|gäller|giltig\w*|säljs|"
    r"erbjudande\w*)\b",
    re.IGNORECASE,
)
_LATEST = re.compile(
    r"\b(by|no later than|at the latest|viimeistään|senast|deadline|until|asti|saakka|till)(\s+den)?\W*$", re.I
)
_LATEST_AFTER = re.compile(r"^\W*(mennessä|asti|saakka|viimeistään)\b", re.IGNORECASE)
_FROM = re.compile(r"\b(from|starting|since|från|fr\.?\s?o\.?\s?m\.?|on|den)\W*$", re.IGNORECASE)
_FROM_AFTER = re.compile(r"^\W*(alkaen|lähtien|mennessä)\b", re.IGNORECASE)
_LINES = {
    "valid": {"fi": "Se on voimassa {date}.", "sv": "Det gäller {date}.", "en": "It runs {date}."},
    "valid_until": {"fi": "Se on voimassa {date} asti.", "sv": "Det gäller till och med {date}.",
                    "en": "It is valid until {date}."},
    "latest": {"fi": "Viimeinen päivä on {date}.", "sv": "Sista dagen är {date}.", "en": "The last day is {date}."},
    "dates": {"fi": "Päivämäärät ovat {date}.", "sv": "Datumen är {date}.", "en": "The dates are {date}."},
    "date": {"fi": "Päivämäärä on {date}.", "sv": "Datumet är {date}.", "en": "The date is {date}."},
}  # fmt: skip
# A question asking when or until when (the kinds a question asks read "when" already: "milloin", "när", "when").
_ASKS_DATE = re.compile(
    r"\b(mihin (asti|saakka)|mistä lähtien|minä päivänä|mille päivälle|kuinka kauan \w+ (on )?voimassa|"
    r"till när|fram till när|vilket datum|vilka datum|hur länge gäller|until when|till when|what dates?|"
    r"which dates?|how long is (the|this|that) (offer|deal|sale|code|discount)\w* (valid|on|running)|valid until)\b",
    re.IGNORECASE,
)


def asks_date(question: str) -> bool:
    """Whether ``question`` asks until when or on which date or dates ("mihin asti tätä myydään", "hur länge gäller
    erbjudandet", "until when is the code valid"); a bare "when" is read by the question's kinds."""
    return bool(_ASKS_DATE.search(question))


def _dates(sentence: str) -> list[tuple[re.Match[str], tuple[int, int, int | None, int | None, int | None]]]:
    """Each date or period of ``sentence``: (its match, (first day, first month or 0 for the last's, last day or
    None, last month or None, year or None))."""
    found: list[tuple[re.Match[str], tuple[int, int, int | None, int | None, int | None]]] = []
    taken: list[tuple[int, int]] = []
    for hit in _NAMED.finditer(sentence):
        d1, m1, d2, m2, year = hit.groups()
        last = _MONTHS[m2.lower()]
        first = _MONTHS[m1.lower()] if m1 else last
        found.append((hit, (int(d1), first, int(d2) if d2 else None, last if d2 or m1 else None, _year(year))))
        taken.append(hit.span())
    for hit in _NUMERIC.finditer(sentence):
        if any(start <= hit.start() < end for start, end in taken):
            continue
        d1, m1, d2, m2, year = hit.groups()
        if m1 is None and d2 is None:
            continue  # "13." alone is no date
        if m1 is None and not (d2 and m2):
            continue
        if (
            year is None
            and d2 is None
            and not (
                _LATEST.search(sentence[: hit.start()])
                or _FROM.search(sentence[: hit.start()])
                or _LATEST_AFTER.match(sentence[hit.end() :])
                or _FROM_AFTER.match(sentence[hit.end() :])
            )
        ):
            continue  # "versio 2.5.", "paino 11.5.": a day and a month alone are a date only where a word says so
        found.append((hit, (int(d1), int(m1) if m1 else int(m2), int(d2) if d2 else None, int(m2) if m2 else None,
                            _year(year))))  # fmt: skip
    return found


def _year(text: str | None) -> int | None:
    return int(text) if text else None


def _valid(day: int, month: int) -> bool:
    return 1 <= day <= 31 and 1 <= month <= 12


def _written(parts: tuple[int, int, int | None, int | None, int | None], language: str) -> str | None:
    """A date or period as ``language`` writes it."""
    d1, m1, d2, m2, year = parts
    if not _valid(d1, m1) or (d2 is not None and not _valid(d2, m2 or m1)):
        return None
    if language == "fi":
        tail = f"{year}" if year else ""
        if d2 is None:
            return f"{d1}.{m1}.{tail}"
        if m2 is None or m2 == m1:
            return f"{d1}.–{d2}.{m1}.{tail}"
        return f"{d1}.{m1}.–{d2}.{m2}.{tail}"
    names = _SAID_MONTHS[language]
    tail = f" {year}" if year else ""
    if d2 is None:
        return f"{d1} {names[m1 - 1]}{tail}"
    if m2 is None or m2 == m1:
        return f"{d1}–{d2} {names[m1 - 1]}{tail}"
    return f"{d1} {names[m1 - 1]}–{d2} {names[m2 - 1]}{tail}"


def date_line(sentence: str, language: str) -> str | None:
    """The one date or period of ``sentence`` (a statement in any language) as a sentence in ``language``, or None
    when it states none or several, a time of day beside it, or a condition."""
    if language not in ("fi", "sv", "en") or _CONDITION.search(sentence) or _CLOCK.search(sentence):
        return None
    found = _dates(sentence)
    if len(found) != 1:
        return None
    hit, parts = found[0]
    date = _written(parts, language)
    if date is None:
        return None
    if hit.re is _NUMERIC:
        # A date in figures is said as written ("1.11–15.12.2026" in every language): the claims check reads its
        # day and month as the guidance's only in that form.
        date = hit.group(0).strip()
    before, after = sentence[: hit.start()], sentence[hit.end() :]
    period = parts[2] is not None
    if not period and (_LATEST.search(before) or _LATEST_AFTER.match(after)):
        kind = "valid_until" if _VALID.search(sentence) else "latest"
    elif _VALID.search(sentence) and period:
        kind = "valid"
    else:
        kind = "dates" if period else "date"
    return _LINES[kind][language].format(date=date).replace("..", ".")
