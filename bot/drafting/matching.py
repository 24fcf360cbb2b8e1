"""Find the guidance sentences that answer a comment, for the offline drafter.

Each candidate sentence is scored by how well it *and the passage it comes
from* match the comment (multilingual-e5: the comment as a query, sentences
and passages as passages), plus a small bonus for shared word stems (the first
five letters, which survives Finnish and Swedish inflection: *takuu/takuun*,
*garanti/garantin*)::

    score = 0.5 * cos(comment, sentence) + 0.5 * cos(comment, passage) + 0.1 * shared_stems

e5 similarities are compressed (unrelated text still scores ~0.75), so the
threshold is calibrated: on the heat-pump guidance in ``tests/drafting``,
answerable questions in fi/sv/en score >= 0.90 and off-topic or unanswerable
ones <= 0.83; :data:`ANSWER_THRESHOLD` sits between.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from bot.checks.links import EMAIL, URL
from bot.domain import Passage
from bot.opportunities.amounts import amounts
from bot.opportunities.coverage import asks_for, questions, states
from bot.opportunities.objects import FILLERS
from bot.opportunities.plan import GENERIC_SLOTS, product_fit, products_in, slot_fit, slots
from bot.ports import Embedder

_ADDRESS_START = re.compile(rf"(?:{EMAIL.pattern}|{URL.pattern}|@\w)", re.IGNORECASE)


def capitalised(text: str) -> str:
    """``text`` begun as a sentence, its first letter upper case; left as it is when it begins with an e-mail
    address, a web address or a handle, which are written as they are: "smedjan@norrsmedja.fi or +358 6 …", never
    "Smedjan@norrsmedja.fi …" (reply-plans-u's panel, session 33)."""
    if _ADDRESS_START.match(text):
        return text
    return text[:1].upper() + text[1:]


ANSWER_THRESHOLD = 0.86
SENTENCE_WEIGHT = 0.5
PASSAGE_WEIGHT = 0.5
LEXICAL_WEIGHT = 0.1
COMPANION_GAP = 0.1
# The last item of a two-item list under a label ("Payment: card, Swish (Sweden) or Klarna") is short; a longer one is
# a statement after a name ("Kampanj: januarierbjudande, Plus för 249 kr/mån i 3 månader och ...").
LIST_TAIL_WORDS = 6
# Two statements of one passage are two cases of one thing when they share this much of their long words.
CASE_OVERLAP = 0.5
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[^a-zåäöüõ\s])")
_LABEL = re.compile(r"^(?:q|a|k|v|f|s)\s*:\s*", re.IGNORECASE)  # FAQ "Q:"/"A:" (fi K/V, sv F/S)
# A passage's opening label: up to four words (no figures; a quoted name among them: "Offer 'Second Pair':") and
# a colon, then the statement.
_HEADING = re.compile(r"^[^\W\d_][^\W\d_ -]*(?:[ -]['‘’\"“”]?[^\W\d_]+['‘’\"“”]?){0,3}:\s+(?=\S)")
# A short abbreviation before a full stop ("norm.", "esim.", "t.ex.", "e.g.", "ca.", a phone number's "puh." / "tel."):
# not a sentence end ("asiakaspalvelu@x.fi tai puh. 09 ..." was cut to "... tai puh.", the number lost).
_ABBREVIATION = re.compile(
    r"(?:^|[\s(])(?:norm|esim|mm|ns|yms|jne|klo|n|ca|puh|tel|t\.ex|bl\.a|s\.k|e\.g|i\.e|approx|incl|excl|vs|etc|kl)\.$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W_]+")
# A figure's unit that an abbreviation spells alike ("8 mm." is millimetres, "mm." alone "muun muassa"): a sentence end.
_UNIT_END = re.compile(r"\d\s?mm\.$")


@dataclass(frozen=True)
class Match:
    passage: Passage
    sentence: str
    position: int  # index of the sentence inside its passage
    score: float


def split(text: str) -> list[str]:
    """The sentences of ``text``: never cut inside parentheses ("(norm. 24,90 €)") or after a short
    abbreviation ("esim.", "t.ex.", "e.g."), so no sentence ends mid-thought."""
    flat = " ".join(text.split())
    parts: list[str] = []
    start = 0
    for boundary in _SENTENCE_END.finditer(flat):
        before = flat[start : boundary.start()]
        if before.count("(") > before.count(")") or (_ABBREVIATION.search(before) and not _UNIT_END.search(before)):
            continue
        parts.append(before)
        start = boundary.end()
    parts.append(flat[start:])
    return [p.strip() for p in parts if p.strip()]


