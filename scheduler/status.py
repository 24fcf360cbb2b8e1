"""What ``kuulo status`` shows: who runs the scheduler, the jobs, trouble, waiting and unfinished work.

Read-only; safe to run from any process at any time, with or without a service.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, inspect, select, text

from bot.drafting import resume
from bot.drafting.resume import Unfinished
from bot.storage.db import Database
from bot.storage.models import Draft, JobRun, Thread, Watch
from bot.watching.circuits import CircuitView, not_closed
from scheduler import lease
from scheduler.lease import LeaseInfo
from scheduler.registry import JOBS
from scheduler.requests import pending_counts

if TYPE_CHECKING:
    from bot.config import Settings

JOB_TABLE = "apscheduler_jobs"


@dataclass(frozen=True)
class JobStatus:
    id: str
    description: str
    next_run: datetime | None
    last_started: datetime | None
    last_finished: datetime | None
    last_result: str | None
    last_error: str | None


@dataclass(frozen=True)
class TroubledWatch:
    id: int
    platform: str
    url: str
    status: str
    failures: int
    last_error: str | None


@dataclass(frozen=True)
class IncompleteThread:
    id: int
    watch_id: int
    url: str
    missing: tuple[str, ...]


@dataclass
class StatusReport:
    now: datetime
    lease: LeaseInfo | None
    jobs: list[JobStatus] = field(default_factory=list)
    troubled: list[TroubledWatch] = field(default_factory=list)
    requests: dict[str, int] = field(default_factory=dict)
    drafts: dict[str, int] = field(default_factory=dict)
    circuits: list[CircuitView] = field(default_factory=list)  # open or half-open platforms
    unfinished: list[Unfinished] = field(default_factory=list)  # per stage (bot/drafting/resume.py)
    incomplete: list[IncompleteThread] = field(default_factory=list)  # a part failed on the last read

    @property
    def running(self) -> bool:
        return self.lease is not None and self.lease.alive(self.now)

    @property
    def failing_platforms(self) -> list[str]:
        return sorted({watch.platform for watch in self.troubled if watch.status == "error"})


def collect(db: Database, now: datetime, settings: Settings | None = None) -> StatusReport:
    report = StatusReport(now, lease.current(db))
    report.jobs = _jobs(db)
    with db.read() as session:
        where = resume.scope(settings) if settings is not None else {}
        report.unfinished = resume.unfinished(session, now, **where)
        watches = session.scalars(select(Watch).where(Watch.status.in_(["error", "inactive"])).order_by(Watch.id))
        report.troubled = [TroubledWatch(w.id, w.platform, w.url, w.status, w.failures, w.last_error) for w in watches]
        rows = session.execute(select(Draft.status, func.count()).group_by(Draft.status).order_by(Draft.status))
        report.drafts = {str(status): int(count) for status, count in rows}
        threads = session.scalars(select(Thread).where(Thread.incomplete == "failure").order_by(Thread.id))
        report.incomplete = [IncompleteThread(t.id, t.watch_id, t.url, tuple(t.missing or ())) for t in threads]
    report.requests = pending_counts(db)
    report.circuits = not_closed(db, now)
    return report


def _jobs(db: Database) -> list[JobStatus]:
    next_runs: dict[str, datetime | None] = {}
    if inspect(db.engine).has_table(JOB_TABLE):
        with db.engine.connect() as connection:
            for job_id, timestamp in connection.execute(text(f"SELECT id, next_run_time FROM {JOB_TABLE}")):
                next_runs[job_id] = datetime.fromtimestamp(timestamp, UTC) if timestamp is not None else None
    with db.read() as session:
        runs = {run.job_id: run for run in session.scalars(select(JobRun))}
    ids = list(JOBS) + sorted((set(runs) | set(next_runs)) - set(JOBS))
    result = []
    for job_id in ids:
        run = runs.get(job_id)
        spec = JOBS.get(job_id)
        result.append(
            JobStatus(
                job_id,
                spec.description if spec else "not part of this version",
                next_runs.get(job_id),
                run.last_started_at if run else None,
                run.last_finished_at if run else None,
                run.last_result if run else None,
                run.last_error if run else None,
            )
        )
    return result


def render(report: StatusReport, settings: Settings | None = None) -> list[str]:
    lines = []
    held = report.lease
    if report.running and held is not None:
        lines.append(f"Scheduler: running ({held.describe()}).")
    elif held is not None:
        lines.append(
            f"Scheduler: no scheduler running (the last one, host {held.host} pid {held.pid}, "
            f"stopped heartbeating at {_when(held.heartbeat_at)})."
        )
    else:
        lines.append("Scheduler: no scheduler running. Start one with `kuulo scheduler` or `kuulo run`.")
    lines.append("Jobs:")
    for job in report.jobs:
        last = "never ran"
        if job.last_started and job.last_finished is None:
            last = f"running since {_when(job.last_started)}"
        elif job.last_finished:
            outcome = f"FAILED: {job.last_error}" if job.last_error else (job.last_result or "done")
            last = f"last run {_when(job.last_finished)}: {outcome}"
        lines.append(f"  {job.id}: next run {_when(job.next_run)}; {last}")
    if report.troubled:
        lines.append("Watches in trouble:")
        for watch in report.troubled:
            lines.append(
                f"  watch {watch.id} {watch.url}: {watch.status} after {watch.failures} failure(s): "
                f"{watch.last_error or 'no error recorded'}"
            )
        if report.failing_platforms:
            lines.append(f"Platforms with failing watches: {', '.join(report.failing_platforms)}")
    else:
        lines.append("Watches in trouble: none")
    if report.incomplete:
        lines.append("Threads incomplete by failure (what arrived is stored; the next poll reads them in full):")
        for thread in report.incomplete:
            missing = "; ".join(thread.missing) or "a part failed"
            lines.append(f"  thread {thread.id} (watch {thread.watch_id}) {thread.url}: missing {missing}")
    else:
        lines.append("Threads incomplete by failure: none")
    for circuit in report.circuits:
        if circuit.state(report.now) == "open":
            lines.append(f"Platform skipped: {circuit.describe()}: {circuit.last_error or 'no error recorded'}")
        else:
            lines.append(
                f"Platform on trial: {circuit.platform}: the next poll tries one watch ({circuit.failures} failures)"
            )
    queued, running = report.requests.get("queued", 0), report.requests.get("running", 0)
    lines.append(f"Work handed to the scheduler: {queued} queued, {running} running")
    drafts = ", ".join(f"{count} {status}" for status, count in report.drafts.items()) or "none"
    lines.append(f"Drafts: {drafts}")
    lines += _unfinished(report)
    if settings is not None and settings.escalation_channel is None:
        lines.append("Escalations: no channel set (KUULO_ESCALATION_CHANNEL); risky comments appear only in the digest")
    return lines


STAGE_LINES = {
    "signals": "comments waiting for signals",
    "opportunity": "comments waiting for an opportunity score",
    "draft": "opportunities waiting for a draft",
    "card": "drafts waiting for a review card",
    "outbox": "approved replies waiting to be published",
}


def _unfinished(report: StatusReport) -> list[str]:
    waiting = [item for item in report.unfinished if item.count]
    if not waiting:
        return ["Unfinished work: none"]
    lines = ["Unfinished work (each poll resumes it, oldest first; cards in `kuulo run`, replies in the outbox):"]
    for item in waiting:
        lines.append(f"  {item.stage}: {item.count} {STAGE_LINES[item.stage]}, oldest since {_when(item.oldest)}")
    return lines


def _when(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M:%S} UTC" if moment else "not scheduled"
