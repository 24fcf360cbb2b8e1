"""The one function APScheduler calls, and the record of each job's last run.

The persistent job store pickles a job's function reference and arguments, so
every job is ``run_job(job_id)``: a module-level function and a string. The
running service binds its :class:`~bot.services.Services` and clock here
before the scheduler starts; :mod:`scheduler.registry` says what each id runs.
A job that raises is logged with its traceback and recorded in ``job_runs``;
the scheduler and the other jobs go on.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import datetime

from bot.errors import KuuloError
from bot.services import Services
from bot.storage.db import Database
from bot.storage.models import JobRun
from scheduler.distributed import JOB_QUEUES, enqueue_job
from scheduler.lease import Clock
from scheduler.registry import JOBS, JobSpec, resolve

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Runtime:
    services: Services
    clock: Clock


_runtime: Runtime | None = None


def bind(services: Services, clock: Clock) -> None:
    global _runtime
    _runtime = Runtime(services, clock)


def unbind() -> None:
    global _runtime
    _runtime = None


def run_job(job_id: str) -> None:
    """Called by APScheduler (by reference) for every scheduled job."""
    runtime = _runtime
    if runtime is None:
        log.warning("job=%s: no service is bound in this process; skipped", job_id)
        return
    spec = JOBS.get(job_id)
    if spec is None:
        log.warning("job=%s: not in the registry of this version; skipped", job_id)
        return
    if runtime.services.settings.broker_url is not None and spec.id in JOB_QUEUES:  # distributed: a worker runs it
        enqueue_job(runtime.services, spec)
        return
    execute(runtime.services, spec, runtime.clock)


def execute(services: Services, spec: JobSpec, clock: Clock) -> str | None:
    """Run one job now and record it; returns its summary (None when it failed or had nothing to do)."""
    started = clock()
    began = time.monotonic()
    if not spec.quiet:
        record(services.db, spec.id, started=started)
    try:
        summary = resolve(spec.target)(services, started)
    except KuuloError as exc:
        log.warning("job=%s failed after %.2f s: %s", spec.id, time.monotonic() - began, exc)
        record(services.db, spec.id, started=started, finished=clock(), error=str(exc))
        return None
    except Exception as exc:  # the boundary: keep the traceback, keep the scheduler running
        log.exception("job=%s failed after %.2f s", spec.id, time.monotonic() - began)
        record(services.db, spec.id, started=started, finished=clock(), error=f"{type(exc).__name__}; see the log")
        return None
    log.info("job=%s finished in %.2f s: %s", spec.id, time.monotonic() - began, summary)
    if summary is None and spec.quiet:
        return None
    record(services.db, spec.id, started=started, finished=clock(), result=summary or "done")
    return None if summary is None else str(summary)


def record(
    db: Database,
    job_id: str,
    *,
    started: datetime,
    finished: datetime | None = None,
    result: str | None = None,
    error: str | None = None,
) -> None:
    """Upsert the job's last run; a start alone clears the previous finish so status shows it running."""
    with db.write() as session:
        row = session.get(JobRun, job_id)
        if row is None:
            row = JobRun(job_id=job_id)
            session.add(row)
        row.last_started_at = started
        row.last_finished_at = finished
        if finished is not None:
            row.last_result = result
            row.last_error = error[:4000] if error else None