def unlabel(sentence: str) -> str:
    """A passage's opening label ("Garanti:", "Student offer:", "Suomen-kampanja:") removed, so a reply
    never pastes a heading; a label that introduces a list ("Payment: card, Swish or Klarna") stays, as
    the list needs it."""
    found = _HEADING.match(sentence)
    if found is None:
        return sentence
    rest = sentence[found.end() :]
    items = rest.split(",")
    if len(items) > 1 and len(items[0].split()) <= 2 and (len(items) > 2 or len(items[-1].split()) <= LIST_TAIL_WORDS):
        return sentence  # a list: "Butiker: Liljeholmen, Stockholm, ...", "Payment: card, Swish or Klarna"
    # "Kampanj: januarierbjudande, Plus för 249 kr/mån i 3 månader ...": a name before a whole statement is no list,
    # and the pasted label read as robotic to the spent panels (reply-plans-b).
    return capitalised(rest)


def label_of(statement: str) -> str:
    """A statement's opening label with its colon and space ("Asiakaspalvelu: "), or ""."""
    found = _HEADING.match(statement)
    return found.group(0) if found else ""


def sentences(text: str) -> list[str]:
    """Statements of a passage, in order, without labels; questions (FAQ headings) are left out."""
    found = []
    for number, part in enumerate(split(text)):
        sentence = _LABEL.sub("", part.strip())
        if number == 0:
            sentence = unlabel(sentence)
        if sentence and not sentence.endswith("?"):
            found.append(sentence)
    return found


def stems(text: str) -> set[str]:
    return {word.lower()[:5] for word in _WORD.findall(text) if len(word) >= 3}


def rank(
    embedder: Embedder,
    query: str,
    passages: Sequence[Passage],
    product: str | None = None,
    names: dict[str, str] | None = None,
) -> list[Match]:
    """Every statement of ``passages`` scored against ``query``, best first; with ``product`` (the one the
    comment is about, ``names`` the brand's product names), a statement about another product ranks lower."""
    candidates = [(p, i, s) for p in passages for i, s in enumerate(sentences(p.text))]
    if not candidates:
        return []
    query_vector = embedder.embed_queries([query])[0]
    # A passage is embedded as it was ingested, heading first: a FAQ heading is the question it answers.
    passage_scores = embedder.embed_passages([_as_ingested(p) for p in passages]) @ query_vector
    by_passage = {p.id: float(score) for p, score in zip(passages, passage_scores, strict=True)}
    sentence_scores = embedder.embed_passages([s for _, _, s in candidates]) @ query_vector
    query_stems = stems(query)
    asked = slots(query)
    matches = []
    for (passage, position, sentence), similarity in zip(candidates, np.asarray(sentence_scores), strict=True):
        shared = len(query_stems & stems(sentence)) / max(1, len(query_stems))
        score = SENTENCE_WEIGHT * float(similarity) + PASSAGE_WEIGHT * by_passage[passage.id] + LEXICAL_WEIGHT * shared
        score += slot_fit(asked, sentence)  # the sentence about what was asked: the time, not the price
        if product is not None and names:
            about = sentence if products_in(sentence, names) else passage.text
            score += product_fit(product, about, names)
        matches.append(Match(passage, sentence, position, round(score, 4)))
    matches.sort(key=lambda m: m.score, reverse=True)
    return matches


def _as_ingested(passage: Passage) -> str:
    return f"{passage.heading}\n\n{passage.text}" if passage.heading else passage.text


