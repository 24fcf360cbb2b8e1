"""Rule-based signals: question forms, opt-out, risk vocabulary, spam, toxicity,
sarcasm and emotion words, in Finnish, Swedish and English.

The vocabulary is data (``data/rules.yaml``); this module compiles it once and
answers small questions about a text. Rules are deterministic and can only add
risk: a classifier may add flags, never remove the ones found here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from bot.signals.types import RISK_FLAGS

Patterns = dict[str, list[re.Pattern[str]]]  # language ("any", "fi", ...) -> patterns


@dataclass(frozen=True)
class RuleSet:
    groups: dict[str, Patterns]  # question, opt_out, spam, ...
    risk: dict[str, Patterns]  # risk flag -> patterns


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
    risk = {flag: _compile(block, f"risk.{flag}") for flag, block in risk_raw.items()}
    return RuleSet(groups=groups, risk=risk)


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


def risk_flags(text: str, language: str | None = None) -> dict[str, str]:
    """Risk flag -> the fragment that raised it."""
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
    """A competitor named while our brand is not: engaging there would be poaching."""
    lowered = text.lower()
    if any(term.lower() in lowered for term in brand_terms):
        return None
    for name in competitors:
        if re.search(rf"\b{re.escape(name.lower())}", lowered):
            return name
    return None


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
