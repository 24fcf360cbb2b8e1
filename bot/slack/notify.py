"""Messages in a draft's Slack card thread: published, not published, a reply came.

Posted with ``chat.postMessage`` and ``thread_ts`` = the card's ts (``slack_cards``),
only when Slack is configured and the card exists. Text from other people (a reply's
author and words) is escaped (``& < >``) and sent with ``mrkdwn`` off, so it cannot
ping a channel or a person. A Slack failure is logged and never stops publishing.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from slack_sdk.errors import SlackApiError
from sqlalchemy import select

from bot.config import Settings
from bot.ports import Location, RedactOutcome
from bot.slack.blocks import escape
from bot.slack.cards import card_location, refresh
from bot.slack.client import web_client
from bot.slack.redact import redact_messages
from bot.storage.db import Database
from bot.storage.models import PublishJob
from bot.wording import say

if TYPE_CHECKING:
    from bot.publishing.outbox import OutboxReport
    from bot.services import Services

log = logging.getLogger(__name__)


def message(locale: str, key: str, **values: str) -> str:
    """A card-thread message (``published``, ``failed``, ``reply``) with every value escaped."""
    return say(locale, f"thread_{key}", **{k: escape(v) for k, v in values.items()})


def post_in_card_thread(services: Services, draft_id: int, text: str) -> bool:
    """Post ``text`` (already escaped) under the draft's card; False when there is no card or no Slack."""
    return _post_in_card_thread(services.db, services.settings, draft_id, text)


def _post_in_card_thread(db: Database, settings: Settings, draft_id: int, text: str) -> bool:
    if settings.slack_bot_token is None:
        return False
    channel, ts = card_location(db, draft_id)
    if not channel or not ts:
        return False
    try:
        web_client(settings).chat_postMessage(channel=channel, thread_ts=ts, text=text, mrkdwn=False)
    except SlackApiError as exc:
        log.warning("slack card thread draft=%s: %s", draft_id, exc.response.get("error"))
        return False
    return True


def tell_cards(services: Services, report: OutboxReport) -> None:
    locale = services.settings.locale
    with services.db.read() as session:
        jobs = list(session.scalars(select(PublishJob).where(PublishJob.id.in_(report.published + report.failed))))
    for job in jobs:
        if job.state == "published":
            text = message(locale, "published", url=job.url or job.external_id or "")
        else:
            text = message(locale, "failed", reason=job.last_error or "")
        if post_in_card_thread(services, job.draft_id, text) and job.state == "published":
            _refresh_card(services, job.draft_id)


def _refresh_card(services: Services, draft_id: int) -> None:
    """Show the link on the card itself (the card module renders a posted draft)."""
    try:
        refresh(services.db, web_client(services.settings), services.settings, draft_id)
    except SlackApiError as exc:
        log.warning("slack card refresh draft=%s: %s", draft_id, exc.response.get("error"))


class SlackNotifier:
    """:class:`bot.ports.Notifier` over the Slack Web API: card threads and erasure notes."""

    def __init__(self, db: Database, settings: Settings) -> None:
        self.db, self.settings = db, settings

    def reply_arrived(self, draft_id: int, author: str, text: str, url: str | None) -> bool:
        message_text = message(self.settings.locale, "reply", author=author, text=text)
        if url:
            message_text += f"\n{url}"
        return _post_in_card_thread(self.db, self.settings, draft_id, message_text)

    def redact(self, locations: Sequence[Location], when: datetime) -> RedactOutcome:
        if not locations:
            return RedactOutcome()
        return redact_messages(web_client(self.settings), self.settings, locations, when)
