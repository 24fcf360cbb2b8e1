"""The service's built-in work: poll the due watches, and do what commands handed over.

Job targets take ``(services, now)`` and return a short summary of ids and
counts (never comment text); request handlers take ``(services, payload)`` and
return what the command prints. Polling is serialised within the process, so
the minute job and a handed-over ``kuulo poll`` never fetch the same watch at
the same time.
"""

from __future__ import annotations

import threading
from datetime import datetime
from typing import Any

from bot.services import Services
from bot.watching.polling import WatchOutcome, poll
from scheduler.requests import process_queued

NOTHING_DUE = "Nothing is due. `kuulo poll --all` polls every active watch now."

_POLL_LOCK = threading.Lock()


def poll_due_watches(services: Services, now: datetime) -> str:
    """Job: poll each watch whose ``next_poll_at`` has come (interval + jitter, set by every poll)."""
    if services.settings.broker_url is not None:  # distributed mode: one poll task per due thread
        from scheduler.distributed import enqueue_due

        return enqueue_due(services, now).summary()
    with _POLL_LOCK:
        outcomes = poll(services, now=now)
    return summarize(outcomes)


def poll_request(services: Services, payload: dict[str, Any]) -> dict[str, Any]:
    """Request handler for ``kuulo poll``: the lines the command prints."""
    if services.settings.broker_url is not None:  # distributed mode: the workers poll; wait for them
        from scheduler.distributed import poll_and_wait

        return {"lines": poll_and_wait(services, include_all=bool(payload.get("include_all", False)))}
    with _POLL_LOCK:
        outcomes = poll(services, include_all=bool(payload.get("include_all", False)))
    return {"lines": [outcome.line() for outcome in outcomes] or [NOTHING_DUE]}


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
