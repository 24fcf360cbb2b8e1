"""Opening hours the guidance states only in another language, said in the reply's language (issue 25).

"Onko lauantaisin auki?" under guidance that says "The workshop is open Tue–Fri 10–17 and Sat 10–14" was skipped
with "the guidance states the answer only in English" (reply-plans-s, spent; "mihin asti ootte auki?" likewise in
reply-plans-t, spent). A schedule needs no translation of free text: its hours read the same in every language and
its weekdays are a closed list with a name in each ("Tue" / "ti" / "tis"). So a statement that gives opening hours
and nothing else of a figure is said in a fixed sentence of the reply's language ("Aukioloajat: ti–pe klo 10–17 ja
la klo 10–14."), every day and hour as the statement gives them; a schedule stated for a month, a date or a
condition ("auki heinäkuussa ma–la klo 8–18, kun satoa riittää") is not bridged, since the fixed sentence would drop
it, and nor is one beside a price or another figure.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from bot.opportunities.objects import days

# Each weekday's names in the three languages (abbreviations and whole words, any inflection of a whole word), and
# how the reply in each language writes it in a schedule. The two-letter Finnish abbreviations ("to", "la", "ma")
# are words of English and Swedish too: they are read only in a statement written in Finnish.
_DAYS = (
    (r"mon(?:day)?s?|maanantai\w*|mån(?:dag\w*)?", "ma", {"fi": "ma", "sv": "mån", "en": "Mon"}),
    (r"tue(?:s(?:day)?)?s?|tiistai\w*|tis(?:dag\w*)?", "ti", {"fi": "ti", "sv": "tis", "en": "Tue"}),
    (r"wed(?:nesday)?s?|keskiviikko\w*|ons(?:dag\w*)?", "ke", {"fi": "ke", "sv": "ons", "en": "Wed"}),
    (r"thu(?:rs(?:day)?)?s?|torstai\w*|tors(?:dag\w*)?", "to", {"fi": "to", "sv": "tors", "en": "Thu"}),
    (r"fri(?:day)?s?|perjantai\w*|fre(?:dag\w*)?", "pe", {"fi": "pe", "sv": "fre", "en": "Fri"}),
    (r"sat(?:urday)?s?|lauantai\w*|lör(?:dag\w*)?", "la", {"fi": "la", "sv": "lör", "en": "Sat"}),
    (r"sun(?:day)?s?|sunnuntai\w*|sön(?:dag\w*)?", "su", {"fi": "su", "sv": "sön", "en": "Sun"}),
    (
        r"daily|every day|päivittäin|joka päivä|dagligen|alla dagar|varje dag",
        "(?!)",
        {"fi": "joka päivä", "sv": "alla dagar", "en": "daily"},
    ),
)
_HOUR = r"\d{1,2}(?:[.:]\d{2})?"


def _part(finnish: bool) -> re.Pattern[str]:
    """One part of a schedule: a day or a range of days, then (after "klo", "kl.", "at", a comma) a range of
    hours; the two-letter Finnish abbreviations only in a Finnish statement (``finnish``)."""
    day = "|".join(f"(?:{names}{'|' + short if finnish else ''})" for names, short, _ in _DAYS)
    return re.compile(
        rf"(?<!\w)({day})\.?(?:(?:\s?[–-]\s?|\s+(?:to|till|through|until)\s+|\s+)({day})\.?)?(?!\w)\s*,?\s*"
        rf"(?:klo|kl\.?|kello|klockan|at|from)?\s*"
        rf"({_HOUR})\s?[–-]\s?({_HOUR})(?![\d.,:]?\d)",
        re.IGNORECASE,
    )


_PARTS = {True: _part(True), False: _part(False)}
_ANY_DAY = {
    finnish: re.compile(
        "(?<!\\w)(?:" + "|".join(f"{names}{'|' + short if finnish else ''}" for names, short, _ in _DAYS) + ")(?!\\w)",
        re.IGNORECASE,
    )
    for finnish in (True, False)
}
# Between two parts: "and", "ja", "och", a comma or a semicolon, nothing else.
_BETWEEN = re.compile(r"\s*(?:,|;|\band\b|\bja\b|\boch\b|\bsekä\b|\bsamt\b)?\s*", re.IGNORECASE)
# A word saying the hours are when something is open.
_OPEN = re.compile(r"\b(open\w*|auki|avoinna|aukiolo\w*|avoin\w*|öppe[tn]\w*|öppna\w*|öppettid\w*)\b", re.IGNORECASE)
# What a schedule may not be said without: a month, a date, a season, a condition ("if", "when", "kun").
_BOUND = re.compile(
    r"\b(if|unless|when|during|except|jos|kun|mikäli|paitsi|om|när|utom|under|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"tammi\w*|helmi\w*|maalis\w*|huhti\w*|touko\w*|kesä\w*|heinä\w*|elo\w*|syys\w*|loka\w*|marras\w*|joulu\w*|"
    r"januari|februari|mars|maj|juni|juli|augusti|oktober|"
    r"summer|winter|spring|autumn|season|sommar\w*|vinter\w*|höst\w*|vår\w*|säsong\w*|kesäll\w*|talve\w*|"
    r"syksy\w*|kevä\w*|kausi\w*|holiday\w*|pyhä\w*|helgdag\w*)\b",
    re.IGNORECASE,
)
_FIGURE = re.compile(r"\d")


def _closed_days(finnish: bool) -> re.Pattern[str]:
    """Days said to be closed, with the word saying so before or after them ("suljettu su–ma", "sunnuntaisin ja
    maanantaisin suljettu", "closed on Sundays and Mondays", "stängt måndagar")."""
    day = "(?:" + "|".join(f"{names}{'|' + short if finnish else ''}" for names, short, _ in _DAYS[:7]) + r")\.?"
    days = rf"{day}(?:\s*(?:,|\bja\b|\boch\b|\band\b|\bsekä\b|\bsamt\b|[–-])\s*{day})*"
    closed = r"(?:closed|stängt|stängda|suljettu|suljetaan|kiinni)"
    return re.compile(
        rf"(?:^|[,;]|\s(?:ja|och|and|but|mutta|men)\b)\s*(?:{closed}\s+(?:on\s+|på\s+)?(?<!\w){days}(?!\w)"
        rf"|(?<!\w){days}(?!\w)\s+(?:(?:is|are|on|ovat|är)\s+)?{closed})\s*[.!]?\s*$",
        re.IGNORECASE,
    )


_CLOSED_DAYS = {True: _closed_days(True), False: _closed_days(False)}
_LINES = {"fi": "Aukioloajat: {hours}.", "sv": "Öppettider: {hours}.", "en": "Opening hours: {hours}."}
_AND = {"fi": "ja", "sv": "och", "en": "and"}
# Before the hours: "klo" in Finnish; none in Swedish, where "kl." would read as a sentence's end to the checks.
_AT = {"fi": "klo ", "sv": "", "en": ""}
# A question about opening hours: whether or when something is open.
ASKS_HOURS = re.compile(
    r"\b(open(s|ing (hours|times))?|auki|avoinna|aukiolo\w*|aukeatte|aukeaa|avaatte|öppe[tn]|öppna[rs]?|öppettid\w*|"
    r"stäng\w*|closed?|suljettu|kiinni)\b(?!\s+(to|for|with|about|up|source|minded|för|med)\b)",
    re.IGNORECASE,
)


def _day(word: str) -> dict[str, str] | None:
    for names, short, said in _DAYS:
        if re.fullmatch(f"{names}|{short}", word.rstrip("."), re.IGNORECASE):
            return said
    return None


def bounded(sentence: str) -> bool:
    """Whether ``sentence`` says its times for a month, a season, a holiday or a condition ("Gårdscaféet är öppet i
    juli och augusti varje dag kl. 10–17"), which a fixed sentence would drop."""
    return bool(_BOUND.search(sentence))


def asks_hours(question: str) -> bool:
    """Whether ``question`` asks when or whether something is open ("onko lauantaisin auki", "är ni öppna på
    måndagar", "what are your opening hours")."""
    return bool(ASKS_HOURS.search(question))


def hours_line(sentence: str, language: str, written_in: str | None = None) -> str | None:
    """The opening hours ``sentence`` (a statement in any language) gives, as a sentence in ``language``
    ("Opening hours: Tue–Fri 10–17 and Sat 10–14." → "Öppettider: tis–fre kl. 10–17 och lör kl. 10–14."), or None
    when it gives none, says no word of opening, names a month, a date, a season or a condition, or states a figure
    beside its schedule. ``written_in`` is the statement's own language."""
    hours = schedule(sentence, language, written_in)
    return _LINES[language].format(hours=hours) if hours is not None else None


def schedule(sentence: str, language: str, written_in: str | None = None) -> str | None:
    """The days and hours of :func:`hours_line` without its opening words ("ti–pe klo 10–17 ja la klo 10–14"), or
    None where :func:`hours_line` says none."""
    if language not in _LINES or not _OPEN.search(sentence) or _BOUND.search(sentence):
        return None
    found = list(_PARTS[written_in == "fi"].finditer(sentence))
    if not found:
        return None
    for before, after in itertools.pairwise(found):
        if not _BETWEEN.fullmatch(sentence[before.end() : after.start()]):
            return None  # something stands between two parts: said only as the statement says it
    rest = sentence[: found[0].start()] + " " + sentence[found[-1].end() :]
    # The days it is closed, beside the open ones ("..., sunnuntaisin ja maanantaisin suljettu"): where the open and
    # the closed days make the whole week, the days and hours said tell the closed days too. Where a day is left out
    # ("Open Mon–Fri 10–17, closed Sundays": Saturday?), the fixed sentence would drop what is said of it.
    without_closed = _CLOSED_DAYS[written_in == "fi"].sub(" ", rest)
    if without_closed != rest:
        opened, closed = set(open_hours(sentence, written_in)), closed_days(sentence)
        if opened & closed or opened | closed != set(range(7)):
            return None
        rest = without_closed
    if _FIGURE.search(rest) or _ANY_DAY[written_in == "fi"].search(rest):
        return None  # another figure or day beside the schedule ("tiistaista" before "lauantaihin klo 15–21")
    parts = []
    for hit in found:
        first, last, opens, closes = hit.groups()
        start, end = _day(first), _day(last) if last else None
        if start is None or (last and end is None):
            return None
        days = start[language] + (f"–{end[language]}" if end else "")
        parts.append(f"{days} {_AT[language]}{opens}–{closes}")
    hours = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} {_AND[language]} {parts[-1]}"
    return hours


