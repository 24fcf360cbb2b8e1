"""The scheduler lease: compare-and-set acquisition, heartbeat, expiry and release (injected clock)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.storage.db import Database
from scheduler import lease
from scheduler.lease import Holder

T0 = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
A = Holder("host-a:100:aaaa", "host-a", 100)
B = Holder("host-b:200:bbbb", "host-b", 200)
TTL = 30.0


def test_lease_on_an_empty_database_is_acquired_by_the_first_holder(db: Database) -> None:
    assert lease.acquire(db, A, TTL, T0)
    info = lease.current(db)
    assert info is not None
    assert (info.holder, info.host, info.pid) == (A.id, "host-a", 100)
    assert info.expires_at == T0 + timedelta(seconds=TTL)


def test_lease_held_and_unexpired_is_refused_to_a_second_holder(db: Database) -> None:
    assert lease.acquire(db, A, TTL, T0)
    assert not lease.acquire(db, B, TTL, T0 + timedelta(seconds=TTL - 1))
    info = lease.current(db)
    assert info is not None
    assert info.holder == A.id


def test_lease_expired_without_heartbeat_is_taken_over(db: Database) -> None:
    assert lease.acquire(db, A, TTL, T0)
    later = T0 + timedelta(seconds=TTL + 1)
    assert lease.live_holder(db, later) is None
    assert lease.acquire(db, B, TTL, later)
    info = lease.live_holder(db, later)
    assert info is not None
    assert info.pid == 200


def test_lease_renewed_by_its_holder_outlives_the_first_expiry(db: Database) -> None:
    assert lease.acquire(db, A, TTL, T0)
    assert lease.renew(db, A, TTL, T0 + timedelta(seconds=20))
    assert not lease.acquire(db, B, TTL, T0 + timedelta(seconds=TTL + 1))
    info = lease.current(db)
    assert info is not None
    assert info.heartbeat_at == T0 + timedelta(seconds=20)


def test_lease_renewal_after_a_takeover_tells_the_old_holder_it_lost(db: Database) -> None:
    assert lease.acquire(db, A, TTL, T0)
    assert lease.acquire(db, B, TTL, T0 + timedelta(seconds=TTL + 1))
    assert not lease.renew(db, A, TTL, T0 + timedelta(seconds=TTL + 2))
    info = lease.current(db)
    assert info is not None
    assert info.holder == B.id


def test_lease_release_removes_only_the_holders_own_row(db: Database) -> None:
    assert lease.acquire(db, A, TTL, T0)
    assert not lease.release(db, B)
    assert lease.current(db) is not None
    assert lease.release(db, A)
    assert lease.current(db) is None
    assert lease.acquire(db, B, TTL, T0)
