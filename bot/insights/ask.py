"""Ask the audience: answer a question from the collected comments only, with citations.

1. Retrieval (:mod:`bot.insights.retrieval`): hybrid, BM25 and the e5 vectors of
   the comments collection (:mod:`knowledge.comments`), fused by reciprocal rank,
   over the comments the filters leave (:class:`bot.insights.data.Scope`: watch,
   platform, language, objective, period, emotion, intent).
2. With a model: it answers in the asker's language as a list of claims, each a
   sentence with one verbatim quote and the id of the comment quoted.
   :func:`check_claims` keeps a claim only when its quote occurs word for word in
   that retrieved comment (and any other quoted words of the sentence do too);
   the others are dropped, as a draft sentence without support would be. When no
   claim survives, the extractive answer is shown and the reason kept.
3. Without a model (or when no claim survived): the extractive answer, the
   matched comments grouped by theme with counts, languages and verbatim quotes.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from bot.insights.themes import Theme, ThemeItem
from bot.insights.wording import phrase

log = logging.getLogger(__name__)

MIN_QUOTE_CHARS = 4
QUOTES_PER_GROUP = 3
LOOSE_QUOTES = 5
# Quoted spans: "..." “...” ”...” „...“ «...» »...« '...' is left out (apostrophes in fi/sv/en text).
_QUOTES = re.compile(r'"([^"]+)"|“([^”]+)”|”([^”]+)”|„([^“”]+)[“”]|«([^»]+)»|»([^«»]+)[«»]')


@dataclass(frozen=True)
class Citation:
    comment_id: int
    text: str
    url: str | None


@dataclass(frozen=True)
class Claim:
    """One sentence of a model's answer and the verbatim quote (from one comment) that supports it."""

    sentence: str
    quote: str
    comment_id: int


@dataclass
class Answer:
    question: str
    language: str
    text: str
    citations: list[Citation]
    mode: str  # model | extractive | empty
    rejected: str | None = None  # why no model answer is shown
    themes: list[str] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)  # the verified claims of a model answer
    dropped: int = 0  # model claims dropped for want of a verbatim quote


def quoted_spans(text: str) -> list[str]:
    spans = []
    for match in _QUOTES.finditer(text):
        span = next(group for group in match.groups() if group is not None).strip()
        if len(span) >= MIN_QUOTE_CHARS:
            spans.append(span)
    return spans


def _group_line(name: str, hits: Sequence[ThemeItem], language: str) -> str:
    languages = Counter(item.language or "?" for item in hits)
    # most first, ties by language code: the same comments give the same line whatever order the ranking found them in
    mix = ", ".join(f"{code} {count}" for code, count in sorted(languages.items(), key=lambda kv: (-kv[1], kv[0])))
    return f"• {name} ({phrase('comments_count', language, count=len(hits))}: {mix})"


def _quote_line(item: ThemeItem, indent: str = "    ") -> str:
    return f'{indent}"{item.display}"' + (f" {item.url}" if item.url else "")


def extractive(
    question: str, language: str, matched: Sequence[ThemeItem], themes: Sequence[Theme], rejected: str | None = None
) -> Answer:
    """The matched comments grouped by theme, each group with its count, languages and verbatim quotes.

    Groups are ordered by how many matched comments they hold; a matched comment in no
    theme is quoted on its own. Quotes are the stored text, word for word.
    """
    if not matched:
        return Answer(question, language, phrase("no_comments", language), [], "empty", rejected)
    order = {item.comment_id: rank for rank, item in enumerate(matched)}
    lines = [phrase("extractive_intro", language, count=len(matched))]
    citations: list[Citation] = []
    names: list[str] = []
    covered: set[int] = set()
    groups = []
    for theme in themes:
        hits = sorted((m for m in theme.members if m.comment_id in order), key=lambda m: order[m.comment_id])
        if hits:
            groups.append((theme, hits))
            covered.update(m.comment_id for m in hits)
    groups.sort(key=lambda group: (-len(group[1]), order[group[1][0].comment_id]))
    for theme, hits in groups:
        names.append(theme.name)
        lines.append(_group_line(theme.name, hits, language))
        for item in hits[:QUOTES_PER_GROUP]:
            lines.append(_quote_line(item))
            citations.append(Citation(item.comment_id, item.display, item.url))
    loose = [item for item in matched if item.comment_id not in covered]
    if loose:
        lines.append(_group_line(phrase("ask_other", language), loose, language))
        for item in loose[:LOOSE_QUOTES]:
            lines.append(_quote_line(item))
            citations.append(Citation(item.comment_id, item.display, item.url))
    return Answer(question, language, "\n".join(lines), citations, "extractive", rejected, names)


def check_claims(claims: Sequence[Claim], retrieved: dict[int, ThemeItem]) -> tuple[list[Claim], list[str]]:
    """The claims a verbatim quote supports, and why each other one was dropped.

    A claim stays only when its comment was retrieved, its quote is at least
    ``MIN_QUOTE_CHARS`` long and occurs word for word in that comment's stored
    text, and every span its sentence puts in quotation marks occurs word for word
    in that comment too. Nothing is repaired: an altered quote is an unsupported claim.
    """
    kept: list[Claim] = []
    reasons: list[str] = []
    for claim in claims:
        item = retrieved.get(claim.comment_id)
        quote = claim.quote.strip()
        if not claim.sentence.strip():
            reasons.append("empty sentence")
        elif item is None:
            reasons.append(f"cites comment {claim.comment_id}, which was not retrieved")
        elif len(quote) < MIN_QUOTE_CHARS:
            reasons.append("no quote")
        elif quote not in item.text and quote not in item.display:
            reasons.append(f"quote not word for word in comment {claim.comment_id}")
        elif any(span not in item.text and span not in item.display for span in quoted_spans(claim.sentence)):
            reasons.append(f"sentence quotes words not in comment {claim.comment_id}")
        else:
            kept.append(Claim(claim.sentence.strip(), quote, claim.comment_id))
    return kept, reasons


def answer_with_model(
    question: str,
    language: str,
    matched: Sequence[ThemeItem],
    themes: Sequence[Theme],
    model: Callable[[str, list[tuple[int, str]], str], list[Claim]],
) -> Answer:
    """Ask ``model(question, [(id, text)], language) -> claims``; keep the verified ones; fall back when none is."""
    if not matched:
        return extractive(question, language, matched, themes)
    retrieved = {item.comment_id: item for item in matched}
    try:
        claims = model(question, [(item.comment_id, item.text) for item in matched], language)
    except Exception as exc:  # the model is optional: any failure falls back to the extractive answer
        log.warning("ask model failed error=%s; extractive answer shown", type(exc).__name__)
        return extractive(question, language, matched, themes, rejected=f"model failed: {type(exc).__name__}")
    kept, reasons = check_claims(claims, retrieved)
    if reasons:
        log.warning("ask model claims dropped=%d kept=%d reasons=%s", len(reasons), len(kept), "; ".join(reasons))
    if not kept:
        answer = extractive(question, language, matched, themes, rejected="no claim had a verbatim quote")
        answer.dropped = len(reasons)
        return answer
    lines: list[str] = []
    citations: list[Citation] = []
    for claim in kept:
        item = retrieved[claim.comment_id]
        lines.append(f"• {claim.sentence}")
        lines.append(f'    "{claim.quote}"' + (f" {item.url}" if item.url else ""))
        if claim.comment_id not in {c.comment_id for c in citations}:
            citations.append(Citation(item.comment_id, item.display, item.url))
    answer = Answer(question, language, "\n".join(lines), citations, "model", claims=kept, dropped=len(reasons))
    return answer
