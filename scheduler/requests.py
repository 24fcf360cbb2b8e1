"""Work handed to the running service, because embedded stores have one writer.

Chroma's embedded client is thread-safe but not process-safe, and SQLite is
happiest with one writing process. So while a service holds the scheduler
lease and the stores are embedded, a write command does not do the work
itself: :func:`delegate_or_run` queues a ``work_requests`` row, the service's
"work-requests" job claims it (compare-and-set on ``status``), runs the
handler the registry gives for its kind (``handler_for``, :func:`scheduler.registry.request_handler`) and stores the
result; the command waits and prints that result as if it had done the work.
With no service running, or with a Chroma server and PostgreSQL, the command
runs the work itself.

Request states: ``queued`` -> ``running`` -> ``done`` | ``failed``; a queued
request nobody took in time becomes ``cancelled``.
"""

from __future__ import annotations

import logging
import os
import socket
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update

from bot.config import Settings
from bot.errors import KuuloError
from bot.services import Services
from bot.storage.db import Database
from bot.storage.models import WorkRequest, utcnow
from scheduler.lease import Clock, LeaseInfo, live_holder

log = logging.getLogger(__name__)

HandlerFor = Callable[[str], Callable[[Services, dict[str, Any]], dict[str, Any]]]  # kind -> handler

Result = dict[str, Any]
INTERRUPTED = "the scheduler stopped while doing this work; nothing half-done was kept. Run the command again."


def stores_embedded(settings: Settings) -> bool:
    """True when a second writing process could corrupt a store (SQLite, or Chroma without a server)."""
    return settings.uses_sqlite or not settings.chroma_url


def delegation_target(services: Services, now: datetime) -> LeaseInfo | None:
    """The running service that must do the writing for this process, if any."""
    if not stores_embedded(services.settings):
        return None
    holder = live_holder(services.db, now)
    if holder is None or (holder.pid == os.getpid() and holder.host == socket.gethostname()):
        return None
    return holder


def delegate_or_run(
    services: Services,
    kind: str,
    payload: dict[str, Any],
    run_locally: Callable[[], Result],
    *,
    handler_for: HandlerFor,
    notify: Callable[[str], None] | None = None,
    timeout: float | None = None,
    poll_seconds: float = 0.2,
    clock: Clock = utcnow,
) -> Result:
    """Hand the work to the running service and wait for its result, or run it here when no service runs."""
    handler_for(kind)  # an unknown kind fails here, not in the service
    holder = delegation_target(services, clock())
    if holder is None:
        return run_locally()
    request_id = submit(services.db, kind, payload)
    if notify:
        notify(
            f"A scheduler is running (host {holder.host} pid {holder.pid}); it does this {kind} (request {request_id})."
        )
    limit = services.settings.delegate_timeout_seconds if timeout is None else timeout
    deadline = time.monotonic() + limit
    while True:
        row = _load(services.db, request_id)
        if row.status == "done":
            return dict(row.result)
        if row.status == "failed":
            raise KuuloError(row.error or f"the scheduler could not do this {kind}; see its log")
        service_gone = live_holder(services.db, clock()) is None
        if row.status == "queued" and service_gone and _cancel(services.db, request_id, clock()):
            if notify:
                notify("The scheduler stopped before taking the work; doing it here.")
            return run_locally()
        if row.status == "running" and service_gone:
            _fail_if_running(services.db, request_id, INTERRUPTED, clock())
            raise KuuloError(INTERRUPTED)
        if time.monotonic() >= deadline:
            if _cancel(services.db, request_id, clock()):
                raise KuuloError(
                    f"the running scheduler (host {holder.host} pid {holder.pid}) did not take this {kind} within "
                    f"{limit:g} s, so nothing was done. Check it with `kuulo status`, then try again "
                    "(or stop it and run the command again)."
                )
            raise KuuloError(
                f"the scheduler is still working on this {kind} (request {request_id}) after {limit:g} s; it "
                "finishes in the background. `kuulo status` shows when it is done."
            )
        time.sleep(poll_seconds)


def submit(db: Database, kind: str, payload: dict[str, Any]) -> int:
    with db.write() as session:
        request = WorkRequest(
            kind=kind,
            payload=payload,
            status="queued",
            result={},
            requested_by=f"{socket.gethostname()} pid {os.getpid()}"[:128],
        )
        session.add(request)
        session.flush()
        return request.id


