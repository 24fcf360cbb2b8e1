"""Build the APScheduler 3 scheduler and put the registry's jobs into its persistent store.

Jobs live in ``apscheduler_jobs`` in Kuulo's own database (APScheduler creates
the table). Every job has a fixed id and is added with ``replace_existing``;
``coalesce`` turns a backlog of missed runs into one, ``max_instances=1``
keeps a slow run from overlapping the next, and each job's misfire grace time
lets a run missed while the service was down still happen once. Because
replacing a job would reset its next run time (and so silently drop a missed
run), :func:`install` keeps the stored next run time when it is earlier.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from bot.config import Settings
from bot.services import Services
from scheduler.registry import JOBS, JobSpec

if TYPE_CHECKING:
    from apscheduler.schedulers.background import BackgroundScheduler

JOB_FUNCTION = "scheduler.jobs:run_job"
WORKERS = 4


def build(services: Services) -> BackgroundScheduler:
    """A scheduler on the database's job store; not started."""
    from apscheduler.executors.pool import ThreadPoolExecutor
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
    from apscheduler.schedulers.background import BackgroundScheduler

    return BackgroundScheduler(
        jobstores={"default": SQLAlchemyJobStore(engine=services.db.engine)},
        executors={"default": ThreadPoolExecutor(WORKERS)},
        job_defaults={"coalesce": True, "max_instances": 1},
        timezone=services.settings.timezone,
    )


def start(services: Services, specs: Iterable[JobSpec] | None = None) -> BackgroundScheduler:
    """Start paused, bring the stored jobs in line with the registry, then run."""
    scheduler = build(services)
    scheduler.start(paused=True)
    try:
        install(scheduler, services.settings, JOBS.values() if specs is None else specs)
    except BaseException:
        stop(scheduler)
        raise
    scheduler.resume()
    return scheduler


def stop(scheduler: BackgroundScheduler) -> None:
    """Stop gracefully: no new runs, running jobs finish.

    APScheduler 3 processes due jobs once more after ``shutdown()`` has stopped the executors,
    which fails to submit them yet moves their next run time on: a run due at that moment would
    be lost. Detaching the job store first leaves those runs in the database for the next start.
    """
    scheduler.remove_jobstore("default", shutdown=False)
    scheduler.shutdown(wait=True)


def install(
    scheduler: BackgroundScheduler, settings: Settings, specs: Iterable[JobSpec], now: datetime | None = None
) -> list[str]:
    """Add or update every job; remove stored jobs this version no longer has. Returns the job ids."""
    now = now or datetime.now(UTC)
    wanted = {spec.id: spec for spec in specs}
    for job in scheduler.get_jobs():
        if job.id not in wanted:
            scheduler.remove_job(job.id)
    for spec in wanted.values():
        trigger = trigger_for(spec, settings)
        next_run = now if spec.run_at_start else trigger.get_next_fire_time(None, now)
        existing = scheduler.get_job(spec.id)
        if existing is not None and existing.next_run_time is not None and not spec.run_at_start:
            next_run = min(existing.next_run_time, next_run) if next_run else existing.next_run_time
        scheduler.add_job(
            JOB_FUNCTION,
            trigger,
            args=[spec.id],
            id=spec.id,
            name=spec.description,
            replace_existing=True,
            coalesce=True,
            max_instances=1,
            misfire_grace_time=spec.misfire_grace_seconds,
            next_run_time=next_run,
        )
    return list(wanted)


def trigger_for(spec: JobSpec, settings: Settings) -> Any:
    from apscheduler.triggers.cron import CronTrigger
    from apscheduler.triggers.interval import IntervalTrigger

    seconds = spec.interval(settings)
    if seconds is not None:
        return IntervalTrigger(seconds=seconds, timezone=settings.timezone)
    if spec.cron:
        return CronTrigger.from_crontab(spec.cron, timezone=settings.timezone)
    raise ValueError(f"job {spec.id} has neither an interval nor a cron line")


def describe(spec: JobSpec, settings: Settings) -> str:
    seconds = spec.interval(settings)
    return f"{spec.id} (every {seconds:g} s)" if seconds is not None else f"{spec.id} (cron {spec.cron})"
