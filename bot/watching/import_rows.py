"""Comment files for ``kuulo import``: CSV, a JSON list of objects, or JSON Lines.

Columns (docs/import.md): ``id``, ``parent_id``, ``author``, ``text``,
``created_at``, ``url`` and optional ``likes``; names are matched without case,
unknown columns are ignored. CSV may come from Excel: a UTF-8 byte order mark,
``;`` or tab delimiters and Windows-1252 text are all read. A row that cannot be
used is reported with its line number (the item number in a JSON list) and the
rest are imported. A row without an ``id`` gets one from a hash of author, text
and position, like a pasted comment.

Limits are checked at the door (:class:`ImportLimits`, from the ``KUULO_IMPORT_MAX_*``
settings, docs/limits.md): a file over the size limit is refused whole; a row over the
row or cell limit is skipped and reported with its line (and column); rows past the row
limit are reported, never silently dropped. UTF-16 and UTF-32 files with a byte order mark
(Excel's "Unicode text") are read too; lone surrogates become U+FFFD.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import re
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.config import Settings
from bot.errors import ConfigError

COLUMNS = ("id", "parent_id", "author", "text", "created_at", "url", "likes")
MAX_LIKES = 2**53  # JSON's largest exact integer; no platform counts more
_SURROGATE = re.compile("[\ud800-\udfff]")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DMY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})(?:[ T]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$")


@dataclass(frozen=True)
class ImportLimits:
    """What one import may hold; the defaults are the settings' defaults."""

    max_bytes: int = 50_000_000
    max_rows: int = 100_000
    max_row_chars: int = 200_000
    max_cell_chars: int = 100_000

    @classmethod
    def of(cls, settings: Settings) -> ImportLimits:
        return cls(
            settings.import_max_bytes,
            settings.import_max_rows,
            settings.import_max_row_chars,
            settings.import_max_cell_chars,
        )

    def check_size(self, size: int, name: str) -> None:
        if size > self.max_bytes:
            raise ConfigError(
                f"{name} is {size:,} bytes; the most one import reads is {self.max_bytes:,} "
                "(KUULO_IMPORT_MAX_BYTES): split it into smaller files, or raise the setting"
            )


@dataclass(frozen=True)
class RowProblem:
    line: int
    message: str
    where: str = "line"

    def text(self) -> str:
        return f"{self.where} {self.line}: {self.message}"


@dataclass(frozen=True)
class ImportRow:
    line: int
    id: str
    parent_id: str | None
    author: str | None
    text: str
    created_at: datetime | None
    url: str | None
    likes: int | None = None

    def to_payload(self) -> dict[str, Any]:
        item = asdict(self)
        item["created_at"] = self.created_at.isoformat() if self.created_at else None
        return item

    @classmethod
    def from_payload(cls, item: dict[str, Any]) -> ImportRow:
        created = item.get("created_at")
        return cls(**{**item, "created_at": datetime.fromisoformat(created) if created else None})


