"""Ask the audience: answer a question from the collected comments only, with citations.

1. Retrieval: the question (embedded as a query) against the comments
   collection (:mod:`knowledge.comments`); hits within ``RELEVANCE_MARGIN`` of
   the best one are kept (scores are compared with each other, not with a
   fixed threshold, as e5 scores sit high for everything).
2. With a model: it answers in the asker's language and cites comment ids.
   :func:`verify` then requires at least one citation, every citation among the
   retrieved comments, and every quoted span in the answer to be a substring of
   a cited comment's stored text, word for word. A failing answer is never
   shown: the extractive answer is, and the reason is kept for the log.
3. Without a model (or after a failed check): the extractive answer, the
   matching themes with their most central quotes.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.insights.themes import Theme, ThemeItem
from bot.insights.wording import phrase

log = logging.getLogger(__name__)

RELEVANCE_MARGIN = 0.04
MAX_CITED = 8
MIN_QUOTE_CHARS = 4
# Quoted spans: "..." “...” ”...” „...“ «...» »...« '...' is left out (apostrophes in fi/sv/en text).
_QUOTES = re.compile(r'"([^"]+)"|“([^”]+)”|”([^”]+)”|„([^“”]+)[“”]|«([^»]+)»|»([^«»]+)[«»]')


@dataclass(frozen=True)
class Citation:
    comment_id: int
    text: str
    url: str | None


@dataclass
class Answer:
    question: str
    language: str
    text: str
    citations: list[Citation]
    mode: str  # model | extractive | empty
    rejected: str | None = None  # why a model answer was not shown
    themes: list[str] = field(default_factory=list)


def relevant(hits: Sequence[tuple[int, float]]) -> list[int]:
    """Comment ids of the hits close enough to the best one."""
    if not hits:
        return []
    best = max(score for _, score in hits)
    return [comment_id for comment_id, score in hits if score >= best - RELEVANCE_MARGIN][:MAX_CITED]


def quoted_spans(text: str) -> list[str]:
    spans = []
    for match in _QUOTES.finditer(text):
        span = next(group for group in match.groups() if group is not None).strip()
        if len(span) >= MIN_QUOTE_CHARS:
            spans.append(span)
    return spans


def verify(answer: str, cited: Sequence[int], retrieved: dict[int, ThemeItem]) -> str | None:
    """None when the answer passes; otherwise why it fails (see the module docstring)."""
    if not answer.strip():
        return "empty answer"
    if not cited:
        return "no citations"
    unknown = [comment_id for comment_id in cited if comment_id not in retrieved]
    if unknown:
        return f"cites comments that were not retrieved: {unknown}"
    texts = [retrieved[comment_id].text for comment_id in cited]
    for span in quoted_spans(answer):
        if not any(span in text for text in texts):
            return "a quote does not match any cited comment word for word"
    return None


def extractive(
    question: str, language: str, matched: Sequence[ThemeItem], themes: Sequence[Theme], rejected: str | None = None
) -> Answer:
    """The matching themes with their quotes; matched comments outside any theme are quoted on their own."""
    if not matched:
        return Answer(question, language, phrase("no_comments", language), [], "empty", rejected)
    matched_ids = {item.comment_id for item in matched}
    lines = [phrase("extractive_intro", language, count=len(matched))]
    citations: list[Citation] = []
    names: list[str] = []
    covered: set[int] = set()
    for theme in themes:
        hits = [item for item in theme.members if item.comment_id in matched_ids]
        if not hits:
            continue
        names.append(theme.name)
        lines.append(f"• {theme.name} ({phrase('comments_count', language, count=theme.size)})")
        for item in hits[:3]:
            lines.append(f'    "{item.display}"' + (f" {item.url}" if item.url else ""))
            citations.append(Citation(item.comment_id, item.display, item.url))
        covered.update(item.comment_id for item in theme.members)
    for item in matched:
        if item.comment_id not in covered:
            lines.append(f'• "{item.display}"' + (f" {item.url}" if item.url else ""))
            citations.append(Citation(item.comment_id, item.display, item.url))
    return Answer(question, language, "\n".join(lines), citations, "extractive", rejected, names)


def answer_with_model(
    question: str,
    language: str,
    matched: Sequence[ThemeItem],
    themes: Sequence[Theme],
    model: object,
) -> Answer:
    """Ask ``model(question, [(id, text)], language) -> (answer, cited)``; verify; fall back when it fails."""
    from collections.abc import Callable
    from typing import cast

    if not matched:
        return extractive(question, language, matched, themes)
    call = cast(Callable[[str, list[tuple[int, str]], str], tuple[str, list[int]]], model)
    retrieved = {item.comment_id: item for item in matched}
    try:
        text, cited = call(question, [(item.comment_id, item.text) for item in matched], language)
    except Exception as exc:  # the model is optional: any failure falls back to the extractive answer
        log.warning("ask model failed error=%s; extractive answer shown", type(exc).__name__)
        return extractive(question, language, matched, themes, rejected=f"model failed: {type(exc).__name__}")
    cited = list(dict.fromkeys(cited))
    problem = verify(text, cited, retrieved)
    if problem is not None:
        log.warning("ask model answer rejected reason=%s cited=%d", problem, len(cited))
        return extractive(question, language, matched, themes, rejected=problem)
    citations = [Citation(i, retrieved[i].display, retrieved[i].url) for i in cited]  # verified on .text
    return Answer(question, language, text.strip(), citations, "model")
