"""One poll pass: fetch each due watch, store what changed, then process it.

A watch that fails is marked with its error and the pass goes on with the
others. Fetching happens outside any database transaction; storing one
thread is one transaction, so a failure never leaves a thread half-stored.

A platform that keeps failing opens its circuit (``bot/watching/circuits.py``): its
watches are skipped with one line until the cool-down ends. Every
``KUULO_RECONCILE_HOURS`` a thread is read without its conditional-request
validators, and when the source read all of it, comments gone from the
platform are marked deleted (``store_thread(..., reconciled_at=...)``).

A thread whose last read lost a part (``threads.incomplete = "failure"``) is read
in full on the next poll too: without validators, so no 304 can hide the missing
part. :func:`exit_code` turns a pass into the documented exit code of ``kuulo poll``.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from bot.brands.threads import other_siblings
from bot.conversation.live import announce, link_thread, offer_follow_ups
from bot.domain import ThreadRef
from bot.drafting.pipeline import DraftOutcome, process_comments
from bot.errors import KuuloError, MalformedPayload, SourceError, ThreadGone
from bot.ports import NO_PROGRESS, Progress
from bot.services import Services
from bot.storage.db import database_went_away
from bot.storage.models import Thread, Watch, utcnow
from bot.textnorm import storable
from bot.watching.accounts import poll_account
from bot.watching.circuits import Breakers, is_platform_failure
from bot.watching.identity import adopt_stable_id
from bot.watching.quarantine import keep_failed_read, keep_skipped
from bot.watching.threads import StoreResult, make_storable, store_thread
from bot.watching.watches import due_watches

log = logging.getLogger(__name__)

GONE_AFTER_FAILURES = 3  # a thread that answers "gone" this many times in a row is retired
JITTER = 0.1  # share of the interval added at random, so watches spread out

# What follows storing a thread: (services, watch id, what was stored, the outcome to annotate).
# The default processes the comments in place; distributed mode queues them instead.
AfterStore = Callable[[Services, int, StoreResult, "WatchOutcome"], None]


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
    skipped: str | None = None  # "reddit: circuit open until 12:04 UTC after 5 failures": the platform was skipped
    skipped_watches: int = 0
    missing: list[str] = field(default_factory=list)  # parts of the thread that failed: incomplete by failure
    linked: list[int] = field(default_factory=list)  # comments that answer one of our published replies
    follow_ups: dict[int, DraftOutcome] = field(default_factory=dict)  # linked replies offered a follow-up draft

    def line(self) -> str:
        if self.skipped:
            return f"{self.skipped}; {self.skipped_watches} watch(es) skipped"
        head = f"watch {self.watch_id} {self.url}: "
        if self.error:
            return head + f"FAILED: {self.error}"
        parts = f"{self.new} new, {self.changed} changed, {self.deleted} deleted"
        if self.opportunities or self.drafted:
            parts += f"; {self.opportunities} opportunities, {self.drafted} drafts"
        if self.linked:
            parts += f"; {len(self.linked)} replies to our replies"
        if self.missing:
            more = f" (+{len(self.missing) - 1} more)" if len(self.missing) > 1 else ""
            parts += (
                f"; INCOMPLETE: {len(self.missing)} part(s) failed, everything else stored, read in full on the "
                f"next poll: {self.missing[0]}{more}"
            )
        return head + parts + ("; " + "; ".join(self.notes) if self.notes else "")


# `kuulo poll` exit codes (docs/operations.md): 0 every watch read whole (or nothing was due),
# 3 a watch failed, 4 a thread is incomplete by failure (what arrived is stored), 1 an error.
EXIT_OK, EXIT_ERROR, EXIT_WATCH_FAILED, EXIT_INCOMPLETE = 0, 1, 3, 4


def exit_code(outcomes: list[WatchOutcome]) -> int:
    """3 when a watch failed, else 4 when a thread lost a part, else 0 (a skipped platform is not a failure)."""
    if any(outcome.error for outcome in outcomes):
        return EXIT_WATCH_FAILED
    if any(outcome.missing for outcome in outcomes):
        return EXIT_INCOMPLETE
    return EXIT_OK


def poll(
    services: Services, *, include_all: bool = False, now: datetime | None = None, progress: Progress = NO_PROGRESS
) -> list[WatchOutcome]:
    """Poll every due watch (or every active one with ``include_all``), counting each in ``progress``."""
    now = now or utcnow()
    breakers = Breakers(services.db, services.settings, now)
    outcomes: list[WatchOutcome] = []
    skipped: dict[str, WatchOutcome] = {}
    watches = due_watches(services.db, now, include_all=include_all)
    counted = progress.task("poll watches", len(watches))
    fetched: set[tuple[str, str]] = set()  # a thread several brands watch is fetched once per pass
    try:
        for watch in watches:
            shared = (watch.platform, watch.target) if watch.kind == "thread" else None
            if shared is not None and shared in fetched:
                pass  # judged for its brand when the first of its watches stored it (poll_watch)
            elif not breakers.allow(watch.platform):
                _skip(breakers, watch, outcomes, skipped)
            else:
                outcomes.extend(_poll_one(services, watch, now, breakers))
            if shared is not None:
                fetched.add(shared)
            counted.advance()
    finally:
        counted.done()
    return outcomes


def _poll_one(services: Services, watch: Watch, now: datetime, breakers: Breakers) -> list[WatchOutcome]:
    """One watch of a single-process pass; a database that went away fails this watch, not the pass."""
    try:
        if watch.kind == "account":
            return poll_account_watch(services, watch, now, breakers=breakers)
        return [poll_watch(services, watch, now, breakers=breakers)]
    except DBAPIError as exc:  # only what database_went_away lets through: its transaction rolled back
        log.warning("watch=%s: the database failed mid-poll (%s); polled again on the next pass", watch.id, exc.orig)
        outcome = WatchOutcome(watch.id, watch.url, error=f"the database failed mid-poll ({type(exc.orig).__name__})")
        return [outcome]


def _skip(breakers: Breakers, watch: Watch, outcomes: list[WatchOutcome], skipped: dict[str, WatchOutcome]) -> None:
    """One line per platform whose circuit is open, however many of its watches are due."""
    outcome = skipped.get(watch.platform)
    if outcome is None:
        view = breakers.view(watch.platform)
        described = view.describe() if view else f"{watch.platform}: circuit open"
        outcome = skipped[watch.platform] = WatchOutcome(watch.id, watch.url, skipped=described)
        outcomes.append(outcome)
    outcome.skipped_watches += 1


def _circuit(breakers: Breakers | None, platform: str, exc: BaseException | None) -> None:
    """Tell the platform's circuit how the call went: answered, failed, or (a bug) neither."""
    if breakers is None:
        return
    if exc is not None and is_platform_failure(exc):
        breakers.failed(platform, exc)
    elif exc is None or isinstance(exc, SourceError):
        breakers.succeeded(platform)  # a 404 or 403 of one thread still means the platform answered


