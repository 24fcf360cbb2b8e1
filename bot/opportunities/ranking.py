"""Which passage answers a question (pure): a small learned combination of what the plan already reads.

The plan used to rank passages by similarity plus hand-set bonuses (a shared slot, a named product, the question's
own object). On the spent reply-plans sets (eleven writers, 1 129 comments labelled *answer* with their answering
passages) that put a labelled passage first for 56 % of them; half the questions are asked in another language than
the one passage that states their fact, where e5-small's similarity alone ranks it first a third of the time. Here
the same signals and a few more are weighed together, each candidate scored by :data:`FEATURES` times the weights of
``data/passage_model.yaml``, built by ``python -m eval.passage_train`` with a conditional logit (the labelled passages
against the other candidates of the same question), its weights checked leave-one-writer-out before they are kept.

Signals per candidate passage: its e5 similarity to the comment (a query against a passage) with the pull towards
the comment's own language taken out (``shift``), the same for the comment's question sentences alone (its greeting
and story left out), the similarity of the two read alike (both as e5 queries, which lines up languages better), the
slots both speak of (specific and generic), a specific slot asked that the passage lacks, whether it holds the kind of
fact asked (a price, a duration, a place: :mod:`bot.opportunities.coverage`), the question's own object, a named
product, an idf-weighted share of the question's words, a measure in the same unit (a 14-metre boat and the 12-metre
limit), its kind and whether it is written in the comment's language.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from bot.domain import Passage
from bot.opportunities.coverage import asks_for, missing, questions
from bot.opportunities.objects import OBJECT_SHARE, language_common, long_stems, names_own_object
from bot.opportunities.plan import (
    GENERIC_SLOTS,
    asked_slots,
    off_slot,
    passage_slots,
    product_fit,
    slots,
    subject_fit,
    subject_stems,
)

FEATURES = (
    "cos",  # e5 similarity, comment (query) against passage
    "shift",  # what lifts the passage's language to the comment's (assess.language_shifts)
    "cos_gap",  # cos + shift below the best candidate's
    "question_cos",  # the comment's question sentences alone against the passage
    "question_gap",  # question_cos + shift below the best candidate's
    "alike",  # comment and passage both read as e5 queries
    "alike_shift",  # the language pull of ``alike``, as ``shift``
    "alike_gap",  # alike + alike_shift below the best candidate's
    "subject",  # names a thing the question names that few passages name (plan.subject_fit)
    "specific_slots",  # specific slots both speak of (the warranty, the delivery)
    "generic_slots",  # generic slots both speak of (a price, a duration, a place)
    "off_slot",  # the question asks a specific slot the passage does not speak of
    "holds_asked",  # the question asks a kind of fact (coverage.asks_for) and the passage states it
    "lacks_asked",  # it asks one and the passage states none
    "product",  # +1 names the product asked about, -1 names only others
    "own_object",  # names the question's own object (objects.names_own_object)
    "words",  # idf-weighted share of the question's long stems (no slot's words) the passage has
    "campaign",
    "support",
    "faq",
    "same_language",  # written in the comment's language (or in none)
    "same_unit",  # states a measure in a unit the question states one in (m, ft, t, kg, cm, km, °, %)
)


@dataclass(frozen=True)
class Candidate:
    """A passage with the similarities :func:`features` reads (each from its own e5 search or vectors)."""

    passage: Passage
    cos: float
    question_cos: float
    alike: float


# Measures a question may state that a limit in the guidance answers ("tar ni emot båtar som är 14 meter", "mahtuuko
# 9 tonnin vene"): units of length, weight, temperature and share, written the fi/sv/en ways.
_MEASURE = re.compile(
    r"\d+(?:[.,]\d+)?\s*-?\s*(m|meter\w*|metri\w*|metre\w*|fot\w*|ft|feet|foot|jalka\w*|jalan\w*|jalkai\w*|"
    r"ton\w*|kg|kilo\w*|cm|km|°|grad\w*|astee\w*|%|prosent\w*|procent\w*)\b",
    re.IGNORECASE,
)
_MEASURE_UNITS = (
    ("metr", "m"), ("mete", "m"), ("fot", "ft"), ("ft", "ft"), ("fee", "ft"), ("foo", "ft"), ("jal", "ft"),
    ("ton", "t"), ("kg", "kg"), ("kilo", "kg"), ("cm", "cm"), ("km", "km"), ("°", "°"), ("grad", "°"),
    ("aste", "°"), ("%", "%"), ("pros", "%"), ("proc", "%"),
)  # fmt: skip


def measures(text: str) -> frozenset[str]:
    """The units of the measures ``text`` states: "14 meter" and "12 m" are both ``m``, "28 fots" and "38 €/jalka"
    ``ft``."""
    found = set()
    for raw in _MEASURE.findall(text):
        unit = raw.lower()
        if unit == "m":
            found.add("m")
            continue
        found.update(name for prefix, name in _MEASURE_UNITS if unit.startswith(prefix))
    return frozenset(found)


def language_shifts(scored: Sequence[tuple[str | None, float]], at_least: int = 3) -> dict[str, float]:
    """Per language, the highest average similarity of a language's passages minus its own (0 for the language the
    text reads closest to); languages with fewer than ``at_least`` passages, and language-neutral ones, are not
    shifted."""
    by: dict[str, list[float]] = {}
    for language, score in scored:
        if language:
            by.setdefault(language, []).append(score)
    means = {lang: sum(v) / len(v) for lang, v in by.items() if len(v) >= at_least}
    if len(means) < 2:
        return {}
    top = max(means.values())
    return {lang: top - mean for lang, mean in means.items()}


def features(
    text: str,
    candidates: Sequence[Candidate],
    *,
    language: str | None,
    focus: str | None = None,
    names: dict[str, str] | None = None,
) -> list[dict[str, float]]:
    """:data:`FEATURES` of each candidate passage for the comment ``text`` written in ``language``."""
    if not candidates:
        return []
    passages = [c.passage for c in candidates]
    answering = [p for p in passages if p.kind != "support"]
    shift = language_shifts([(c.passage.language, c.cos) for c in candidates if c.passage.kind != "support"])
    alike_shift = language_shifts([(c.passage.language, c.alike) for c in candidates])
    subject = subject_stems(text, [p.text for p in answering])
    common = language_common([(" ".join((p.heading, p.text)), p.language) for p in answering], OBJECT_SHARE)
    brand = list((names or {}).values())
    asked = asked_slots(text)
    asking = questions(text)
    kinds = asks_for(asking)
    counts = Counter(stem for p in passages for stem in long_stems(p.text))
    # A word of a slot ("maksaa", "kostar", "delivery") says what kind of fact is asked, not about what: the slot
    # features weigh it.
    own_stems = long_stems(" ".join(w for w in asking.split() if not slots(w)))
    weight = {stem: math.log(1 + len(passages) / max(1, counts[stem])) for stem in own_stems}
    total = sum(weight.values())
    units = measures(text)

    def lift(c: Candidate) -> float:
        return shift.get(c.passage.language or "", 0.0) if c.passage.kind != "support" else 0.0

    best_cos = max(c.cos + lift(c) for c in candidates)
    best_question = max(c.question_cos + lift(c) for c in candidates)
    best_alike = max(c.alike + alike_shift.get(c.passage.language or "", 0.0) for c in candidates)
    out = []
    for c in candidates:
        p = c.passage
        shared = asked & passage_slots(p.text, p.kind)
        holds = bool(kinds) and missing(asking, p.text) is None
        up, alike_up = lift(c), alike_shift.get(p.language or "", 0.0)
        out.append(
            {
                "cos": c.cos,
                "shift": up,
                "cos_gap": c.cos + up - best_cos,
                "question_cos": c.question_cos,
                "question_gap": c.question_cos + up - best_question,
                "alike": c.alike,
                "alike_shift": alike_up,
                "alike_gap": c.alike + alike_up - best_alike,
                "subject": 1.0 if subject_fit(subject, p.text) else 0.0,
                "specific_slots": float(len(shared - GENERIC_SLOTS)),
                "generic_slots": float(len(shared & GENERIC_SLOTS)),
                "off_slot": float(off_slot(asked, p.text, p.kind)),
                "holds_asked": float(holds),
                "lacks_asked": float(bool(kinds) and not holds),
                "product": float(math.copysign(1, fit)) if (fit := product_fit(focus, p.text, names or {})) else 0.0,
                "own_object": float(names_own_object(text, " ".join((p.heading, p.text)), brand, common)),
                "words": sum(weight[s] for s in own_stems & long_stems(p.text)) / total if total else 0.0,
                "campaign": float(p.kind == "campaign"),
                "support": float(p.kind == "support"),
                "faq": float(p.kind == "faq"),
                "same_language": float(p.language in (language, None, "")),
                "same_unit": float(bool(units & measures(p.text))),
            }
        )
    return out


@cache
def weights() -> dict[str, float]:
    """The weights of ``data/passage_model.yaml`` (every one of :data:`FEATURES`; a missing one weighs nothing)."""
    raw = yaml.safe_load(resources.files("bot.opportunities").joinpath("data/passage_model.yaml").read_text("utf-8"))
    return {name: float((raw.get("weights") or {}).get(name, 0.0)) for name in FEATURES}


def order(
    text: str,
    candidates: Sequence[Candidate],
    *,
    language: str | None,
    focus: str | None = None,
    names: dict[str, str] | None = None,
) -> list[tuple[float, Candidate]]:
    """The candidates scored by the learned weights, best first."""
    w = weights()
    rows = features(text, candidates, language=language, focus=focus, names=names)
    scored = [(sum(w[n] * row[n] for n in FEATURES), c) for row, c in zip(rows, candidates, strict=True)]
    return sorted(scored, key=lambda x: x[0], reverse=True)
