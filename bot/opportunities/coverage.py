"""What kind of fact a question asks for, and whether a text states a fact of that kind: one recogniser for the
reply plan and the drafters.

Similarity does not separate a question the guidance answers from one it does not (on the spent reply-plans
sets the unanswered ones scored 0.823-0.884 against 0.826-0.934): "how long does the installation take?" sits
as close to the installation passage whether or not the passage states a time. This module asks instead what
*kind* of fact the question wants (``data/coverage.yaml``: an amount of money, a count, a duration, a time of
day, a frequency, a date, a place, what a thing includes, a size; or a topic shops seldom write about: hiring,
new places, who owns the company) and whether a passage or a sentence states that kind at all. The plan answers
only when a passage holds it (:func:`missing`); the offline drafter states the sentence that holds it
(:func:`asks_for`, :func:`states`).
Pure, and language-blind in the text: a Swedish question may be answered by a Finnish passage, and a figure is
a figure in every language.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml

from bot.opportunities.amounts import amounts
from bot.opportunities.places import countries, held_by_regions

_TIME_UNITS = frozenset({"min", "hour", "day", "week", "month", "year"})
_QUESTIONS = re.compile(r"(?<=[?])\s*")
_SENTENCES = re.compile(r"(?<=[.!?;])\s+")


@cache
def _vocabulary() -> dict[str, dict[str, list[re.Pattern[str]]]]:
    raw = yaml.safe_load(resources.files("bot.opportunities").joinpath("data/coverage.yaml").read_text("utf-8"))
    return {
        group: {str(kind): [re.compile(str(p), re.IGNORECASE) for p in patterns] for kind, patterns in block.items()}
        for group, block in raw.items()
    }


def _kinds(group: str, text: str) -> frozenset[str]:
    return frozenset(kind for kind, patterns in _vocabulary()[group].items() if any(p.search(text) for p in patterns))


def questions(text: str) -> str:
    """The questions of ``text`` where it has any (a price said in passing beside them asks nothing), else all
    of it."""
    asked = [q for q in _QUESTIONS.split(text) if q.strip().endswith("?")]
    return " ".join(asked) or text


# Where a question joins two asks ("paljonko toimitus ruotsiin ja kauanko kestää", "what does it cost, and how long
# does it take"): a conjunction between words, or a question mark or a semicolon.
JOINS = re.compile(r"\s(?:ja|sekä|and|och|samt)\s|[?;]", re.IGNORECASE)


def _asked_kinds(question: str) -> frozenset[str]:
    """:func:`_kinds` of the whole question and of each part it joins (:data:`JOINS`): a pattern's guard reading
    past the join ("paljonko toimitus" is no price where "kestää" follows, as in "paljonko toimitus kestää") must not
    take the first ask away because the second asks a time (reply-plans-ad's panel, spent: "how much to Sweden and how
    long?" answered with the price alone)."""
    kinds = _kinds("asks", question)
    for part in JOINS.split(question):
        if part.strip() and part.strip() != question.strip():
            kinds |= _kinds("asks", part)
    return kinds


def asks_for(question: str) -> frozenset[str]:
    """The kinds of fact ``question`` asks for: ``amount`` (a price, or whether it costs anything at all),
    ``count``, ``duration`` (``length`` too where it asks how long the thing itself takes), ``clock``,
    ``frequency``, ``when`` (a date), ``place``, ``contents`` (what a thing includes: its parts, not its price) and
    ``size``; each ask of a question joining two counts (:func:`_asked_kinds`)."""
    kinds = _asked_kinds(question)
    if "length" in kinds and any(p.search(question) for p in _vocabulary()["spans"]["until"]):
        # "hur lång tid tar det innan glasögonen är klara?" asks how soon, which a wait answers too
        return kinds - {"length"}
    return kinds


def states(text: str, kind: str) -> bool:
    """Whether ``text`` (a passage or one sentence) states a fact of ``kind``: an amount of money or that it is
    free, a number, a time span (a figure in a unit of time, a deadline, a date), a time of day, a rate, a date
    or a month (in any inflection: "maaliskuun alussa"), a place (an address, a town in a locative: "Oulussa", a
    store, a website), what a thing includes (a verb of including or assessing, or a list of its parts), a size (a
    figure in a unit of area, length or volume, a count of rooms)."""
    if kind == "duration" and any(unit in _TIME_UNITS for _, unit in amounts(text)):
        return True
    if kind == "length":
        # How long a thing itself takes: a span with a verb of lasting beside it ("kestää noin 1,5 tuntia"), or one
        # said as no wait or rate ("Delivery: 3–5 working days"); "wait 3–4 weeks after a move" and "once a year"
        # are other questions' answers (a tuning's length asked, its frequency given: reply-plans-n, spent).
        # Read sentence by sentence: a passage's return rule "within 30 days after delivery" takes nothing from its
        # delivery time.
        return any(_length(sentence) for sentence in _SENTENCES.split(text))
    return any(p.search(text) for p in _vocabulary()["states"][kind])


def _length(sentence: str) -> bool:
    if not states(sentence, "duration"):
        return False
    lasting = any(p.search(sentence) for p in _vocabulary()["states"]["length"])
    return lasting or not any(p.search(sentence) for p in _vocabulary()["spans"]["around"])


def needed(asked: frozenset[str]) -> frozenset[str]:
    """The kinds an answer to a question asking ``asked`` must state, one of them being enough: how long a thing
    takes (``length``) is not answered by any span (``duration``) the text states."""
    return asked - {"duration"} if "length" in asked else asked


def topics(text: str, passage: bool = False) -> frozenset[str]:
    """The seldom-covered topics ``text`` speaks of: ``hiring``, ``expansion``, ``company``. A ``passage`` speaks
    of one in its statements too ("not yet announced", "tulossa": ``topic_statements``), which in a question ask
    nothing of it ("ollaan tulossa helmikuussa", we are coming in February)."""
    found = _kinds("topics", text)
    return found | _kinds("topic_statements", text) if passage else found


def missing(question: str, passage: str) -> str | None:
    """What ``question`` asks for that ``passage`` does not hold (``"duration"``, ``"hiring"``, ...), or None
    when the passage holds a kind asked (of several, one is enough) and every topic. A passage holds a kind by
    stating it (:func:`states`) and a topic by speaking of it in its own words."""
    asked = sorted(needed(asks_for(question)))
    if asked and not any(states(passage, kind) for kind in asked):
        # "Where can I buy stones and how much?": a passage with the price answers the part it can.
        return "duration" if asked[0] == "length" else asked[0]  # a length is the duration asked
    for topic in sorted(topics(question) - topics(passage, passage=True)):
        return topic
    return None


def amount_for_other_places(question: str, passage: str) -> bool:
    """Whether ``question`` asks an amount for a country ("paljonko toimitus suomeen", "vad kostar frakten till
    Sverige?") and every sentence of ``passage`` stating an amount names other countries only ("Delivery to Sweden
    takes 4–6 working days and shipping costs 12 €" for a question about Finland): the passage states no amount for
    the place asked, and a "yes, we deliver to Finland" answers nothing (reply-plans-ab, spent: the panel skipped it).
    A sentence naming no country, the one asked or a region holding it ("Nordics 9 €") does state it."""
    if "amount" not in asks_for(question):
        return False
    asked = countries(question)
    if not asked:
        return False
    stating = [s for s in _SENTENCES.split(passage) if states(s, "amount")]
    if not stating:
        return False
    for sentence in stating:
        named = countries(sentence) | held_by_regions(sentence)
        if not named or named & asked:
            return False
    return True


# A span of time said before an event ("2 tuntia ennen sulkemista", "24 hours before the course", "en timme innan
# stängning"): when something is last allowed, a point in time, not how long a thing lasts.
_BEFORE_EVENT = re.compile(
    r"(?:(?<![\d.,])\d+(?:[.,]\d+)?(?:\s*[–-]\s*\d+)?|\b(?:one|two|a|an|en|ett|två|yksi|yhden|kaksi|kahden))\s*"
    r"[^\W\d_]+\s+(?:before|prior to|in advance|ahead|ennen|etukäteen|ennakkoon|innan|före|i förväg)\b",
    re.IGNORECASE,
)


def span_before_event(sentence: str) -> bool:
    """Whether every span of time ``sentence`` states is said before an event (:data:`_BEFORE_EVENT`): "Viimeinen
    sisäänpääsy radoille 2 tuntia ennen sulkemista" tells the last entry, not how many hours a ticket gives."""
    spans = [amount for amount in amounts(sentence) if amount[1] in _TIME_UNITS]
    before = _BEFORE_EVENT.findall(sentence)
    return bool(before) and len(before) >= len(spans)


def asks_around(question: str) -> bool:
    """Whether ``question`` itself speaks of a time before or after something, or until it ("how long before the
    course can I cancel?", "kuinka kauan ennen pitää varata?"): a span before an event may answer it."""
    if _AHEAD.search(question):
        return True
    return any(p.search(question) for group in ("around", "until") for p in _vocabulary()["spans"][group])


_AHEAD = re.compile(r"\b(?:in advance|ahead|beforehand|etukäteen|ennakkoon|i förväg|i förhand|innan)\b", re.IGNORECASE)
