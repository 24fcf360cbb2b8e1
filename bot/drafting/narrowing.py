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
  out states a figure of another kind and none asked;
- **the item asked of a list of figures**: of a statement listing things each with its figure, its items parted by
  commas and a last "and" ("330 ml tölkki 2,49 € ja 1 l tetra 5,90 €", "Cans are 330 ml, cartons 1 litre"), the
  items naming the thing asked, as above (reply-plans-w's panel, session 35: "only the carton price was asked").
  Never a list whose items state a condition ("free over 49 €, otherwise 6,90 €": one fact, not a list), and an
  item holding only figures ("220x210 cm" after "Duvet covers 150x210 cm and") belongs to the one before it; an item
  may say its size in brackets ("Lampaantalja (vakiokoko) 129 €, tuplatalja 239 €": reply-plans-x's panel, session
  35: "she only asked about the tuplatalja").

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
from bot.opportunities.plan import slots

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


# Where a list of figures parts its items: a comma, or its last "and" (fi/sv/en).
_ITEM_MARK = re.compile(r",\s+|\s+(?:ja|sekä|och|samt|and)\s+", re.IGNORECASE)
# Words that make a figure a condition of another ("free over 49 €, otherwise 6,90 €", "från 2 st") or a limit of
# the same thing ("weighs 22 kg and carries up to 230 kg"): such a statement is one fact, not a list of items.
_CONDITION = re.compile(
    r"\b(?:over|under|above|below|from|if|when|otherwise|unless|free|up|most|least|max|min|enintään|korkeintaan"
    r"|vähintään|jopa|högst|minst|upp|yli|alle|yläpuolella|jos|kun|muuten|paitsi"
    r"|ilmai\w*|maksut\w*|alkaen|lähtien|över|om|annars|utom|gratis|fri|kostnadsfri\w*|avgiftsfri\w*|från)\b",
    re.IGNORECASE,
)


def _items(sentence: str) -> list[str]:
    """``sentence`` parted into the items of a list of figures (:data:`_ITEM_MARK`), each with a figure and a word of
    its own; an item of figures alone belongs to the one before it, with the word that joined them ("150x210 cm and
    220x210 cm"), and a mark inside brackets parts nothing. Empty where the sentence is no such list: fewer than two
    items, one without a figure, a condition word in it, or a bracket left open."""
    body = sentence.rstrip().rstrip(".!")
    if _CONDITION.search(body) or ";" in body or body.count("(") != body.count(")"):
        return []
    spans: list[tuple[int, int]] = []
    start = 0
    for mark in _ITEM_MARK.finditer(body):
        if body.count("(", 0, mark.start()) != body.count(")", 0, mark.start()):
            continue  # "Lampaantalja (vakiokoko, 2 kpl) 129 €": a mark inside an item's brackets parts nothing
        spans.append((start, mark.start()))
        start = mark.end()
    spans.append((start, len(body)))
    items: list[tuple[int, int]] = []
    for begin, end in spans:
        words = [w for w in _WORD.findall(_without_figures(body[begin:end])) if len(w) >= 4]
        if items and not words:
            items[-1] = (items[-1][0], end)
        else:
            items.append((begin, end))
    said = [body[begin:end].strip() for begin, end in items]
    if len(said) < 2 or not all(amounts(item) for item in said):
        return []
    return said


def _without_figures(text: str) -> str:
    """``text`` without its amounts (a number and its unit) and bare numbers."""
    return re.sub(r"\d[\d\s,.x×–-]*\s*(?:[^\W\d_]{1,3}\b|[€%$£³²]|/\w+)?", " ", text)


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
    if len(clauses) == 1 and len(head_tail) == 1:
        items = _items(sentence)
        # The words asking the figure ("kostar", "maksaa") name no item: the thing asked does.
        thing = " ".join(w for w in _WORD.findall(asking) if not slots(w))
        kept = _by_thing(thing, items, asked) if items else None
        if kept is not None:
            return _listed(kept, sentence)
    return sentence


def _listed(items: Sequence[str], sentence: str) -> str:
    """The items kept of a list said as a sentence: "1 l tetra 5,90 €."."""
    text = capitalised(", ".join(items).rstrip(" .,"))
    end = sentence.rstrip()[-1:]
    return text + (end if end in ".!" else ".")
