"""Banned phrases (blocking) and style hints (warning).

* ``banned_phrases``: a phrase the brand bans (``banned_phrases`` in the brand
  file, or a quoted phrase a guidance passage negates: no "revolutionary",
  ei "mullistavaa") must not appear, compared without case at word boundaries.
* ``style`` (warning): more than one exclamation mark; a shouted word in
  capitals (abbreviations excepted); a hashtag or an emoji where the
  platform's norms or the brand's voice say no (``data/style.yaml``).
"""

from __future__ import annotations

import re
import unicodedata

from bot.checks.data import load
from bot.checks.links import URL
from bot.checks.types import BLOCKING, WARNING, CheckContext, CheckResult

_HASHTAG = re.compile(r"(?<![\w&])#[^\W\d_][\w]*")
_WORD = re.compile(r"[^\W\d_]+")


def check_banned(text: str, ctx: CheckContext) -> CheckResult:
    folded = unicodedata.normalize("NFKC", text)
    for phrase in ctx.banned_phrases:
        body = r"\s+".join(re.escape(w) for w in phrase.split())
        if body and re.search(rf"(?<!\w){body}(?!\w)", folded, re.IGNORECASE):
            return CheckResult(
                "banned_phrases", BLOCKING, False, f"remove {phrase!r}: the brand's guidance bans this phrase"
            )
    return CheckResult("banned_phrases", BLOCKING, True, "no banned phrases")


def _is_emoji(char: str) -> bool:
    return unicodedata.category(char) == "So" and ord(char) >= 0x2190


def style_notes(text: str, platform: str) -> list[str]:
    style = load("style")
    plain = URL.sub(" ", unicodedata.normalize("NFKC", text))
    notes: list[str] = []
    if plain.count("!") > int(style["max_exclamations"]):
        notes.append(f"{plain.count('!')} exclamation marks; one at most reads calmer")
    allowed = {word.upper() for word in style["caps_allowed"]}
    least = int(style["caps_min_letters"])
    shouted = [w for w in _WORD.findall(plain) if len(w) >= least and w.isupper() and w not in allowed]
    if shouted:
        notes.append(f"{shouted[0]!r} in capitals reads as shouting")
    if platform in style["no_hashtags"] and _HASHTAG.search(plain):
        notes.append(f"hashtags are out of place on {platform}")
    if platform in style["no_emoji"] and any(_is_emoji(c) for c in plain):
        notes.append(f"no emoji on {platform}")
    return notes


def check_style(text: str, ctx: CheckContext) -> CheckResult:
    notes = style_notes(text, ctx.platform)
    if notes:
        return CheckResult("style", WARNING, False, "; ".join(notes))
    return CheckResult("style", WARNING, True, "reads calmly")
