"""The case a question asks about, of a fact the guidance states case by case: how long a thing keeps in the freezer
and not in the fridge, an opened jar and not an unopened one, postage to Sweden and not within Finland.

The nearest statement by meaning speaks of the same thing and the same kind of fact, and so of the wrong case as
readily as the right one ("hur länge håller den i frysen?" answered with the fridge's 3 weeks, "paljonko postikulut
Ruotsiin?" with the Finnish parcel price, "pitääkö leipä viipaloida ennen pakastusta?" with pausing the bread club:
reply-plans-x's panel, spent, skipped each as a wrong fact). A question naming one case of a dimension
(``data/conditions.yaml``: storage, opened, country) asks about that case: a statement naming it answers, one naming
only other cases of it answers another question (:func:`other_case`). Read by the plan (the passage naming the case
leads among those nearly as close, :func:`bot.opportunities.assess.rank_passages`) and by the offline drafter (the
statement naming the case, else "guidance does not answer this"). Pure, fi/sv/en.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from bot.opportunities.coverage import asks_for

__all__ = [
    "Dimension",
    "asked_cases",
    "cases",
    "named_anywhere",
    "names_cases",
    "other_case",
    "post_cases",
    "unlisted",
]


@dataclass(frozen=True)
class Dimension:
    name: str
    listed: bool  # a statement naming the other cases answers for the one it leaves out (a list of countries)
    cases: dict[str, tuple[re.Pattern[str], ...]]
    asked_with: tuple[re.Pattern[str], ...]  # what a question must also speak of for its case to be asked


@cache
def _dimensions() -> tuple[Dimension, ...]:
    raw = yaml.safe_load(resources.files("bot.opportunities").joinpath("data/conditions.yaml").read_text("utf-8"))
    return tuple(
        Dimension(
            str(name),
            bool(block.get("listed", False)),
            {
                str(case): tuple(re.compile(str(p), re.IGNORECASE) for p in patterns)
                for case, patterns in block["cases"].items()
            },
            tuple(re.compile(str(p), re.IGNORECASE) for p in block.get("asked_with", ())),
        )
        for name, block in raw.items()
    )


def cases(text: str) -> dict[str, frozenset[str]]:
    """The cases ``text`` names, by dimension (only dimensions it names a case of)."""
    found: dict[str, frozenset[str]] = {}
    for dimension in _dimensions():
        named = frozenset(case for case, patterns in dimension.cases.items() if any(p.search(text) for p in patterns))
        if named:
            found[dimension.name] = named
    return found


def asked_cases(question: str) -> dict[str, str]:
    """The one case per dimension ``question`` names ("i frysen": storage ``freezer``); a question naming two cases
    of one dimension ("fridge or freezer?") asks about neither alone, and that dimension is left out, and so is one
    whose ``asked_with`` the question does not speak of ("I'm in Sweden, is it vegan?" asks nothing of Sweden)."""
    named = cases(question)
    return {
        d.name: next(iter(named[d.name]))
        for d in _dimensions()
        if len(named.get(d.name, ())) == 1 and (not d.asked_with or any(p.search(question) for p in d.asked_with))
    }


# The dimensions a post's case carries to the questions under it: where a parcel goes. A post's storage or opened pack
# ("Näin pakastat ruisleivän", a review mentioning the fridge) is its topic, not the case of every question below it.
POST_DIMENSIONS = frozenset({"country"})
# Sending or the parcel arriving, said in the question itself: "vad kostar ett par?" under a title about shipping to
# Sweden asks the price of a pair, which no country changes.
_SENT = re.compile(
    r"\b(toimit\w*|toimitu\w*|lähet\w*|rahti\w*|postiku\w*|postimaks\w*|perille|saapu\w*|frakt\w*|skick\w*|"
    r"lever\w*|porto\w*|kommer(?:\s+\w+)?\s+fram|komma(?:\s+\w+)?\s+fram|anländ\w*|ship\w*|deliver\w*|postage|arriv\w*)",
    re.IGNORECASE,
)


def post_cases(question: str, title: str) -> dict[str, str]:
    """The country the post's ``title`` asks about (:func:`asked_cases` of the title: one country, beside sending,
    buying or a price), for a question that names none itself and asks an amount, a duration or a date
    (:func:`bot.opportunities.coverage.asks_for`) of the sending or the parcel's arrival: "hur lång tid tar det innan
    de kommer fram?" under "Nu skickar vi även till Sverige!" asks the delivery time to Sweden, which the nearest
    passage by meaning, the delivery time within Finland, does not answer (reply-plans-ac, spent). Only the title: a
    post's body mentions countries in passing. A title naming two countries, or one beside nothing it is asked with,
    gives none. Over the spent reply-plans sets it reads four questions, each labelled with a passage naming that
    country or none."""
    if not title or not asks_for(question) & {"amount", "duration", "when"} or not _SENT.search(question):
        return {}
    named = cases(question)
    return {
        d.name: case
        for d in _dimensions()
        if d.name in POST_DIMENSIONS
        and (case := asked_cases(title).get(d.name)) is not None
        and d.name not in named
        and any(p.search(question) for p in d.asked_with)
    }


def without_opened(text: str) -> str:
    """``text`` without the words naming a pack opened or unopened ("en öppnad burk", "avattu purkki", "once
    open"): a state of the thing, which :mod:`bot.opportunities.acts` must not read as a place being open."""
    for dimension in _dimensions():
        if dimension.name == "opened":
            for patterns in dimension.cases.values():
                for pattern in patterns:
                    text = pattern.sub(" ", text)
    return text


def names_cases(asked: dict[str, str], text: str) -> bool:
    """Whether ``text`` names every case of ``asked``."""
    named = cases(text)
    return all(case in named.get(dimension, frozenset()) for dimension, case in asked.items())


def other_case(asked: dict[str, str], text: str, *, listing: bool = True) -> str | None:
    """The dimension for which ``text`` names other cases than the one asked and not it, or None: "A fridge keeps it
    3 weeks" for a freezer question. With ``listing`` False, a dimension whose statements list cases (countries
    shipped to, which tell "no" of the others) counts too; by default it does not."""
    named = cases(text)
    for dimension in _dimensions():
        case = asked.get(dimension.name)
        said = named.get(dimension.name, frozenset())
        if case is None or not said or case in said:
            continue
        if dimension.listed and listing:
            continue
        return dimension.name
    return None


def unlisted(asked: dict[str, str]) -> dict[str, str]:
    """The cases of ``asked`` whose dimension does not answer by listing other cases (storage, opened)."""
    listed = {d.name for d in _dimensions() if d.listed}
    return {name: case for name, case in asked.items() if name not in listed}


def named_anywhere(asked: dict[str, str], texts: Iterable[str]) -> dict[str, str]:
    """The cases of ``asked`` some text of ``texts`` names (the guidance speaks of that case somewhere)."""
    found: dict[str, str] = {}
    for text in texts:
        named = cases(text)
        found.update({d: c for d, c in asked.items() if c in named.get(d, frozenset())})
    return found
