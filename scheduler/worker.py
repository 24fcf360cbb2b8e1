"""Inside a ``kuulo worker`` process: one :class:`~bot.services.Services`, the claims it runs, their heartbeat.

:func:`run_claimed` is what every Celery task calls: start the claim (or drop a stale message, or
bury one delivered too often), run the stage from :mod:`scheduler.stages`, record the result and
queue what follows. A stage that fails with a :class:`~bot.errors.KuuloError` or a bug is recorded
``failed`` (the scheduler claims the work again on its next pass); a database that went away
mid-stage rolled its transaction back, and the task is retried with backoff (:class:`Interrupted`).
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from typing import Any

from celery import Task
from sqlalchemy.exc import DBAPIError

from bot.checks.semantic import warm_up as checks_warm_up
from bot.config import Settings, load_settings
from bot.errors import KuuloError, StorageError
from bot.services import Services
from bot.storage.models import utcnow
from scheduler import celery_app, claims
from scheduler.celery_app import QUEUES, configure, send
from scheduler.claims import HEARTBEAT_SECONDS
from scheduler.distributed import enqueue
from scheduler.stages import STAGES

log = logging.getLogger(__name__)

WORKER_OMP_THREADS = 1  # the embedding engine's threads in one worker process


class Busy(Exception):
    """Another worker still runs this claim (it heartbeats)."""


class Interrupted(Exception):
    """The database connection failed mid-task; nothing of the stage was committed."""


_lock = threading.Lock()
_services: tuple[int, Services] | None = None
_running: dict[str, str] = {}
_beating: int | None = None  # pid whose heartbeat thread runs (a forked pool child needs its own)


def services() -> Services:
    """This process's services, built on first use (after a fork, anew)."""
    global _services
    with _lock:
        if _services is None or _services[0] != os.getpid():
            _services = (os.getpid(), Services(load_settings()))
        built = _services[1]
        built.db  # noqa: B018 - build the engine under the lock; threads of a pool share it
        return built


def _warm(built: Services, kind: str) -> None:
    """Build the heavy clients once, under the lock, before threads use them side by side."""
    if kind in ("process", "draft"):
        with _lock:
            built.embedder  # noqa: B018
            built.guidance  # noqa: B018
            built.drafter  # noqa: B018


def warm_for(queues: list[str]) -> None:
    """Load what the queues' tasks need before consuming: the e5 model, the guidance store and the drafter, and
    for drafts the checks' sentence model. Cold, the first task of each kind took about 10 s while later ones
    waited behind it; a prefork pool's children inherit what the parent loaded."""
    if not {"process", "draft"} & set(queues):
        return
    built = services()
    _warm(built, "draft")
    built.embedder.embed_queries(["warm-up"])
    if "draft" in queues:
        checks_warm_up()


def _heartbeat_loop(db_services: Services) -> None:
    while True:
        threading.Event().wait(claims.HEARTBEAT_SECONDS)
        with _lock:
            running = list(_running.items())
        if not running:
            continue
        try:
            claims.heartbeat(db_services.db, running, utcnow())
        except (DBAPIError, StorageError) as exc:
            log.warning("could not renew the heartbeat of %d task(s): %s", len(running), exc)


def _ensure_heartbeat(built: Services) -> None:
    global _beating
    with _lock:
        if _beating == os.getpid():
            return
        _beating = os.getpid()
    threading.Thread(target=_heartbeat_loop, args=(built,), name="kuulo-task-heartbeat", daemon=True).start()


def run_claimed(kind: str, key: str, token: str, *, resume: bool = False) -> None:
    built = services()
    db, settings = built.db, built.settings
    try:
        begun = claims.start(db, key, token, max_deliveries=settings.task_max_deliveries, now=utcnow(), resume=resume)
    except DBAPIError as exc:
        raise Interrupted(str(exc)) from exc
    if begun.action == "drop":
        log.info("task %s: already done or taken over; message dropped", key)
        return
    if begun.action == "dead":
        log.error("task %s: delivered %d times without finishing; moved to the dead letters", key, begun.deliveries)
        return
    if begun.action == "busy":
        raise Busy(key)
    _ensure_heartbeat(built)
    with _lock:
        _running[key] = token
    batch = begun.batch

    def follow(key: str, *, kind: str, payload: dict[str, Any], rerun_if_running: bool = False) -> bool:
        return enqueue(built, key, kind=kind, payload=payload, batch=batch, rerun_if_running=rerun_if_running)

    error: str | None = None
    result: dict[str, Any] = {}
    try:
        _warm(built, kind)
        result = STAGES[kind](built, begun.payload, follow)
    except DBAPIError as exc:
        with _lock:
            _running.pop(key, None)
        log.warning("task %s: the database failed mid-task (%s); retrying", key, exc.orig)
        raise Interrupted(str(exc.orig)) from exc
    except KuuloError as exc:
        log.warning("task %s failed: %s", key, exc)
        error = str(exc)
    except Exception as exc:  # a bug: record it, keep the worker; the traceback goes to the log
        log.exception("task %s failed", key)
        error = f"internal error ({type(exc).__name__}); see the worker's log"
    with _lock:
        _running.pop(key, None)
    try:
        again = claims.finish(db, key, token, now=utcnow(), result=result, error=error)
    except DBAPIError as exc:
        raise Interrupted(str(exc.orig)) from exc
    if again is not None:
        send(settings, again)


