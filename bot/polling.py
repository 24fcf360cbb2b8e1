"""One poll pass: fetch each due watch, store what changed, then process it.

A watch that fails is marked with its error and the pass goes on with the
others. Fetching happens outside any database transaction; storing one
thread is one transaction, so a failure never leaves a thread half-stored.
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select

from bot.domain import ThreadRef
from bot.errors import KuuloError, SourceError, ThreadGone
from bot.services import Services
from bot.storage.models import Thread, Watch, utcnow
from bot.storage.threads import StoreResult, store_thread
from bot.watches import due_watches

log = logging.getLogger(__name__)

GONE_AFTER_FAILURES = 3  # a thread that answers "gone" this many times in a row is retired
JITTER = 0.1  # share of the interval added at random, so watches spread out


@dataclass
class WatchOutcome:
    watch_id: int
    url: str
    new: int = 0
    changed: int = 0
    deleted: int = 0
    opportunities: int = 0
    drafted: int = 0
    error: str | None = None
    notes: list[str] = field(default_factory=list)

    def line(self) -> str:
        head = f"watch {self.watch_id} {self.url}: "
        if self.error:
            return head + f"FAILED: {self.error}"
        parts = f"{self.new} new, {self.changed} changed, {self.deleted} deleted"
        if self.opportunities or self.drafted:
            parts += f"; {self.opportunities} opportunities, {self.drafted} drafts"
        return head + parts + ("; " + "; ".join(self.notes) if self.notes else "")


def poll(services: Services, *, include_all: bool = False, now: datetime | None = None) -> list[WatchOutcome]:
    """Poll every due watch (or every active one with ``include_all``)."""
    now = now or utcnow()
    outcomes = []
    for watch in due_watches(services.db, now, include_all=include_all):
        if watch.kind == "account":
            outcomes.extend(poll_account_watch(services, watch, now))
        else:
            outcomes.append(poll_watch(services, watch, now))
    return outcomes


def poll_account_watch(services: Services, watch: Watch, now: datetime) -> list[WatchOutcome]:
    """An account's poll: discover its new posts (``bot.accounts``), then poll the threads it found."""
    from bot.accounts import poll_account

    outcome = WatchOutcome(watch.id, watch.url)
    try:
        found = poll_account(services, watch, now)
    except KuuloError as exc:
        outcome.error = str(exc)
        _record_failure(services, watch.id, now, exc)
        return [outcome]
    except Exception as exc:  # a bug must not stop the other watches; keep the traceback
        log.exception("watch=%s: unexpected error while listing an account", watch.id)
        outcome.error = f"internal error ({type(exc).__name__}); see the log"
        _record_failure(services, watch.id, now, exc)
        return [outcome]
    _record_success(services, watch.id, now)
    outcome.notes.append(f"account: {found.listed} posts listed, {len(found.created)} new threads")
    if found.retired:
        outcome.notes.append(f"{found.retired} old threads retired")
    outcomes = [outcome]
    with services.db.read() as session:
        new_children = list(session.scalars(select(Watch).where(Watch.id.in_(found.created)).order_by(Watch.id)))
    for child in new_children:
        outcomes.append(poll_watch(services, child, now))
    return outcomes


def poll_watch(services: Services, watch: Watch, now: datetime) -> WatchOutcome:
    outcome = WatchOutcome(watch.id, watch.url)
    try:
        result = _fetch_and_store(services, watch)
    except SourceError as exc:
        outcome.error = str(exc)
        _record_failure(services, watch.id, now, exc)
        return outcome
    except KuuloError as exc:
        outcome.error = str(exc)
        _record_failure(services, watch.id, now, exc)
        return outcome
    except Exception as exc:  # a bug must not stop the other watches; keep the traceback
        log.exception("watch=%s: unexpected error while polling", watch.id)
        outcome.error = f"internal error ({type(exc).__name__}); see the log"
        _record_failure(services, watch.id, now, exc)
        return outcome
    outcome.new, outcome.changed, outcome.deleted = len(result.new), len(result.changed), len(result.deleted)
    _record_success(services, watch.id, now)
    try:
        from bot.pipeline import process_comments

        process_comments(services, watch.id, result.new, result.changed, outcome)
    except KuuloError as exc:
        outcome.notes.append(f"comments stored; processing stopped: {exc}")
    except Exception as exc:  # stored comments are safe; the next poll retries undrafted ones
        log.exception("watch=%s: unexpected error while processing comments", watch.id)
        outcome.notes.append(f"comments stored; processing failed ({type(exc).__name__}); see the log")
    return outcome


def _fetch_and_store(services: Services, watch: Watch) -> StoreResult:
    source = services.source(watch.platform)
    with services.db.read() as session:
        thread = session.scalar(
            select(Thread).where(Thread.platform == watch.platform, Thread.external_id == watch.target)
        )
        cursor = dict(thread.cursor) if thread is not None else {}
    fetched = source.fetch_thread(ThreadRef(watch.platform, watch.target, watch.url, watch.api_base), cursor)
    with services.db.write() as session:
        attached = session.merge(watch, load=True)
        return store_thread(session, attached, fetched, services.settings.max_comment_chars)


def _next_poll(minutes: int, now: datetime) -> datetime:
    return now + timedelta(minutes=minutes * (1 + random.uniform(0, JITTER)))


def _record_success(services: Services, watch_id: int, now: datetime) -> None:
    with services.db.write() as session:
        watch = session.get(Watch, watch_id)
        if watch is None:
            return
        watch.last_polled_at = now
        watch.next_poll_at = _next_poll(watch.poll_interval_minutes, now)
        watch.status, watch.last_error, watch.failures = "ok", None, 0


def _record_failure(services: Services, watch_id: int, now: datetime, exc: Exception) -> None:
    log.warning("watch=%s: poll failed: %s", watch_id, exc)
    with services.db.write() as session:
        watch = session.get(Watch, watch_id)
        if watch is None:
            return
        watch.failures += 1
        watch.last_error = str(exc)[:2000]
        watch.next_poll_at = _next_poll(watch.poll_interval_minutes, now)
        if isinstance(exc, ThreadGone) and watch.failures >= GONE_AFTER_FAILURES:
            watch.status = "inactive"
        else:
            watch.status = "error"
