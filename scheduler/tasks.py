"""The service's built-in work: poll the due watches, and do what commands handed over.

Every poll first resumes the work a crash or a failure left unfinished
(:func:`bot.resume.resume`), oldest first, and says how much. Job targets
take ``(services, now)`` and return a short summary of ids and counts (never
comment text); request handlers take ``(services, payload)`` and return what
the command prints. Polling is serialised within the process, so
the minute job and a handed-over ``kuulo poll`` never fetch the same watch at
the same time.
"""

from __future__ import annotations

import threading
from datetime import datetime
from typing import Any

from bot.polling import WatchOutcome, poll
from bot.resume import ResumeReport, resume
from bot.services import Services
from scheduler.requests import process_queued

NOTHING_DUE = "Nothing is due. `kuulo poll --all` polls every active watch now."

_POLL_LOCK = threading.Lock()


def poll_due_watches(services: Services, now: datetime) -> str:
    """Job: finish unfinished work, then poll each watch whose ``next_poll_at`` has come."""
    with _POLL_LOCK:
        resumed = resume(services)
        outcomes = poll(services, now=now)
    return summarize(outcomes, resumed)


def poll_request(services: Services, payload: dict[str, Any]) -> dict[str, Any]:
    """Request handler for ``kuulo poll``: the lines the command prints (what was resumed first)."""
    with _POLL_LOCK:
        resumed = resume(services)
        outcomes = poll(services, include_all=bool(payload.get("include_all", False)))
    head = [line] if (line := resumed.line()) else []
    return {"lines": head + ([outcome.line() for outcome in outcomes] or [NOTHING_DUE])}


def run_work_requests(services: Services, now: datetime) -> str | None:
    """Job: run the queued work requests; None when there were none."""
    handled = process_queued(services)
    if not handled:
        return None
    return f"{len(handled)} request(s) handled: " + ", ".join(str(request_id) for request_id in handled)


def summarize(outcomes: list[WatchOutcome], resumed: ResumeReport | None = None) -> str:
    head = f"{line}; " if resumed is not None and (line := resumed.line()) else ""
    return head + _summarize(outcomes)


def _summarize(outcomes: list[WatchOutcome]) -> str:
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
