"""Review cards: exactly one per draft, posted only by the Slack process.

A card is claimed by inserting its ``slack_cards`` row (unique on the draft),
then posted with message metadata naming the draft, then marked posted with
its ``ts``. A crash between claim and mark leaves a ``claimed`` row. A pass
takes over such a row only when it is its own (an earlier pass of the same
process that raised) or older than ``KUULO_CARD_CLAIM_SECONDS`` (longer than
any post can take: the pacer's wait, the client's 15 s timeout, its retries),
and only by compare-and-set on the holder and the claim's time, so a card
another live process is posting right now is left to it. The taker looks for
the message in ``conversations.history`` by its metadata before posting
again, so a draft never gets two cards.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from bot.brands.records import has_other_brands
from bot.brands.settings import for_draft, resolve_id
from bot.brands.threads import other_brands_replied
from bot.errors import NotFound
from bot.review import decisions as review
from bot.slack import blocks
from bot.slack.client import find_by_metadata
from bot.storage.db import Database
from bot.storage.models import Draft, Post, SlackCard, utcnow
from bot.wording import say

if TYPE_CHECKING:
    from slack_sdk import WebClient

    from bot.config import Settings

log = logging.getLogger(__name__)
POST_INTERVAL_SECONDS = 1.1  # Slack allows about one message per second per channel


class ChannelPacer:
    """Keeps posts to one channel at least ``interval`` seconds apart."""

    def __init__(
        self,
        interval: float = POST_INTERVAL_SECONDS,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.interval, self.clock, self.sleep = interval, clock, sleep
        self._last: dict[str, float] = {}

    def wait(self, channel: str) -> None:
        last = self._last.get(channel)
        if last is not None:
            remaining = self.interval - (self.clock() - last)
            if remaining > 0:
                self.sleep(remaining)
        self._last[channel] = self.clock()


def _expiry(created_at: datetime, settings: Settings) -> datetime:
    return created_at + timedelta(hours=settings.draft_expiry_hours)


def _claim(db: Database, draft_id: int, channel: str | None, holder: str) -> bool:
    try:
        with db.write() as session:
            session.add(SlackCard(draft_id=draft_id, channel=channel, claimed_by=holder))
    except IntegrityError:
        return False  # another process claimed it first
    return True


def _mark(db: Database, draft_id: int, **values: Any) -> None:
    with db.write() as session:
        card = session.scalar(select(SlackCard).where(SlackCard.draft_id == draft_id))
        if card is not None:
            for key, value in values.items():
                setattr(card, key, value)


def _post(db: Database, client: WebClient, settings: Settings, draft_id: int, channel: str, pacer: ChannelPacer) -> str:
    from slack_sdk.errors import SlackApiError

    draft = review.view(db, draft_id)
    label = _brand_label(db, settings, draft_id)
    pacer.wait(channel)
    started = time.monotonic()
    try:
        response = client.chat_postMessage(
            channel=channel,
            text=blocks.fallback_text(draft, settings.locale),
            blocks=_labelled(
                label, blocks.card_blocks(draft, settings.locale, expires_at=_expiry(draft.created_at, settings))
            ),
            metadata=blocks.metadata(draft_id),
            unfurl_links=False,
            unfurl_media=False,
        )
    except SlackApiError as exc:
        error = str(exc.response.get("error") or exc)
        _mark(db, draft_id, state="failed", error=error)
        log.warning("card for draft %s not posted to %s: %s", draft_id, channel, error)
        return "failed"
    _mark(db, draft_id, state="posted", ts=str(response["ts"]), channel=channel, posted_at=utcnow(), error=None)
    log.info("card for draft %s posted to %s in %.0f ms", draft_id, channel, (time.monotonic() - started) * 1000)
    return "posted"


def _take_over(db: Database, draft_id: int, holder: str, claimed_by: str | None, claimed_at: datetime) -> bool:
    """Re-claim a leftover by compare-and-set: False when another process took it (or finished it) first."""
    with db.write() as session:
        taken = session.execute(
            update(SlackCard)
            .where(
                SlackCard.draft_id == draft_id,
                SlackCard.state == "claimed",
                SlackCard.claimed_by.is_(None) if claimed_by is None else SlackCard.claimed_by == claimed_by,
                SlackCard.claimed_at == claimed_at,
            )
            .values(claimed_by=holder, claimed_at=utcnow())
        )
        return bool(taken.rowcount == 1)  # type: ignore[attr-defined]


def reconcile(
    db: Database, client: WebClient, settings: Settings, pacer: ChannelPacer, holder: str, now: datetime | None = None
) -> int:
    """Finish cards left ``claimed`` by a crash (this process's own, or older than the claim lease):
    adopt the message if it exists, else post it. A claim another live process holds is not touched."""
    cutoff = (now or utcnow()) - timedelta(seconds=settings.card_claim_seconds)
    with db.read() as session:
        stuck = list(
            session.execute(
                select(SlackCard.draft_id, SlackCard.channel, SlackCard.claimed_by, SlackCard.claimed_at).where(
                    SlackCard.state == "claimed", (SlackCard.claimed_by == holder) | (SlackCard.claimed_at < cutoff)
                )
            )
        )
    taken = 0
    for draft_id, channel, claimed_by, claimed_at in stuck:
        if not _take_over(db, draft_id, holder, claimed_by, claimed_at):
            continue
        taken += 1
        if channel is None:
            _mark(db, draft_id, state="failed", error="no channel")
            continue
        since = (claimed_at - timedelta(minutes=5)).timestamp()
        ts = find_by_metadata(client, channel, blocks.CARD_EVENT, {"draft_id": draft_id}, since=since)
        if ts is not None:
            _mark(db, draft_id, state="posted", ts=ts, posted_at=utcnow())
            log.info("card for draft %s found in %s after a restart", draft_id, channel)
        else:
            _post(db, client, settings, draft_id, channel, pacer)
    return taken


def post_new_cards(
    db: Database, client: WebClient, settings: Settings, holder: str, pacer: ChannelPacer | None = None
) -> dict[str, int]:
    """One pass: reconcile leftovers, then claim and post every pending draft without a card."""
    pacer = pacer or ChannelPacer()
    counts = {"reconciled": reconcile(db, client, settings, pacer, holder), "posted": 0, "failed": 0, "lost": 0}
    with db.read() as session:
        carded = select(SlackCard.draft_id)
        ids = list(
            session.scalars(
                select(Draft.id).where(Draft.status == "pending", Draft.id.not_in(carded)).order_by(Draft.id)
            )
        )
    for draft_id in ids:
        try:
            draft = review.view(db, draft_id)
        except NotFound:
            continue
        brand = for_draft(db, settings, draft_id)  # the draft's brand: its review channel, locale and name
        channel = draft.channel or (brand.review_channel if brand else settings.review_channel)
        if not _claim(db, draft_id, channel, holder):
            counts["lost"] += 1
            continue
        if channel is None:
            where = (
                "KUULO_REVIEW_CHANNEL" if brand is None or brand.is_default else f"brand {brand.name}'s review_channel"
            )
            _mark(db, draft_id, state="failed", error=f"no channel: set {where} or the watch's channel")
            counts["failed"] += 1
            continue
        counts[_post(db, client, brand.settings if brand else settings, draft_id, channel, pacer)] += 1
    return counts


def card_location(db: Database, draft_id: int) -> tuple[str | None, str | None]:
    with db.read() as session:
        card = session.scalar(select(SlackCard).where(SlackCard.draft_id == draft_id))
        return (card.channel, card.ts) if card else (None, None)


def refresh(db: Database, client: WebClient, settings: Settings, draft_id: int) -> None:
    """Show the draft's current state on its card (``chat.update`` in place)."""
    channel, ts = card_location(db, draft_id)
    if not channel or not ts:
        return
    draft = review.view(db, draft_id)
    with db.read() as session:
        posted_url = session.scalar(select(Post.url).where(Post.draft_id == draft_id))
    client.chat_update(
        channel=channel,
        ts=ts,
        text=blocks.fallback_text(draft, settings.locale, published=posted_url is not None),
        blocks=_labelled(
            _brand_label(db, settings, draft_id),
            blocks.card_blocks(
                draft, settings.locale, posted_url=posted_url, expires_at=_expiry(draft.created_at, settings)
            ),
        ),
    )


def _brand_label(db: Database, settings: Settings, draft_id: int) -> str | None:
    """Words naming the draft's brand, once the install has more than brand default, and the other brands
    that already replied in its thread."""
    brand = for_draft(db, settings, draft_id)
    if brand is None or (brand.is_default and not has_other_brands(db)):
        return None
    label = say(settings.locale, "card_brand", brand=blocks.escape(brand.display_name))
    with db.read() as session:
        others = other_brands_replied(session, draft_id)
    if others:
        names = ", ".join(blocks.escape(resolve_id(db, settings, b).display_name) for b in others)
        label += " · " + say(settings.locale, "card_brands_in_thread", brands=names)
    return label


def _labelled(label: str | None, card: list[blocks.Block]) -> list[blocks.Block]:
    """The card with its brand first in its first context line (no extra block: the card keeps within 50)."""
    if label is None:
        return card
    first = card[0] if card else {}
    if first.get("type") == "context" and len(first.get("elements", [])) < 10:
        element = {"type": "mrkdwn", "text": f"*{label}*", "verbatim": True}
        return [{**first, "elements": [element, *first["elements"]]}, *card[1:]]
    return [blocks.context(f"*{label}*"), *card][: blocks.MAX_BLOCKS]
