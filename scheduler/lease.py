"""One scheduler per database: a lease row renewed by heartbeat.

Taking the lease is a compare-and-set: update the row where it is ours or has
expired, or insert it when there is none. Two processes racing for it both run
the same statements; the database lets exactly one of them win (SQLite queues
writers with ``BEGIN IMMEDIATE``; PostgreSQL locks the row or rejects the
second insert on the primary key). Every function takes ``now`` from the
caller's clock, so expiry is testable without sleeping.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, or_, update
from sqlalchemy.exc import IntegrityError

from bot.storage.db import Database
from bot.storage.models import Lease

SCHEDULER_LEASE = "scheduler"

Clock = Callable[[], datetime]


@dataclass(frozen=True)
class Holder:
    """Who this process is, as written into the lease row."""

    id: str
    host: str
    pid: int

    @classmethod
    def of_this_process(cls) -> Holder:
        host, pid = socket.gethostname(), os.getpid()
        return cls(f"{host}:{pid}:{uuid.uuid4().hex[:12]}"[:128], host[:256], pid)


@dataclass(frozen=True)
class LeaseInfo:
    name: str
    holder: str
    host: str
    pid: int
    acquired_at: datetime
    heartbeat_at: datetime
    expires_at: datetime

    def alive(self, now: datetime) -> bool:
        return self.expires_at > now

    def describe(self) -> str:
        return (
            f"host {self.host} pid {self.pid}, since {self.acquired_at:%Y-%m-%d %H:%M:%S} UTC, "
            f"last heartbeat {self.heartbeat_at:%Y-%m-%d %H:%M:%S} UTC"
        )


def acquire(db: Database, holder: Holder, ttl: float, now: datetime, name: str = SCHEDULER_LEASE) -> bool:
    """Take the lease if it is free, expired or already ours; True when we hold it afterwards."""
    expires = now + timedelta(seconds=ttl)
    with db.write() as session:
        taken = session.execute(
            update(Lease)
            .where(Lease.name == name, or_(Lease.holder == holder.id, Lease.expires_at <= now))
            .values(
                holder=holder.id,
                host=holder.host,
                pid=holder.pid,
                acquired_at=now,
                heartbeat_at=now,
                expires_at=expires,
            )
            .execution_options(synchronize_session=False)
        )
        if taken.rowcount == 1:  # type: ignore[attr-defined]
            return True
    try:
        with db.write() as session:
            session.add(
                Lease(
                    name=name,
                    holder=holder.id,
                    host=holder.host,
                    pid=holder.pid,
                    acquired_at=now,
                    heartbeat_at=now,
                    expires_at=expires,
                )
            )
    except IntegrityError:  # someone else holds it (or just took it)
        return False
    return True


def renew(db: Database, holder: Holder, ttl: float, now: datetime, name: str = SCHEDULER_LEASE) -> bool:
    """Heartbeat: push the expiry out. False means the lease is no longer ours."""
    with db.write() as session:
        renewed = session.execute(
            update(Lease)
            .where(Lease.name == name, Lease.holder == holder.id)
            .values(heartbeat_at=now, expires_at=now + timedelta(seconds=ttl))
            .execution_options(synchronize_session=False)
        )
        return bool(renewed.rowcount == 1)  # type: ignore[attr-defined]


def release(db: Database, holder: Holder, name: str = SCHEDULER_LEASE) -> bool:
    """Give the lease up (on shutdown); only the holder's own row is removed."""
    with db.write() as session:
        released = session.execute(
            delete(Lease)
            .where(Lease.name == name, Lease.holder == holder.id)
            .execution_options(synchronize_session=False)
        )
        return bool(released.rowcount == 1)  # type: ignore[attr-defined]


def current(db: Database, name: str = SCHEDULER_LEASE) -> LeaseInfo | None:
    """The lease row as stored, alive or expired; None when nobody ever held it or it was released."""
    with db.read() as session:
        row = session.get(Lease, name)
        if row is None:
            return None
        return LeaseInfo(row.name, row.holder, row.host, row.pid, row.acquired_at, row.heartbeat_at, row.expires_at)


def live_holder(db: Database, now: datetime, name: str = SCHEDULER_LEASE) -> LeaseInfo | None:
    """The holder of an unexpired lease, or None when no scheduler is running."""
    info = current(db, name)
    return info if info is not None and info.alive(now) else None
