"""Exports validate against the JSON Schemas written in docs/exports.md."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from bot.demo.replay import ReplayServer
from tests.conftest import FIXTURES

DOC = Path(__file__).parents[1] / "docs" / "exports.md"
_BLOCK = re.compile(r"```json schema=(\w+)\n(.*?)```", re.DOTALL)


def documented_schemas() -> dict[str, dict[str, Any]]:
    return {name: json.loads(body) for name, body in _BLOCK.findall(DOC.read_text("utf-8"))}


def validate_rows(what: str, rows: list[dict[str, Any]]) -> None:
    schema = documented_schemas()[what]
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for row in rows:
        errors = sorted(validator.iter_errors(row), key=str)
        assert not errors, f"{what} row {row} breaks the documented schema: {errors[0].message}"


def test_every_export_choice_is_documented_with_a_schema() -> None:
    from bot.ops.exports import EXPORTS

    assert set(EXPORTS) <= set(documented_schemas())


def test_reddit_comments_export_is_complete_and_matches_its_schema(kuulo: Any, replay: ReplayServer) -> None:
    replay.load(FIXTURES / "reddit" / "thread_nested.json")
    env = {"KUULO_REDDIT_URL": replay.url}
    assert kuulo("watch", "add", "https://www.reddit.com/r/Suomi/comments/1abcde/x/", **env).code == 0
    assert kuulo("poll", **env).code == 0
    result = kuulo("export", "--what", "comments", "--format", "jsonl")
    assert result.code == 0
    rows = [json.loads(line) for line in result.out.splitlines()]
    validate_rows("comments", rows)
    assert len(rows) == 9 and len({r["id"] for r in rows}) == 9
    by_id = {r["id"]: r for r in rows}
    assert by_id["c8"]["parent_id"] == "c3" and by_id["c8"]["thread_id"] == "1abcde"
    assert by_id["c4"] == {**by_id["c4"], "deleted": True, "text": None, "author": None}
    assert by_id["c1"]["created_at"].endswith("Z") and by_id["c1"]["edited_at"].endswith("Z")

    csv_result = kuulo("export", "--what", "comments", "--format", "csv")
    table = list(csv.DictReader(io.StringIO(csv_result.out)))
    assert [r["id"] for r in table] == [r["id"] for r in rows]
    assert table[0].keys() == rows[0].keys()


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_export_to_a_file_reports_the_count(kuulo: Any, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"comments.{fmt}"
    result = kuulo("export", "--what", "comments", "--format", fmt, "--out", str(out))
    assert result.code == 0 and out.exists()
    assert "Wrote 0 comments rows" in result.err
