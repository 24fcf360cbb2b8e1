"""The paste format of ``kuulo import --paste``: a comment section copied from a browser.

One comment per block, blocks separated by blank lines::

    Aino Virtanen
    Toimiiko tämä pakkasella?
    2 h

The first line is the author, the next lines the text, and an optional last
line the time: relative ("2 h", "3 d", "1 w", "5 min", "2 t", "3 pv", "1 vk",
"2 tim", "1 v") or a date ("2026-11-20", "12.11.2026", "20/11/2026"). Lines the
platforms' own buttons leave behind ("Reply", "Vastaa", "Svara", "Like", "See
translation", ...) are dropped; "12 likes" / "12 tykkäystä" / "12 gilla-markeringar"
becomes the like count. A comment's id is a hash of author, text and position,
so pasting the same section twice stores nothing new.
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime, timedelta

from bot.watching.import_rows import ImportLimits, ImportRow, ParseResult, RowProblem, parse_time

_UI_LINES = {
    "reply",
    "replies",
    "vastaa",
    "svara",
    "like",
    "tykkää",
    "gilla",
    "see translation",
    "näytä käännös",
    "visa översättning",
    "edited",
    "muokattu",
    "redigerad",
    "…more",
    "...more",
    "see more",
    "pinned",
}
_LIKES = re.compile(
    r"^(\d[\d  ,.]*)\s*(likes?|tykkäy(?:s|stä)|gilla-markering(?:ar)?|reactions?|reaktio(?:ta)?)$", re.I
)
_UNITS: dict[str, timedelta] = {}
for _names, _delta in (
    (("s", "sec", "sek", "second", "seconds", "sekuntia", "sekunder"), timedelta(seconds=1)),
    (("m", "min", "mins", "minute", "minutes", "minuuttia", "minuter"), timedelta(minutes=1)),
    (("h", "hr", "hrs", "hour", "hours", "t", "tuntia", "tunti", "tim", "timme", "timmar"), timedelta(hours=1)),
    (("d", "day", "days", "pv", "päivää", "päivä", "dag", "dagar"), timedelta(days=1)),
    (("w", "wk", "week", "weeks", "vk", "viikkoa", "viikko", "v", "vecka", "veckor"), timedelta(weeks=1)),
    (("mo", "month", "months", "kk", "kuukautta", "mån", "månad", "månader"), timedelta(days=30)),
    (("y", "yr", "yrs", "year", "years", "v.", "vuotta", "år"), timedelta(days=365)),
):
    for _name in _names:
        _UNITS[_name] = _delta
_SURROGATE = re.compile("[\ud800-\udfff]")
_LINES = re.compile("\r\n|\r|\n")
_RELATIVE = re.compile(r"^(\d{1,4})\s*([a-zåäö.]+)(?:\s+(?:ago|sitten|sedan))?$", re.I)


def relative_time(line: str, now: datetime) -> datetime | None:
    match = _RELATIVE.match(line.strip())
    if match is None:
        return None
    unit = _UNITS.get(match.group(2).lower())
    return None if unit is None else now - int(match.group(1)) * unit


def _time_of(line: str, now: datetime) -> datetime | None:
    moment = relative_time(line, now)
    if moment is not None:
        return moment
    try:
        return parse_time(line.strip())
    except ValueError:
        return None


def paste_id(author: str, text: str, position: int) -> str:
    return hashlib.sha256(f"{author}\n{text}\n{position}".encode()).hexdigest()[:16]


def parse_paste(text: str, now: datetime | None = None, limits: ImportLimits | None = None) -> ParseResult:
    """Comments in a pasted section; a block without text (or over a limit) is reported with its first line."""
    now = now or datetime.now(UTC)
    limits = limits or ImportLimits()
    limits.check_size(len(text.encode("utf-8", errors="replace")), "the pasted text")
    result = ParseResult(source="paste")
    block: list[tuple[int, str]] = []
    # Line breaks are \r\n, \r or \n, as an editor counts them (not str.splitlines()'s U+2028, \x1c, ...).
    for number, raw in enumerate([*_LINES.split(text), ""], start=1):
        line = _SURROGATE.sub("\ufffd", raw.strip())
        if line:
            block.append((number, line))
            continue
        if block:
            if len(result.rows) + len(result.problems) >= limits.max_rows:
                result.problems.append(
                    RowProblem(
                        block[0][0],
                        f"not imported, nor anything after it: one import reads at most {limits.max_rows:,} "
                        "comments (KUULO_IMPORT_MAX_ROWS); paste the rest separately",
                    )
                )
                break
            _add_block(result, block, now, limits)
            block = []
    return result


def _add_block(result: ParseResult, block: list[tuple[int, str]], now: datetime, limits: ImportLimits) -> None:
    first_line, author = block[0]
    size = sum(len(line) for _, line in block)
    if size > limits.max_cell_chars:
        result.problems.append(
            RowProblem(
                first_line,
                f"a comment of {size:,} characters; the most is {limits.max_cell_chars:,} "
                "(KUULO_IMPORT_MAX_CELL_CHARS): shorten it or raise the setting; skipped",
            )
        )
        return
    likes: int | None = None
    created: datetime | None = None
    body: list[str] = []
    for _, line in block[1:]:
        if line.lower() in _UI_LINES:
            continue
        match = _LIKES.match(line)
        if match:
            likes = int(re.sub(r"\D", "", match.group(1)))
            continue
        body.append(line)
    if len(body) > 1:
        created = _time_of(body[-1], now)
        if created is not None:
            body.pop()
    if not body:
        result.problems.append(RowProblem(first_line, f"a comment by {author[:40]!r} has no text; skipped"))
        return
    comment = "\n".join(body)
    position = len(result.rows)
    result.rows.append(
        ImportRow(
            line=first_line,
            id=paste_id(author, comment, position),
            parent_id=None,
            author=author,
            text=comment,
            created_at=created,
            url=None,
            likes=likes,
        )
    )
