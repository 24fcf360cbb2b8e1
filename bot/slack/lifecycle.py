"""A card's life after posting: one reminder at half the expiry time, and "expired" shown in place.

The reminder is a threaded reply on the card. ``slack_cards.reminded_at`` is
set with compare-and-set (only while it is still empty) before the reply is
posted, so a draft is reminded about exactly once even with two Slack
processes. Expiry itself is a scheduled job (:func:`scheduler.tasks.expire_drafts`); here each
stale draft's card is updated once (``chat.update``) and recorded in
``slack_deliveries`` as ``expired-card:<draft id>``.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select, update

from bot.slack import cards
from bot.slack.blocks import when
from bot.slack.deliveries import first_delivery
from bot.storage.db import Database
from bot.storage.models import Draft, SlackCard, SlackDelivery
from bot.wording import say

if TYPE_CHECKING:
    from slack_sdk import WebClient

    from bot.config import Settings

log = logging.getLogger(__name__)
EXPIRED_KEY = "expired-card:"


def _claim_reminder(db: Database, card_id: int, now: datetime) -> bool:
    with db.write() as session:
        result = session.execute(
            update(SlackCard)
            .where(SlackCard.id == card_id, SlackCard.reminded_at.is_(None))
            .values(reminded_at=now)
            .execution_options(synchronize_session=False)
        )
        return bool(getattr(result, "rowcount", 0) == 1)


def remind_waiting(db: Database, client: WebClient, settings: Settings, now: datetime | None = None) -> int:
    """Reply once in the thread of each card whose draft has waited half the expiry time."""
    now = now or datetime.now(UTC)
    cutoff = now - timedelta(hours=settings.draft_expiry_hours / 2)
    with db.read() as session:
        due = list(
            session.execute(
                select(SlackCard.id, SlackCard.draft_id, SlackCard.channel, SlackCard.ts, Draft.created_at)
                .join(Draft, Draft.id == SlackCard.draft_id)
                .where(
                    SlackCard.state == "posted",
                    SlackCard.reminded_at.is_(None),
                    SlackCard.ts.is_not(None),
                    Draft.status == "pending",
                    Draft.created_at <= cutoff,
                )
                .order_by(SlackCard.id)
            )
        )
    reminded = 0
    for card_id, draft_id, channel, ts, created_at in due:
        if not channel or not _claim_reminder(db, card_id, now):
            continue
        at = when(cards._expiry(created_at, settings))
        client.chat_postMessage(
            channel=channel, thread_ts=ts, text=say(settings.locale, "reminder", id=draft_id, at=at)
        )
        log.info("reminded about draft %s", draft_id)
        reminded += 1
    return reminded


def show_expired(db: Database, client: WebClient, settings: Settings) -> int:
    """Update each stale draft's card in place, once."""
    with db.read() as session:
        done = {
            str(key)[len(EXPIRED_KEY) :]
            for key in session.scalars(select(SlackDelivery.key).where(SlackDelivery.key.like(f"{EXPIRED_KEY}%")))
        }
        stale = session.scalars(
            select(SlackCard.draft_id)
            .join(Draft, Draft.id == SlackCard.draft_id)
            .where(SlackCard.state == "posted", Draft.status == "stale")
            .order_by(SlackCard.draft_id)
        )
        ids = [draft_id for draft_id in stale if str(draft_id) not in done]
    shown = 0
    for draft_id in ids:
        cards.refresh(db, client, settings, draft_id)  # idempotent: a second process repeats the same update
        if first_delivery(db, f"{EXPIRED_KEY}{draft_id}"):
            shown += 1
    return shown
