"""Exactly one digest per local day: DST, restarts, two processes, refused sends and crashes."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.config import Settings
from bot.digest.schedule import due_date
from bot.services import Services
from bot.slack import digest as delivery
from bot.slack import digest_blocks as blocks
from bot.storage.models import Digest
from tests.conftest import make_settings
from tests.digest.fake import DigestSlack

HELSINKI = ZoneInfo("Europe/Helsinki")
CHANNEL = "CDIGEST"
TICK = timedelta(minutes=20)


@pytest.fixture
def fake() -> Iterator[DigestSlack]:
    server = DigestSlack()
    with server:
        yield server


def _settings(tmp_path: Path, fake: DigestSlack, at: str = "03:30") -> Settings:
    return make_settings(
        tmp_path,
        digest_time=at,
        digest_channel=CHANNEL,
        slack_bot_token="xoxb-test",
        slack_api_url=fake.url,
        timezone="Europe/Helsinki",
    )


def _simulate(settings: Settings, start: datetime, days: int, *, restart_every: int = 13) -> None:
    """Two "processes" tick together every 20 minutes; both are replaced by new ones every few ticks."""
    processes = [Services(settings), Services(settings)]
    now, tick = start, 0
    with ThreadPoolExecutor(max_workers=2) as pool:
        while now < start + timedelta(days=days):
            list(pool.map(delivery.digest_job, processes, [now, now]))
            tick += 1
            if tick % restart_every == 0:
                for services in processes:
                    services.close()
                processes = [Services(settings), Services(settings)]
            now += TICK
    for services in processes:
        services.close()


def _sent_days(settings: Settings) -> dict[str, datetime]:
    services = Services(settings)
    try:
        with services.db.read() as session:
            return {d.period: d.sent_at for d in session.scalars(select(Digest)) if d.sent_at is not None}
    finally:
        services.close()


@pytest.mark.parametrize(
    ("start", "change", "expect_local"),
    [
        # autumn: 04:00 -> 03:00 on 2026-10-25, 03:30 happens twice; sent in the first pass (EEST)
        (datetime(2026, 10, 10, tzinfo=UTC), "2026-10-25", (3, 40, "EEST")),
        # spring: 03:00 -> 04:00 on 2027-03-28, 03:30 never happens; sent at the first tick after 04:00
        (datetime(2027, 3, 13, tzinfo=UTC), "2027-03-28", (4, 0, "EEST")),
    ],
)
def test_digest_job_over_30_days_with_dst_change_and_restarts_posts_exactly_one_per_local_day(
    tmp_path: Path, fake: DigestSlack, start: datetime, change: str, expect_local: tuple[int, int, str]
) -> None:
    settings = _settings(tmp_path, fake)
    _simulate(settings, start, 30)
    posted = fake.digests(CHANNEL)
    periods = [m["metadata"]["event_payload"]["period"] for m in posted]
    expected = [(start.date() + timedelta(days=i)).isoformat() for i in range(30)]
    assert sorted(periods) == expected  # one per local day, none twice
    assert len(fake.calls_to("chat.postMessage")) == 30
    sent_local = _sent_days(settings)[change].astimezone(HELSINKI)
    assert (sent_local.hour, sent_local.minute, sent_local.tzname()) == expect_local


def test_digest_due_date_in_repeated_autumn_hour_is_the_same_day_both_times() -> None:
    first = datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # 03:30 EEST
    second = datetime(2026, 10, 25, 1, 30, tzinfo=UTC)  # 03:30 EET
    at = datetime(2026, 1, 1, 3, 30).time()
    assert due_date(first, HELSINKI, at) == due_date(second, HELSINKI, at) == date(2026, 10, 25)
    assert due_date(first - timedelta(minutes=1), HELSINKI, at) is None


def test_digest_refused_by_slack_is_retried_next_tick_and_sent_once(tmp_path: Path, fake: DigestSlack) -> None:
    settings = _settings(tmp_path, fake, at="09:00")
    fake.refuse_posts = 1
    services = Services(settings)
    try:
        now = datetime(2026, 11, 27, 7, 5, tzinfo=UTC)  # 09:05 in Helsinki
        first = delivery.digest_job(services, now)
        assert first is not None and "failed" in first
        assert fake.digests(CHANNEL) == []
        assert delivery.digest_job(services, now + TICK) == "digest 2026-11-27 sent (retry)"
        assert delivery.digest_job(services, now + 2 * TICK) is None
    finally:
        services.close()
    assert len(fake.digests(CHANNEL)) == 1


def test_digest_claim_left_by_crash_after_posting_is_adopted_not_reposted(tmp_path: Path, fake: DigestSlack) -> None:
    settings = _settings(tmp_path, fake, at="09:00")
    now = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)
    services = Services(settings)
    try:
        with services.db.write() as session:
            session.add(Digest(kind="daily", period="2026-11-27", claimed_by="dead", claimed_at=now))
        client = __import__("bot.slack.app", fromlist=["web_client"]).web_client(settings)
        client.chat_postMessage(channel=CHANNEL, text="digest", metadata=blocks.metadata("daily", "2026-11-27"))
        assert delivery.digest_job(services, now + timedelta(minutes=5)) is None  # the claim is fresh: not ours
        found = delivery.digest_job(services, now + timedelta(minutes=11))
        assert found is not None and "found already posted" in found
        assert delivery.digest_job(services, now + timedelta(minutes=30)) is None
    finally:
        services.close()
    assert len(fake.digests(CHANNEL)) == 1


def test_digest_claim_left_by_crash_before_posting_is_sent_once_after_it_goes_stale(
    tmp_path: Path, fake: DigestSlack
) -> None:
    settings = _settings(tmp_path, fake, at="09:00")
    now = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)
    services = Services(settings)
    try:
        with services.db.write() as session:
            session.add(Digest(kind="daily", period="2026-11-27", claimed_by="dead", claimed_at=now))
        assert delivery.digest_job(services, now + timedelta(minutes=11)) == "digest 2026-11-27 sent (reconcile)"
        assert delivery.digest_job(services, now + timedelta(minutes=40)) is None
    finally:
        services.close()
    assert len(fake.digests(CHANNEL)) == 1


def test_kuulo_digest_post_sends_once_per_date_unless_forced(kuulo: object, fake: DigestSlack) -> None:
    env = {
        "KUULO_DIGEST_CHANNEL": CHANNEL,
        "SLACK_BOT_TOKEN": "xoxb-test",
        "KUULO_SLACK_API_URL": fake.url,
        "KUULO_LOCALE": "sv",
    }
    run = kuulo
    shown = run("digest", "--date", "2026-11-27", **env)  # type: ignore[operator]
    assert shown.code == 0 and "Kuulos dagliga sammanfattning · 2026-11-27" in shown.out
    first = run("digest", "--date", "2026-11-27", "--post", **env)  # type: ignore[operator]
    again = run("digest", "--date", "2026-11-27", "--post", **env)  # type: ignore[operator]
    forced = run("digest", "--date", "2026-11-27", "--post", "--force", **env)  # type: ignore[operator]
    assert "sent (new)" in first.out and "already sent" in again.out and "sent (new)" in forced.out
    assert len(fake.digests(CHANNEL)) == 2
