"""Comment files for ``kuulo import``: CSV, a JSON list of objects, or JSON Lines.

Columns (docs/import.md): ``id``, ``parent_id``, ``author``, ``text``,
``created_at``, ``url`` and optional ``likes``; names are matched without case,
unknown columns are ignored. CSV may come from Excel: a UTF-8 byte order mark,
``;`` or tab delimiters and Windows-1252 text are all read. A row that cannot be
used is reported with its line number (the item number in a JSON list) and the
rest are imported. A row without an ``id`` gets one from a hash of author, text
and position, like a pasted comment.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.errors import ConfigError

COLUMNS = ("id", "parent_id", "author", "text", "created_at", "url", "likes")
MAX_ROWS = 100_000
_DMY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})(?:[ T]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$")


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


def parse_file(path: Path) -> ParseResult:
    """Read a comment file; the format comes from the extension, else from the first character."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return parse_bytes(raw, path.name)


def parse_bytes(raw: bytes, name: str) -> ParseResult:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")  # Excel's "CSV" on Windows
    suffix = Path(name).suffix.lower()
    head = text.lstrip()[:1]
    if suffix in (".jsonl", ".ndjson") or (suffix == ".json" and head == "{"):
        return _json_lines(text, name)
    if suffix == ".json" or head == "[":
        return _json_list(text, name)
    return _csv(text, name)


def _json_list(text: str, name: str) -> ParseResult:
    try:
        items = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{name} is not valid JSON (line {exc.lineno}: {exc.msg}); see docs/import.md") from exc
    if not isinstance(items, list):
        raise ConfigError(f"{name} must hold a JSON list of comment objects, or one object per line (JSON Lines)")
    result = ParseResult(source=name)
    for number, item in enumerate(items[:MAX_ROWS], start=1):
        _add(result, number, item, "item")
    return result


def _json_lines(text: str, name: str) -> ParseResult:
    result = ParseResult(source=name)
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            result.problems.append(RowProblem(number, f"not valid JSON ({exc.msg}); skipped"))
            continue
        _add(result, number, item, "line")
    return result


def _csv(text: str, name: str) -> ParseResult:
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(reader, None)
    if not header:
        raise ConfigError(f"{name} is empty; the first line must name the columns: {', '.join(COLUMNS)}")
    names = [column.strip().lower() for column in header]
    if "text" not in names:
        raise ConfigError(
            f"{name} has no 'text' column (found: {', '.join(names)}); the columns are {', '.join(COLUMNS)}"
        )
    result = ParseResult(source=name)
    start = reader.line_num + 1
    for values in reader:
        if not any(v.strip() for v in values):
            start = reader.line_num + 1
            continue
        if len(values) > len(names):
            result.problems.append(RowProblem(start, f"{len(values)} fields but {len(names)} columns; skipped"))
        else:
            _add(result, start, dict(zip(names, values, strict=False)), "line")
        start = reader.line_num + 1
        if len(result.rows) >= MAX_ROWS:
            break
    return result


def _add(result: ParseResult, number: int, item: Any, where: str) -> None:
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
    value = str(value).strip()
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
            raise ValueError(f"likes {likes_value!r} is not a whole number") from None
        if likes < 0:
            raise ValueError("likes cannot be negative")
    return ImportRow(number, row_id, parent_id, author, text, created, _text(item, "url"), likes)
