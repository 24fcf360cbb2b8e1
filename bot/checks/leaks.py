"""Leaks (blocking): no internal guidance and no piece of the prompt's own instructions.

Both texts are compared as word shingles: the draft and each source are
NFKC-folded, lower-cased, stripped of punctuation and split into words; any
run of :data:`SHINGLE` consecutive words that the draft shares with the
instruction template or with an internal passage is a leak. The template is
cut at its ``{fields}`` so a shingle never spans text filled in at run time.
Shingles that also occur in a public passage given to the check are not
counted: quoting public guidance stays allowed. Paraphrased or translated
leaks are not caught here; the claims check catches their numbers.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from bot.checks.types import BLOCKING, CheckContext, CheckResult

SHINGLE = 6
_FIELD = re.compile(r"\{[A-Za-z_]\w*\}")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


def words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def shingles(text: str, size: int = SHINGLE) -> set[tuple[str, ...]]:
    tokens = words(text)
    return {tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def template_shingles(template: str) -> set[tuple[str, ...]]:
    found: set[tuple[str, ...]] = set()
    for piece in _FIELD.split(template):
        found |= shingles(piece)
    return found


def _union(texts: Iterable[str]) -> set[tuple[str, ...]]:
    found: set[tuple[str, ...]] = set()
    for text in texts:
        found |= shingles(text)
    return found


def check_leaks(text: str, ctx: CheckContext) -> CheckResult:
    draft = shingles(text)
    public = _union(p.text for p in ctx.cited_passages)
    instruction_hits = (draft & template_shingles(ctx.instruction_text)) - public
    if instruction_hits:
        sample = " ".join(sorted(instruction_hits)[0])
        return CheckResult(
            "leaks", BLOCKING, False, f"remove the text copied from the drafting instructions (e.g. {sample!r})"
        )
    for passage in ctx.internal_passages:
        hits = (draft & shingles(passage.text)) - public
        if hits:
            return CheckResult(
                "leaks",
                BLOCKING,
                False,
                f"remove the text copied from internal guidance {passage.source}"
                f"{' / ' + passage.heading if passage.heading else ''}: it must never be published",
            )
    return CheckResult("leaks", BLOCKING, True, "quotes neither the instructions nor internal guidance")