def answer(
    matches: Sequence[Match],
    threshold: float,
    limit: int,
    query: str | None = None,
    context: str = "",
    cases: dict[str, set[str]] | None = None,
) -> list[Match]:
    """The best match if it clears ``threshold``, plus close runners-up from the same passage, in text order.

    A runner-up must be within :data:`COMPANION_GAP` of the best and above
    ``threshold - COMPANION_GAP / 2``: the sentence next to the answer usually
    completes it ("... five-year warranty. It covers parts and labour."). Given the ``query``, a runner-up
    must also be about what was asked (share a specific slot with it, or, when it asks none, a word stem of five
    letters): the panel struck the laundry rule added to an ash-drawer answer. A statement that points back
    ("outside these areas") comes with the statement it points to. Of two parallel figures for two cases only the
    case the query or the ``context`` (the thread's title and post) names is kept (:func:`_named_cases`), and a
    runner-up about one of the guidance's ``cases`` (:func:`guidance_cases`) is left out where they name its rival.
    A statement without a figure that qualifies the general thing asked (:func:`_qualifies`) may come along.
    """
    if not matches or matches[0].score < threshold:
        return []
    best = matches[0]
    floor = max(threshold - COMPANION_GAP / 2, best.score - COMPANION_GAP)
    same = [m for m in matches if m.passage.id == best.passage.id]
    chosen = [
        m
        for m in same
        if m.score >= floor and (m is best or query is None or _about(m.sentence, query) or _qualifies(m, query))
    ]
    if query is not None:
        said = f"{query} {context}"
        chosen = _named_cases(chosen, said)
        best = chosen[0]
        chosen = [m for m in chosen if m is best or not _about_other_case(m.sentence, said, cases or {})]
    chosen = chosen[:limit]
    if query is not None:
        chosen = _every_part(chosen, same, query, max(threshold - COMPANION_GAP, best.score - 2 * COMPANION_GAP), limit)
    first = next((o for o in same if o.position == 0), None)
    if first is not None and first not in chosen:
        if _ANAPHOR.search(best.sentence):  # "outside these areas": the list it points to comes first
            chosen = [first, best]
        else:
            chosen = [m for m in chosen if m is best or not _ANAPHOR.search(m.sentence)]
    return sorted(chosen, key=lambda m: m.position)


# Where a question joins its parts: "mihin palaute pitää laittaa ja kuinka nopeasti vastaatte", "and", "och"; and
# its alternatives: "onks teet annospusseissa vai irtona?" is answered by "Emme myy annospusseja." with "Kaikki teemme
# ovat irtoteetä.", the alternative that holds (reply-plans-v, spent: both panellists' edit).
_PARTS = re.compile(r"\b(?:ja|sekä|and|och|samt|vai|eller|or)\b|[?;]", re.IGNORECASE)


def _part_stems(text: str) -> set[str]:
    """:func:`_stems5` of a part of a question beside its question and function words."""
    return _stems5(text) - FILLERS


def _covers(stems: set[str], sentence: str) -> bool:
    said = _compound_stems(sentence)
    return bool(stems & said) or any(w.lower().startswith(s[:4]) for s in stems for w in _WORD.findall(sentence))


# Kinds of fact a statement may state (:func:`bot.opportunities.coverage.states`): one stating more is a fact, one
# stating none a rule or an aside ("if you already sent feedback, do not send another").
_FACT_KINDS = ("amount", "duration", "clock", "when", "place", "count")


def _every_part(chosen: list[Match], same: Sequence[Match], query: str, floor: float, limit: int) -> list[Match]:
    """``chosen`` completed for a question of two parts ("mihin palaute laitetaan ja kuinka nopeasti vastaatte?"):
    a statement of the same passage that speaks of a part no chosen statement speaks of (its own words) takes the
    place of a runner-up that only repeats a part another covers, or joins within ``limit``. The panels skipped half
    answers that gave the form and left out the reply time (reply-plans-q, spent)."""
    parts = [stems for part in _PARTS.split(questions(query) or query) if (stems := _part_stems(part))]
    if len(parts) < 2 or not chosen:
        return chosen
    kept = list(chosen)
    for stems in parts:
        if any(_covers(stems, m.sentence) for m in kept):
            continue
        extra = next(
            (m for m in same if m not in kept and m.score >= floor and _covers(stems, m.sentence)),
            None,
        )
        if extra is None:
            continue
        if len(kept) < limit:
            kept.append(extra)
            continue
        # A statement whose parts another chosen statement covers too gives way: one stating none of the kinds of
        # fact asked (a price, a place, a time) first, then the furthest.
        redundant = [
            m
            for m in kept
            if all(any(_covers(p, o.sentence) for o in kept if o is not m) for p in parts if _covers(p, m.sentence))
        ]
        asked = asks_for(questions(query) or query)
        spare = min(
            redundant,
            key=lambda m: (
                any(states(m.sentence, kind) for kind in asked),
                sum(states(m.sentence, kind) for kind in _FACT_KINDS),
                m.score,
            ),
            default=None,
        )
        if spare is not None:
            kept = [extra if m is spare else m for m in kept]
    return kept