def default_pool(queues: list[str]) -> str:
    """Processes for CPU work alone, threads for I/O (polls, model calls, posting)."""
    return "prefork" if set(queues) == {"process"} else "threads"


def default_concurrency(settings: Settings, queues: list[str], pool: str) -> int:
    per_queue = {
        "poll": settings.poll_concurrency,
        "process": settings.process_concurrency or os.cpu_count() or 1,
        "draft": settings.draft_concurrency,
        "publish": settings.publish_concurrency,
        "slack": settings.slack_concurrency,
    }
    if pool == "prefork":
        return settings.process_concurrency or os.cpu_count() or 1
    return max(per_queue[q] for q in queues)


def parse_queues(text: str | None) -> list[str]:
    if not text:
        return list(QUEUES)
    names = [part.strip() for part in text.split(",") if part.strip()]
    unknown = [name for name in names if name not in QUEUES]
    if unknown or not names:
        raise KuuloError(f"unknown queue {', '.join(unknown) or text!r}; the queues are {', '.join(QUEUES)}")
    return list(dict.fromkeys(names))


def start_worker(settings: Settings, queues: list[str], *, concurrency: int | None, pool: str | None) -> int:
    """Run a Celery worker on ``queues`` until SIGTERM (warm shutdown: running tasks finish); its exit code."""
    app = configure(settings)
    chosen = pool or default_pool(queues)
    size = concurrency or default_concurrency(settings, queues, chosen)
    worker = app.Worker(
        hostname=f"kuulo.{os.getpid()}@{socket.gethostname()}",
        queues=queues,
        concurrency=size,
        pool=chosen,
        loglevel=logging.getLevelName(logging.getLogger().getEffectiveLevel()),
        without_gossip=True,
        without_mingle=True,
        optimization="fair",
        quiet=True,
    )
    log.warning("kuulo worker: queues %s, pool %s x %d", ",".join(queues), chosen, size)
    # One worker process is one core (docs/scaling.md: one per core): the embedding engine's OpenMP would
    # otherwise start a thread per core in every worker, and two workers on two cores fight over them. Set
    # before the model loads (warm_for), inherited by a prefork pool's children; an operator's value wins.
    os.environ.setdefault("OMP_NUM_THREADS", str(WORKER_OMP_THREADS))
    warm_for(queues)
    worker.start()
    return int(worker.exitcode or 0)


# The tasks a worker runs: each takes a claim's key and token and runs that claim's stage.
def _run(task: Task, kind: str, key: str, token: str, resume: bool) -> None:
    try:
        run_claimed(kind, key, token, resume=resume)
    except Busy:
        # Delivered again while the worker that has it still heartbeats: look again after a beat.
        again = {"resume": False}
        raise task.retry(args=[key, token], kwargs=again, countdown=HEARTBEAT_SECONDS, max_retries=None) from None
    except Interrupted as exc:
        # The database went away mid-task (its transaction rolled back): try again with backoff.
        countdown = min(60.0, 2.0 * 2**task.request.retries)
        resumed = {"resume": True}
        raise task.retry(args=[key, token], kwargs=resumed, countdown=countdown, max_retries=8, exc=exc) from exc


@celery_app.app.task(name="kuulo.poll", bind=True, max_retries=None)
def poll(self: Task, key: str, token: str, resume: bool = False) -> None:
    _run(self, "poll", key, token, resume)


@celery_app.app.task(name="kuulo.process", bind=True, max_retries=None)
def process(self: Task, key: str, token: str, resume: bool = False) -> None:
    _run(self, "process", key, token, resume)


@celery_app.app.task(name="kuulo.draft", bind=True, max_retries=None)
def draft(self: Task, key: str, token: str, resume: bool = False) -> None:
    _run(self, "draft", key, token, resume)


@celery_app.app.task(name="kuulo.job", bind=True, max_retries=None)
def job(self: Task, key: str, token: str, resume: bool = False) -> None:
    _run(self, "job", key, token, resume)
