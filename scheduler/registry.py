"""What the service runs: scheduled jobs and the kinds of work commands hand to it.

Both tables name their functions as ``"module:function"`` strings, so this
module imports nothing heavy and the job store only ever pickles a job id.
A feature adds its job or request kind with one line below; the schedule and
service modules never change for it.

Job targets are called as ``target(services, now) -> str | None`` and return a
short, comment-free summary for ``kuulo status`` (None: nothing to do, and a
``quiet`` job then records nothing). Request handlers are called as
``handler(services, payload) -> dict`` with a JSON-able result; by convention
``{"lines": [...]}`` holds what the command prints.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bot.errors import ConfigError

if TYPE_CHECKING:
    from bot.config import Settings

Seconds = float | Callable[["Settings"], float]


@dataclass(frozen=True)
class JobSpec:
    id: str
    target: str
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


JOBS: dict[str, JobSpec] = {
    spec.id: spec
    for spec in (
        JobSpec(
            "poll-due-watches",
            "scheduler.tasks:poll_due_watches",
            "poll the watches whose next poll time has come",
            every=60,
            run_at_start=True,
        ),
        JobSpec(
            "work-requests",
            "scheduler.tasks:run_work_requests",
            "do the work commands handed to the service",
            every=_work_request_seconds,
            misfire_grace_seconds=60,
            quiet=True,
        ),
        JobSpec(
            "retention",
            "bot.privacy.retention:retention_job",
            "purge comments past KUULO_RETENTION_DAYS and conversations past KUULO_AUDIT_RETENTION_DAYS",
            cron="20 3 * * *",
        ),
        JobSpec(
            "publish-outbox",
            "bot.publishing.outbox:outbox_job",
            "publish approved replies exactly once",
            every=30,
            run_at_start=True,  # a publish interrupted by a stop or a crash is resumed at once
            misfire_grace_seconds=60,
            quiet=True,
        ),
        JobSpec("follow-up", "bot.followup:follow_up_job", "find replies to our published replies", every=900),
        JobSpec(
            "daily-digest",
            "bot.digest.delivery:digest_job",
            "post the daily digest once per local day after KUULO_DIGEST_TIME",
            every=120,
            run_at_start=True,
            misfire_grace_seconds=120,
            quiet=True,
        ),
        JobSpec(
            "weekly-report",
            "bot.insights.weekly:weekly_report_job",
            "post last week's audience report once, on Monday after KUULO_DIGEST_TIME",
            every=600,
            run_at_start=True,
            misfire_grace_seconds=600,
            quiet=True,
        ),
        JobSpec(
            "retire-old-threads",
            "bot.accounts:retire_job",
            "retire threads found by account watches once older than KUULO_THREAD_MAX_AGE_DAYS",
            every=3600,
            quiet=True,
        ),
        JobSpec(
            "expire-drafts",
            "bot.expiry:expire_job",
            "drafts pending longer than KUULO_DRAFT_EXPIRY_HOURS go stale",
            every=900,
            run_at_start=True,
            quiet=True,
        ),
        # Later features add their jobs here (publish outbox, card posting, follow-ups, retention, digest).
    )
}

REQUEST_KINDS: dict[str, str] = {
    "poll": "scheduler.tasks:poll_request",
    "backup": "bot.backup:backup_request",
    "import": "bot.importing:import_request",
    "regenerate": "bot.pipeline:regenerate",
    # Later features add theirs here, e.g. "ingest" and "import".
}


def register_job(spec: JobSpec) -> None:
    """Add or replace a job (used by tests and by features that build their spec at run time)."""
    JOBS[spec.id] = spec


def register_request_kind(kind: str, handler: str) -> None:
    REQUEST_KINDS[kind] = handler


def resolve(reference: str) -> Callable[..., Any]:
    """Import ``"module:function"``."""
    module_name, _, attribute = reference.partition(":")
    try:
        function = getattr(importlib.import_module(module_name), attribute)
    except (ImportError, AttributeError) as exc:
        raise ConfigError(f"cannot load {reference!r} ({exc}); this build of Kuulo is incomplete") from exc
    if not callable(function):
        raise ConfigError(f"{reference!r} is not a function")
    return function  # type: ignore[no-any-return]


def request_handler(kind: str) -> Callable[..., Any]:
    if kind not in REQUEST_KINDS:
        raise ConfigError(f"no handler for work of kind {kind!r}; known kinds: {', '.join(sorted(REQUEST_KINDS))}")
    return resolve(REQUEST_KINDS[kind])
