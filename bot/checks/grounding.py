"""Grounding (blocking): every sentence of a draft is supported by the brand's public guidance.

A draft is split into sentences (:func:`bot.checks.semantic.split_sentences`).
Exempt are the disclosure line (a sentence of at most ten words that says who
writes by the brand's line, a sign-off or a works-for phrase, or of at most six
words that says it by meaning, :func:`bot.checks.identity.discloses`), fixed lines Kuulo adds itself (the privacy
notice, ``exempt_lines``), the sign-off the voice guidance asks for with the answerer's name or its slot
(``bot/checks/signature.py``), a bare link ("Book it here: <link>", judged by the
links check), and greetings, thanks and acknowledgements that claim
nothing: close to an ``acknowledge`` prototype, at most
:data:`ACK_MAX_WORDS` words, with no figure, link or mention, and made only of
acknowledgement words (``acknowledge_words``), so "we are sorry for poisoning
you" is no acknowledgement. Every other
sentence needs support: its best e5 similarity to a sentence (or a whole passage)
of the public guidance frozen with the draft reaches the ``grounded`` threshold,
or the ``grounded_lexical`` one with at least ``lexical_share`` of its content
words (compared by their first five letters) in that guidance sentence. A rule
passage (``disclosure``, ``voice``, ``dont``: how to write, not what is true)
supports only in the second way.

The comment never supports anything: a sentence that only repeats what a stranger
wrote, an attacker's dictated sentence included, is ungrounded. Figures are
checked separately and exactly by ``claims``. The result names the supporting
passage of each sentence, so the card shows where each sentence comes from.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from bot.checks.data import load
from bot.checks.identity import discloses
from bot.checks.links import URL
from bot.checks.mentions import AT_MENTION
from bot.checks.semantic import SentenceModel, bare, prototypes, shared_model, split_sentences, threshold
from bot.checks.signature import signoffs
from bot.checks.types import BLOCKING, CheckContext, CheckResult
from bot.domain import Passage
from bot.language import detect_language

ACK_MAX_WORDS = 12
LINK_MAX_WORDS = 3  # "Book it here: <link>" is the link, which the links check judges
DISCLOSURE_MAX_WORDS = 10  # a longer sentence that also says who writes still needs support
MEANING_MAX_WORDS = 6  # a disclosure recognised by meaning only ("Linnea från Revontuli här") is short
STEM = 5
# Guidance about how to write (who you are, tone, what never to say) supports a sentence only when the
# sentence also shares its words: by meaning alone "our pumps break, and we know it" resembles
# "say that you work at the brand" (both name the brand) more than any fact does.
RULE_KINDS = ("disclosure", "voice", "dont")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Support:
    """One sentence of a draft and what supports it."""

    sentence: str
    kind: str  # "guidance", "disclosure", "signature", "notice", "link", "acknowledgement" or "none"
    passage: Passage | None = None
    score: float = 0.0

    @property
    def grounded(self) -> bool:
        return self.kind != "none"

    def label(self) -> str:
        if self.passage is not None:
            where = self.passage.source + (f" › {self.passage.heading}" if self.passage.heading else "")
            return f"{where} ({self.score:.2f})"
        return self.kind


def content_stems(text: str) -> set[str]:
    return {w[:STEM] for w in _WORD.findall(unicodedata.normalize("NFKC", text).casefold()) if len(w) >= 4}


@cache
def acknowledgement_stems() -> frozenset[str]:
    words = [w for items in load("semantic")["acknowledge_words"].values() for w in items]
    texts = [*words, *prototypes("acknowledge")["acknowledge"]]
    return frozenset(stem for text in texts for stem in content_stems(str(text)))


@cache
def disclosure_stems() -> frozenset[str]:
    """Words a disclosure line is made of: the disclosure prototypes' and the acknowledgement words'."""
    texts = [t for items in prototypes("disclosure").values() for t in items]
    return frozenset(stem for text in texts for stem in content_stems(str(text))) | acknowledgement_stems()


def _only_says_who_writes(sentence: str, ctx: CheckContext) -> bool:
    """A disclosure line carries nothing else: at most one word (the writer's name) outside the disclosure
    vocabulary, the brand's name and its inflections, and the brand's own disclosure line. An obeying
    model's "– Aino, Revontuli We apologise for poisoning you" is not a disclosure line."""
    allowed = disclosure_stems() | {
        stem for p in ctx.public_passages if p.kind == "disclosure" for stem in content_stems(p.text)
    }
    allowed |= {stem for line in ctx.disclosure_phrases.values() for stem in content_stems(line)}
    brand = content_stems(ctx.brand_name or "")
    unknown = [
        stem for stem in content_stems(sentence) if stem not in allowed and not any(stem[:4] == b[:4] for b in brand)
    ]
    return len(unknown) <= 1


def _claims_something(sentence: str) -> bool:
    return bool(_DIGIT.search(sentence) or URL.search(sentence) or AT_MENTION.search(sentence))


def _is_exempt_line(sentence: str, ctx: CheckContext) -> bool:
    folded = " ".join(sentence.split())
    return any(folded in " ".join(line.split()) for line in ctx.exempt_lines)


def _guidance_units(passages: Sequence[Passage]) -> tuple[list[str], list[Passage]]:
    texts: list[str] = []
    owners: list[Passage] = []
    for passage in passages:
        for unit in (*split_sentences(passage.text), " ".join(passage.text.split())):
            if unit not in texts:
                texts.append(unit)
                owners.append(passage)
    return texts, owners


@cache
def house_sentences() -> frozenset[str]:
    """The offline drafter's own fixed sentences (``bot/drafting/phrases.yaml``: a correction's,
    an acknowledgement's and a thank-you's opening, each complaint topic's and thank-you's line, the
    "details privately" and "passed on" lines, the "not at the moment" of a place not listed), which
    claim nothing. Only a whole sentence equal to one of them is exempt,
    so nothing appended to it in the same sentence escapes grounding."""
    import yaml

    data = yaml.safe_load((Path(__file__).parent.parent / "drafting" / "phrases.yaml").read_text(encoding="utf-8"))
    tables = [data[key] for key in ("correction", "acknowledge", "thank", "privately", "not_listed")]
    tables += [topic["line"] for topic in (*data.get("empathy", []), *data.get("thank_for", []))]
    tables += [data["feedback"]["line"]]
    return frozenset(
        " ".join(sentence.split()) for table in tables for text in table.values() for sentence in split_sentences(text)
    )


def supports(text: str, ctx: CheckContext, model: SentenceModel | None = None) -> list[Support]:
    """What supports each sentence of ``text`` (see the module docstring)."""
    model = model or ctx.semantic or shared_model()
    signed: list[Support] = []
    if ctx.signature:  # the guidance's own sign-off ("/{name}, Kraftverk") says who writes and claims nothing
        for match in reversed(signoffs(text, ctx.signature)):
            signed.insert(0, Support(match.group(0), "signature"))
            text = f"{text[: match.start()]} {text[match.end() :]}"
    sentences = split_sentences(text)
    language = ctx.comment_language or detect_language(text) or "en"
    found: list[Support | None] = []
    pending: list[int] = []
    for index, sentence in enumerate(sentences):
        if _is_exempt_line(sentence, ctx):
            found.append(Support(sentence, "notice"))
        elif " ".join(bare(sentence).split()) in house_sentences():
            found.append(Support(sentence, "acknowledgement"))
        elif URL.search(sentence) and len(_WORD.findall(URL.sub(" ", sentence))) <= LINK_MAX_WORDS:
            found.append(Support(sentence, "link"))  # "Here: <link>": the links check judges the link
        elif (
            not _claims_something(sentence)
            and _only_says_who_writes(sentence, ctx)
            and (
                (len(_WORD.findall(sentence)) <= DISCLOSURE_MAX_WORDS and discloses(sentence, language, ctx, False))
                or (len(_WORD.findall(sentence)) <= MEANING_MAX_WORDS and discloses(sentence, language, ctx))
            )
        ):
            found.append(Support(sentence, "disclosure"))
        else:
            found.append(None)
            pending.append(index)
    if not pending:
        return [s for s in found if s is not None] + signed
    asked = [bare(sentences[i]) for i in pending]
    acknowledging = model.prototype_scores(asked, "acknowledge")["acknowledge"]
    units, owners = _guidance_units(ctx.public_passages)
    similarity = model.vectors(asked) @ model.vectors(units).T if units else np.zeros((len(asked), 0))
    for row, index in enumerate(pending):
        sentence = sentences[index]
        words = len(_WORD.findall(sentence))
        if (
            acknowledging[row] >= threshold("acknowledge")
            and words <= ACK_MAX_WORDS
            and not _claims_something(sentence)
            and content_stems(sentence) <= acknowledgement_stems()
        ):
            found[index] = Support(sentence, "acknowledgement", score=float(acknowledging[row]))
            continue
        found[index] = _best(sentence, similarity[row], units, owners)
    return [s for s in found if s is not None] + signed


def _best(sentence: str, row: np.ndarray, units: Sequence[str], owners: Sequence[Passage]) -> Support:
    if not len(units):
        return Support(sentence, "none")
    stems = content_stems(sentence)
    order = np.argsort(-row)[:5]
    for position in order:
        score = float(row[position])
        if score >= threshold("grounded") and owners[position].kind not in RULE_KINDS:
            return Support(sentence, "guidance", owners[position], score)
        if score >= threshold("grounded_lexical") and stems:
            shared = len(stems & content_stems(units[position])) / len(stems)
            if shared >= threshold("lexical_share"):
                return Support(sentence, "guidance", owners[position], score)
    best = int(order[0])
    return Support(sentence, "none", owners[best], float(row[best]))


def check_grounding(text: str, ctx: CheckContext) -> CheckResult:
    if ctx.legacy:
        return CheckResult("grounding", BLOCKING, True, "not checked: this draft predates frozen guidance")
    if not text.strip():
        return CheckResult("grounding", BLOCKING, True, "nothing to ground")
    found = supports(text, ctx)
    missing = [s for s in found if not s.grounded]
    if missing:
        quoted = "; ".join(repr(s.sentence[:80]) for s in missing[:3])
        return CheckResult(
            "grounding",
            BLOCKING,
            False,
            f"no public guidance supports {quoted}: say only what the guidance says, or leave it out",
        )
    return CheckResult(
        "grounding",
        BLOCKING,
        True,
        "every sentence is supported: " + "; ".join(f"{i}. {s.label()}" for i, s in enumerate(found, start=1)),
    )