def poll_account_watch(
    services: Services,
    watch: Watch,
    now: datetime,
    *,
    breakers: Breakers | None = None,
    after_store: AfterStore | None = None,
) -> list[WatchOutcome]:
    """An account's poll: discover its new posts (``bot.watching.accounts``), then poll the threads it found."""
    outcome = WatchOutcome(watch.id, watch.url)
    try:
        found = poll_account(services, watch, now)
    except KuuloError as exc:
        outcome.error = _message(exc)
        _circuit(breakers, watch.platform, exc)
        _record_failure(services, watch.id, now, exc)
        return [outcome]
    except Exception as exc:  # a bug must not stop the other watches; keep the traceback
        if database_went_away(exc):
            raise  # rolled back, nothing recorded: the caller retries (a task with backoff, a pass next time)
        log.exception("watch=%s: unexpected error while listing an account", watch.id)
        outcome.error = f"internal error ({type(exc).__name__}); see the log"
        _record_failure(services, watch.id, now, exc)
        return [outcome]
    _circuit(breakers, watch.platform, None)
    _record_success(services, watch.id, now)
    outcome.notes.append(f"account: {found.listed} posts listed, {len(found.created)} new threads")
    if found.retired:
        outcome.notes.append(f"{found.retired} old threads retired")
    outcomes = [outcome]
    with services.db.read() as session:
        new_children = list(session.scalars(select(Watch).where(Watch.id.in_(found.created)).order_by(Watch.id)))
    for child in new_children:
        if breakers is None or breakers.allow(child.platform):  # the next poll pass tries the rest
            outcomes.append(poll_watch(services, child, now, breakers=breakers, after_store=after_store))
    return outcomes


