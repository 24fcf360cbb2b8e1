"""The weekly audience report job: once per ISO week across restarts and two processes; the chart reaches Slack."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np
import pytest
from sqlalchemy import select

from bot.config import Settings
from bot.insights.emerging import Trend
from bot.insights.report import Report, ThemeSummary
from bot.insights.themes import Quote, Theme, ThemeItem
from bot.services import Services
from bot.slack.report_blocks import report_blocks
from bot.slack.weekly import due_week, weekly_report_job
from bot.storage.models import Digest
from tests.conftest import make_settings
from tests.digest.fake import DigestSlack
from tests.insights.seed import seed

HELSINKI = ZoneInfo("Europe/Helsinki")
CHANNEL = "CREPORTS"


@pytest.fixture
def fake() -> Iterator[DigestSlack]:
    server = DigestSlack()
    with server:
        yield server


def _settings(tmp_path: Path, fake: DigestSlack) -> Settings:
    return make_settings(
        tmp_path,
        digest_time="09:00",
        digest_channel=CHANNEL,
        slack_bot_token="xoxb-test",
        slack_api_url=fake.url,
        timezone="Europe/Helsinki",
    )


def _reports(fake: DigestSlack) -> list[dict[str, Any]]:
    return [m for m in fake.digests(CHANNEL) if m["metadata"]["event_payload"]["kind"] == "weekly"]


def test_weekly_due_week_is_last_week_only_on_monday_after_digest_time() -> None:
    monday = datetime(2026, 5, 18, 6, 0, tzinfo=UTC)  # 09:00 in Helsinki (EEST)
    assert due_week(monday, "Europe/Helsinki", "09:00") == "2026-W20"
    assert due_week(monday - timedelta(minutes=1), "Europe/Helsinki", "09:00") is None
    assert due_week(monday + timedelta(hours=14), "Europe/Helsinki", "09:00") == "2026-W20"  # 23:00 local
    assert due_week(monday + timedelta(hours=15), "Europe/Helsinki", "09:00") is None  # Tuesday


def test_weekly_report_job_over_two_weeks_with_two_processes_and_restarts_posts_one_report_per_week_with_chart(
    tmp_path: Path, fake: DigestSlack
) -> None:
    settings = _settings(tmp_path, fake)
    first = Services(settings)
    seed(first.db)
    processes = [first, Services(settings)]
    start, now, tick = datetime(2026, 5, 17, 0, 0, tzinfo=UTC), datetime(2026, 5, 17, 0, 0, tzinfo=UTC), 0
    outcomes: list[str] = []
    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            while now < start + timedelta(days=10):
                outcomes += [o for o in pool.map(weekly_report_job, processes, [now, now]) if o]
                tick += 1
                if tick % 11 == 0:  # both "processes" restart
                    for services in processes:
                        services.close()
                    processes = [Services(settings), Services(settings)]
                now += timedelta(minutes=30)
    finally:
        for services in processes:
            services.close()
    reports = _reports(fake)
    assert [m["metadata"]["event_payload"]["period"] for m in reports] == ["2026-W20", "2026-W21"]
    assert sorted(outcomes) == ["weekly report 2026-W20 sent (new)", "weekly report 2026-W21 sent (new)"]
    assert "Audience report, week 2026-W20" in reports[0]["blocks"][0]["text"]["text"]
    assert len(fake.uploads) == 2
    for upload in fake.uploads.values():
        assert upload["filename"] == "themes.png"
        assert upload["size"] == upload["length"] > 1000
        assert upload["data"].startswith(b"\x89PNG\r\n\x1a\n")
    assert [(s["channel_id"], s["thread_ts"]) for s in fake.shared] == [(CHANNEL, m["ts"]) for m in reports]
    check = Services(settings)
    try:
        with check.db.read() as session:
            rows = session.scalars(select(Digest).where(Digest.kind == "weekly").order_by(Digest.period)).all()
            sent = [
                (row.period, row.state, row.sent_at.astimezone(HELSINKI).strftime("%a %H:%M") if row.sent_at else "")
                for row in rows
            ]
    finally:
        check.close()
    assert sent == [("2026-W20", "sent", "Mon 09:00"), ("2026-W21", "sent", "Mon 09:00")]


def test_weekly_report_refused_by_slack_is_retried_and_posted_once(tmp_path: Path, fake: DigestSlack) -> None:
    settings = _settings(tmp_path, fake)
    fake.refuse_posts = 1
    services = Services(settings)
    try:
        seed(services.db)
        now = datetime(2026, 5, 18, 7, 0, tzinfo=UTC)
        assert weekly_report_job(services, now) == "weekly report 2026-W20 failed (new)"
        assert weekly_report_job(services, now + timedelta(minutes=10)) == "weekly report 2026-W20 sent (retry)"
        assert weekly_report_job(services, now + timedelta(minutes=20)) is None
    finally:
        services.close()
    assert len(_reports(fake)) == 1 and len(fake.shared) == 1


def test_weekly_report_blocks_escape_theme_names_and_quotes_from_comments() -> None:
    hostile = "<!channel> buy now <https://evil.example|click> & win"
    item = ThemeItem(1, hostile, hostile, url="https://www.reddit.com/r/x/comments/a/_/c1/")
    quote = Quote(1, hostile, item.url, "en", 0.9)
    theme = Theme(
        "k", hostile, hostile, [item, item], [quote], np.zeros(3, dtype=np.float32), {"negative": 2}, {"en": 2}
    )
    trend = Trend(("2026-W19", "2026-W20"), (0, 2), 0.0, 0.001, True, True)
    report = Report("Audience report, week 2026-W20", "2026-W20", "en", [ThemeSummary(theme, trend)], {}, {})
    blocks = report_blocks(report)
    texts = " ".join(str(block) for block in blocks)
    assert "<!channel>" not in texts and "<https://evil" not in texts
    assert "&lt;!channel&gt;" in texts
    assert "<https://www.reddit.com/r/x/comments/a/_/c1/|Sources>" in texts
    assert all(len(b["text"]["text"]) <= 3000 for b in blocks if b["type"] == "section")
