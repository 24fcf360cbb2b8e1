"""Token buckets shared through the database: no token is spent twice, across threads and processes."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest

from bot.sources.youtube import QuotaExhausted, QuotaMeter
from bot.storage.buckets import DatabaseBuckets, credential_key
from bot.storage.db import Database


def test_a_bucket_gives_its_capacity_then_refills_with_time(db: Database) -> None:
    now = [datetime(2026, 12, 1, 12, 0, tzinfo=UTC)]
    buckets = DatabaseBuckets(db, clock=lambda: now[0])
    taken = [buckets.take("reddit:abc", 1, capacity=3, refill_per_second=0.5)[0] for _ in range(4)]
    assert taken == [True, True, True, False]
    now[0] += timedelta(seconds=2)  # one token back
    assert buckets.take("reddit:abc", 1, capacity=3, refill_per_second=0.5) == (True, 0.0)
    assert buckets.take("reddit:abc", 1, capacity=3, refill_per_second=0.5)[0] is False


def test_two_meters_on_one_database_share_the_youtube_quota(db: Database) -> None:
    """Two workers (two meters, two bucket stores) on the same database: the quota is spent once."""
    first = QuotaMeter(buckets=DatabaseBuckets(db), credential=credential_key("key-1"))
    second = QuotaMeter(buckets=DatabaseBuckets(db), credential=credential_key("key-1"))
    other_key = QuotaMeter(buckets=DatabaseBuckets(db), credential=credential_key("key-2"))
    first.spend(3, daily_limit=5)
    second.spend(2, daily_limit=5)
    with pytest.raises(QuotaExhausted, match="5 used today"):
        first.spend(1, daily_limit=5)
    other_key.spend(5, daily_limit=5)  # another credential has its own quota


def test_concurrent_takers_never_overspend(db: Database) -> None:
    granted: list[bool] = []
    lock = threading.Lock()

    def worker() -> None:
        buckets = DatabaseBuckets(db)
        for _ in range(5):
            ok, _left = buckets.take("youtube:quota:x:2026-12-01", 1, capacity=12, refill_per_second=0)
            with lock:
                granted.append(ok)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert granted.count(True) == 12 and granted.count(False) == 8
