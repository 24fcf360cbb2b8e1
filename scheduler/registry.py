"""What the service runs: scheduled jobs and the kinds of work commands hand to it.

Both tables hold the functions of :mod:`scheduler.tasks` themselves, so the
import graph shows what the service runs; the job store only ever pickles a
job id (``scheduler.jobs:run_job``). A feature adds its job or request kind
with one line; the schedule and service modules never change for it. A test
or an extension may name a function as a ``"module:function"`` string instead:
:func:`resolve` is the one place such a string is imported.

Job targets are called as ``target(services, now) -> str | None`` and return a
short, comment-free summary for ``kuulo status`` (None: nothing to do, and a
``quiet`` job then records nothing). Request handlers are called as
``handler(services, payload) -> dict`` with a JSON-able result; by convention
``{"lines": [...]}`` holds what the command prints.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from bot.errors import ConfigError
from bot.registry import resolve as resolve_reference
from bot.services import Services
from scheduler import tasks
from scheduler.requests import process_queued

if TYPE_CHECKING:
    from bot.config import Settings

Seconds = float | Callable[["Settings"], float]
Target = Callable[..., Any] | str  # a function, or "module:function" resolved when it runs


@dataclass(frozen=True)
class JobSpec:
    id: str
    target: Target
    description: str
    every: Seconds | None = None  # interval in seconds, or read from the settings
    cron: str | None = None  # crontab line, in KUULO_TIMEZONE (APScheduler 3: weekday 0 = Monday)
    run_at_start: bool = False  # also run as soon as the service (re)starts
    misfire_grace_seconds: int = 3600  # a run missed while the service was down still happens once
    quiet: bool = False  # record a run only when it did something

    def interval(self, settings: Settings) -> float | None:
        if self.every is None:
            return None
        return float(self.every(settings) if callable(self.every) else self.every)


def _work_request_seconds(settings: Settings) -> float:
    return settings.work_request_seconds


def run_work_requests(services: Services, now: datetime) -> str | None:
    """Job: run the queued work requests, each by the handler of its kind; None when there were none."""
    handled = process_queued(services, request_handler)
    if not handled:
        return None
    return f"{len(handled)} request(s) handled: " + ", ".join(str(request_id) for request_id in handled)


JOBS: dict[str, JobSpec] = {
    spec.id: spec
    for spec in (
        JobSpec(
            "poll-due-watches",
            tasks.poll_due_watches,
            "poll the watches whose next poll time has come",
            every=60,
            run_at_start=True,
        ),
        JobSpec(
            "work-requests",
            run_work_requests,
            "do the work commands handed to the service",
            every=_work_request_seconds,
            misfire_grace_seconds=60,
            quiet=True,
        ),
        JobSpec(
            "retention",
            tasks.retention,
            "purge comments past KUULO_RETENTION_DAYS and conversations past KUULO_AUDIT_RETENTION_DAYS",
            cron="20 3 * * *",
        ),
        JobSpec(
            "publish-outbox",
            tasks.publish_outbox,
            "publish approved replies exactly once",
            every=30,
            run_at_start=True,  # a publish interrupted by a stop or a crash is resumed at once
            misfire_grace_seconds=60,
            quiet=True,
        ),
        JobSpec("follow-up", tasks.follow_up, "find replies to our published replies", every=900),
        JobSpec(
            "daily-digest",
            tasks.daily_digest,
            "post the daily digest once per local day after KUULO_DIGEST_TIME",
            every=120,
            run_at_start=True,
            misfire_grace_seconds=120,
            quiet=True,
        ),
        JobSpec(
            "weekly-report",
            tasks.weekly_report,
            "post last week's audience report once, on Monday after KUULO_DIGEST_TIME",
            every=600,
            run_at_start=True,
            misfire_grace_seconds=600,
            quiet=True,
        ),
        JobSpec(
            "retire-old-threads",
            tasks.retire_threads,
            "retire threads found by account watches once older than KUULO_THREAD_MAX_AGE_DAYS",
            every=3600,
            quiet=True,
        ),
        JobSpec(
            "expire-drafts",
            tasks.expire_drafts,
            "drafts pending longer than KUULO_DRAFT_EXPIRY_HOURS go stale",
            every=900,
            run_at_start=True,
            quiet=True,
        ),
    )
}

REQUEST_KINDS: dict[str, Target] = dict(tasks.REQUEST_HANDLERS)


def register_job(spec: JobSpec) -> None:
    """Add or replace a job (used by tests and by features that build their spec at run time)."""
    JOBS[spec.id] = spec


def register_request_kind(kind: str, handler: Target) -> None:
    REQUEST_KINDS[kind] = handler


def resolve(reference: Target) -> Callable[..., Any]:
    """The function itself, or what a ``"module:function"`` string names (:func:`bot.registry.resolve`)."""
    function = reference if callable(reference) else resolve_reference(reference)
    if not callable(function):
        raise ConfigError(f"{reference!r} is not a function")
    return function


def request_handler(kind: str) -> Callable[..., Any]:
    if kind not in REQUEST_KINDS:
        raise ConfigError(f"no handler for work of kind {kind!r}; known kinds: {', '.join(sorted(REQUEST_KINDS))}")
    return resolve(REQUEST_KINDS[kind])
