"""Exactly one weekly audience report per ISO week in ``KUULO_DIGEST_CHANNEL``.

Due on Monday once the local clock (``KUULO_TIMEZONE``) shows
``KUULO_DIGEST_TIME`` or later that Monday; it reports the ISO week that just
ended. A service down all Monday skips that report (the next Monday reports
its own week). The send follows the daily digest's claim pattern
(:mod:`bot.slack.digest`, with a ``digests`` row of kind ``weekly`` and
period ``YYYY-Www``): the claim insert succeeds for one process only, a
refused post is retried at the next tick, a stale claim is reconciled against
the channel history before posting again. After the message, the themes chart
is uploaded into its thread with ``files_upload_v2``; a failed upload is
logged and not retried (the report text is what matters).
"""

from __future__ import annotations

import logging
import time
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from bot.brands.records import has_other_brands
from bot.brands.settings import resolve
from bot.digest.schedule import digest_time, due_date, zone
from bot.insights.emerging import iso_week
from bot.insights.service import build_report
from bot.slack.client import web_client
from bot.slack.digest import HOLDER, _mark, _row, claim, find_sent
from bot.slack.report_blocks import fallback_text, report_blocks, report_metadata

if TYPE_CHECKING:
    from slack_sdk import WebClient

    from bot.services import Services

log = logging.getLogger(__name__)
KIND = "weekly"
CHART_FILENAME = "themes.png"


def due_week(now: datetime, timezone: str, at: str) -> str | None:
    """The ISO week whose report is due at ``now`` (the week before a local Monday past ``at``), else None."""
    day = due_date(now, zone(timezone), digest_time(at))
    if day is None or day.weekday() != 0:
        return None
    return iso_week(day - timedelta(days=7))


def _upload_chart(client: WebClient, channel: str, chart: bytes, title: str, thread_ts: str) -> bool:
    from slack_sdk.errors import SlackApiError, SlackRequestError

    try:
        client.files_upload_v2(channel=channel, file=chart, filename=CHART_FILENAME, title=title, thread_ts=thread_ts)
    except (SlackApiError, SlackRequestError, OSError) as exc:
        log.warning("weekly report chart not uploaded to %s: %s", channel, type(exc).__name__)
        return False
    return True


def post_report(services: Services, client: WebClient, week: str, holder: str, now: datetime) -> str:
    """Post a claimed report and its chart; ``"sent"`` or ``"failed"`` (other errors propagate, the claim stays)."""
    from slack_sdk.errors import SlackApiError

    channel = str(services.settings.digest_channel)
    started = time.monotonic()
    report, chart = build_report(services, week)
    try:
        response = client.chat_postMessage(
            channel=channel,
            text=fallback_text(report),
            blocks=report_blocks(report),
            metadata=report_metadata(week),
            unfurl_links=False,
            unfurl_media=False,
        )
    except SlackApiError as exc:
        error = str(exc.response.get("error") or exc)
        _mark(services.db, week, holder, kind=KIND, state="failed", error=error)
        log.warning("weekly report %s not posted to %s: %s", week, channel, error)
        return "failed"
    ts = str(response["ts"])
    content = {"themes": [s.theme.name for s in report.themes], "emerging": [s.theme.name for s in report.emerging]}
    _mark(services.db, week, holder, kind=KIND, state="sent", ts=ts, channel=channel, sent_at=now, content=content)
    uploaded = _upload_chart(client, channel, chart, report.title, ts)
    log.info("weekly report %s posted to %s in %.0f ms", week, channel, (time.monotonic() - started) * 1000)
    return "sent" if uploaded else "sent without chart"


def weekly_report_job(services: Services, now: datetime) -> str | None:
    """Job: every few minutes; posts last week's audience report once, on Monday after KUULO_DIGEST_TIME."""
    settings = services.settings
    if not settings.digest_channel or settings.slack_bot_token is None:
        return None
    if not resolve(services.db, settings).weekly_report:  # kuulo brand set default weekly_report off
        return None
    if has_other_brands(services.db):
        # The report's themes read every stored comment; with several brands that would mix their audiences
        # in brand default's channel. Until the report is per brand (docs/brands.md, "Not yet"), none is sent.
        log.info("weekly report skipped: it is not yet per brand, and this install has several brands")
        return None
    week = due_week(now, settings.timezone, settings.digest_time)
    if week is None:
        return None
    existing = _row(services.db, week, KIND)
    if existing is not None and existing.state == "sent":
        return None
    holder = f"{HOLDER}:{id(services):x}"  # one claimant per Services (a process, or a test's simulated one)
    how = claim(services.db, week, holder, now, kind=KIND)
    if how is None:
        return None

    client = web_client(settings)
    if how == "reconcile":
        ts = find_sent(client, settings.digest_channel, week)
        if ts is not None:
            _mark(
                services.db, week, holder, kind=KIND, state="sent", ts=ts, channel=settings.digest_channel, sent_at=now
            )
            return f"weekly report {week} found already posted ({ts})"
    return f"weekly report {week} {post_report(services, client, week, holder, now)} ({how})"