# Whether a day is open, asked: "onko lauantaisin auki", "är ni öppna på måndagar", "are you closed on Sundays?".
# A plain yes or no first, as the panels asked (reply-plans-p, -s, spent: "Aukioloajat: ..." alone "doesn't say yes";
# "Måndagar stängt" for a Saturday "misleads"). Not for a question asking when ("mihin aikaan ... lauantaina", "what
# are your opening hours, coming on saturday"), nor one bound to a season or a holiday the hours may not hold for.
_CLOSED = re.compile(r"\b(closed?|shut|suljettu|suljet\w*|kiinni|stäng\w*)\b", re.IGNORECASE)
_WHEN = re.compile(
    r"\b(when|what time|until|hours|how late|milloin|mihin|moneltako|monelta|koska|mitkä|mihinkä|asti|saakka|"
    r"aukioloaj\w*|när|hur dags|vilka tider|öppettid\w*|till när|mellan)\b",
    re.IGNORECASE,
)
_DAY_ADVERBS = {
    "fi": (
        "maanantaisin",
        "tiistaisin",
        "keskiviikkoisin",
        "torstaisin",
        "perjantaisin",
        "lauantaisin",
        "sunnuntaisin",
    ),
    "sv": ("måndagar", "tisdagar", "onsdagar", "torsdagar", "fredagar", "lördagar", "söndagar"),
    "en": ("Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays"),
}
# A day open is said by its name ("lauantaisin"); a day closed by the schedule itself ("Nej, vi har öppet tis–fre
# 10–17 och lör 10–14."), which the checks find in the guidance as they find the hours line.
_DAY_ANSWERS = {
    ("fi", True): "Kyllä, olemme auki {days}.",
    ("fi", False): "Ei, olemme auki {hours}.",
    ("sv", True): "Ja, vi har öppet på {days}.",
    ("sv", False): "Nej, vi har öppet {hours}.",
    ("en", True): "Yes, we are open on {days}.",
    ("en", False): "No, we are open {hours}.",
}
_CLOSED_ANSWERS = {  # the question asks whether it is closed: the yes and no turn over
    ("fi", True): "Ei, olemme auki {days}.",
    ("fi", False): "Kyllä, olemme auki vain {hours}.",
    ("sv", True): "Nej, vi har öppet på {days}.",
    ("sv", False): "Ja, vi har öppet endast {hours}.",
    ("en", True): "No, we are open on {days}.",
    ("en", False): "Yes, we are open only {hours}.",
}


