"""Platform rate limits shared by every worker (distributed mode): one budget in the database per platform,
host and credential, which two processes spend together without overspending it."""

from __future__ import annotations

import multiprocessing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, cast

import pytest

from bot.config import Settings
from bot.demo.replay import ReplayServer
from bot.errors import RateLimited
from bot.services import Services
from bot.sources.http import PlatformHTTP, SharedRate
from bot.storage.buckets import DatabaseBuckets
from bot.storage.db import Database
from tests.conftest import make_settings

OK = {"status": 200, "json": {"ok": True}}


def _spend(database_url: str, base_url: str, requests: int, results: multiprocessing.Queue[tuple[int, int]]) -> None:
    """One worker process: its own database connection and HTTP client, the same shared budget."""
    db = Database.open(database_url, migrate=False)
    http = PlatformHTTP("mastodon", sleep=lambda _s: None)
    http.shared = SharedRate(DatabaseBuckets(db), "mastodon", 7, 3600)  # 7 an hour: no refill within the test
    sent = refused = 0
    for n in range(requests):
        try:
            http.get_json(f"{base_url}/api/v1/statuses/{n}")
            sent += 1
        except RateLimited:
            refused += 1
    http.close()
    db.dispose()
    results.put((sent, refused))


@pytest.mark.postgres
def test_two_processes_share_one_budget(postgres_url: str, replay: ReplayServer) -> None:
    Database.open(postgres_url).dispose()  # migrated once, before the two processes start
    for n in range(10):
        replay.add("GET", f"/api/v1/statuses/{n}", [OK, OK])
    context = multiprocessing.get_context("spawn")
    results: multiprocessing.Queue[tuple[int, int]] = context.Queue()
    workers = [context.Process(target=_spend, args=(postgres_url, replay.url, 5, results)) for _ in range(2)]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=120) for _ in workers]
    for worker in workers:
        worker.join(30)
        assert worker.exitcode == 0
    assert sum(sent for sent, _ in outcomes) == 7, outcomes
    assert sum(refused for _, refused in outcomes) == 3, outcomes
    assert len(replay.requests) == 7, "a refused request never reached the platform"


def test_an_empty_bucket_waits_for_the_next_token_within_max_wait(db: Database, replay: ReplayServer) -> None:
    now = [datetime(2026, 12, 1, 12, 0, tzinfo=UTC)]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += timedelta(seconds=seconds)

    replay.add("GET", "/r", [OK, OK, OK])
    http = PlatformHTTP("reddit", sleep=sleep, max_wait=5.0)
    http.shared = SharedRate(DatabaseBuckets(db, clock=lambda: now[0]), "reddit", 2, 4, credential="client-1")
    for _ in range(3):
        http.get_json(f"{replay.url}/r")
    assert slept == [pytest.approx(2.0)], "the third request waited for one token (2 per 4 s)"

    slow = PlatformHTTP("reddit", sleep=sleep, max_wait=1.0)
    slow.shared = SharedRate(DatabaseBuckets(db, clock=lambda: now[0]), "reddit", 2, 4, credential="client-1")
    with pytest.raises(RateLimited, match="shared rate limit of 2 requests per 4 s is spent"):
        slow.get_json(f"{replay.url}/r")
    assert len(replay.requests) == 3
    http.close()
    slow.close()


def test_the_budget_is_kept_per_host_and_credential(db: Database) -> None:
    shared = SharedRate(DatabaseBuckets(db), "mastodon", 300, 300)
    one = shared.key("https://mastodon.social/api/v1/statuses/1", {"authorization": "Bearer a"})
    assert one == shared.key("https://mastodon.social/api/v1/statuses/2", {"authorization": "Bearer a"})
    assert one != shared.key("https://mastodon.social/api/v1/statuses/1", {"authorization": "Bearer b"})
    assert one != shared.key("https://fosstodon.org/api/v1/statuses/1", {"authorization": "Bearer a"})
    assert "Bearer" not in one and shared.key("https://fosstodon.org/x", {}).endswith(":anonymous")
    reddit = SharedRate(DatabaseBuckets(db), "reddit", 100, 60, credential="client-1")
    first = reddit.key("https://oauth.reddit.com/x", {"authorization": "bearer token-1"})
    assert first == reddit.key("https://oauth.reddit.com/x", {"authorization": "bearer token-2"}), "per client"


def test_distributed_services_share_the_platform_limits_and_a_single_process_does_not(tmp_path: Path) -> None:
    single = Services(make_settings(tmp_path / "one"))
    assert cast(Any, single.source("mastodon")).http.shared is None
    settings: Settings = make_settings(
        tmp_path / "many",
        broker_url="amqp://guest:guest@127.0.0.1:5672/",
        shared_rate_limits="reddit=off,mastodon=30/60",
    )
    assert settings.rate_limits == {"mastodon": (30.0, 60.0)}
    distributed = Services(settings)
    try:
        shared = cast(Any, distributed.source("mastodon")).http.shared
        assert shared is not None and shared.capacity == 30 and shared.refill == 0.5
        assert cast(Any, distributed.source("reddit")).http.shared is None
    finally:
        single.close()
        distributed.close()
