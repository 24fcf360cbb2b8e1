"""The offline drafter: a short reply assembled from brand guidance, no model server needed.

For a comment in Finnish, Swedish or English it

1. keeps the *public* fact and FAQ passages in the comment's language (internal
   passages never contribute text);
2. finds the sentences that answer the comment (:mod:`bot.drafting.matching`),
   or skips with the score when nothing answers it well enough;
3. writes: an acknowledgement that fits the voice guidance, the fact
   sentence(s) verbatim (so every claim is supported), for the ``sales``
   objective the live campaign offer, and the disclosure line in that language
   (the example quoted in the disclosure guidance in that language, else the
   standard line naming the brand).

It never mixes languages: a fact sentence that reads as another language (a
language-neutral passage written in English, say) is not used; when only such
a sentence answers, it skips and says so.

``cited`` lists every passage whose text is in the reply. Fixed phrases live in
``phrases.yaml`` next to this module.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml

from bot.checks.identity import disclosure_fallback
from bot.domain import Passage
from bot.drafting.matching import ANSWER_THRESHOLD, Match, answer, rank, sentences
from bot.drafting.norms import fit, strip_disallowed
from bot.drafting.prompting import target_language
from bot.drafting.types import DraftRequest, DraftResult
from bot.language import detect_language, language_name
from bot.ports import Embedder
from bot.textnorm import normalise

ANSWER_KINDS = ("fact", "faq")
MAX_SENTENCES = 2
QUERY_CHARS = 1000
_WORD = re.compile(r"[^\W_]+")


@cache
def phrases() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((Path(__file__).parent / "phrases.yaml").read_text("utf-8"))
    return data


class OfflineDrafter:
    mode: Literal["llm", "offline"] = "offline"

    def __init__(
        self,
        embedder: Embedder,
        *,
        fallback_language: str = "en",
        threshold: float = ANSWER_THRESHOLD,
        brand: str | None = None,
    ):
        self.embedder = embedder
        self.fallback_language = fallback_language
        self.threshold = threshold
        self.brand = brand  # named in the standard disclosure line

    def draft(self, request: DraftRequest) -> DraftResult:
        language = target_language(request, self.fallback_language)
        comment = normalise(request.comment_text, QUERY_CHARS).text
        if not comment:
            return _skip(language, "the comment has no text to answer")
        if language not in phrases()["acknowledgements"]:
            return _skip(
                language, f"the offline drafter writes Finnish, Swedish and English, not {language_name(language)}"
            )
        public = [p for p in request.passages if p.visibility == "public" and p.language in (language, None)]
        facts = [p for p in public if p.kind in ANSWER_KINDS]
        if not facts:
            return _skip(language, f"no public facts in the guidance in {language_name(language)}")
        matches = rank(self.embedder, comment, facts)
        shorter = _wants_shorter(request.instruction)
        # A language-neutral passage may still be written in another language: never mix languages.
        foreign = [m for m in matches if _foreign(m.sentence, language)]
        matches = [m for m in matches if m not in foreign]
        chosen = answer(matches, self.threshold, 1 if shorter else MAX_SENTENCES)
        if not chosen:
            best = f"{matches[0].score:.2f}" if matches else "none"
            reason = f"the guidance does not answer this comment (best match {best}, needs {self.threshold:.2f})"
            if foreign and (not matches or foreign[0].score > matches[0].score):
                other = language_name(detect_language(foreign[0].sentence) or "")
                reason = (
                    f"the guidance answers this only in {other} ({foreign[0].passage.id}); "
                    f"a reply in {language_name(language)} never mixes languages"
                )
            return _skip(language, reason)
        return self._compose(request, comment, language, public, chosen, shorter)

    def _compose(
        self,
        request: DraftRequest,
        comment: str,
        language: str,
        public: Sequence[Passage],
        chosen: Sequence[Match],
        shorter: bool,
    ) -> DraftResult:
        # (text, required, passage id): optional parts give way when the platform wants it shorter
        parts: list[tuple[str, bool, str | None]] = []
        if not shorter:
            parts.append((_acknowledgement(comment, language, request.passages), False, None))
        parts.extend((m.sentence, i == 0, m.passage.id) for i, m in enumerate(chosen))
        notes = [f"answers from {chosen[0].passage.id} (match {chosen[0].score:.2f})"]
        if request.objective == "sales":
            offer = self._offer(comment, [p for p in public if p.kind == "campaign"])
            if offer is not None:
                parts.append((offer.sentence, False, offer.passage.id))
                notes.append(f"sales objective: offer from {offer.passage.id}")
            else:
                notes.append("sales objective: no public campaign in this language, so no offer")
        disclosure = disclosure_line(public, language)
        if disclosure is not None:
            line, passage = disclosure
            parts.append((line, True, passage.id))
        else:
            parts.append((disclosure_fallback(language, self.brand), True, None))
            notes.append("no disclosure passage in this language: used the standard line")
        if request.privacy_notice:
            parts.append((request.privacy_notice, True, None))
            notes.append("first reply to this person: privacy notice added")
        kept = fit([p[0] for p in parts], [p[1] for p in parts], request.platform)
        if len(kept) < len(parts):
            notes.append(f"shortened for {request.platform}")
        remaining = list(kept)
        cited: list[str] = []
        for text, _required, pid in parts:
            if remaining and remaining[0] == text:
                remaining.pop(0)
                if pid is not None:
                    cited.append(pid)
        return DraftResult(
            skip=False,
            skip_reason=None,
            text=strip_disallowed(" ".join(kept), request.platform),
            language=language,
            cited=list(dict.fromkeys(cited)),
            rationale="Offline draft: " + "; ".join(notes) + ".",
        )

    def _offer(self, comment: str, campaigns: Sequence[Passage]) -> Match | None:
        """The campaign's first statement; the best-matching campaign when there are several."""
        if not campaigns:
            return None
        ranked = rank(self.embedder, comment, campaigns) if len(campaigns) > 1 else []
        passage = ranked[0].passage if ranked else campaigns[0]
        first = sentences(passage.text)
        return Match(passage, first[0], 0, ranked[0].score if ranked else 0.0) if first else None