# A statement that points back to the one before it ("outside these areas", "näillä alueilla", "dessa").
_ANAPHOR = re.compile(r"\b(these|those|näi(?:llä|ssä|den|hin|tä)|nämä|noi(?:lla|ssa|den)|dessa|de här)\b", re.I)


def _parallel(one: str, other: str) -> bool:
    """Two statements of the same kind of figure for two cases: the same unit and the same frame (two words of
    five letters or more in common: "... typically costs ... including installation")."""
    if not {unit for _, unit in amounts(one)} & {unit for _, unit in amounts(other)}:
        return False
    return len(_stems5(one) & _stems5(other)) >= 2


def _subject(statement: str, other: str) -> str | None:
    """The case ``statement`` speaks of and ``other`` does not: its first word of five letters or more not in it."""
    known = _stems5(other)
    return next((w.lower()[:5] for w in _WORD.findall(statement) if len(w) >= 5 and w.lower()[:5] not in known), None)


def _stems5(text: str) -> set[str]:
    return {w.lower()[:5] for w in _WORD.findall(text) if len(w) >= 5}


def _named_cases(chosen: list[Match], context: str) -> list[Match]:
    """Of parallel statements ("an air-to-water pump costs 9 000–14 000 €", "a ground-source pump costs 18 000–
    25 000 €") only those about a case the question or its thread names, when one is named: the other figure
    answers another question (the demo's panel struck it as a fact nobody asked for)."""
    said = _stems5(context)
    kept = []
    for m in chosen:
        rivals = [o for o in chosen if o is not m and _parallel(m.sentence, o.sentence)]
        named = _subject(m.sentence, rivals[0].sentence) in said if rivals else True
        if not named and any(_subject(o.sentence, m.sentence) in said for o in rivals):
            continue
        kept.append(m)
    return kept


def guidance_cases(passages: Iterable[Sequence[str]]) -> dict[str, set[str]]:
    """The cases a passage sets side by side, each with its rivals: of two parallel statements of one passage
    that say nearly the same ("an air-to-water pump typically costs 9 000–14 000 € including installation", "a
    ground-source pump with its borehole typically costs 18 000–25 000 € including installation": at least
    :data:`CASE_OVERLAP` of their long words shared), the subject of each (:func:`_subject`). Learnt from the
    guidance, so no list of product kinds is kept here; statements of different passages (a stone box's kilos,
    a heater's) are not cases of one thing."""
    cases: dict[str, set[str]] = {}
    for statements in passages:
        figures = list(dict.fromkeys(s for s in statements if amounts(s)))
        for i, one in enumerate(figures):
            for other in figures[i + 1 :]:
                shared, either = _stems5(one) & _stems5(other), _stems5(one) | _stems5(other)
                if not _parallel(one, other) or len(shared) < CASE_OVERLAP * len(either):
                    continue
                mine, theirs = _subject(one, other), _subject(other, one)
                if mine and theirs:
                    cases.setdefault(mine, set()).add(theirs)
                    cases.setdefault(theirs, set()).add(mine)
    return cases


def _about_other_case(sentence: str, said: str, cases: dict[str, set[str]]) -> bool:
    """A runner-up about a case the question and its thread leave unnamed while they name its rival ("For
    ground-source heat the borehole is drilled before installation day" under an air-to-water thread): a fact
    nobody asked for (the demo's panel struck it)."""
    named = _stems5(said)
    own = _stems5(sentence) & cases.keys()
    return bool(own) and not own & named and any(cases[c] & named for c in own)


def _qualifies(match: Match, query: str) -> bool:
    """A statement without a figure of its own about the general thing asked (the price, the time), next to the
    figure that answers it: "the exact price depends on the house and comes from a free home survey" after the
    price range, which the demo's panel asked to have added."""
    return not amounts(match.sentence) and bool(slots(query) & slots(match.sentence) & GENERIC_SLOTS)


def _about(sentence: str, query: str) -> bool:
    asked = slots(query) - GENERIC_SLOTS  # a price or an app is named everywhere: only a specific slot tells
    if asked:
        return bool(asked & slots(sentence))
    return bool(_compound_stems(query) & _compound_stems(sentence))


_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


def _compound_stems(text: str) -> set[str]:
    """:func:`_stems5` of ``text`` with each hyphenated compound also read whole: "call-out" and "callout",
    "e-mail" and "email", "lasku-ohje" and "laskuohje" meet."""
    return _stems5(text) | _stems5(_HYPHEN.sub("", text))