def open_hours(text: str, written_in: str | None = None) -> dict[int, tuple[str, str]]:
    """The hours (opening, closing) of each day (0 Monday .. 6 Sunday) a schedule of days and hours in ``text``
    opens, in sentences bound to no month, season or condition (:func:`bounded`): "open Tue–Fri 10–17 and Sat
    10–14" opens 1..4 at 10–17 and 5 at 10–14."""
    found: dict[int, tuple[str, str]] = {}
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if bounded(sentence) or not _OPEN.search(sentence):
            continue
        for hit in _PARTS[written_in == "fi"].finditer(sentence):
            first, last = _index(hit.group(1)), _index(hit.group(2)) if hit.group(2) else None
            if first is None or (hit.group(2) and last is None) or last == 7:
                continue
            if first == 7:
                covered: Iterable[int] = range(7)
            elif last is None:
                covered = (first,)
            else:
                covered = range(first, last + 1) if first <= last else (*range(first, 7), *range(0, last + 1))
            for day in covered:
                found[day] = (hit.group(3), hit.group(4))
    return found


def _index(word: str) -> int | None:
    for index, (names, short, _) in enumerate(_DAYS):
        if re.fullmatch(f"{names}|{short}", word.rstrip("."), re.IGNORECASE):
            return index
    return None


