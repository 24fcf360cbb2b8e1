"""The service's built-in work: poll the due watches, and do what commands handed over.

Job targets take ``(services, now)`` and return a short summary of ids and
counts (never comment text); request handlers take ``(services, payload)`` and
return what the command prints. Polling is serialised within the process, so
the minute job and a handed-over ``kuulo poll`` never fetch the same watch at
the same time. After each poll that read something, the burst alerts are
checked (:mod:`bot.insights.alerts`) inside the same lock; a failing check is
logged and never fails the poll.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime
from typing import Any

from bot.config import Settings
from bot.insights.alerts import alert_channel, check_alerts
from bot.ports import AlertNotifier
from bot.services import Services
from bot.storage.models import utcnow
from bot.watching.polling import WatchOutcome, poll
from scheduler.requests import process_queued

NOTHING_DUE = "Nothing is due. `kuulo poll --all` polls every active watch now."

_POLL_LOCK = threading.Lock()
log = logging.getLogger(__name__)


def poll_due_watches(services: Services, now: datetime) -> str:
    """Job: poll each watch whose ``next_poll_at`` has come (interval + jitter, set by every poll)."""
    with _POLL_LOCK:
        outcomes = poll(services, now=now)
        alerts = check_after_poll(services, outcomes, now)
    return summarize(outcomes) + (f"; {alerts}" if alerts else "")


def poll_request(services: Services, payload: dict[str, Any]) -> dict[str, Any]:
    """Request handler for ``kuulo poll``: the lines the command prints."""
    now = utcnow()
    with _POLL_LOCK:
        outcomes = poll(services, include_all=bool(payload.get("include_all", False)), now=now)
        alerts = check_after_poll(services, outcomes, now)
    return {"lines": [outcome.line() for outcome in outcomes] + ([alerts] if alerts else []) or [NOTHING_DUE]}


def alert_notifier(settings: Settings) -> AlertNotifier | None:
    """Slack when it is configured and an alert channel is known; else None (alerts are only recorded)."""
    if settings.slack_bot_token is None or alert_channel(settings) is None:
        return None
    from bot.slack.alerts import SlackAlertNotifier
    from bot.slack.app import web_client

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


def run_work_requests(services: Services, now: datetime) -> str | None:
    """Job: run the queued work requests; None when there were none."""
    handled = process_queued(services)
    if not handled:
        return None
    return f"{len(handled)} request(s) handled: " + ", ".join(str(request_id) for request_id in handled)


def summarize(outcomes: list[WatchOutcome]) -> str:
    if not outcomes:
        return "no watch was due"
    skipped = [outcome.skipped for outcome in outcomes if outcome.skipped]
    polled = [outcome for outcome in outcomes if not outcome.skipped]
    failed = [outcome.watch_id for outcome in polled if outcome.error]
    new = sum(outcome.new for outcome in polled)
    summary = f"{len(polled)} watch(es) polled, {new} new comment(s)"
    if failed:
        summary += f"; failed: watch {', '.join(str(watch_id) for watch_id in failed)}"
    if skipped:
        summary += "; " + "; ".join(skipped)
    return summary