@dataclass
class ParseResult:
    source: str
    rows: list[ImportRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


def parse_time(value: str) -> datetime:
    """ISO 8601 (``Z`` allowed), ``d.m.yyyy [hh:mm]``, ``d/m/yyyy`` or Unix seconds; naive times are UTC."""
    value = value.strip()
    if re.fullmatch(r"\d{9,11}(\.\d+)?", value):
        return datetime.fromtimestamp(float(value), UTC)
    match = _DMY.match(value)
    if match:
        day, month, year, hour, minute, second = (int(g) if g else 0 for g in match.groups())
        moment = datetime(year, month, day, hour, minute, second)
    else:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def derived_id(author: str | None, text: str, position: int) -> str:
    return hashlib.sha256(f"{author or ''}\n{text}\n{position}".encode()).hexdigest()[:16]


def parse_file(path: Path, limits: ImportLimits | None = None) -> ParseResult:
    """Read a comment file; the format comes from the extension, else from the first character."""
    limits = limits or ImportLimits()
    try:
        limits.check_size(path.stat().st_size, str(path))
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return parse_bytes(raw, path.name, limits)


def decode(raw: bytes) -> str:
    """UTF-8 (with or without a BOM), UTF-16/32 with a BOM, else Windows-1252 (Excel's "CSV" on Windows)."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return raw.decode(codec, errors="replace")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def parse_bytes(raw: bytes, name: str, limits: ImportLimits | None = None) -> ParseResult:
    limits = limits or ImportLimits()
    limits.check_size(len(raw), name)
    text = decode(raw)
    suffix = Path(name).suffix.lower()
    head = text.lstrip()[:1]
    if suffix in (".jsonl", ".ndjson") or (suffix == ".json" and head == "{"):
        return _json_lines(text, name, limits)
    if suffix == ".json" or head == "[":
        return _json_list(text, name, limits)
    return _csv(text, name, limits)


def _json_list(text: str, name: str, limits: ImportLimits) -> ParseResult:
    try:
        items = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{name} is not valid JSON (line {exc.lineno}: {exc.msg}); see docs/import.md") from exc
    except (ValueError, RecursionError) as exc:  # a number of thousands of digits; lists nested thousands deep
        raise ConfigError(f"{name} is not JSON comment objects ({_short(exc)}); see docs/import.md") from None
    if not isinstance(items, list):
        raise ConfigError(f"{name} must hold a JSON list of comment objects, or one object per line (JSON Lines)")
    result = ParseResult(source=name)
    for number, item in enumerate(items, start=1):
        if _full(result, number, "item", limits):
            break
        _add(result, number, item, "item", limits)
    return result


def _json_lines(text: str, name: str, limits: ImportLimits) -> ParseResult:
    result = ParseResult(source=name)
    # Lines end at "\n" only: str.splitlines() also splits at U+2028, U+0085 and \x1c-\x1e, which JSON strings
    # may hold as they are, and would cut a good object in two (and misnumber every line after it).
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        if _full(result, number, "line", limits):
            break
        if len(line) > limits.max_row_chars:
            result.problems.append(RowProblem(number, _too_long_row(len(line), limits)))
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            result.problems.append(RowProblem(number, f"not valid JSON ({exc.msg}); skipped"))
            continue
        except (ValueError, RecursionError) as exc:
            result.problems.append(RowProblem(number, f"not a JSON comment object ({_short(exc)}); skipped"))
            continue
        _add(result, number, item, "line", limits)
    return result


def _csv(text: str, name: str, limits: ImportLimits) -> ParseResult:
    # The csv module's own field limit (131,072 characters) ends the whole read with an error; ours is per
    # row and reported, so the module's must never be the one that trips: a field can't outgrow the text.
    if csv.field_size_limit() <= len(text):
        csv.field_size_limit(len(text) + 1)
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise ConfigError(f"{name}: the first line (the column names) cannot be read: {exc}") from None
    if not header or not any(column.strip() for column in header):
        raise ConfigError(f"{name} is empty; the first line must name the columns: {', '.join(COLUMNS)}")
    names = [column.strip().lower() for column in header]
    if "text" not in names:
        shown = ", ".join(column[:40] for column in names[:20])
        raise ConfigError(f"{name} has no 'text' column (found: {shown}); the columns are {', '.join(COLUMNS)}")
    result = ParseResult(source=name)
    start = reader.line_num + 1
    while True:
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            result.problems.append(RowProblem(start, f"not a CSV row ({exc}); skipped"))
            start = reader.line_num + 1
            continue
        if not any(v.strip() for v in values):
            start = reader.line_num + 1
            continue
        if _full(result, start, "line", limits):
            break
        if len(values) > len(names):
            result.problems.append(RowProblem(start, f"{len(values)} fields but {len(names)} columns; skipped"))
        else:
            _add(result, start, dict(zip(names, values, strict=False)), "line", limits)
        start = reader.line_num + 1
    return result


def _short(exc: BaseException) -> str:
    return (str(exc) or type(exc).__name__)[:120]


def _full(result: ParseResult, number: int, where: str, limits: ImportLimits) -> bool:
    """At the row limit: report where the import stopped (never drop the rest silently)."""
    if len(result.rows) + len(result.problems) < limits.max_rows:
        return False
    result.problems.append(
        RowProblem(
            number,
            f"not imported, nor anything after it: one import reads at most {limits.max_rows:,} rows "
            "(KUULO_IMPORT_MAX_ROWS); split the file and import the rest",
            where,
        )
    )
    return True


def _too_long_row(chars: int, limits: ImportLimits) -> str:
    return (
        f"the row is {chars:,} characters; the most is {limits.max_row_chars:,} (KUULO_IMPORT_MAX_ROW_CHARS): "
        "shorten it or raise the setting; skipped"
    )


def _size(value: Any) -> int:
    if isinstance(value, str):
        return len(value)
    try:
        return len(json.dumps(value, default=str))
    except (ValueError, TypeError, RecursionError):
        return len(repr(type(value)))


def _oversize(item: Any, limits: ImportLimits) -> str | None:
    """Why a row breaks the row or cell limit, naming the cell; None when it fits."""
    if not isinstance(item, dict):
        return None
    sizes = {str(key)[:40]: _size(value) for key, value in item.items()}
    for key, chars in sizes.items():
        if chars > limits.max_cell_chars:
            return (
                f"the {key!r} cell is {chars:,} characters; the most is {limits.max_cell_chars:,} "
                "(KUULO_IMPORT_MAX_CELL_CHARS): shorten it or raise the setting; skipped"
            )
    total = sum(sizes.values())
    return _too_long_row(total, limits) if total > limits.max_row_chars else None


def _add(result: ParseResult, number: int, item: Any, where: str, limits: ImportLimits) -> None:
    too_big = _oversize(item, limits)
    if too_big:
        result.problems.append(RowProblem(number, too_big, where))
        return
    try:
        result.rows.append(_row(number, item, len(result.rows)))
    except ValueError as exc:
        result.problems.append(RowProblem(number, f"{exc}; skipped", where))


def _text(item: dict[str, Any], key: str) -> str | None:
    value = item.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValueError(f"{key} must be text")
    value = _SURROGATE.sub("\ufffd", str(value)).strip()
    return value or None


def _row(number: int, item: Any, position: int) -> ImportRow:
    if not isinstance(item, dict):
        raise ValueError("not an object with the documented fields")
    item = {str(k).strip().lower(): v for k, v in item.items()}
    text = _text(item, "text")
    if text is None:
        raise ValueError("text is empty")
    author = _text(item, "author")
    row_id = _text(item, "id") or derived_id(author, text, position)
    parent_id = _text(item, "parent_id")
    if parent_id == row_id:
        raise ValueError(f"comment {row_id} names itself as its parent")
    created_value = _text(item, "created_at")
    try:
        created = parse_time(created_value) if created_value else None
    except ValueError:
        raise ValueError(
            f"created_at {created_value!r} is not a date (use 2026-11-20T14:05:00Z or 20.11.2026)"
        ) from None
    likes_value = item.get("likes")
    likes: int | None = None
    if likes_value not in (None, ""):
        try:
            likes = int(str(likes_value).replace(" ", "").replace("\u00a0", ""))
        except ValueError:
            raise ValueError(f"likes {str(likes_value)[:40]!r} is not a whole number") from None
        if likes < 0:
            raise ValueError("likes cannot be negative")
        if likes > MAX_LIKES:
            raise ValueError(f"likes {likes_value!r} is larger than any platform counts")
    return ImportRow(number, row_id, parent_id, author, text, created, _text(item, "url"), likes)