def poll_watch(
    services: Services,
    watch: Watch,
    now: datetime,
    *,
    breakers: Breakers | None = None,
    after_store: AfterStore | None = None,
) -> WatchOutcome:
    outcome = WatchOutcome(watch.id, watch.url)
    try:
        result, others = _fetch_and_store(services, watch, now)
    except KuuloError as exc:
        outcome.error = _message(exc)
        _circuit(breakers, watch.platform, exc)
        _record_failure(services, watch.id, now, exc)
        return outcome
    except Exception as exc:  # a bug must not stop the other watches; keep the traceback
        if database_went_away(exc):
            raise  # the store's transaction rolled back: recording a failure now would block or fail too
        log.exception("watch=%s: unexpected error while polling", watch.id)
        outcome.error = f"internal error ({type(exc).__name__}); see the log"
        _record_failure(services, watch.id, now, exc)
        return outcome
    outcome.new, outcome.changed, outcome.deleted = len(result.new), len(result.changed), len(result.deleted)
    outcome.missing, outcome.linked = list(result.missing), list(result.linked)
    if result.deferred:
        outcome.notes.append(result.deferred)
    _circuit(breakers, watch.platform, None)  # the watch's own success was recorded with what it stored
    # Nothing new or changed: nothing to judge (distributed mode's hook still looks for unassessed comments).
    if after_store is not None or result.new or result.changed:
        for judge in [watch.id, *(sibling for sibling, _minutes in others)]:
            _process(services, judge, result, outcome, after_store)
    if others:
        _record_siblings(services, others, now)  # fetched for them too: their next poll is one interval away
        outcome.notes.append(f"also judged for {len(others)} other brand(s) watching it")
    if outcome.linked:  # the conversation as it happens: the card hears of it, a question gets a follow-up draft
        try:
            announce(services, outcome.linked)
            outcome.follow_ups = offer_follow_ups(services, outcome.linked)
        except KuuloError as exc:
            outcome.notes.append(f"replies to our replies stored; following up stopped: {exc}")
    return outcome


def _process(
    services: Services, watch_id: int, result: StoreResult, outcome: WatchOutcome, after_store: AfterStore | None
) -> None:
    """Assess and draft what was stored, for the brand of ``watch_id``; a failure leaves it for resume."""
    try:
        if after_store is not None:
            after_store(services, watch_id, result, outcome)
        else:
            processed = process_comments(services, watch_id, result.new, result.changed)
            outcome.opportunities += processed.opportunities
            outcome.drafted += processed.drafted
            outcome.notes.extend(processed.notes)
    except KuuloError as exc:
        outcome.notes.append(f"comments stored; processing stopped: {exc}")
    except Exception as exc:  # stored comments are safe; the next poll resumes them (bot/drafting/resume.py)
        if database_went_away(exc):
            raise  # stored, but not queued or processed: the retried poll finds them unassessed
        log.exception("watch=%s: unexpected error while processing comments", watch_id)
        outcome.notes.append(f"comments stored; processing failed ({type(exc).__name__}); see the log")


_THREADS: Any = Thread.__table__
_WATCHES: Any = Watch.__table__
# Built once: every poll of every watch runs these.
_STORED = select(_THREADS.c.cursor, _THREADS.c.last_reconciled_at, _THREADS.c.incomplete).where(
    _THREADS.c.platform == bindparam("platform"), _THREADS.c.external_id == bindparam("external_id")
)
_SUCCEEDED = (
    update(_WATCHES)
    .where(_WATCHES.c.id == bindparam("watch_id"))
    .values(
        last_polled_at=bindparam("now"),
        next_poll_at=bindparam("next_poll_at"),
        status="ok",
        last_error=None,
        failures=0,
    )
)


