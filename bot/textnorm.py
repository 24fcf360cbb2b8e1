"""Normalise untrusted text on the way in.

NFKC folds look-alike forms; zero-width, bidi-control and Unicode tag
characters (used to hide instructions from people while models still read
them) are removed and counted; over-long text is cut at a word boundary and
marked. HTML from platforms becomes plain text here too.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import ClassVar

# Zero-width and joiners, bidi embeddings/overrides/isolates, BOM, soft hyphen, word joiner.
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\U000e0000-\U000e007f]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t]+")
_BLANK_LINES = re.compile(r"\n{3,}")


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