def closed_days(text: str) -> frozenset[int]:
    """The days a clause of ``text`` says are closed ("It is closed on Sundays and Mondays", "maanantaisin
    suljettu"), in clauses bound to no month, season or condition."""
    found: set[int] = set()
    for clause in re.split(r"[.!?;,]|\b(?:but|mutta|men)\b", text):
        if _CLOSED.search(clause) and not bounded(clause):
            found.update(days(clause))
    return frozenset(found)


def day_answer(question: str, text: str, language: str, written_in: str | None = None) -> str | None:
    """A plain yes or no for a question asking whether the brand is open (or closed) on a day, from the schedule
    ``text`` (a passage) states: yes where its hours open every day asked, no where it says every day asked is
    closed ("Är de öppna på måndagar" and "... It is closed on Sundays and Mondays." → "Nej, vi har stängt på
    måndagar."). None where the question asks when, names no day, is bound to a season or a holiday, or the
    passage settles not every day asked the same way: a day it only leaves out of its hours may open by
    appointment, and a wrong no is worse than none."""
    if language not in _DAY_ADVERBS or not asks_hours(question) or _WHEN.search(question) or bounded(question):
        return None
    asked = days(question)
    if not asked or len(asked) > 2:
        return None
    hours, closed = open_hours(text, written_in), closed_days(text)
    opened = set(hours)
    if asked <= opened and not asked & closed:
        is_open = True
    elif asked <= closed and not asked & opened:
        is_open = False
    else:
        return None
    names = [_DAY_ADVERBS[language][d] for d in sorted(asked)]
    said = f" {_AND[language]} ".join(names)
    answers = _CLOSED_ANSWERS if _CLOSED.search(question) else _DAY_ANSWERS
    times = {hours[d] for d in asked} if is_open else set()
    if len(times) == 1:  # "Kyllä, olemme auki lauantaisin klo 10–14.": the day's own hours, as the schedule says
        opens, closes = times.pop()
        said = f"{said} {_AT[language]}{opens}–{closes}"
    whole = next(
        (found for sentence in re.split(r"(?<=[.!?])\s+", text) if (found := schedule(sentence, language, written_in))),
        None,
    )
    if not is_open and whole is None:
        return None  # a no is said with the hours that are open
    line = answers[(language, is_open)].format(days=said, hours=whole)
    return line[:1].upper() + line[1:]
