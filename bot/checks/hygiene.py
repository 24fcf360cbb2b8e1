"""Hygiene (blocking): the comment's language, the platform's length, no hidden payloads.

* ``language``: the draft's detected language (:func:`bot.language.detect_language`)
  must be the comment's (given, else detected), and so must every sentence
  with at least :data:`SENTENCE_LETTERS` letters once links, mentions, the
  brand's names (its full name and the short ones its guidance calls it by,
  :func:`bot.checks.identity.brand_names`) and the names its public guidance
  uses (:func:`guidance_names`: "Solvik", "'Valkea kuulas'", "Uusimaa") are
  left out (a Swedish greeting or one English fact in a Finnish reply blocks).
  A sentence whose language is unclear passes.
* ``length``: Bluesky 300 grapheme clusters (``regex`` ``\\X``, as the AT
  Protocol counts ``graphemes``); Mastodon 500 characters with every link
  counted as 23 (as Mastodon counts); Reddit and YouTube 10,000 characters.
  Other platforms have no limit here.
* ``encoding``: no base64-looking run of 24+ characters (mixing letters with
  digits or ``+/=``, or with several capitals inside), no hex run of 32+, no
  percent-encoded run of three or more bytes: a reviewer cannot read them.
* ``invisible``: no zero-width, bidi-control, Unicode tag or other format
  characters (category Cf): they hide text from the reviewer.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache
from typing import Any

import regex

from bot.checks.data import load
from bot.checks.identity import brand_names
from bot.checks.links import URL
from bot.checks.semantic import split_sentences
from bot.checks.types import BLOCKING, CheckContext, CheckResult
from bot.domain import Passage
from bot.language import detect_language, language_name

GRAPHEME_LIMITS: dict[str, int] = {"bluesky": 300}
CHAR_LIMITS: dict[str, int] = {"mastodon": 500, "reddit": 10_000, "youtube": 10_000}
MASTODON_URL_LENGTH = 23
_B64 = re.compile(r"[A-Za-z0-9+/_-]{24,}={0,2}")
_HEX = re.compile(r"\b[0-9a-fA-F]{32,}\b")
_PERCENT = re.compile(r"(?:%[0-9A-Fa-f]{2}){3,}")
_GRAPHEME = regex.compile(r"\X")
_NOT_PROSE = re.compile(r"[@#]\w+|\S+@\S+")
_LETTER = re.compile(r"[^\W\d_]")
SENTENCE_LETTERS = 12  # a shorter piece ("Hei!", "– Aino") is judged by its marker words first
SHORT_LETTERS = 5  # ... and, from this many letters on, by lingua when it is SURE and the piece exclaims or asks
SURE = 0.95
_SIGNOFF = re.compile(r"^\s*[–—/-]")
_EXCLAIMED = re.compile(r"[!?]\s*$")
CLEAR = 0.8  # lingua's confidence (among fi, sv, en) that a piece is in another language
FOREIGN_LETTERS = 20  # a sentence this long is also judged among every language lingua knows (German, French...)
NEIGHBOURS = {"sv": ("no", "da"), "fi": ("et",)}  # languages a sentence of the first may be taken for
_WORDS = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_CLAUSE = re.compile(r"[,;:]\s+|\s[–—-]\s|\s*[()]\s*")  # a longer parenthesis is a piece of its own


# A term of up to three words in parentheses or quotes ("(kotitalousvähennys)", "”ROT-avdraget”") names
# something in its own language; it is no switch of language.
_TERM = re.compile(
    r"\(\s*[^\W\d_][\w-]*(?:\s+[\w-]+){0,2}\s*\)"
    r"|[\"“”«»„][^\"“”«»„\s]+(?:\s+[^\"“”«»„\s]+){0,2}[\"“”«»„]"
)


def _without_names(sentence: str, brand_name: str | None, names: Sequence[str] = ()) -> str:
    """The sentence without links, mentions, the brand's names, the guidance's names (``names``, as
    :func:`guidance_names` gives them) and quoted or parenthesised terms: they belong to no language."""
    plain = URL.sub(" ", sentence)
    for name in sorted(names, key=len, reverse=True):  # "'Valkea kuulas'" before its word "Valkea"
        plain = re.sub(rf"(?<!\w){re.escape(name)}\w*", " ", plain)  # as the guidance writes it, inflected
    plain = _TERM.sub(" ", _NOT_PROSE.sub(" ", plain))
    if brand_name:
        stem = brand_name[:-1] if len(brand_name) > 4 else brand_name
        plain = re.sub(rf"(?<!\w){re.escape(stem)}\w*", " ", plain, flags=re.IGNORECASE)
    return plain


# A name in the guidance: a capitalised word (or a hyphened pair: "Varsinais-Suomi") inside a sentence, not at its
# start; or a term of one to three words in quotes starting with a capital ("'Valkea kuulas'", "”Lobo”").
_CAPITALISED = re.compile(r"(?<![\w@./'’-])[A-ZÅÄÖÜ][^\W\d_]{3,}(?:-[A-ZÅÄÖÜ][^\W\d_]+)?(?![\w@'’-]|\.\w)")
_QUOTED = re.compile(r"(?<!\w)['‘\"“”«»„]([A-ZÅÄÖÜ][^\W\d_]{3,}(?:[ -][^\W\d_]+){0,2})['’\"”»“](?!\w)")
_STARTS = re.compile(r"(?:^|[.!?:;…]\s*|\n\s*|[\"“”„«»'‘(\[]\s*|\s[–—-]\s+|[•*#>|]\s*|\d[.)]\s*)$")


def guidance_names(passages: Sequence[Passage]) -> tuple[str, ...]:
    """The names the brand's public guidance uses, which a reply may repeat in any language (a place, a product, the
    brand's own short name: "Solvik installs in Uusimaa", "'Valkea kuulas' costs 49 €"): a capitalised word the
    guidance writes inside a sentence and never in lower case as a common word, and a quoted term of one to three
    words starting with a capital and holding no marker word of fi, sv or en (``data/language.yaml``: "'Jag jobbar
    på'" is an example line, no name). Two signals from the guidance itself, no list of names."""
    return _guidance_names(tuple(p.text for p in passages if p.visibility == "public"))


@cache
def _guidance_names(texts: tuple[str, ...]) -> tuple[str, ...]:
    text = "\n".join(texts)
    lower = {w for w in _WORDS.findall(text) if w[:1].islower()}
    markers = frozenset().union(*_markers().values())
    found: dict[str, None] = {}
    for quoted in _QUOTED.finditer(text):
        term = quoted.group(1)
        if not any(w.casefold() in markers for w in _WORDS.findall(term)):
            found[term] = None
    for word in _CAPITALISED.finditer(text):
        name = word.group(0)
        before = text[max(0, word.start() - 6) : word.start()]
        if _STARTS.search(before) or name[:1].lower() + name[1:] in lower or name.casefold() in markers:
            continue
        found[name] = None
    return tuple(found)


@cache
def _markers() -> dict[str, frozenset[str]]:
    return {
        language: frozenset(str(w).casefold() for w in words) for language, words in load("language")["markers"].items()
    }


def _marker_votes(piece: str) -> dict[str, int]:
    words = [w.casefold() for w in _WORDS.findall(piece)]
    return {language: sum(w in found for w in words) for language, found in _markers().items()}


@cache
def _three() -> Any:
    # start-up cost: lingua's models for three languages, built only when a draft is checked
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(Language.FINNISH, Language.SWEDISH, Language.ENGLISH).build()


_LINGUA_CODES = {"FINNISH": "fi", "SWEDISH": "sv", "ENGLISH": "en"}


def _confidences(piece: str) -> dict[str, float]:
    return {_LINGUA_CODES[v.language.name]: float(v.value) for v in _three().compute_language_confidence_values(piece)}


def piece_language(piece: str, expected: str) -> str | None:
    """The other first-class language (fi, sv, en) ``piece`` is written in, or None when it is in
    ``expected`` or unclear. Two signals: marker words (``data/language.yaml``: greetings, thanks,
    function words of one language only) and lingua restricted to the three languages. A short
    piece ("Hej!", "Hope that helps!") is judged by its marker words alone."""
    votes = _marker_votes(piece)
    others = {lang: n for lang, n in votes.items() if lang != expected and n}
    letters = len(_LETTER.findall(piece))
    if letters < SENTENCE_LETTERS:
        if votes.get(expected, 0) == 0 and others:
            return max(others, key=lambda lang: others[lang])
        if votes.get(expected, 0) == 0 and _SIGNOFF.match(piece) is None and letters >= SHORT_LETTERS:
            # a short exclamation or question with no marker words ("Lycka till!", "Perfect!"): lingua,
            # only when it is sure; a sign-off ("– Mikko") or a bare name is never judged so
            confidence = _confidences(piece)
            best = max(confidence, key=lambda lang: confidence[lang])
            if best != expected and confidence[best] >= SURE and _EXCLAIMED.search(piece):
                return best
        return None
    confidence = _confidences(piece)
    best = max(confidence, key=lambda lang: confidence[lang])
    if best != expected and confidence[best] >= CLEAR and votes.get(expected, 0) <= votes.get(best, 0):
        return best
    if others and votes.get(expected, 0) == 0 and max(others.values()) >= 2 and confidence.get(expected, 0) < CLEAR:
        return max(others, key=lambda lang: others[lang])
    return None


def _foreign_language(sentence: str, expected: str) -> str | None:
    """The language outside fi, sv and en that a long enough sentence is written in, a close neighbour of
    ``expected`` aside (a Swedish sentence may read as Norwegian): a German sentence beside English ones passes the
    whole draft's judgement once its nouns are left out as names (session 18), and lingua among the three first-class
    languages calls a French one English."""
    if len(_LETTER.findall(sentence)) < FOREIGN_LETTERS:
        return None
    found = detect_language(sentence)
    if found is None or found in _markers() or found in NEIGHBOURS.get(expected, ()):
        return None
    return found


def _pieces(sentence: str) -> list[str]:
    """The sentence, and its clauses when it has several ("X, so it covers Y")."""
    clauses = [c.strip() for c in _CLAUSE.split(sentence) if c.strip()]
    return [sentence, *clauses] if len(clauses) > 1 else [sentence]


def foreign_sentence(
    text: str, expected: str, brand_name: str | None = None, names: Sequence[str] = ()
) -> tuple[str, str] | None:
    """The first sentence of ``text`` the language check reads as another language than ``expected``, with that
    language: one of every language lingua knows when the sentence is long (:func:`_foreign_language`), else the
    other first-class language it or one of its clauses is in (:func:`piece_language`); links, mentions, quoted
    terms, ``brand_name`` and ``names`` (the brand's short names, the guidance's names) left out. None when every
    sentence is in ``expected`` or unclear. The drafter asks it of
    a fixed line it adds (the disclosure line), so it never adds what the check blocks."""
    for sentence in split_sentences(text):
        plain = _without_names(sentence, brand_name, names)
        foreign = _foreign_language(plain, expected)
        if foreign is not None:
            return sentence, foreign
        for piece in _pieces(plain):
            if not _LETTER.search(piece):
                continue
            other = piece_language(piece, expected)
            if other is not None:
                return sentence, other
    return None


def check_language(text: str, ctx: CheckContext) -> CheckResult:
    expected = ctx.comment_language or detect_language(ctx.comment_text)
    signoff = ctx.voice.signoff
    if signoff and "{" not in signoff and signoff in text:
        # The closing the voice fixes for this reply ("Loppuun aina 'Leipäterveisin, Juurella'" under a Swedish
        # comment) is the brand's own line, like its name: the voice rules sign a reply in another language with it
        # only where the voice says so for every reply (bot/checks/voice_rules.py).
        text = text.replace(signoff, " ")
    if expected is None:
        return CheckResult("language", BLOCKING, True, "language not checked: the comment's language is unclear")
    # the whole draft without links, mentions, the brand's name and quoted terms, as each sentence below: a short
    # reply signed "– Aino, Revontuli" is not Finnish for its sign-off (session 17)
    names = (*brand_names(ctx.brand_name, ctx.public_passages)[1:], *guidance_names(ctx.public_passages))
    found = detect_language(_without_names(text, ctx.brand_name, names))
    if found is not None and found != expected:
        return CheckResult(
            "language",
            BLOCKING,
            False,
            f"the draft reads as {language_name(found)} but the comment is {language_name(expected)}: "
            f"reply in {language_name(expected)}",
        )
    if expected not in _markers():
        return CheckResult("language", BLOCKING, True, f"the draft reads as {language_name(expected)}")
    foreign = foreign_sentence(text, expected, ctx.brand_name, names)
    if foreign is not None:
        sentence, other = foreign
        return CheckResult(
            "language",
            BLOCKING,
            False,
            f"{sentence[:60]!r} is in {language_name(other)}; the reply is in {language_name(expected)}: "
            f"write every sentence in {language_name(expected)}",
        )
    return CheckResult("language", BLOCKING, True, f"every sentence in {language_name(expected)}, like the comment")


def graphemes(text: str) -> int:
    return len(_GRAPHEME.findall(text))


def measured_length(text: str, platform: str) -> tuple[int, int | None, str]:
    """(length, limit, unit) as the platform counts it."""
    if platform in GRAPHEME_LIMITS:
        return graphemes(text), GRAPHEME_LIMITS[platform], "characters (graphemes)"
    if platform == "mastodon":
        length = len(URL.sub("x" * MASTODON_URL_LENGTH, text))
        return length, CHAR_LIMITS[platform], "characters (links count 23)"
    return len(text), CHAR_LIMITS.get(platform), "characters"


def check_length(text: str, ctx: CheckContext) -> CheckResult:
    length, limit, unit = measured_length(text, ctx.platform)
    if not text.strip():
        return CheckResult("length", BLOCKING, False, "the draft is empty: write a reply or skip the comment")
    if limit is not None and length > limit:
        return CheckResult(
            "length", BLOCKING, False, f"{length} {unit}; {ctx.platform} allows {limit}: shorten by {length - limit}"
        )
    return CheckResult("length", BLOCKING, True, f"{length} {unit}" + (f" of {limit}" if limit else ""))


def _looks_encoded(run: str) -> bool:
    body = run.rstrip("=")
    if any(c.isdigit() for c in body) and any(c.isalpha() for c in body):
        return True
    if any(c in "+/=" for c in run):
        return True
    capitals_inside = sum(1 for c in body[1:] if c.isupper())
    return capitals_inside >= 3 and any(c.islower() for c in body)


def check_encoding(text: str, ctx: CheckContext) -> CheckResult:
    plain = URL.sub(" ", unicodedata.normalize("NFKC", text))
    for pattern, what in ((_HEX, "a long hex string"), (_PERCENT, "percent-encoded text")):
        match = pattern.search(text)
        if match:
            return CheckResult("encoding", BLOCKING, False, f"remove {what} ({match.group(0)[:24]}…): unreadable")
    for match in _B64.finditer(plain):
        if _looks_encoded(match.group(0)):
            return CheckResult(
                "encoding", BLOCKING, False, f"remove the encoded-looking text {match.group(0)[:24]!r}…: unreadable"
            )
    return CheckResult("encoding", BLOCKING, True, "no encoded text")


def _joins_emoji(text: str, index: int) -> bool:
    """A zero-width joiner inside an emoji sequence (👩‍🔧) is part of the emoji, not hidden text."""
    before = text[index - 1] if index > 0 else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    return (
        text[index] == "\u200d"
        and before != ""
        and after != ""
        and unicodedata.category(after) == "So"
        and (unicodedata.category(before) == "So" or before == "\ufe0f")
    )


def check_invisible(text: str, ctx: CheckContext) -> CheckResult:
    hidden = sorted(
        {f"U+{ord(c):04X}" for i, c in enumerate(text) if unicodedata.category(c) == "Cf" and not _joins_emoji(text, i)}
    )
    if hidden:
        return CheckResult(
            "invisible", BLOCKING, False, f"remove invisible characters {', '.join(hidden[:5])}: they hide text"
        )
    return CheckResult("invisible", BLOCKING, True, "no invisible characters")
