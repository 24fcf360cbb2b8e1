"""``kuulo import`` files and pastes: any bytes, every documented CSV dialect, JSON, JSON Lines.

Properties: only Kuulo's own error (naming the file), never a traceback; every good row
survives the bad ones around it, each bad one reported with its line (item number);
parsing the same input twice gives the same rows and ids (so a re-import changes nothing).
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from bot.errors import ConfigError
from bot.watching.import_paste import parse_paste
from bot.watching.import_rows import ImportLimits, ParseResult, parse_bytes
from tests.properties.strategies import any_text, json_values, plain_text

pytestmark = pytest.mark.fuzz
SMALL = ImportLimits(max_bytes=2_000_000, max_rows=10_000, max_row_chars=2_000, max_cell_chars=500)
NAMES = st.sampled_from(["export.csv", "comments.json", "comments.jsonl", "comments.ndjson", "paste.txt", "x"])
# Letters Windows-1252 and UTF-8 cannot confuse: each is a UTF-8 lead byte in cp1252, never a continuation.
CP1252_SAFE = "abcdefghijklmnopqrstuvwxyzåäöÅÄÖéü0123456789 .,!?-'"


def _assert_sound(parsed: ParseResult) -> None:
    for row in parsed.rows:
        assert row.text.strip() and row.id and row.line >= 1
        row.text.encode("utf-8")  # storable: no lone surrogates
        (row.author or "").encode("utf-8")
    for problem in parsed.problems:
        assert problem.line >= 1 and problem.message and problem.text().startswith(f"{problem.where} {problem.line}")


@given(raw=st.binary(max_size=3_000), name=NAMES)
@example(raw=b"[" * 50_000, name="deep.json")
@example(raw=b'{"text": ' + b"[" * 50_000 + b"\n", name="deep.jsonl")
@example(raw=b'[{"text": "a", "likes": ' + b"9" * 5_000 + b"}]", name="digits.json")
@example(raw=b'id,text\n1,"' + b"x" * 200_000 + b'"\n2,ok\n', name="big.csv")
@example(raw=b"id,text\n1,a\x00b\n", name="nul.csv")
@example(raw=codecs.BOM_UTF16_LE + "id\ttext\n1\thei\n".encode("utf-16-le"), name="unicode.txt")
def test_any_bytes_as_an_import_file_give_rows_and_problems_or_a_clear_error(raw: bytes, name: str) -> None:
    outcome = _parse_or_refusal(raw, name)
    if isinstance(outcome, str):
        assert name in outcome  # Kuulo's own error, naming the file
    else:
        _assert_sound(outcome)


def _parse_or_refusal(raw: bytes, name: str) -> ParseResult | str:
    try:
        return parse_bytes(raw, name, SMALL)
    except ConfigError as exc:
        return str(exc)


@dataclass(frozen=True)
class Row:
    id: str
    author: str
    text: str
    created_at: str = ""
    likes: str = ""
    bad: str | None = None  # what is wrong with it; None for a good row


def _rows(alphabet: str | None) -> st.SearchStrategy[list[Row]]:
    text = st.text(alphabet, min_size=1, max_size=40).filter(str.strip) if alphabet else plain_text
    good = st.builds(
        Row,
        id=st.just(""),
        author=text,
        text=text,
        created_at=st.sampled_from(["", "2026-11-20T14:05:00Z", "20.11.2026 14:05", "1763539200"]),
        likes=st.sampled_from(["", "0", "12", "1 204"]),
    )
    bad = st.one_of(
        st.builds(Row, id=st.just(""), author=text, text=st.sampled_from(["", "   "]), bad=st.just("text is empty")),
        st.builds(Row, id=st.just(""), author=text, text=text, created_at=st.just("eilen"), bad=st.just("not a date")),
        st.builds(Row, id=st.just(""), author=text, text=text, likes=st.just("-3"), bad=st.just("negative")),
        st.builds(Row, id=st.just(""), author=text, text=st.just("x" * 600), bad=st.just("KUULO_IMPORT_MAX_CELL")),
    )
    return st.lists(st.one_of(good, bad), min_size=1, max_size=12).map(
        lambda rows: [Row(f"r{i}", r.author, r.text, r.created_at, r.likes, r.bad) for i, r in enumerate(rows)]
    )


@st.composite
def csv_files(draw: Any) -> tuple[bytes, list[Row]]:
    """A CSV as Excel and other tools write it: delimiter, quoting, line ends, encoding, BOM."""
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
    rows = draw(_rows(CP1252_SAFE if encoding == "cp1252" else None))
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    quoting = draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]))
    ending = draw(st.sampled_from(["\r\n", "\n"]))
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, quoting=quoting, lineterminator=ending)
    writer.writerow(["id", "author", "text", "created_at", "likes"])
    for row in rows:
        writer.writerow([row.id, row.author, row.text, row.created_at, row.likes])
    if draw(st.booleans()):
        out.write(ending)  # a trailing blank line, as Excel leaves
    return out.getvalue().encode(encoding), rows


@given(csv_files())
def test_csv_in_every_documented_dialect_keeps_each_good_row_and_reports_each_bad_one_by_line(
    case: tuple[bytes, list[Row]],
) -> None:
    raw, rows = case
    parsed = parse_bytes(raw, "export.csv", SMALL)
    good = [r for r in rows if r.bad is None]
    assert [(r.id, r.author, r.text) for r in parsed.rows] == [(r.id, r.author.strip(), r.text.strip()) for r in good]
    bad = [(i + 2, r.bad) for i, r in enumerate(rows) if r.bad is not None]  # line 1 is the header
    assert [p.line for p in parsed.problems] == [line for line, _ in bad]
    for problem, (_, why) in zip(parsed.problems, bad, strict=True):
        assert why is not None and why in problem.message
    assert parse_bytes(raw, "export.csv", SMALL).rows == parsed.rows  # the same ids again: a re-import is a no-op


@given(items=st.lists(st.one_of(st.builds(lambda t: {"text": t}, plain_text), json_values), max_size=10))
def test_json_list_keeps_every_object_with_text_and_reports_every_other_item_by_number(items: list[Any]) -> None:
    raw = json.dumps(items).encode()
    parsed = parse_bytes(raw, "comments.json", SMALL)
    _assert_sound(parsed)
    assert sorted([r.line for r in parsed.rows] + [p.line for p in parsed.problems]) == list(range(1, len(items) + 1))
    for row in parsed.rows:
        assert all(p.where == "item" for p in parsed.problems)
        assert isinstance(items[row.line - 1], dict)


_GOOD_LINE = st.builds(lambda t: json.dumps({"text": t}, ensure_ascii=False), plain_text | st.just("a\u2028b\x1ec"))


@given(lines=st.lists(st.one_of(_GOOD_LINE, any_text), max_size=10))
@example(lines=["\x1e", '{"text": "0"}'])  # found by make fuzz: str.splitlines() split at \x1e and misnumbered
@example(lines=['{"text": "a\u2028b"}'])  # ... and cut a JSON string holding U+2028 in two
def test_json_lines_keep_every_good_line_whatever_the_others_hold(lines: list[str]) -> None:
    flat = [line.replace("\n", " ").replace("\r", " ") for line in lines]
    raw = "\n".join(flat).encode("utf-8", errors="surrogatepass")
    parsed = parse_bytes(raw, "comments.jsonl", SMALL)
    _assert_sound(parsed)
    good = [i + 1 for i, line in enumerate(flat) if line.startswith('{"text": ')]
    assert [r.line for r in parsed.rows if r.line in good] == good


@given(
    text=any_text
    | st.lists(st.sampled_from(["aino", "Hei!", "2 h", "", "Reply", "4 likes", "12.11.2026"])).map("\n".join)
)
def test_any_paste_gives_comments_and_problems_never_an_error_and_the_same_ids_twice(text: str) -> None:
    parsed = parse_paste(text, limits=SMALL)
    _assert_sound(parsed)
    assert [r.id for r in parse_paste(text, limits=SMALL).rows] == [r.id for r in parsed.rows]


def test_a_paste_over_the_size_limit_is_refused_naming_the_setting() -> None:
    with pytest.raises(ConfigError, match="KUULO_IMPORT_MAX_BYTES"):
        parse_paste("a\nb\n" * 2_000, limits=ImportLimits(max_bytes=1_000))


def test_rows_past_the_row_limit_are_reported_from_the_first_one_not_imported() -> None:
    raw = ("text\n" + "".join(f"comment {i}\n" for i in range(10))).encode()
    parsed = parse_bytes(raw, "many.csv", ImportLimits(max_rows=4))
    assert [r.text for r in parsed.rows] == ["comment 0", "comment 1", "comment 2", "comment 3"]
    assert [p.line for p in parsed.problems] == [6] and "KUULO_IMPORT_MAX_ROWS" in parsed.problems[0].message
