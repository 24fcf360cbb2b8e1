"""``kuulo export --what themes``: a real export validated against its schema in docs/exports.md."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.services import Services
from bot.storage.models import Comment, utcnow
from tests.conftest import make_settings
from tests.insights.seed import NOW, seed
from tests.test_exports import validate_rows


def _seed_this_week(tmp_path: Path) -> dict[str, int]:
    """The seed set moved so that its "report week" is the current week: its recent comments (a day before the seed's
    NOW) land inside the team's current week and in the past, also in the first day of a week (on a Monday in
    KUULO_TIMEZONE a day back is last week)."""
    settings = make_settings(tmp_path)
    services = Services(settings)
    try:
        ids = seed(services.db)
        now = utcnow()
        local = now.astimezone(ZoneInfo(settings.timezone))
        week_start = datetime.combine(local.date() - timedelta(days=local.weekday()), time(), local.tzinfo)
        recent = max(now - timedelta(days=1), week_start + (now - week_start) / 2)
        shift = recent + timedelta(days=1) - NOW
        with services.db.write() as session:
            for comment in session.query(Comment):
                comment.created_at = comment.created_at + shift if comment.created_at else None
    finally:
        services.close()
    return ids


def test_themes_export_jsonl_matches_schema_and_groups_noise_comments_across_languages(
    kuulo: Any, tmp_path: Path
) -> None:
    ids = _seed_this_week(tmp_path)
    result = kuulo("export", "--what", "themes")
    assert result.code == 0, result.err
    rows = [json.loads(line) for line in result.out.splitlines()]
    validate_rows("themes", rows)
    assert len(rows) >= 2
    noise = {ids[f"c{n}"] for n in range(3)}
    noisy = [row for row in rows if {q["comment_id"] for q in row["quotes"]} & noise]
    assert len(noisy) == 1
    theme = noisy[0]
    assert set(theme["languages"]) >= {"fi", "en"}
    assert list(theme["weekly_counts"].values())[-1] >= 3  # the spike is in the current week
    assert all(q["url"].startswith("https://www.reddit.com/") for q in theme["quotes"])


def test_themes_export_csv_writes_objects_as_json(kuulo: Any, tmp_path: Path) -> None:
    _seed_this_week(tmp_path)
    result = kuulo("export", "--what", "themes", "--format", "csv")
    assert result.code == 0, result.err
    table = list(csv.DictReader(io.StringIO(result.out)))
    assert table and all(json.loads(row["weekly_counts"]) for row in table)
    assert {row["emerging"] for row in table} <= {"true", "false"}
