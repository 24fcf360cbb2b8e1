"""The offline drafter: a short reply assembled from brand guidance, no model server needed.

For a comment in Finnish, Swedish or English it

1. keeps the *public* fact and FAQ passages in the comment's language (internal
   passages never contribute text);
2. finds the sentences that answer the comment (:mod:`bot.drafting.matching`),
   or skips with the score when nothing answers it well enough;
3. writes what the comment's reply plan asks for (:mod:`bot.opportunities.plan`):
   an *answer* is an acknowledgement that fits the voice guidance and the fact
   sentence(s) that match the comment's need, verbatim (so every claim is
   supported), plus the live campaign's offer only when the plan allows one; a
   *correction* is the contradicting fact, no pitch; an *acknowledgement* of a
   complaint is empathy and the support passage's way to get help, never a
   price, an offer or a link; a *thank-you* is one short line; then the
   disclosure line in that language. A ``none`` plan is never drafted.

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
from bot.checks.links import find_hosts
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
        if request.plan == "none":
            return _skip(language, f"the reply plan is none: {request.plan_reason or 'the brand adds nothing'}")
        if request.plan == "thank":
            return self._finish(request, language, public, [(phrases()["thank"][language], True, None)], ["thank-you"])
        if request.plan == "acknowledge":
            return self._acknowledge(request, comment, language, public)
        facts = [p for p in public if p.kind in ANSWER_KINDS]
        if request.answer_passages:  # the plan says which passages answer this question: only those
            planned = [p for p in facts if p.id in request.answer_passages]
            top = next((p for p in request.passages if p.id == request.answer_passages[0]), None)
            if top is not None and top.language not in (language, None):
                planned = []  # the best answer is stated in another language: a near match here would be wrong
            if not planned:
                elsewhere = {
                    p.language for p in request.passages if p.id in request.answer_passages and p.language != language
                }
                where = ", ".join(sorted(language_name(lang) for lang in elsewhere if lang)) or "another language"
                return _skip(language, f"the guidance states the answer only in {where}; write the reply yourself")
            facts = planned
        if not facts:
            return _skip(language, f"no public facts in the guidance in {language_name(language)}")
        matches = rank(self.embedder, _query(comment, request.need), facts)
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
        correcting = request.plan == "correct"
        if correcting:
            parts.append((phrases()["correction"][language], False, None))
        elif not shorter:
            parts.append((_acknowledgement(comment, language, request.passages), False, None))
        parts.extend((m.sentence, i == 0, m.passage.id) for i, m in enumerate(chosen))
        verb = "corrects with" if correcting else "answers from"
        notes = [f"{verb} {chosen[0].passage.id} (match {chosen[0].score:.2f})"]
        if request.offer and not correcting:
            campaigns = [p for p in public if p.kind == "campaign"]
            if request.offer_passage:
                campaigns = [p for p in campaigns if p.id == request.offer_passage]
            offer = self._offer(comment, campaigns)
            if offer is not None:
                parts.append((offer.sentence, False, offer.passage.id))
                notes.append(f"purchase intent: offer from {offer.passage.id}")
            else:
                notes.append("no public campaign in this language, so no offer")
        return self._finish(request, language, public, parts, notes)

    def _acknowledge(
        self, request: DraftRequest, comment: str, language: str, public: Sequence[Passage]
    ) -> DraftResult:
        """Empathy and the support passage's way to get help; no price, no offer, no link."""
        support = [p for p in public if p.kind == "support"]
        route = self._route(comment, support)
        if not route:
            return _skip(language, f"no public support passage in {language_name(language)} to route the complaint to")
        parts: list[tuple[str, bool, str | None]] = [(phrases()["acknowledge"][language], True, None)]
        parts.extend((m.sentence, True, m.passage.id) for m in route)
        return self._finish(request, language, public, parts, [f"acknowledges and routes to {route[0].passage.id}"])

    def _route(self, comment: str, support: Sequence[Passage]) -> list[Match]:
        """The support passage's first statement (where to get help) and the one that best fits the comment,
        leaving out sentences that carry a link or a price."""
        if not support:
            return []
        ranked = [m for m in rank(self.embedder, comment, support) if _plain(m.sentence)]
        if not ranked:
            return []
        best = ranked[0].passage
        first = min((m for m in ranked if m.passage.id == best.id), key=lambda m: m.position)
        runner = next((m for m in ranked if m.passage.id == best.id and m is not first), None)
        chosen = [first] if runner is None else [first, runner]
        return sorted(chosen, key=lambda m: m.position)

    def _finish(
        self,
        request: DraftRequest,
        language: str,
        public: Sequence[Passage],
        parts: list[tuple[str, bool, str | None]],
        notes: list[str],
    ) -> DraftResult:
        parts = list(parts)
        notes = list(notes)
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
            rationale=f"Offline draft, plan {request.plan}: " + "; ".join(notes) + ".",
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


_PRICE = re.compile(r"\d[\d\s.,]*\s?(?:€|eur|euro|kr|sek|kronor|e\b)|€\s?\d", re.IGNORECASE)


def _plain(sentence: str) -> bool:
    """No link, e-mail address or price: what an acknowledgement of a complaint may quote."""
    return not find_hosts(sentence) and not _PRICE.search(sentence)


def _query(comment: str, need: str | None) -> str:
    """Match the fact to the comment's need (its question) first, the rest of the comment after it."""
    if need and len(need.split()) >= 3 and need.lower() not in comment.lower()[: len(need) + 5]:
        return f"{need}. {comment}"[:QUERY_CHARS]
    return comment


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
