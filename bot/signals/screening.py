"""Comments that cannot be assessed: empty, binary-looking, or obfuscated with look-alike letters.

Such a comment gets a clear skip reason instead of signals, is never drafted
and never crashes the pass. Homoglyph obfuscation is a word that mixes Latin
letters with Cyrillic or Greek look-alikes ("frее" with a Cyrillic "е"): a
person writing Finnish, Swedish, English or Russian does not do that, and
filters and detectors are what it is meant to slip past.
"""

from __future__ import annotations

import re
import unicodedata

from bot.signals.types import Signals

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_LONG_TOKEN = re.compile(r"[A-Za-z0-9+/=_-]{120,}")
_MIN_BINARY_CHARS = 16


def _script(char: str) -> str | None:
    name = unicodedata.name(char, "")
    for script in ("LATIN", "CYRILLIC", "GREEK"):
        if name.startswith(script):
            return script
    return None


def _binary_looking(text: str) -> bool:
    if len(text) < _MIN_BINARY_CHARS:
        return False
    odd_categories = ("Cc", "Co", "Cn", "Cs")
    odd = sum(1 for ch in text if ch == "\ufffd" or (unicodedata.category(ch) in odd_categories and ch not in "\n\t"))
    if odd / len(text) > 0.1:
        return True
    # One long run of base64 / hex without words, or mostly symbols and digits.
    if _LONG_TOKEN.search(text):
        return True
    # Mostly symbols and digits with hardly a space: not something a person wrote (emoji count as words).
    wordish = sum(1 for ch in text if ch.isalpha() or ch.isspace() or unicodedata.category(ch) in ("So", "Sk"))
    spaces = sum(1 for ch in text if ch.isspace())
    return wordish / len(text) < 0.3 and spaces / len(text) < 0.05


def _obfuscated(text: str) -> str | None:
    word: str
    for word in _WORD.findall(text):
        scripts = {s for s in map(_script, word) if s is not None}
        if "LATIN" in scripts and len(scripts) > 1:
            return word
    return None


def skip_reason(text: str | None) -> str | None:
    """Why this comment cannot be assessed, or ``None`` when it can."""
    if text is None or not text.strip():
        return "empty comment: nothing to assess"
    if _binary_looking(text):
        return "binary-looking content, not text: nothing to assess"
    word = _obfuscated(text)
    if word is not None:
        return f"letters from mixed alphabets (homoglyph obfuscation, e.g. {word!r}): a person can look at it"
    return None


def skipped_signals(reason: str) -> Signals:
    """Signals of a comment that was not assessed: never drafted, the reason says why."""
    return Signals(language=None, intent="off_topic", emotion="neutral", skip=reason, evidence={"skipped": reason})