def _acknowledgement(comment: str, language: str, passages: Sequence[Passage]) -> str:
    table = phrases()
    voice = " ".join(p.text.lower() for p in passages if p.kind == "voice")
    formal = any(marker in _WORD.findall(voice) for marker in table["formal_markers"])
    register = table["acknowledgements"][language]["formal" if formal else "friendly"]
    return str(register["question" if "?" in comment else "statement"])


def _wants_shorter(instruction: str | None) -> bool:
    if not instruction:
        return False
    words = {word.lower() for word in _WORD.findall(instruction)}
    return bool(words & set(phrases()["shorter_words"]))


def _skip(language: str, reason: str) -> DraftResult:
    return DraftResult(skip=True, skip_reason=reason, text="", language=language, cited=[], rationale=reason)


_QUOTED = re.compile(r"[\"“„«]([^\"“”«»„\n]{3,120})[\"”»“]")
SHORT_DISCLOSURE = 100  # a disclosure passage this short is the line itself; a longer one is a rule


def disclosure_line(passages: Sequence[Passage], language: str) -> tuple[str, Passage] | None:
    """The line that says who writes: the example quoted in the disclosure guidance, or a short passage.

    Disclosure guidance is usually a rule ("say you work at X, for example '(I work at X.)'"):
    the rule itself must not end up in a reply, only its example line.
    """
    candidates = [p for p in passages if p.kind == "disclosure" and p.language in (language, None)]
    candidates.sort(key=lambda p: p.language is None)  # the reply's own language first
    for passage in candidates:
        for quoted in _QUOTED.finditer(passage.text):
            line = quoted.group(1).strip()
            if passage.language == language or not _foreign(line, language, strict=True):
                return line, passage
    for passage in candidates:
        text = " ".join(passage.text.split())
        if len(text) <= SHORT_DISCLOSURE and not _foreign(text, language, strict=passage.language is None):
            return text, passage
    return None


def _foreign(text: str, language: str, *, strict: bool = False) -> bool:
    """Whether ``text`` reads as another language; ``strict``: also when its language is unclear."""
    found = detect_language(text)
    return found != language if strict else found is not None and found != language