def _fetch_and_store(services: Services, watch: Watch, now: datetime) -> tuple[StoreResult, list[tuple[int, int]]]:
    """Fetch, then store in one transaction that also records the watch's successful poll; with what was stored,
    the other brands' watches of the thread (id, poll interval), read in the same transaction: each judges it."""
    source = services.source(watch.platform)
    with services.db.read() as session:
        stored = session.execute(_STORED, {"platform": watch.platform, "external_id": watch.target}).first()
        cursor = dict(stored.cursor or {}) if stored is not None else {}
        full = (
            stored is None
            or stored.incomplete == "failure"  # a part failed last time: read it all, a 304 must not hide it
            or reconcile_due(stored.last_reconciled_at, now, services.settings.reconcile_hours)
        )
    if full:  # a full read: no validators, so the platform cannot answer 304
        cursor = {key: value for key, value in cursor.items() if key not in VALIDATORS}
    try:
        fetched = source.fetch_thread(ThreadRef(watch.platform, watch.target, watch.url, watch.api_base), cursor)
    except MalformedPayload as exc:  # the answer is kept for inspection (bot/watching/quarantine.py)
        body = getattr(getattr(source, "http", None), "last_body", None)  # a test's fake source may have none
        keep_failed_read(
            services.db,
            watch,
            str(exc),
            body if isinstance(body, bytes) else None,
            services.settings.quarantine_max_bytes,
        )
        raise
    make_storable(fetched)  # before the thread's id from the payload may become the watch's target
    with services.db.write() as session:
        if fetched.ref.thread_id != watch.target:  # stored under an older key (a handle, a local id): move it
            watch = adopt_stable_id(session, watch, fetched.ref.thread_id)
        # store_thread reads only the watch's id: the detached row from due_watches needs no reload.
        result = store_thread(
            session, watch, fetched, services.settings.max_comment_chars, reconciled_at=now if full else None
        )
        result.missing, result.deferred = list(fetched.missing), fetched.deferred
        keep_skipped(session, watch, fetched, services.settings.quarantine_max_bytes)  # comments it could not read
        if not fetched.not_modified:  # replies to our replies join the conversation in the same transaction
            result.linked = link_thread(session, result.thread_id, now)
        _succeeded(session, watch, now)
        return result, other_siblings(session, watch.id)


VALIDATORS = ("etag", "last_modified")  # the cursor keys bot/sources/conditional.py turns into headers


def reconcile_due(last: datetime | None, now: datetime, hours: float) -> bool:
    """True when the thread was never read in full, or not within ``hours``."""
    if last is None:
        return True
    last = last if last.tzinfo else last.replace(tzinfo=UTC)
    return now - last >= timedelta(hours=hours)


def _next_poll(minutes: int, now: datetime) -> datetime:
    return now + timedelta(minutes=minutes * (1 + random.uniform(0, JITTER)))


def _record_success(services: Services, watch_id: int, now: datetime) -> None:
    with services.db.write() as session:
        watch = session.get(Watch, watch_id)
        if watch is None:
            return
        _succeeded(session, watch, now)


def _record_siblings(services: Services, watches: list[tuple[int, int]], now: datetime) -> None:
    """The other brands' watches of a thread polled fine with it: one transaction, one statement."""
    with services.db.write() as session:
        session.execute(
            _SUCCEEDED,
            [{"watch_id": i, "now": now, "next_poll_at": _next_poll(minutes, now)} for i, minutes in watches],
        )


def _succeeded(session: Session, watch: Watch, now: datetime) -> None:
    """The watch polled fine: its next poll is one interval (plus jitter) away. One UPDATE, no load."""
    session.execute(
        _SUCCEEDED,
        {"watch_id": watch.id, "now": now, "next_poll_at": _next_poll(watch.poll_interval_minutes, now)},
    )


def _message(exc: Exception) -> str:
    """A failure's message for the watch, the log and the operator: Kuulo's errors quote the payload (a status
    id), so a NUL or a lone surrogate in it is replaced (``bot.textnorm.storable``) as in everything stored."""
    return str(storable(str(exc)))


def _record_failure(services: Services, watch_id: int, now: datetime, exc: Exception) -> None:
    log.warning("watch=%s: poll failed: %s", watch_id, _message(exc))
    with services.db.write() as session:
        watch = session.get(Watch, watch_id)
        if watch is None:
            return
        watch.failures += 1
        watch.last_error = _message(exc)[:2000]
        watch.next_poll_at = _next_poll(watch.poll_interval_minutes, now)
        if isinstance(exc, ThreadGone) and watch.failures >= GONE_AFTER_FAILURES:
            watch.status = "inactive"
        else:
            watch.status = "error"
