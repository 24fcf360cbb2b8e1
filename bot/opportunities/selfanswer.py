"""A question the person answered themself: "what does the visit cost.. oh 120e, found it", "hur lång garanti är
det.. okej hittade det, 5 år", "mikä on peruutusehto? ei mitään, löysin: maksuton 24 h ennen".

Pure: a comment's text in, a verdict out. The writers of the spent reply-plans sets labelled every such comment
*none* (the person needs nothing more), or *correct* where what they found is not what the guidance says; the
drafter answered them, which the panels skipped ("commenter already found the answer").

Two signals, besides the plan's own reading that the comment asks (``asks``):

* *where* the settling words stand: after the question, with nothing asked after them ("found it, but why is it
  hidden?" still asks, and "found it" alone, asking nothing, is the plan's own ``found_it`` group);
* *what* settles it: a word of finding it (fi/sv/en, in the past and not negated: "couldn't find it",
  "en löydä", "hittade inte" are the opposite), or an interjection opening a later clause with the figure itself
  ("..oh 120e", "..ai 5 vuotta", "..aha 49 kr").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Finding or seeing the answer, in the past or done: the person now has it.
_FOUND = re.compile(
    r"(?<!\w)("
    r"found (?:it|that|the (?:answer|info\w*|price|page|terms|policy))|never ?mind|nvm|figured it out|"
    r"löysin\w*|löyty(?:i|ikin)|selvisi\w*|unohtakaa|ei mitään,|"
    r"hittade\w*|hittat (?:det|svaret)|glöm det|strunta i det|nu ser jag"
    r")(?!\w)",
    re.IGNORECASE,
)
# Words of seeing or reading it somewhere ("saw it in the description", "står i villkoren") are left out: after a
# question they name where the person heard what they ask the brand to confirm (the spent sets' writers labelled
# those answer or correct). So is anything after a question asking for confirmation ("50 stores now, right? found it
# in some article"): the claim's source, not its answer.
_CONFIRMING = re.compile(
    r"(?<!\w)(right|correct|true|isn't it|eikö\w*|eiks|vai|pitääkö paikkansa|stämmer det|eller hur|va|väl)\W*$",
    re.IGNORECASE,
)
# A negation just before the word of finding ("couldn't find it", "en löytänyt", "hittade inte") or after it
# ("hittade inte", "löytynyt ei"): not found, still asking.
_NOT_BEFORE = re.compile(r"(?<!\w)(not|never|\w*n't|ei|en|et|inte|aldrig|ingen)\s+(?:\S+\s+)?$", re.IGNORECASE)
_NOT_AFTER = re.compile(r"^\s*(inte|aldrig|not)(?!\w)", re.IGNORECASE)
# An interjection opening a later clause, then the figure ("..oh 120e", "? ai 5 vuotta", ".. okej 5 år"): the
# person read it while writing.
_OH_FIGURE = re.compile(
    r"(?:\.\.+|…|\?|,|;|-|–)\s*(?:oh|ah|aa|ai|aha|ahaa|jaha|okay|ok|okej|aj|ahh)\b[,!.]*\s+(?:\w+\s+)?\d",
    re.IGNORECASE,
)
# What asks after the settling words: a question mark or a question word opening a clause.
_ASKS_AFTER = re.compile(
    r"\?|(?:^|[.,;:!]\s*)(but |mutta |men )?(why|how|when|what|where|miksi|miks|miten|milloin|mitä|missä|varför|"
    r"hur|när|vad|var)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SelfAnswer:
    """The comment answered its own question: ``wrong`` when what the person found is not what the guidance
    says (a correction), else nothing to add; ``reason`` is the plan's line."""

    wrong: bool
    reason: str


def settling(text: str) -> re.Match[str] | None:
    """The words that settle the comment's question: a word of finding it, not negated, or an interjection with the
    figure after an earlier clause; the first of them, or None."""
    for found in _FOUND.finditer(text):
        if _NOT_BEFORE.search(text[: found.start()]) or _NOT_AFTER.match(text[found.end() :]):
            continue
        return found
    return _OH_FIGURE.search(text)


def self_answer(text: str, *, asks: bool, contradicted: bool) -> SelfAnswer | None:
    """Whether the comment asks and then answers itself (see the module docstring), or None. ``asks``: the plan
    reads a question in the comment; ``contradicted``: the answering passage contradicts a figure it states, which
    is then the figure the person found."""
    if not asks:
        return None
    found = settling(text)
    if found is None:
        return None
    before, after = text[: found.start()], text[found.end() :]
    if len(before.split()) < 2 or _ASKS_AFTER.search(after) or _CONFIRMING.search(before):
        return None  # "nvm, where do I book?": the question comes after, still open
    if contradicted:
        return SelfAnswer(True, "answered their own question with a figure the guidance contradicts: cite the fact")
    return SelfAnswer(False, "answered their own question: the brand adds nothing")
