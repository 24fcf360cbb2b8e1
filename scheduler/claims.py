"""Kuulo's own record of the work it hands to Celery workers: one ``task_claims`` row per unit of work.

The broker moves messages; this table decides what runs. A row's ``key`` names the work
(``poll:reddit:1kuu01``, ``process:thread:12``, ``draft:comment:7``, ``job:publish-outbox``), so the
same work is never queued twice at once: :func:`claim` inserts the row, or takes a finished one
back, and returns ``None`` while the work is queued or in flight. Its ``token`` names one
enqueueing; a message carries key and token, so a message delivered again after its work finished
(acks are late, so that happens) finds another token or a finished row and is dropped.

States: ``queued`` -> ``running`` -> ``done`` | ``failed``; a row whose work started more than
``KUULO_TASK_MAX_DELIVERIES`` times (each start after the first is a redelivery: the worker died
mid-task) becomes ``dead`` and stays out of the queues until ``kuulo worker --requeue-dead``. A
running row's ``heartbeat_at`` is renewed by its worker; one gone quiet for :data:`STALE_SECONDS`
belongs to a dead worker and is taken over. A row queued longer than ``KUULO_TASK_CLAIM_SECONDS``
(its message lost) may be claimed again.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError

from bot.storage.db import Database
from bot.storage.models import TaskClaim

ACTIVE = ("queued", "running")
FINISHED = ("done", "failed", "dead")
HEARTBEAT_SECONDS = 5.0
STALE_SECONDS = 20.0  # a running claim without a heartbeat for this long lost its worker


@dataclass(frozen=True)
class Claimed:
    key: str
    token: str
    kind: str
    queue: str


@dataclass(frozen=True)
class Start:
    action: Literal["run", "drop", "dead", "busy"]  # busy: another live worker runs it; try again later
    payload: dict[str, Any]
    batch: str | None = None
    deliveries: int = 0


def new_token() -> str:
    return uuid.uuid4().hex


_CLAIMS: Any = TaskClaim.__table__
# The common case of a start and a finish, one statement each (built once): a queued claim delivered for the
# first times starts; a running claim nobody asked to run again finishes. Anything else takes the locked path.
_START = (
    update(_CLAIMS)
    .where(
        _CLAIMS.c.key == bindparam("k"),
        _CLAIMS.c.token == bindparam("t"),
        _CLAIMS.c.status == "queued",
        _CLAIMS.c.deliveries < bindparam("max_deliveries"),
    )
    .values(status="running", started_at=bindparam("now"), heartbeat_at=bindparam("now"),
            deliveries=_CLAIMS.c.deliveries + 1)
    .returning(_CLAIMS.c.payload, _CLAIMS.c.batch, _CLAIMS.c.deliveries)
)  # fmt: skip
_FINISH = (
    update(_CLAIMS)
    .where(
        _CLAIMS.c.key == bindparam("k"),
        _CLAIMS.c.token == bindparam("t"),
        _CLAIMS.c.status == "running",
        _CLAIMS.c.rerun.is_(False),
    )
    .values(result=bindparam("result"), finished_at=bindparam("now"), status=bindparam("status"),
            error=bindparam("error"))
    .returning(_CLAIMS.c.key)
)  # fmt: skip


def _stale_running(row: TaskClaim, now: datetime) -> bool:
    beat = row.heartbeat_at or row.started_at or row.enqueued_at
    return now - beat > timedelta(seconds=STALE_SECONDS)


def claim(
    db: Database,
    key: str,
    *,
    kind: str,
    queue: str,
    payload: dict[str, Any],
    now: datetime,
    queued_for: float,
    batch: str | None = None,
    rerun_if_running: bool = False,
) -> Claimed | None:
    """Claim ``key`` for a new enqueueing; None when the work is already queued, in flight, or dead.

    With ``rerun_if_running`` a claim that is running is asked to run once more when it finishes
    (its new data arrived after it started), and the caller enqueues nothing.
    """
    token = new_token()
    try:
        with db.write() as session:
            row = session.get(TaskClaim, key, with_for_update=True)
            if row is None:
                session.add(
                    TaskClaim(
                        key=key,
                        kind=kind,
                        queue=queue,
                        token=token,
                        status="queued",
                        payload=payload,
                        result={},
                        batch=batch,
                        deliveries=0,
                        rerun=False,
                        enqueued_at=now,
                    )
                )
                return Claimed(key, token, kind, queue)
            if row.status == "dead":
                return None
            if row.status == "queued" and now - row.enqueued_at < timedelta(seconds=queued_for):
                return None
            if row.status == "running" and not _stale_running(row, now):
                if rerun_if_running:
                    row.rerun = True
                return None
            row.kind, row.queue, row.token, row.status = kind, queue, token, "queued"
            row.payload, row.result, row.batch = payload, {}, batch
            row.deliveries, row.rerun, row.error = 0, False, None
            row.enqueued_at, row.started_at, row.heartbeat_at, row.finished_at = now, None, None, None
            return Claimed(key, token, kind, queue)
    except IntegrityError:  # another process inserted the same key at the same moment: it is queued
        return None


def claim_many(
    db: Database,
    keys: list[str],
    payloads: list[dict[str, Any]],
    *,
    kind: str,
    queue: str,
    now: datetime,
    queued_for: float,
    batch: str | None = None,
) -> list[Claimed]:
    """:func:`claim` for many keys at once (the scheduler's poll pass): one statement per chunk instead of one
    transaction a key; the claims made, in ``keys``' order. A key is claimed exactly when :func:`claim` would
    claim it (new, finished, failed, queued too long ago, or running without a heartbeat), never asking a
    running claim to run again. ``INSERT ... ON CONFLICT DO UPDATE ... WHERE`` takes each row's lock as
    :func:`claim`'s ``SELECT ... FOR UPDATE`` does, so two passes at once cannot both claim a key."""
    unique = list(dict.fromkeys(keys))  # one statement must not touch a row twice
    payload_of: dict[str, dict[str, Any]] = {}
    for key, payload in zip(keys, payloads, strict=True):
        payload_of.setdefault(key, payload)  # the first watch of a thread polls it, as one by one
    tokens = {key: new_token() for key in unique}
    made: set[str] = set()
    insert = _insert(db)
    for start_at in range(0, len(unique), CLAIM_CHUNK):
        part = unique[start_at : start_at + CLAIM_CHUNK]
        rows = [
            {"key": key, "kind": kind, "queue": queue, "token": tokens[key], "status": "queued",
             "payload": payload_of[key], "result": {}, "batch": batch, "deliveries": 0, "rerun": False,
             "enqueued_at": now, "started_at": None, "heartbeat_at": None, "finished_at": None, "error": None}
            for key in part
        ]  # fmt: skip
        statement = insert(_CLAIMS).values(rows)
        new = statement.excluded
        beat = func.coalesce(_CLAIMS.c.heartbeat_at, _CLAIMS.c.started_at, _CLAIMS.c.enqueued_at)
        statement = statement.on_conflict_do_update(
            index_elements=[_CLAIMS.c.key],
            set_={name: new[name] for name in rows[0] if name != "key"},
            where=(
                (_CLAIMS.c.status != "dead")
                & ~((_CLAIMS.c.status == "queued") & (_CLAIMS.c.enqueued_at > now - timedelta(seconds=queued_for)))
                & ~((_CLAIMS.c.status == "running") & (beat >= now - timedelta(seconds=STALE_SECONDS)))
            ),
        ).returning(_CLAIMS.c.key)
        with db.write() as session:
            made.update(session.scalars(statement))
    return [Claimed(key, tokens[key], kind, queue) for key in unique if key in made]


CLAIM_CHUNK = 200  # claims a statement in claim_many


def _insert(db: Database) -> Any:
    """The dialect's ``INSERT ... ON CONFLICT`` construct (PostgreSQL in distributed mode; SQLite in tests)."""
    if db.engine.dialect.name == "postgresql":
        return postgresql.insert
    return sqlite.insert


def start(db: Database, key: str, token: str, *, max_deliveries: int, now: datetime, resume: bool = False) -> Start:
    """A worker received ``(key, token)``: run it, drop it (stale message), or bury it (delivered too often).

    ``resume``: the message is this task's own retry after the database went away mid-run; it goes on
    without counting as another delivery.
    """
    if not resume:  # the common case in one statement: a queued claim, delivered fewer than the most times
        with db.write() as session:
            params = {"k": key, "t": token, "max_deliveries": max_deliveries, "now": now}
            started = session.execute(_START, params).first()
        if started is not None:
            return Start("run", dict(started.payload), started.batch, started.deliveries)
    with db.write() as session:
        row = session.get(TaskClaim, key, with_for_update=True)
        if row is None or row.token != token or row.status in FINISHED:
            return Start("drop", {})
        if resume and row.status == "running":
            row.started_at, row.heartbeat_at = now, now
            return Start("run", dict(row.payload), row.batch, row.deliveries)
        if row.status == "running" and not _stale_running(row, now):
            return Start("busy", {})  # the broker redelivered it while its worker still heartbeats
        row.deliveries += 1
        if row.deliveries > max_deliveries:
            row.status, row.finished_at = "dead", now
            row.error = (
                f"delivered {row.deliveries} times without finishing (its worker died each time: out of memory, "
                "a crash, a kill); not queued again. Look at the workers' logs, then `kuulo worker --requeue-dead`."
            )
            return Start("dead", {}, row.batch, row.deliveries)
        row.status, row.started_at, row.heartbeat_at = "running", now, now
        return Start("run", dict(row.payload), row.batch, row.deliveries)


def finish(
    db: Database, key: str, token: str, *, now: datetime, result: dict[str, Any], error: str | None = None
) -> Claimed | None:
    """Record the outcome; returns a fresh claim to send when a rerun was asked for meanwhile."""
    status, text = ("failed", error[:4000]) if error else ("done", None)
    with db.write() as session:  # the common case in one statement: running, no rerun asked for
        params = {"k": key, "t": token, "result": result, "now": now, "status": status, "error": text}
        if session.execute(_FINISH, params).first() is not None:
            return None
    with db.write() as session:
        row = session.get(TaskClaim, key, with_for_update=True)
        if row is None or row.token != token or row.status != "running":
            return None  # taken over after this worker went quiet; the newer run's outcome counts
        row.result, row.finished_at = result, now
        row.status, row.error = ("failed", error[:4000]) if error else ("done", None)
        if not row.rerun:
            return None
        row.token, row.status, row.rerun, row.deliveries = new_token(), "queued", False, 0
        row.enqueued_at, row.started_at, row.heartbeat_at, row.finished_at = now, None, None, None
        return Claimed(row.key, row.token, row.kind, row.queue)


def release(db: Database, key: str, token: str, error: str, now: datetime) -> None:
    """The message could not be sent: the claim is failed, so the next attempt may take it."""
    with db.write() as session:
        session.execute(
            update(TaskClaim)
            .where(TaskClaim.key == key, TaskClaim.token == token, TaskClaim.status == "queued")
            .values(status="failed", error=error[:4000], finished_at=now)
        )


def heartbeat(db: Database, running: Iterable[tuple[str, str]], now: datetime) -> None:
    for key, token in running:
        with db.write() as session:
            session.execute(
                update(TaskClaim)
                .where(TaskClaim.key == key, TaskClaim.token == token, TaskClaim.status == "running")
                .values(heartbeat_at=now)
            )


def requeue_dead(db: Database) -> list[str]:
    """Let dead claims be claimed again (after the cause was fixed); returns their keys."""
    with db.write() as session:
        keys = list(session.scalars(select(TaskClaim.key).where(TaskClaim.status == "dead").order_by(TaskClaim.key)))
        session.execute(update(TaskClaim).where(TaskClaim.key.in_(keys)).values(status="failed"))
    return keys


def batch_pending(db: Database, batch: str) -> int:
    with db.read() as session:
        query = select(func.count()).select_from(TaskClaim)
        return int(session.scalar(query.where(TaskClaim.batch == batch, TaskClaim.status.in_(ACTIVE))) or 0)


def batch_rows(db: Database, batch: str) -> list[TaskClaim]:
    with db.read() as session:
        return list(session.scalars(select(TaskClaim).where(TaskClaim.batch == batch).order_by(TaskClaim.enqueued_at)))


@dataclass(frozen=True)
class QueueDepth:
    queue: str
    queued: int
    running: int
    oldest_queued: datetime | None


def depths(db: Database, queues: Iterable[str]) -> list[QueueDepth]:
    with db.read() as session:
        rows = session.execute(
            select(TaskClaim.queue, TaskClaim.status, func.count(), func.min(TaskClaim.enqueued_at))
            .where(TaskClaim.status.in_(ACTIVE))
            .group_by(TaskClaim.queue, TaskClaim.status)
        ).all()
    counts: dict[tuple[str, str], tuple[int, datetime | None]] = {
        (queue, status): (int(count), oldest) for queue, status, count, oldest in rows
    }
    result = []
    for queue in queues:
        queued, oldest = counts.get((queue, "queued"), (0, None))
        running, _ = counts.get((queue, "running"), (0, None))
        result.append(QueueDepth(queue, queued, running, oldest))
    return result


def dead_letters(db: Database, limit: int = 20) -> list[TaskClaim]:
    with db.read() as session:
        return list(
            session.scalars(
                select(TaskClaim).where(TaskClaim.status == "dead").order_by(TaskClaim.finished_at).limit(limit)
            )
        )
