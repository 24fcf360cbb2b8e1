"""Exactly one weekly audience report per ISO week per brand, in the brand's digest channel
(brand default's: ``KUULO_DIGEST_CHANNEL``), built from the comments of the threads that brand watches
only, so two brands' audiences never mix (docs/brands.md).

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
from bot.brands.settings import all_brands
from bot.digest.schedule import digest_time, due_date, zone
from bot.insights.data import Scope
from bot.insights.emerging import iso_week
from bot.insights.service import build_report
from bot.slack.client import web_client
from bot.slack.digest import HOLDER, _mark, _row, claim, find_sent
from bot.slack.report_blocks import fallback_text, report_blocks, report_metadata
from bot.storage.models import DEFAULT_BRAND_ID

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


def post_report(
    services: Services, client: WebClient, week: str, holder: str, now: datetime, brand_id: int = DEFAULT_BRAND_ID
) -> str:
    """Post a claimed report and its chart; ``"sent"`` or ``"failed"`` (other errors propagate, the claim stays).
    ``services``: the brand's (its channel, locale, time zone); its report reads only its own audience."""
    from slack_sdk.errors import SlackApiError

    channel = str(services.settings.digest_channel)
    started = time.monotonic()
    scope = Scope(brand_id=brand_id, brand=services.brand_name) if has_other_brands(services.db) else Scope()
    report, chart = build_report(services, week, scope)
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
        _mark(services.db, week, holder, kind=KIND, brand_id=brand_id, state="failed", error=error)
        log.warning("weekly report %s not posted to %s: %s", week, channel, error)
        return "failed"
    ts = str(response["ts"])
    content = {"themes": [s.theme.name for s in report.themes], "emerging": [s.theme.name for s in report.emerging]}
    _mark(
        services.db,
        week,
        holder,
        kind=KIND,
        brand_id=brand_id,
        state="sent",
        ts=ts,
        channel=channel,
        sent_at=now,
        content=content,
    )
    uploaded = _upload_chart(client, channel, chart, report.title, ts)
    log.info("weekly report %s posted to %s in %.0f ms", week, channel, (time.monotonic() - started) * 1000)
    return "sent" if uploaded else "sent without chart"


def weekly_report_job(services: Services, now: datetime) -> str | None:
    """Job: every few minutes; posts each brand's last-week audience report once, on its Monday after its
    digest time, to its digest channel (a brand without one, or with ``weekly_report off``, gets none)."""
    if services.install_settings.slack_bot_token is None:
        return None
    outcomes = []
    for brand in all_brands(services.db, services.install_settings):
        if not brand.weekly_report or not brand.settings.digest_channel:
            continue
        outcome = _brand_report(services.for_brand(brand), brand.id, now)
        if outcome is not None:
            outcomes.append(outcome if brand.is_default else f"{brand.name}: {outcome}")
    return "; ".join(outcomes) or None


def _brand_report(services: Services, brand_id: int, now: datetime) -> str | None:
    settings = services.settings
    channel = str(settings.digest_channel)
    week = due_week(now, settings.timezone, settings.digest_time)
    if week is None:
        return None
    existing = _row(services.db, week, KIND, brand_id=brand_id)
    if existing is not None and existing.state == "sent":
        return None
    holder = f"{HOLDER}:{id(getattr(services, 'root', services)):x}"  # one claimant per install's Services
    how = claim(services.db, week, holder, now, kind=KIND, brand_id=brand_id)
    if how is None:
        return None

    client = web_client(settings)
    if how == "reconcile":
        ts = find_sent(client, channel, week)
        if ts is not None:
            _mark(
                services.db,
                week,
                holder,
                kind=KIND,
                brand_id=brand_id,
                state="sent",
                ts=ts,
                channel=channel,
                sent_at=now,
            )
            return f"weekly report {week} found already posted ({ts})"
    return f"weekly report {week} {post_report(services, client, week, holder, now, brand_id)} ({how})"
