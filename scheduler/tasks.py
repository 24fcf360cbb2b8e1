"""Every scheduled job and work-request handler: thin functions at the edge that call one domain function.

Job targets take ``(services, now)`` and return a short summary of ids and
counts (never comment text), None when there was nothing to do; request
handlers take ``(services, payload)`` and return what the command prints.
:mod:`scheduler.registry` addresses them by id and kind. They are small and
idempotent (the domain claims rows before acting), so a task queue can run
them as they are. Polling is serialised within the process, so the minute
job and a handed-over ``kuulo poll`` never fetch the same watch at once.
Every poll first resumes the work a crash or a failure left unfinished
(:func:`bot.drafting.resume.resume`), oldest first, and says how much.
After each poll that read something, the burst alerts are checked
(:mod:`bot.insights.alerts`) inside the same lock, and when it stored something new the audience page of
App Home is refreshed for its viewers (:mod:`bot.slack.board`); a failing check or refresh is logged and never
fails the poll.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.config import Settings
from bot.conversation.followup import follow_up as follow_up_replies
from bot.drafting.pipeline import regenerate
from bot.drafting.resume import ResumeReport, resume
from bot.insights.alerts import alert_channel, check_alerts
from bot.ops.backup import make_backup
from bot.ports import NO_PROGRESS, AlertNotifier, Progress
from bot.privacy.retention import run_retention
from bot.publishing.outbox import run_outbox
from bot.review.decisions import expire_stale
from bot.services import Services
from bot.slack.alerts import SlackAlertNotifier
from bot.slack.board import refresh_audience_homes
from bot.slack.client import web_client
from bot.slack.digest import digest_job
from bot.slack.notify import tell_cards
from bot.slack.weekly import weekly_report_job
from bot.storage.models import utcnow
from bot.watching.accounts import retire_old_threads
from bot.watching.importing import import_request
from bot.watching.polling import WatchOutcome, exit_code, poll
from scheduler.distributed import enqueue_due, poll_and_wait

NOTHING_DUE = "Nothing is due. `kuulo poll --all` polls every active watch now."

_POLL_LOCK = threading.Lock()
log = logging.getLogger(__name__)


def poll_due_watches(services: Services, now: datetime) -> str:
    """Job: finish unfinished work, poll each watch whose ``next_poll_at`` has come, then check for bursts."""
    if services.settings.broker_url is not None:  # distributed mode: one poll task per due thread
        return enqueue_due(services, now).summary()
    with _POLL_LOCK:
        resumed = resume(services)
        outcomes = poll(services, now=now)
        alerts = check_after_poll(services, outcomes, now)
        homes = refresh_homes_after_poll(services, outcomes, now)
    extra = "".join(f"; {note}" for note in (alerts, homes) if note)
    return summarize(outcomes, resumed) + extra


def poll_request(services: Services, payload: dict[str, Any], progress: Progress = NO_PROGRESS) -> dict[str, Any]:
    """Request handler for ``kuulo poll``: the lines the command prints (what was resumed first) and its exit code.
    ``progress`` counts the watches when the command polls itself."""
    if services.settings.broker_url is not None:  # distributed mode: the workers poll; wait for them
        return {"lines": poll_and_wait(services, include_all=bool(payload.get("include_all", False)))}
    now = utcnow()
    with _POLL_LOCK:
        resumed = resume(services)
        outcomes = poll(services, include_all=bool(payload.get("include_all", False)), now=now, progress=progress)
        alerts = check_after_poll(services, outcomes, now)
        homes = refresh_homes_after_poll(services, outcomes, now)
    head = [line] if (line := resumed.line()) else []
    lines = [outcome.line() for outcome in outcomes] + [note for note in (alerts, homes) if note]
    return {"lines": head + (lines or [NOTHING_DUE]), "exit_code": exit_code(outcomes)}


def alert_notifier(settings: Settings) -> AlertNotifier | None:
    """Slack when it is configured and an alert channel is known; else None (alerts are only recorded)."""
    if settings.slack_bot_token is None or alert_channel(settings) is None:
        return None
    return SlackAlertNotifier(web_client(settings))


def check_after_poll(services: Services, outcomes: list[WatchOutcome], now: datetime) -> str | None:
    """The burst check after a poll that read at least one watch; its one-line summary, if anything changed."""
    if not any(not outcome.skipped and not outcome.error for outcome in outcomes):
        return None
    try:
        notifier = alert_notifier(services.settings)
        report = check_alerts(services.db, services.settings, services.embedder, now, notifier)
    except Exception:  # a boundary: alerts must never stop polling
        log.exception("the burst alert check failed; it runs again after the next poll")
        return "alert check failed (see the log)"
    return report.summary()


def refresh_homes_after_poll(services: Services, outcomes: list[WatchOutcome], now: datetime) -> str | None:
    """The audience page of App Home, rebuilt for its viewers after a poll that stored something new."""
    if services.settings.slack_bot_token is None:
        return None
    if not any(outcome.new or outcome.changed or outcome.deleted for outcome in outcomes):
        return None
    try:
        refreshed = refresh_audience_homes(services, web_client(services.settings), now)
    except Exception:  # a boundary: the board must never stop polling
        log.exception("the audience Home refresh failed; it runs again after the next poll")
        return "audience home refresh failed (see the log)"
    return f"audience home refreshed for {refreshed} user(s)" if refreshed else None


def summarize(outcomes: list[WatchOutcome], resumed: ResumeReport | None = None) -> str:
    head = f"{line}; " if resumed is not None and (line := resumed.line()) else ""
    return head + _summarize(outcomes)


def _summarize(outcomes: list[WatchOutcome]) -> str:
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
