"""Distributed mode: with ``KUULO_BROKER_URL`` set, the scheduler enqueues and ``kuulo worker`` processes run.

APScheduler stays the one scheduler (its lease keeps it single). Its ``poll-due-watches`` job
calls :func:`enqueue_due`: one ``poll`` task per due thread, claimed in ``task_claims``
(:mod:`scheduler.claims`), so a thread already queued or in flight is not queued again and the
queues stay as long as the watch list however far the workers lag. The other jobs become one
``job`` task each on the queue of their kind of work (:data:`JOB_QUEUES`). ``kuulo poll`` enqueues
a batch, waits for it and everything it led to, and prints the same lines as a local poll.

Distributed mode needs servers every worker can reach: PostgreSQL, a Chroma server and the
broker. :func:`require_distributed` checks them before anything is written.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from bot.config import Settings
from bot.errors import ConfigError, KuuloError
from bot.ops.doctor import CheckResult, Probe, fail, ok, skip
from bot.services import Services
from bot.storage.models import TaskClaim, Watch, utcnow
from bot.watching.circuits import Breakers
from bot.watching.polling import WatchOutcome
from bot.watching.watches import due_watches
from knowledge.store import close_chroma_client, open_chroma_client
from scheduler import claims
from scheduler.batches import merge_batch, poll_key
from scheduler.celery_app import QUEUES, configure, producer, send

if TYPE_CHECKING:
    from scheduler.registry import JobSpec

QUEUE_OF_KIND = {"poll": "poll", "process": "process", "draft": "draft"}
# Scheduled jobs run by workers, on the queue of their kind of work; the rest stay in the scheduler.
JOB_QUEUES = {
    "publish-outbox": "publish",
    "follow-up": "poll",
    "daily-digest": "slack",
    "weekly-report": "slack",
    "retention": "process",
    "retire-old-threads": "process",
    "expire-drafts": "process",
}
NOTHING_DUE = "Nothing is due. `kuulo poll --all` polls every active watch now."
CHECK_TIMEOUT = 5.0


def enabled(settings: Settings) -> bool:
    return settings.broker_url is not None


def safe_broker_url(settings: Settings) -> str:
    from kombu.utils.url import maybe_sanitize_url

    return str(maybe_sanitize_url(settings.broker_url.get_secret_value())) if settings.broker_url else "(unset)"


def require_distributed(settings: Settings) -> None:
    """Refuse to start distributed mode without PostgreSQL, a reachable Chroma server and a reachable broker.

    Nothing is opened for writing before these pass; each error names the setting to fix.
    """
    if settings.uses_sqlite:
        raise ConfigError(
            "KUULO_BROKER_URL is set, so Kuulo runs distributed, and every worker needs the same database: "
            "SQLite cannot be shared. Set KUULO_DATABASE_URL to PostgreSQL (postgresql://user@host/kuulo), "
            "or unset KUULO_BROKER_URL to run in one process."
        )
    if not settings.chroma_url:
        raise ConfigError(
            "KUULO_BROKER_URL is set, so Kuulo runs distributed, and every worker needs the same brand guidance: "
            "embedded Chroma cannot be shared. Start a Chroma server (`chroma run --path DIR --port 8000`) and "
            "set KUULO_CHROMA_URL=http://host:8000, or unset KUULO_BROKER_URL."
        )
    check_chroma(settings)
    check_broker(settings)


def check_broker(settings: Settings) -> None:
    from kombu.connection import Connection

    url = safe_broker_url(settings)
    try:
        secret = settings.broker_url.get_secret_value() if settings.broker_url else ""
        with Connection(secret, connect_timeout=3) as c:  # type: ignore[no-untyped-call]
            c.ensure_connection(max_retries=1, interval_start=0.5, timeout=CHECK_TIMEOUT)
    except Exception as exc:  # kombu raises the transport's own errors (socket, AMQP, Redis)
        raise ConfigError(
            f"cannot reach the broker at {url} (KUULO_BROKER_URL): {type(exc).__name__}: {exc}. "
            "Start RabbitMQ (or Redis) there, or correct KUULO_BROKER_URL."
        ) from None


def check_chroma(settings: Settings) -> None:
    """The Chroma server answers its heartbeat (through chromadb's own client)."""
    base = (settings.chroma_url or "").rstrip("/")
    try:
        client = open_chroma_client(settings)
        try:
            client.heartbeat()
        finally:
            close_chroma_client(client)
    except Exception as exc:  # chromadb raises its transport's errors, or KnowledgeError when the client fails
        raise ConfigError(
            f"cannot reach the Chroma server at {base} (KUULO_CHROMA_URL): {type(exc).__name__}: {exc}. "
            "Start it (`chroma run --path DIR --port N`) or correct KUULO_CHROMA_URL."
        ) from None


def enqueue(
    services: Services,
    key: str,
    *,
    kind: str,
    payload: dict[str, Any],
    batch: str | None = None,
    queue: str | None = None,
    rerun_if_running: bool = False,
) -> bool:
    """Claim ``key`` and send its message; False when the work is already queued or in flight."""
    now = utcnow()
    claimed = claims.claim(
        services.db,
        key,
        kind=kind,
        queue=queue or QUEUE_OF_KIND[kind],
        payload=payload,
        now=now,
        queued_for=services.settings.task_claim_seconds,
        batch=batch,
        rerun_if_running=rerun_if_running,
    )
    if claimed is None:
        return False
    try:
        send(services.settings, claimed)
    except Exception as exc:  # the broker refused or is gone: free the claim, say where
        claims.release(services.db, claimed.key, claimed.token, f"not sent: {exc}", utcnow())
        raise KuuloError(
            f"the broker at {safe_broker_url(services.settings)} (KUULO_BROKER_URL) did not take the {kind} task "
            f"{key}: {type(exc).__name__}: {exc}. It is queued again on the next pass once the broker answers."
        ) from exc
    return True


@dataclass
class EnqueueReport:
    enqueued: list[Watch] = field(default_factory=list)
    busy: list[Watch] = field(default_factory=list)  # already queued or being polled
    skipped: list[WatchOutcome] = field(default_factory=list)  # one per platform whose circuit is open

    def summary(self) -> str:
        if not (self.enqueued or self.busy or self.skipped):
            return "no watch was due"
        text = f"{len(self.enqueued)} thread poll(s) queued, {len(self.busy)} already queued or running"
        if self.skipped:
            text += "; " + "; ".join(f"{o.skipped} ({o.skipped_watches} watch(es))" for o in self.skipped)
        return text


def watch_key(watch: Watch) -> str:
    if watch.kind == "thread":
        return poll_key(watch.platform, watch.target)
    return f"poll:account:{watch.platform}:{watch.target}"[:255]


def enqueue_due(
    services: Services, now: datetime, *, include_all: bool = False, batch: str | None = None
) -> EnqueueReport:
    """The scheduler's poll pass in distributed mode: queue a poll of each due thread that is not queued yet."""
    report = EnqueueReport()
    breakers = Breakers(services.db, services.settings, now)
    queued_since = now - timedelta(seconds=services.settings.task_claim_seconds)
    beating_since = now - timedelta(seconds=claims.STALE_SECONDS)
    with services.db.read() as session:  # live claims: the claim would refuse these, so spare the transactions
        active = set(
            session.scalars(
                select(TaskClaim.key).where(
                    TaskClaim.kind == "poll",
                    ((TaskClaim.status == "queued") & (TaskClaim.enqueued_at >= queued_since))
                    | ((TaskClaim.status == "running") & (TaskClaim.heartbeat_at >= beating_since))
                    | (TaskClaim.status == "dead"),
                )
            )
        )
    skipped: dict[str, WatchOutcome] = {}
    due: list[tuple[str, Watch]] = []
    for watch in due_watches(services.db, now, include_all=include_all):
        if not breakers.allow(watch.platform):
            outcome = skipped.get(watch.platform)
            if outcome is None:
                view = breakers.view(watch.platform)
                described = view.describe() if view else f"{watch.platform}: circuit open"
                outcome = skipped[watch.platform] = WatchOutcome(watch.id, watch.url, skipped=described)
                report.skipped.append(outcome)
            outcome.skipped_watches += 1
            continue
        key = watch_key(watch)
        if key in active:
            report.busy.append(watch)
            continue
        due.append((key, watch))
    # One statement claims a chunk of threads (not a transaction each); a thread several watches lead to is
    # claimed for the first of them and the others are "busy", as they were one by one.
    made = claims.claim_many(
        services.db,
        [key for key, _ in due],
        [{"watch_id": watch.id, "url": watch.url} for _, watch in due],
        kind="poll",
        queue=QUEUE_OF_KIND["poll"],
        now=utcnow(),
        queued_for=services.settings.task_claim_seconds,
        batch=batch,
    )
    _send_all(services, made)
    sent = {claimed.key for claimed in made}
    for key, watch in due:
        (report.enqueued if key in sent else report.busy).append(watch)
        sent.discard(key)  # a second watch of the same thread was not queued again
    return report


def _send_all(services: Services, made: list[claims.Claimed]) -> None:
    """Send the claims' messages through one producer; on a failure free it and every claim not yet sent."""
    if not made:
        return
    done = 0
    try:
        with producer(services.settings) as shared:
            for claimed in made:
                send(services.settings, claimed, shared)
                done += 1
    except Exception as exc:  # the broker refused or is gone: free what was not sent, say where
        for claimed in made[done:]:
            claims.release(services.db, claimed.key, claimed.token, f"not sent: {exc}", utcnow())
        failed = made[min(done, len(made) - 1)]
        raise KuuloError(
            f"the broker at {safe_broker_url(services.settings)} (KUULO_BROKER_URL) did not take the poll task "
            f"{failed.key}: {type(exc).__name__}: {exc}. It is queued again on the next pass once the broker answers."
        ) from exc


def enqueue_job(services: Services, spec: JobSpec) -> bool:
    """A scheduled job's turn in distributed mode: one task on its queue, unless one is queued or running."""
    return enqueue(
        services, f"job:{spec.id}", kind="job", payload={"job_id": spec.id}, queue=JOB_QUEUES.get(spec.id, "process")
    )


WORKER_PING_WAITS = (1.0, 2.0, 4.0)  # seconds per ping before `kuulo poll` says no worker answers


def workers(settings: Settings, waits: tuple[float, ...] = (1.0,)) -> list[str]:
    """The names of the workers that answer a ping on the broker, asked once per wait until one answers.

    A worker answers from its main thread; one busy loading the model on a loaded machine can miss a
    one-second window, so a refusal asks again with longer waits (seven seconds in all) before it is given."""
    control = configure(settings).control
    for wait in waits:
        replies = control.ping(timeout=wait) or []
        if replies:
            return sorted(name for reply in replies for name in reply)
    return []


def poll_and_wait(services: Services, *, include_all: bool, timeout: float | None = None) -> list[str]:
    """``kuulo poll`` in distributed mode: queue a batch, wait for it and its follow-ons, print as a local poll."""
    settings = services.settings
    if not workers(settings, WORKER_PING_WAITS):
        raise KuuloError(
            f"no `kuulo worker` answers on the broker at {safe_broker_url(settings)} (KUULO_BROKER_URL); "
            "start one (`kuulo worker`), then run `kuulo poll` again. Nothing was queued."
        )
    batch = claims.new_token()
    report = enqueue_due(services, utcnow(), include_all=include_all, batch=batch)
    limit = settings.delegate_timeout_seconds if timeout is None else timeout
    deadline = time.monotonic() + limit
    while report.enqueued and claims.batch_pending(services.db, batch):
        if time.monotonic() >= deadline:
            raise KuuloError(
                f"the workers did not finish this poll within {limit:g} s (KUULO_DELEGATE_TIMEOUT); it goes on in "
                "the background. `kuulo status` shows the queues and what is waiting."
            )
        time.sleep(0.2)
    rows = [
        {
            "kind": row.kind,
            "status": row.status,
            "payload": row.payload,
            "result": row.result,
            "error": row.error,
        }
        for row in claims.batch_rows(services.db, batch)
    ]
    lines = [outcome.line() for outcome in report.skipped]
    lines += [outcome.line() for outcome in merge_batch(rows)]
    lines += [f"watch {watch.id} {watch.url}: already queued or being polled by a worker" for watch in report.busy]
    return lines or [NOTHING_DUE]


def status_lines(services: Services, now: datetime, *, ask_workers: bool = True) -> list[str]:
    """What ``kuulo status`` adds in distributed mode: workers, queue depths, the oldest waiting task, dead letters."""
    lines = [f"Distributed mode: broker {safe_broker_url(services.settings)}"]
    if ask_workers:
        try:
            names = workers(services.settings)
        except Exception as exc:  # the broker is down: say so, show the rest from the database
            lines.append(f"Workers: the broker does not answer ({type(exc).__name__}: {exc})")
        else:
            lines.append(f"Workers: {len(names)} answered" + (f" ({', '.join(names)})" if names else ""))
    lines.append("Queues (Kuulo's record):")
    for depth in claims.depths(services.db, QUEUES):
        waiting = ""
        if depth.oldest_queued is not None:
            waited = (now - depth.oldest_queued).total_seconds()
            waiting = f"; oldest waiting since {depth.oldest_queued:%Y-%m-%d %H:%M:%S} UTC ({waited:.0f} s)"
        lines.append(f"  {depth.queue}: {depth.queued} queued, {depth.running} running{waiting}")
    dead = claims.dead_letters(services.db)
    if dead:
        lines.append(f"Dead letters ({len(dead)}; `kuulo worker --requeue-dead` queues them again):")
        for row in dead:
            lines.append(f"  {row.key}: {row.error}")
    else:
        lines.append("Dead letters: none")
    return lines


def doctor_check(probe: Probe) -> list[CheckResult]:
    """``kuulo doctor``'s line for distributed mode: the broker answers, and the database and Chroma can be shared.

    The Chroma server itself is checked by the core's ``chroma`` check (it uses ``KUULO_CHROMA_URL``)."""
    settings = probe.settings
    if not enabled(settings):
        return skip("broker", "not configured (KUULO_BROKER_URL is unset: one process does everything)")
    if settings.uses_sqlite:
        return fail(
            "broker",
            "KUULO_BROKER_URL is set but the database is SQLite, which workers cannot share",
            "set KUULO_DATABASE_URL to PostgreSQL, or unset KUULO_BROKER_URL",
        )
    if not settings.chroma_url:
        return fail(
            "broker",
            "KUULO_BROKER_URL is set but KUULO_CHROMA_URL is not (embedded Chroma cannot be shared)",
            "start a Chroma server (`chroma run --path DIR --port 8000`) and set KUULO_CHROMA_URL",
        )
    try:
        check_broker(settings)
    except ConfigError as exc:
        return fail(
            "broker", str(exc).split(". Start")[0], "start RabbitMQ (or Redis) there, or correct KUULO_BROKER_URL"
        )
    return ok("broker", f"{safe_broker_url(settings)} answers")
