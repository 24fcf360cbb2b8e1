"""What a reply must look like on each platform: length, hashtags, emoji.

One source of truth shared with the checks: the limits are the ones
``bot.checks.hygiene`` enforces (Bluesky 300 graphemes, Mastodon 500
characters with links counted as 23, Reddit and YouTube 10,000) and the
hashtag and emoji rules are ``bot/checks/data/style.yaml``. The prompt states
them in words (:func:`describe`); the offline drafter keeps to them
(:func:`fit`, :func:`strip_disallowed`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from bot.checks.data import load
from bot.checks.hygiene import measured_length

# Long-form platforms still read best short: the drafter aims for this many characters.
PREFERRED_CHARS: dict[str, int] = {"reddit": 600, "youtube": 400, "bluesky": 280, "mastodon": 450}
_HASHTAG = re.compile(r"(?<![\w&])#[^\W\d_]\w*")


@dataclass(frozen=True)
class Norms:
    platform: str
    limit: int | None  # what the platform accepts (as measured_length counts)
    unit: str
    preferred: int | None  # what reads well there
    hashtags: bool
    emoji: bool


def norms_for(platform: str) -> Norms:
    style = load("style")
    _, limit, unit = measured_length("", platform)
    return Norms(
        platform=platform,
        limit=limit,
        unit=unit,
        preferred=PREFERRED_CHARS.get(platform),
        hashtags=platform not in style["no_hashtags"],
        emoji=platform not in style["no_emoji"],
    )


def describe(platform: str) -> str:
    """The norms as one instruction for the model."""
    norms = norms_for(platform)
    parts: list[str] = []
    if norms.limit is not None and norms.limit <= 1000:
        parts.append(f"hard limit {norms.limit} {norms.unit}, stay well under it")
    elif norms.limit is not None:
        parts.append("long replies are allowed, but short ones read better")
    if norms.preferred is not None:
        parts.append(f"aim for at most {norms.preferred} characters")
    parts.append("hashtags only if the brand's voice uses them" if norms.hashtags else "no hashtags")
    parts.append("at most one emoji, only if the brand's voice allows it" if norms.emoji else "no emoji")
    return "; ".join(parts)


def fits(text: str, platform: str) -> bool:
    length, limit, _ = measured_length(text, platform)
    return limit is None or length <= limit


def fit(parts: Sequence[str], keep: Sequence[bool], platform: str) -> list[str]:
    """Drop optional parts (``keep`` False), first ones first, until the joined text fits the platform.

    Required parts always stay; the length check still blocks a reply that cannot fit.
    """
    chosen = list(zip(parts, keep, strict=True))
    limit = norms_for(platform).preferred
    while len(chosen) > 1:
        text = " ".join(part for part, _ in chosen)
        if fits(text, platform) and (limit is None or len(text) <= limit):
            break
        optional = next((i for i, (_, required) in enumerate(chosen) if not required), None)
        if optional is None:
            break
        del chosen[optional]
    return [part for part, _ in chosen]


def is_emoji(char: str) -> bool:
    """Whether ``char`` is an emoji (a symbol of the emoji planes or the arrows and dingbats after them)."""
    return unicodedata.category(char) == "So" and ord(char) >= 0x2190


# An emoji that ends a sentence of its own before the next one starts ("Hi, Aino from X here 🐾 Our dogs ..."): taken
# out, the sentence needs its full stop, or the two ran together ("... here Our dogs ...", reply-plans-s, spent: both
# panellists, "no punctuation after the disclosure").
_EMOJI_END = re.compile(r"(?<=\w)[ \t]*(?:[^\w\s.!?,;:)(\-–—\"'’”]\ufe0f?)+(?=\s+[A-ZÅÄÖ])")


def without_emoji(text: str) -> str:
    """``text`` without its emoji; one that ended a sentence leaves a full stop in its place."""
    if not any(is_emoji(c) for c in text):
        return text
    text = _EMOJI_END.sub(lambda m: "." if any(is_emoji(c) for c in m.group(0)) else m.group(0), text)
    text = " ".join("".join(c for c in text if not is_emoji(c) and c not in "\ufe0f\u200d").split())
    return re.sub(r"(?<=\w) (?=[.!?,;:](?:\s|$))", "", text)  # "Great 😍!" -> "Great!"


def strip_disallowed(text: str, platform: str) -> str:
    """Remove hashtags and emoji where the platform's norms say no."""
    norms = norms_for(platform)
    if not norms.emoji:
        text = without_emoji(text)
    if not norms.hashtags:
        text = _HASHTAG.sub(lambda m: m.group(0)[1:], text)
    return " ".join(text.split())
