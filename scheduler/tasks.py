"""Every scheduled job and work-request handler: thin functions at the edge that call one domain function.

Job targets take ``(services, now)`` and return a short summary of ids and
counts (never comment text), None when there was nothing to do; request
handlers take ``(services, payload)`` and return what the command prints.
:mod:`scheduler.registry` addresses them by id and kind. They are small and
idempotent (the domain claims rows before acting), so a task queue can run
them as they are. Polling is serialised within the process, so the minute
job and a handed-over ``kuulo poll`` never fetch the same watch at once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.conversation.followup import follow_up as follow_up_replies
from bot.drafting.pipeline import regenerate
from bot.ops.backup import make_backup
from bot.privacy.retention import run_retention
from bot.publishing.outbox import run_outbox
from bot.review.decisions import expire_stale
from bot.services import Services
from bot.slack.digest import digest_job
from bot.slack.notify import tell_cards
from bot.slack.weekly import weekly_report_job
from bot.storage.models import utcnow
from bot.watching.accounts import retire_old_threads
from bot.watching.importing import import_request
from bot.watching.polling import WatchOutcome, exit_code, poll

NOTHING_DUE = "Nothing is due. `kuulo poll --all` polls every active watch now."

_POLL_LOCK = threading.Lock()


def poll_due_watches(services: Services, now: datetime) -> str:
    """Job: poll each watch whose ``next_poll_at`` has come (interval + jitter, set by every poll)."""
    with _POLL_LOCK:
        outcomes = poll(services, now=now)
    return summarize(outcomes)


def poll_request(services: Services, payload: dict[str, Any]) -> dict[str, Any]:
    """Request handler for ``kuulo poll``: the lines the command prints and its exit code."""
    with _POLL_LOCK:
        outcomes = poll(services, include_all=bool(payload.get("include_all", False)))
    return {"lines": [outcome.line() for outcome in outcomes] or [NOTHING_DUE], "exit_code": exit_code(outcomes)}


def summarize(outcomes: list[WatchOutcome]) -> str:
    if not outcomes:
        return "no watch was due"
    skipped = [outcome.skipped for outcome in outcomes if outcome.skipped]
    polled = [outcome for outcome in outcomes if not outcome.skipped]
    failed = [outcome.watch_id for outcome in polled if outcome.error]
    incomplete = [outcome.watch_id for outcome in polled if outcome.missing]
    new = sum(outcome.new for outcome in polled)
    summary = f"{len(polled)} watch(es) polled, {new} new comment(s)"
    if failed:
        summary += f"; failed: watch {', '.join(str(watch_id) for watch_id in failed)}"
    if incomplete:
        summary += f"; incomplete by failure: watch {', '.join(str(watch_id) for watch_id in incomplete)}"
    if skipped:
        summary += "; " + "; ".join(skipped)
    return summary


def retention(services: Services, now: datetime) -> str:
    """Job: purge comments past KUULO_RETENTION_DAYS and conversations past KUULO_AUDIT_RETENTION_DAYS."""
    return run_retention(services.db, services.settings, now).summary()


def publish_outbox(services: Services, now: datetime) -> str | None:
    """Job: one outbox pass, then the cards learn what was published or refused."""
    report = run_outbox(services, now)
    if report.published or report.failed:
        tell_cards(services, report)
    return report.summary()


def follow_up(services: Services, now: datetime) -> str | None:
    """Job: find replies to our published replies, for the threads nobody polled."""
    return follow_up_replies(services, now).summary()


def daily_digest(services: Services, now: datetime) -> str | None:
    """Job: the daily digest once per local day after KUULO_DIGEST_TIME."""
    return digest_job(services, now)


def weekly_report(services: Services, now: datetime) -> str | None:
    """Job: last week's audience report once, on Monday after KUULO_DIGEST_TIME."""
    return weekly_report_job(services, now)


def retire_threads(services: Services, now: datetime) -> str | None:
    """Job: retire threads found by account watches once older than KUULO_THREAD_MAX_AGE_DAYS."""
    count = retire_old_threads(services.db, services.settings, now)
    return f"{count} thread watch(es) retired" if count else None


def expire_drafts(services: Services, now: datetime) -> str | None:
    """Job: drafts pending longer than KUULO_DRAFT_EXPIRY_HOURS go stale (the Slack process updates each card)."""
    hours = services.settings.draft_expiry_hours
    expired = expire_stale(services.db, hours, now)
    return f"{expired} draft(s) expired after {hours} h without a decision" if expired else None


def backup(services: Services, payload: dict[str, Any]) -> dict[str, Any]:
    """Request ``backup``: the running service takes the copy (it is the one writer)."""
    folder = Path(str(payload["path"]))
    return {"lines": make_backup(services.settings, folder, utcnow()).lines(folder)}


Handler = Callable[[Services, dict[str, Any]], dict[str, Any]]

# The kinds of work commands hand to a running service. A feature adds its kind with one line.
REQUEST_HANDLERS: dict[str, Handler] = {
    "poll": poll_request,
    "backup": backup,
    "import": import_request,
    "regenerate": regenerate,
}
