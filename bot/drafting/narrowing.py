"""The part of a guidance statement that answers the question asked, for the offline drafter (pure).

A guidance sentence often packs several facts into clauses: a price list ("Hot-smoked whitefish 29 €/kg; cold-smoked
salmon 200 g pack 11,50 €; smoked vendace 300 g 8,90 €."), two origins ("Järvikala tulee Päijänteeltä (siika, muikku,
kuha); lohi on norjalaista kasvatuslohta ..."), or a product's figures before the one asked ("The chef's knife has a
210 mm blade, costs 320 € and is made to order: delivery time is 6–8 weeks."). Quoted whole, the answer tells the
person more than they asked, and other products' prices read as a fact dump (reply-plans-u's panel, session 33:
"answer only the whitefish price, drop the salmon and vendace prices", "answer first, then stop").

:func:`asked_part` keeps the clauses of one statement that answer the question:

- **the thing asked**: of clauses split at a semicolon, those naming a word of the question that not every clause
  names (its own object: "whitefish", "siika"), when every clause left out names none of it;
- **the kind of fact asked**: of a statement split at its semicolons or at a colon inside it, the clauses stating
  the kind of fact asked (a time span, a price: :func:`bot.opportunities.coverage.asks_for`), when every clause left
  out states a figure of another kind and none asked.

A clause left out never states a kind of fact the question asks that the kept ones do not ("paljonko maksaa ja
kauanko kestää" keeps both the price and the time), and a statement is never cut inside parentheses. Anything
unsure leaves the statement whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.drafting.matching import capitalised
from bot.opportunities.amounts import amounts
from bot.opportunities.coverage import asks_for, needed, questions, states
from bot.opportunities.objects import FILLERS, short_words

_WORD = re.compile(r"[^\W_]+")
# Kinds of fact a clause may state; one stating a figure of none of the kinds asked answers another question.
_FACT_KINDS = ("amount", "duration", "clock", "when", "count", "size")


def _stems(text: str) -> set[str]:
    """The question's words that may name its thing: stems of five letters and four-letter words ("lohi", "sika"),
    the commonest aside."""
    return ({w.lower()[:5] for w in _WORD.findall(text) if len(w) >= 5} - FILLERS) | short_words(text)


def _names(stem: str, clause: str) -> bool:
    """Whether ``clause`` names the question's word ``stem``: the same first five letters, or a word of it beginning
    with its first four ("whitefish" and "white"; "siika" and "siikaa", "lohi" and "lohta")."""
    return any(w.lower()[:5] == stem or w.lower().startswith(stem[:4]) for w in _WORD.findall(clause) if len(w) >= 4)


def _split(sentence: str, mark: str) -> list[str]:
    """``sentence`` cut at ``mark`` ("; " or ": ") outside parentheses, each clause stripped."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(sentence):
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if depth == 0 and sentence.startswith(mark, i):
            parts.append(sentence[start:i].strip())
            start = i + len(mark)
    parts.append(sentence[start:].strip())
    return [p for p in parts if p]


def _joined(clauses: Sequence[str], sentence: str) -> str:
    text = "; ".join(clauses).rstrip(" .;:")
    text = capitalised(text)
    end = sentence.rstrip()[-1:]
    return text + (end if end in ".!" else ".")


def _kinds(clause: str, kinds: Sequence[str]) -> set[str]:
    return {k for k in kinds if states(clause, k)}


def _figure(clause: str) -> bool:
    return bool(amounts(clause)) or bool(_kinds(clause, _FACT_KINDS))


def _keeps_every_kind(kept: Sequence[str], dropped: Sequence[str], asked: frozenset[str]) -> bool:
    """No kind of fact asked is stated only by a clause left out."""
    said = set().union(*(_kinds(c, sorted(asked)) for c in kept)) if kept else set()
    return not any(_kinds(c, sorted(asked)) - said for c in dropped)


def _by_thing(question: str, clauses: list[str], asked: frozenset[str]) -> list[str] | None:
    words = _stems(question)
    named = [{s for s in words if _names(s, c)} for c in clauses]
    distinct = set[str]().union(*named) - named[0].intersection(*named[1:])
    kept = [c for c, n in zip(clauses, named, strict=True) if n & distinct]
    dropped = [c for c in clauses if c not in kept]
    if not kept or not dropped or not _keeps_every_kind(kept, dropped, asked):
        return None
    return kept


def _by_kind(clauses: list[str], asked: frozenset[str]) -> list[str] | None:
    if not asked:
        return None
    kinds = sorted(needed(asked))
    kept = [c for c in clauses if _kinds(c, kinds)]
    dropped = [c for c in clauses if c not in kept]
    if not kept or not dropped or not all(_figure(c) and not _kinds(c, sorted(asked)) for c in dropped):
        return None
    return kept


def asked_part(question: str, sentence: str) -> str:
    """The clauses of ``sentence`` that answer ``question``, said as a sentence; ``sentence`` itself when it is one
    clause or nothing tells which clauses answer."""
    asked = asks_for(questions(question) or question)
    asking = questions(question) or question
    clauses = _split(sentence, "; ")
    if len(clauses) > 1:
        kept = _by_thing(asking, clauses, asked) or _by_kind(clauses, asked)
        if kept is not None:
            return _joined(kept, sentence)
    head_tail = _split(sentence, ": ")
    if len(head_tail) == 2:
        kept = _by_kind(head_tail, asked)
        if kept is not None:
            return _joined(kept, sentence)
    return sentence
