"""Token buckets in the database, shared by every process that uses it (distributed mode's workers).

A bucket holds up to ``capacity`` tokens and gains ``refill_per_second``; taking ``n`` tokens
succeeds only when they are there. One row per key (platform, what is limited, a hash of the
credential), read and written under a row lock in one transaction, so two workers never spend
the same token. A daily quota is a bucket that never refills, keyed by the day.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime

from sqlalchemy.dialects import postgresql, sqlite

from bot.storage.db import Database
from bot.storage.models import TokenBucket, utcnow


def credential_key(secret: str) -> str:
    """A short stable name for a credential; the credential itself is never stored."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()[:16]


class DatabaseBuckets:
    """A :class:`bot.ports.TokenBuckets` kept in the ``token_buckets`` table."""

    def __init__(self, db: Database, clock: Callable[[], datetime] = utcnow) -> None:
        self.db = db
        self.clock = clock

    def take(self, key: str, n: float, *, capacity: float, refill_per_second: float) -> tuple[bool, float]:
        now = self.clock()
        with self.db.write() as session:
            dialect = session.get_bind().dialect.name
            insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
            fresh = {"key": key, "tokens": capacity, "capacity": capacity, "refill_per_second": refill_per_second}
            session.execute(insert(TokenBucket).values(**fresh, updated_at=now).on_conflict_do_nothing())
            row = session.get(TokenBucket, key, with_for_update=True, populate_existing=True)
            assert row is not None
            elapsed = max(0.0, (now - row.updated_at).total_seconds())
            tokens = min(capacity, row.tokens + elapsed * refill_per_second)
            granted = tokens >= n
            row.tokens = tokens - n if granted else tokens
            row.capacity, row.refill_per_second, row.updated_at = capacity, refill_per_second, now
            return granted, row.tokens
