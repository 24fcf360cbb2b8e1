"""Normalise untrusted text on the way in, and keep what people wrote for display.

Two forms of every comment are stored. The *normalised* form (:func:`normalise`) is what
machines use (matching, dedupe, classification, embedding, prompts, checks): NFKC folds
look-alike forms; zero-width, bidi-control and Unicode tag characters (used to hide
instructions from people while models still read them) are removed and counted; over-long
text is cut at a word boundary and marked. The *original* form (:func:`original`) is the
author's text as the platform gave it, cut at a grapheme boundary, never inside an emoji or a
combining sequence; :func:`display` makes it safe to show: emoji ZWJ sequences, variation
selectors, combining marks and right-to-left letters stay, while bidi overrides, embeddings
and isolates, tag characters outside emoji flag sequences and zero-width characters outside
emoji or joining-script sequences go. HTML from platforms becomes plain text here too.
"""

from __future__ import annotations

import hashlib
import html
import math
import re
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any, ClassVar

import regex

# Zero-width and joiners, bidi embeddings/overrides/isolates, BOM, soft hyphen, word joiner.
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\U000e0000-\U000e007f]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t]+")
_BLANK_LINES = re.compile(r"\n{3,}")


# What no database column can hold: NUL (PostgreSQL text and JSON refuse it) and a lone surrogate (UTF-8 cannot
# encode it; JSON's "\ud800" escape decodes to one). In a str every code point U+D800-U+DFFF is a lone one.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def storable(value: Any, *, text: bool = False) -> Any:
    """``value`` with NUL and lone surrogates in every string (dict keys, lists) replaced by U+FFFD: a
    platform's JSON may carry either in any field, and an id keeps its length, so two ids stay two. ``text``:
    a comment's text, whose NUL and other controls :func:`normalise` and :func:`original` remove and count.
    A NaN or an infinity (Python's json reads ``NaN`` and ``Infinity``; JSON has neither, and PostgreSQL's json
    type refuses them) becomes None, as JavaScript's ``JSON.stringify`` writes them."""
    if isinstance(value, str):
        return (_SURROGATE if text else _UNSTORABLE).sub("\ufffd", value)
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {storable(k): storable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [storable(v) for v in value]
    return value


@dataclass(frozen=True)
class Normalised:
    text: str
    removed_chars: int  # invisible or control characters taken out
    truncated: bool


def normalise(text: str, max_chars: int | None = None) -> Normalised:
    """NFKC, strip invisible and control characters, tidy spaces, cap the length."""
    folded = unicodedata.normalize("NFKC", text.replace("\r\n", "\n").replace("\r", "\n"))
    cleaned, invisible = _INVISIBLE.subn("", folded)
    cleaned, controls = _CONTROL.subn("", cleaned)
    cleaned = _BLANK_LINES.sub("\n\n", _SPACES.sub(" ", cleaned)).strip()
    truncated = False
    if max_chars is not None and len(cleaned) > max_chars:
        cut = cleaned[:max_chars]
        space = cut.rfind(" ")
        cleaned = (cut[:space] if space > max_chars * 0.8 else cut).rstrip() + " […]"
        truncated = True
    return Normalised(cleaned, invisible + controls, truncated)


# -- the original, for display -----------------------------------------------------
_GRAPHEME = regex.compile(r"\X")
_NUL_AND_CONTROLS = regex.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Bidi embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI): they reorder what
# people see. The marks LRM/RLM/ALM stay: they only nudge neutral characters in mixed-direction text.
_BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
# Kept: a subdivision flag (black flag, tag letters, cancel tag), the one legitimate use of tag
# characters; a ZWJ joining two emoji (family, profession, rainbow flag); a ZWJ or ZWNJ between two
# letters of a script that shapes with them (Persian, Hindi, Malayalam ...). Anything else that is
# zero-width, a tag character or a bidi control is removed: it hides or reorders text.
_DISPLAY_SWEEP = regex.compile(
    "(?P<keep>\U0001f3f4[\U000e0020-\U000e007e]+\U000e007f"
    "|(?<=\\p{Extended_Pictographic}[\\p{Emoji_Modifier}\ufe0f\u20e3]*)\u200d(?=\\p{Extended_Pictographic})"
    "|(?<=[^\\P{L}\\p{Latin}]\\p{M}*)[\u200c\u200d](?=[^\\P{L}\\p{Latin}]))"
    f"|[\u180e\u200b-\u200d\u2060-\u2064\ufeff{_BIDI_CONTROLS}\U000e0000-\U000e007f]"
)


@dataclass(frozen=True)
class Original:
    text: str
    truncated: bool


def original(text: str, max_chars: int | None = None) -> Original:
    """The author's text as the platform gave it, capped at ``max_chars`` on a grapheme boundary.

    Only line endings are unified and control characters (NUL and the like, which no
    database stores and nobody types) dropped; nothing is folded or reordered.
    """
    text = _NUL_AND_CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    if max_chars is None or len(text) <= max_chars:
        return Original(text, False)
    return Original(clip(text, max_chars).rstrip(), True)


def clip(text: str, max_chars: int) -> str:
    """The longest prefix of whole grapheme clusters within ``max_chars`` code points."""
    if len(text) <= max_chars:
        return text
    end = 0
    for match in _GRAPHEME.finditer(text, 0, max_chars + 1):  # never split an emoji or a combining sequence
        if match.end() > max_chars:
            break
        end = match.end()
    return text[:end]


def display(text: str) -> str:
    """``text`` made safe to show: nothing that reorders or hides characters, everything people wrote.

    Emoji ZWJ sequences, skin tones, variation selectors, keycaps, subdivision flags, combining
    marks and right-to-left letters are kept exactly; bidi embeddings/overrides/isolates, stray
    tag characters and zero-width characters outside emoji or joining-script sequences are removed.
    """
    return str(_DISPLAY_SWEEP.sub(lambda m: m.group("keep") or "", text))


def shown(original_text: str | None, normalised_text: str | None) -> str | None:
    """What people see of a stored comment: its original made safe, else (older rows) the normalised form."""
    if original_text:
        return display(original_text)
    return normalised_text


class _TextExtractor(HTMLParser):
    _BLOCK: ClassVar[frozenset[str]] = frozenset(
        {"p", "div", "br", "li", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "tr"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment: tags dropped, entities decoded, paragraphs kept."""
    if "<" not in markup:
        return html.unescape(markup)
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)
    lines = [line.strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def text_hash(text: str) -> str:
    """The content hash a draft's approval is bound to (sha256 of the exact text)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
