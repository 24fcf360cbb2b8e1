"""Jobs in the persistent APScheduler store: fixed ids, records of each run, a missed run after a restart."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from alembic import command
from sqlalchemy import text

from bot.errors import SourceError
from bot.services import Services
from bot.storage.db import Database, alembic_config
from bot.storage.models import JobRun, utcnow
from scheduler import jobs, registry, schedule
from scheduler.registry import JobSpec

RUNS: list[datetime] = []


def count(services: Services, now: datetime) -> str:
    RUNS.append(now)
    return f"run {len(RUNS)}"


def idle(services: Services, now: datetime) -> None:
    return None


def unreachable(services: Services, now: datetime) -> str:
    raise SourceError("reddit did not answer; it is retried at the next run")


def crash(services: Services, now: datetime) -> str:
    raise ZeroDivisionError("bug")


HOURLY = JobSpec("count", f"{__name__}:count", "count runs", every=3600)


@pytest.fixture
def services(services_factory: Callable[..., Services], monkeypatch: pytest.MonkeyPatch) -> Services:
    RUNS.clear()
    monkeypatch.setitem(registry.JOBS, HOURLY.id, HOURLY)
    return services_factory()


def _job_run(services: Services, job_id: str) -> JobRun | None:
    with services.db.read() as session:
        return session.get(JobRun, job_id)


def _stored_job_ids(services: Services) -> list[str]:
    with services.db.engine.connect() as connection:
        return sorted(row[0] for row in connection.execute(text("SELECT id FROM apscheduler_jobs")))


def _wait_for(condition: Callable[[], bool], seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def test_job_that_succeeds_records_its_start_finish_and_summary(services: Services) -> None:
    assert jobs.execute(services, HOURLY, utcnow) == "run 1"
    run = _job_run(services, "count")
    assert run is not None
    assert run.last_result == "run 1"
    assert run.last_error is None
    assert run.last_started_at is not None
    assert run.last_finished_at is not None


def test_job_that_fails_records_the_error_and_does_not_raise(services: Services) -> None:
    for target, expected in [("unreachable", "reddit did not answer"), ("crash", "ZeroDivisionError; see the log")]:
        spec = JobSpec(target, f"{__name__}:{target}", "fails")
        assert jobs.execute(services, spec, utcnow) is None
        run = _job_run(services, target)
        assert run is not None
        assert expected in (run.last_error or "")
        assert run.last_finished_at is not None


def test_quiet_job_with_nothing_to_do_writes_no_record(services: Services) -> None:
    jobs.execute(services, JobSpec("idle", f"{__name__}:idle", "idle", quiet=True), utcnow)
    assert _job_run(services, "idle") is None


def test_installing_jobs_twice_keeps_one_row_per_fixed_id_and_drops_unknown_ones(services: Services) -> None:
    scheduler = schedule.build(services)
    scheduler.start(paused=True)
    try:
        schedule.install(scheduler, services.settings, [HOURLY, JobSpec("old", f"{__name__}:idle", "gone", every=5)])
        schedule.install(scheduler, services.settings, [*registry.JOBS.values()])
        schedule.install(scheduler, services.settings, [*registry.JOBS.values()])
        assert _stored_job_ids(services) == sorted(registry.JOBS)
        job = scheduler.get_job("poll-due-watches")
        assert (job.max_instances, job.coalesce, job.misfire_grace_time) == (1, True, 3600)
    finally:
        scheduler.shutdown(wait=True)


def test_job_missed_while_the_service_was_down_runs_once_after_the_restart(services: Services) -> None:
    first = schedule.build(services)
    first.start(paused=True)
    schedule.install(first, services.settings, [HOURLY])
    first.modify_job("count", next_run_time=utcnow() - timedelta(minutes=50))  # due while nobody ran
    schedule.stop(first)

    jobs.bind(services, utcnow)
    second = schedule.start(services, [HOURLY])
    try:
        _wait_for(lambda: len(RUNS) == 1)
        time.sleep(0.3)
        assert len(RUNS) == 1
        next_run = second.get_job("count").next_run_time
        assert next_run > utcnow()  # the interval goes on from the missed time: due again in ~10 minutes
    finally:
        schedule.stop(second)
        jobs.unbind()
    run = _job_run(services, "count")
    assert run is not None
    assert run.last_result == "run 1"


def test_job_marked_run_at_start_runs_as_soon_as_the_scheduler_starts(services: Services) -> None:
    eager = JobSpec("count", f"{__name__}:count", "count runs", every=3600, run_at_start=True)
    jobs.bind(services, utcnow)
    scheduler = schedule.start(services, [eager])
    try:
        _wait_for(lambda: len(RUNS) == 1)
    finally:
        schedule.stop(scheduler)
        jobs.unbind()


def test_autogenerate_ignores_the_apscheduler_job_table(db: Database) -> None:
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore

    SQLAlchemyJobStore(engine=db.engine).jobs_t.create(db.engine, checkfirst=True)
    assert "apscheduler_jobs" in db.table_names()
    config = alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.check(config)  # raises when the models and the database differ
