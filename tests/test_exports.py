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
from sqlalchemy import select

from bot.checks.registry import CHECKS
from bot.demo.replay import ReplayServer
from bot.ops import exports
from bot.review import decisions as review
from bot.storage.models import Draft, DraftVersion
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
    assert not any(r["ours"] for r in rows)
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


def test_drafts_export_rows_carry_the_registry_checks_and_approvable(polled: Any) -> None:
    services = polled
    with services.db.write() as session:  # one draft's text now links where the brand never does
        draft = session.scalars(select(Draft).where(Draft.status == "pending").order_by(Draft.id)).first()
        assert draft is not None
        blocked_id = draft.id
        version = session.scalars(select(DraftVersion).where(DraftVersion.draft_id == draft.id)).first()
        assert version is not None
        version.text = "Katso https://evil.example/offer ja tilaa heti!"
    with services.db.read() as session:
        items, columns = exports.rows(session, "drafts", services)
        rows = list(items)
    assert {"checks", "approvable"} <= set(columns)
    validate_rows("drafts", rows)
    names = [name for name, _check in CHECKS]
    for row in rows:
        assert [c["name"] for c in row["checks"]] == names  # every registered check, in the order it runs
        blocking = [c for c in row["checks"] if c["severity"] == "blocking" and not c["passed"]]
        assert row["approvable"] is (row["status"] == "pending" and not blocking)
        assert row["approvable"] is review.view(services.db, row["id"]).approvable
    blocked = next(r for r in rows if r["id"] == blocked_id)
    assert blocked["approvable"] is False
    assert any(c["name"] == "links" and not c["passed"] and c["reason"] for c in blocked["checks"])
    assert any(r["approvable"] for r in rows)