def process_queued(services: Services, handler_for: HandlerFor, clock: Clock = utcnow) -> list[int]:
    """Run every queued request, oldest first; the ids done (or failed) are returned."""
    handled = []
    while (claimed := _claim_next(services.db, clock())) is not None:
        request_id, kind, payload = claimed
        started = time.monotonic()
        try:
            result = handler_for(kind)(services, payload)
        except KuuloError as exc:
            _finish(services.db, request_id, clock(), error=str(exc))
        except Exception as exc:  # the boundary: keep the traceback in the service log, tell the user
            log.exception("work request %s (%s) failed", request_id, kind)
            _finish(services.db, request_id, clock(), error=f"internal error ({type(exc).__name__}); see the log")
        else:
            _finish(services.db, request_id, clock(), result=result)
        log.info("work request %s (%s) finished in %.2f s", request_id, kind, time.monotonic() - started)
        handled.append(request_id)
    return handled


def fail_interrupted(db: Database, now: datetime) -> int:
    """Requests a previous service left ``running`` when it died are failed, so nobody waits forever."""
    with db.write() as session:
        failed = session.execute(
            update(WorkRequest)
            .where(WorkRequest.status == "running")
            .values(status="failed", error=INTERRUPTED, finished_at=now)
            .execution_options(synchronize_session=False)
        )
        return int(failed.rowcount)  # type: ignore[attr-defined]


def pending_counts(db: Database) -> dict[str, int]:
    with db.read() as session:
        rows = session.execute(
            select(WorkRequest.status, func.count())
            .where(WorkRequest.status.in_(["queued", "running"]))
            .group_by(WorkRequest.status)
        )
        return {str(status): int(count) for status, count in rows}


def _load(db: Database, request_id: int) -> WorkRequest:
    with db.read() as session:
        row = session.get(WorkRequest, request_id)
        if row is None:
            raise KuuloError(f"work request {request_id} disappeared from the database; run the command again")
        return row


def _claim_next(db: Database, now: datetime) -> tuple[int, str, dict[str, Any]] | None:
    with db.read() as session:  # the usual answer is "nothing queued": no write lock for it
        if session.scalar(select(WorkRequest.id).where(WorkRequest.status == "queued").limit(1)) is None:
            return None
    with db.write() as session:
        row = session.scalars(
            select(WorkRequest).where(WorkRequest.status == "queued").order_by(WorkRequest.id).limit(1)
        ).first()
        if row is None:
            return None
        claimed = session.execute(
            update(WorkRequest)
            .where(WorkRequest.id == row.id, WorkRequest.status == "queued")
            .values(status="running", started_at=now)
            .execution_options(synchronize_session=False)
        )
        if claimed.rowcount != 1:  # type: ignore[attr-defined]
            return None  # the requester cancelled it a moment ago
        return row.id, row.kind, dict(row.payload)


def _finish(
    db: Database, request_id: int, now: datetime, result: Result | None = None, error: str | None = None
) -> None:
    with db.write() as session:
        session.execute(
            update(WorkRequest)
            .where(WorkRequest.id == request_id, WorkRequest.status == "running")
            .values(
                status="failed" if error is not None else "done",
                result=result or {},
                error=error[:4000] if error else None,
                finished_at=now,
            )
            .execution_options(synchronize_session=False)
        )


def _cancel(db: Database, request_id: int, now: datetime) -> bool:
    with db.write() as session:
        cancelled = session.execute(
            update(WorkRequest)
            .where(WorkRequest.id == request_id, WorkRequest.status == "queued")
            .values(status="cancelled", error="not taken by the scheduler in time", finished_at=now)
            .execution_options(synchronize_session=False)
        )
        return bool(cancelled.rowcount == 1)  # type: ignore[attr-defined]


def _fail_if_running(db: Database, request_id: int, error: str, now: datetime) -> None:
    with db.write() as session:
        session.execute(
            update(WorkRequest)
            .where(WorkRequest.id == request_id, WorkRequest.status == "running")
            .values(status="failed", error=error, finished_at=now)
            .execution_options(synchronize_session=False)
        )
