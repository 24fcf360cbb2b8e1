"""Guidance files: Markdown or plain text with optional YAML front matter, split into sections.

A file may start with front matter between ``---`` lines::

    ---
    kind: faq            # voice, faq, fact, do, dont, campaign, disclosure, support (default: fact)
    language: fi         # fi, sv or en; leave out for language-neutral guidance
    visibility: public   # public, or internal: may guide the model, never appears in a reply
    valid_until: 2027-02-28   # ISO date; after it the file's sections are no longer retrieved
    brand: Revontuli
    ---

Markdown is split at ``#``, ``##`` and ``###`` headings (LangChain's
``MarkdownHeaderTextSplitter``); a ``.txt`` file is one section. Every section
carries the file's front matter. A bad value raises :class:`KnowledgeError`
naming the file, the field and the allowed values.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from bot.errors import KnowledgeError

KINDS: tuple[str, ...] = ("voice", "faq", "fact", "do", "dont", "campaign", "disclosure", "support")
LANGUAGES: tuple[str, ...] = ("fi", "sv", "en")
VISIBILITIES: tuple[str, ...] = ("public", "internal")
FIELDS: tuple[str, ...] = ("kind", "language", "visibility", "valid_until", "brand")
SUFFIXES: tuple[str, ...] = (".md", ".markdown", ".txt")
_HEADERS = [("#", "h1"), ("##", "h2"), ("###", "h3")]


@dataclass(frozen=True)
class FrontMatter:
    kind: str = "fact"
    language: str | None = None
    visibility: str = "public"
    valid_until: date | None = None
    brand: str | None = None


@dataclass(frozen=True)
class Section:
    """One retrievable piece of guidance: a heading's text with its file's front matter."""

    source: str
    heading: str
    text: str
    meta: FrontMatter

    @property
    def document(self) -> str:
        """What is embedded and stored: the heading line gives the body its context."""
        return f"{self.heading}\n\n{self.text}" if self.heading else self.text

    @property
    def id(self) -> str:
        """A content hash: the same section with the same front matter always gets the same id."""
        payload = json.dumps(
            [self.source, self.heading, self.text, self.metadata()], ensure_ascii=False, sort_keys=True
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]

    def metadata(self) -> dict[str, str | int]:
        """Chroma metadata: strings and integers only (Chroma stores no ``None``)."""
        until = self.meta.valid_until
        return {
            "source": self.source,
            "heading": self.heading,
            "kind": self.meta.kind,
            "language": self.meta.language or "",
            "visibility": self.meta.visibility,
            "valid_until": until.isoformat() if until else "",
            # YYYYMMDD as an integer, because Chroma compares only numbers with $gte
            "valid_until_day": day_number(until) if until else 99991231,
            "brand": self.meta.brand or "",
        }


def day_number(day: date) -> int:
    return day.year * 10000 + day.month * 100 + day.day


def parse_front_matter(raw: str, path: Path) -> tuple[FrontMatter, str]:
    """Split ``raw`` into validated front matter and the body."""
    text = raw.lstrip("\ufeff")
    if not text.startswith("---"):
        return FrontMatter(), text
    lines = text.splitlines(keepends=True)
    if lines[0].strip() != "---":
        return FrontMatter(), text
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            header = "".join(lines[1:index])
            body = "".join(lines[index + 1 :])
            break
    else:
        raise KnowledgeError(f"{path}: front matter starts with '---' but has no closing '---' line; add one.")
    try:
        values = yaml.safe_load(header) or {}
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{path}: front matter is not valid YAML ({exc}).") from None
    except ValueError as exc:  # a number too long for Python's int (thousands of digits)
        raise KnowledgeError(f"{path}: front matter holds a value YAML cannot read ({exc}).") from None
    except RecursionError:
        raise KnowledgeError(f"{path}: front matter nests too deep; use plain 'field: value' lines.") from None
    if not isinstance(values, Mapping):
        raise KnowledgeError(f"{path}: front matter must be 'field: value' lines, one field each.")
    return validate_front_matter(values, path), body


def validate_front_matter(values: Mapping[str, Any], path: Path) -> FrontMatter:
    unknown = sorted(str(key) for key in values if key not in FIELDS)
    if unknown:
        raise KnowledgeError(
            f"{path}: unknown front matter field {_short(unknown[0])}; allowed fields: {', '.join(FIELDS)}."
        )
    kind = _choice(values, "kind", KINDS, path) or "fact"
    language = _choice(values, "language", LANGUAGES, path)
    visibility = _choice(values, "visibility", VISIBILITIES, path) or "public"
    brand = values.get("brand")
    if brand is not None and (not isinstance(brand, str) or not _storable(brand)):
        raise KnowledgeError(f"{path}: field 'brand' must be text, got {_short(brand)}.")
    return FrontMatter(kind, language, visibility, _date(values.get("valid_until"), path), brand)


def _choice(values: Mapping[str, Any], field: str, allowed: tuple[str, ...], path: Path) -> str | None:
    value = values.get(field)
    if value is None:
        return None
    if not isinstance(value, str) or value.strip().lower() not in allowed:
        raise KnowledgeError(f"{path}: field {field!r} is {_short(value)}; allowed values: {', '.join(allowed)}.")
    return value.strip().lower()


def _date(value: Any, path: Path) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise KnowledgeError(
            f"{path}: field 'valid_until' is {_short(value)}; allowed values: an ISO date such as 2027-02-28."
        ) from None


def _storable(text: str) -> bool:
    """Text every store can hold: no NUL, no lone surrogate (YAML's "\\ud800" escape makes one)."""
    return "\x00" not in text and not any("\ud800" <= char <= "\udfff" for char in text)


def _short(value: Any) -> str:
    """A bad value for an error message: its repr, cut (a front matter value may be megabytes)."""
    try:
        shown = repr(value)
    except (ValueError, RecursionError):  # an int too long to print, a structure nested too deep
        shown = f"a {type(value).__name__}"
    return shown if len(shown) <= 80 else shown[:77] + "..."


def split_sections(body: str, *, markdown: bool) -> list[tuple[str, str]]:
    """``(heading, text)`` pairs; the heading is the innermost Markdown heading above the text."""
    if not markdown:
        return [("", body.strip())] if body.strip() else []
    from langchain_text_splitters import MarkdownHeaderTextSplitter

    splitter = MarkdownHeaderTextSplitter(headers_to_split_on=_HEADERS, strip_headers=True)
    sections = []
    for doc in splitter.split_text(body):
        text = doc.page_content.strip()
        if not text:
            continue
        heading = next((doc.metadata[key] for _, key in reversed(_HEADERS) if doc.metadata.get(key)), "")
        sections.append((str(heading), text))
    return sections


def load_file(path: Path, source: str) -> list[Section]:
    try:
        raw = path.read_text("utf-8")
    except UnicodeDecodeError:
        raise KnowledgeError(f"{path}: not UTF-8 text; save it as UTF-8 and ingest again.") from None
    meta, body = parse_front_matter(raw, path)
    pairs = split_sections(body, markdown=path.suffix.lower() != ".txt")
    return [Section(source, heading, text, meta) for heading, text in pairs]


@dataclass(frozen=True)
class GuidanceFile:
    path: Path
    source: str  # relative to the ingested folder, or the absolute path of a file given directly
    root: str  # the ingested folder (absolute), or "" for a file given directly


def find_files(paths: Iterable[Path]) -> list[GuidanceFile]:
    """Expand files and folders into guidance files, in a stable order."""
    found: list[GuidanceFile] = []
    for given in paths:
        if given.is_dir():
            root = given.resolve()
            for path in sorted(root.rglob("*")):
                if path.is_file() and path.suffix.lower() in SUFFIXES and not path.name.startswith("."):
                    found.append(GuidanceFile(path, path.relative_to(root).as_posix(), str(root)))
        elif given.is_file():
            if given.suffix.lower() not in SUFFIXES:
                raise KnowledgeError(f"{given}: not a guidance file; use {', '.join(SUFFIXES)} files.")
            found.append(GuidanceFile(given, str(given.resolve()), ""))
        else:
            raise KnowledgeError(f"{given}: no such file or folder.")
    return found
