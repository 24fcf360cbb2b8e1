"""Parsing import files and pasted comment sections: good, partial and malformed input in fi, sv and en."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.errors import ConfigError
from bot.watching.import_paste import parse_paste, relative_time
from bot.watching.import_rows import ImportRow, parse_bytes, parse_file, parse_time
from tests.conftest import FIXTURES

IMPORTS = FIXTURES / "import"
NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def test_excel_csv_with_bom_and_semicolons_keeps_good_rows_and_reports_bad_ones_by_line() -> None:
    parsed = parse_file(IMPORTS / "excel_fi.csv")
    assert [row.id for row in parsed.rows] == ["ig1", "ig2"]
    first = parsed.rows[0]
    assert first.author == "Aino Virtanen"  # the BOM did not become part of the first column's name
    assert first.created_at == datetime(2026, 11, 20, 14, 5, tzinfo=UTC)
    assert first.likes == 3 and first.url == "https://www.instagram.com/p/Cx1/c/ig1"
    assert parsed.rows[1].parent_id == "ig1" and parsed.rows[1].likes is None
    problems = {p.line: p.message for p in parsed.problems}
    assert set(problems) == {4, 5, 6}
    assert "text is empty" in problems[4]
    assert "'eilen' is not a date" in problems[5]
    assert "likes 'x'" in problems[6]


def test_quoted_csv_field_with_a_semicolon_and_windows_1252_text_is_read() -> None:
    raw = 'id;author;text\r\n1;Åsa;"Hej; fungerar den i kylan?"\r\n'.encode("cp1252")
    parsed = parse_bytes(raw, "export.csv")
    assert [(r.author, r.text) for r in parsed.rows] == [("Åsa", "Hej; fungerar den i kylan?")]


def test_json_list_in_swedish_is_read_whole() -> None:
    parsed = parse_file(IMPORTS / "good_sv.json")
    assert [(r.id, r.parent_id, r.likes) for r in parsed.rows] == [("li-100", None, 12), ("li-101", "li-100", 1)]
    assert parsed.problems == []


def test_json_lines_with_bad_lines_reports_each_by_line_and_keeps_the_rest() -> None:
    parsed = parse_file(IMPORTS / "partial_en.jsonl")
    assert [row.id for row in parsed.rows] == ["tt1", "tt4"]
    assert parsed.rows[1].created_at == datetime.fromtimestamp(1763539200, UTC)
    assert [p.line for p in parsed.problems] == [2, 3, 4, 5]
    assert all(p.text().startswith(f"line {p.line}: ") for p in parsed.problems)


def test_broken_json_file_is_refused_with_the_line_of_the_error() -> None:
    with pytest.raises(ConfigError, match=r"not valid JSON \(line 2"):
        parse_file(IMPORTS / "malformed.json")


def test_csv_without_a_text_column_is_refused_naming_the_columns() -> None:
    with pytest.raises(ConfigError, match="no 'text' column"):
        parse_bytes(b"id,body\n1,hello\n", "x.csv")


def test_row_without_id_gets_a_stable_derived_id() -> None:
    first = parse_bytes(b"author,text\nA,hello\nB,hello\n", "x.csv")
    again = parse_bytes(b"author,text\nA,hello\nB,hello\n", "x.csv")
    assert [r.id for r in first.rows] == [r.id for r in again.rows]
    assert len({r.id for r in first.rows}) == 2


def test_row_survives_the_trip_through_a_work_request_payload() -> None:
    row = parse_file(IMPORTS / "good_sv.json").rows[0]
    assert ImportRow.from_payload(row.to_payload()) == row


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-11-20", datetime(2026, 11, 20, tzinfo=UTC)),
        ("12.11.2026", datetime(2026, 11, 12, tzinfo=UTC)),
        ("2026-11-20T14:05:00+02:00", datetime(2026, 11, 20, 12, 5, tzinfo=UTC)),
        ("2026-11-20T14:05:00Z", datetime(2026, 11, 20, 14, 5, tzinfo=UTC)),
    ],
)
def test_parse_time_reads_iso_and_finnish_dates(value: str, expected: datetime) -> None:
    assert parse_time(value) == expected


@pytest.mark.parametrize(
    ("line", "hours"),
    [("2 h", 2), ("3d", 72), ("1 w", 168), ("2 t", 2), ("3 pv", 72), ("1 vk", 168), ("2 tim", 2), ("5 min", 1 / 12)],
)
def test_relative_times_in_three_languages(line: str, hours: float) -> None:
    moment = relative_time(line, NOW)
    assert moment is not None
    assert (NOW - moment).total_seconds() == pytest.approx(hours * 3600)


def test_relative_time_rejects_ordinary_words() -> None:
    assert relative_time("Kiitos", NOW) is None
    assert relative_time("2 lämpöpumppua", NOW) is None


def test_pasted_instagram_section_splits_into_comments_with_times_likes_and_no_buttons() -> None:
    parsed = parse_paste((IMPORTS / "paste_instagram_fi.txt").read_text("utf-8"), now=NOW)
    assert [r.author for r in parsed.rows] == ["aino.virtanen", "matti_k", "karin.l"]
    aino, matti, karin = parsed.rows
    assert aino.text.startswith("Toimiiko") and "Reply" not in aino.text and aino.likes == 4
    assert aino.created_at == datetime(2026, 11, 21, 10, 0, tzinfo=UTC)
    assert matti.text == "Kuinka kova ääni sisäyksiköstä lähtee yöllä?\nOnko hiljainen malli olemassa?"
    assert matti.created_at == datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
    assert karin.created_at == datetime(2026, 11, 12, tzinfo=UTC)
    assert [p.line for p in parsed.problems] == [13]
    assert parsed.rows[0].line == 1 and parsed.rows[1].line == 7


def test_pasting_the_same_section_twice_gives_the_same_ids() -> None:
    text = (IMPORTS / "paste_instagram_fi.txt").read_text("utf-8")
    assert [r.id for r in parse_paste(text, NOW).rows] == [r.id for r in parse_paste(text, NOW).rows]


def test_paste_of_the_same_text_twice_by_one_author_keeps_both(tmp_path: Path) -> None:
    parsed = parse_paste("anna\n+1\n\nanna\n+1\n", NOW)
    assert len({r.id for r in parsed.rows}) == 2
