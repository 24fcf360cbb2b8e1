"""Exactly one digest per local day in ``KUULO_DIGEST_CHANNEL``.

The ``digests`` row (unique on kind + period) is claimed before anything is
sent: the insert succeeds for one process only, so restarts, a second service
or a late start never send a day twice. After the send the row is ``sent``
with the message ``ts`` and is never sent again (unless ``kuulo digest --post
--force``). Slack refusing the message (an API error: nothing was posted)
marks it ``failed``; the next tick reclaims it by compare-and-set and tries
again. Any other error (a timeout: Slack may have posted it) leaves it
``claimed``; once that claim is older than :data:`STALE_CLAIM`, the next tick
takes it over and first looks for the message in the channel's recent history
(``conversations.history`` with metadata ``kuulo_digest`` and the period)
before sending, so a crash between claim and send never doubles the message.
"""

from __future__ import annotations

import logging
import os
import socket
import time
import uuid
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from bot.brands.settings import all_brands
from bot.digest.content import DailyDigest, build
from bot.digest.rows import Card, read_rows
from bot.digest.schedule import day_bounds, digest_time, due_date, zone
from bot.digest.topics import Embed
from bot.drafting.resume import scope
from bot.errors import ConfigError
from bot.slack import digest_blocks as blocks
from bot.slack.client import find_by_metadata, web_client
from bot.storage.db import Database
from bot.storage.models import DEFAULT_BRAND_ID, Digest

if TYPE_CHECKING:
    from slack_sdk import WebClient

    from bot.config import Settings
    from bot.services import Services

log = logging.getLogger(__name__)
KIND = "daily"
STALE_CLAIM = timedelta(minutes=10)
HISTORY_PAGES = 5  # the digest is posted right after its claim: it is among the channel's latest messages
HOLDER = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def digest_for(
    db: Database,
    settings: Settings,
    day: date,
    now: datetime,
    embed: Embed | None = None,
    brand_id: int | None = None,
) -> DailyDigest:
    """The digest of local date ``day`` as of ``now``; it looks back on the local day before.
    ``brand_id``: that brand's digest only (``settings`` then are the brand's, bot/brands/settings.py)."""
    start, end = day_bounds(day - timedelta(days=1), zone(settings.timezone))

    return build(read_rows(db, start, end, now, scope=scope(settings), brand_id=brand_id), day, embed)


def service_embed(services: Services) -> Embed:
    """Needs are grouped with the service's embedder; it is built only if there are needs to group."""

    def embed(texts: Sequence[str]) -> Sequence[Sequence[float]]:
        vectors: list[list[float]] = services.embedder.embed_queries(list(texts)).tolist()
        return vectors

    return embed


def _row(db: Database, period: str, kind: str = KIND, brand_id: int = DEFAULT_BRAND_ID) -> Digest | None:
    with db.read() as session:
        return session.scalar(
            select(Digest).where(Digest.kind == kind, Digest.period == period, Digest.brand_id == brand_id)
        )


def claim(
    db: Database,
    period: str,
    holder: str,
    now: datetime,
    *,
    force: bool = False,
    kind: str = KIND,
    brand_id: int = DEFAULT_BRAND_ID,
) -> str | None:
    """``"new"``, ``"retry"`` (after a refused send), ``"reconcile"`` (a stale claim) or None: not ours."""
    try:
        with db.write() as session:
            session.add(
                Digest(kind=kind, period=period, state="claimed", claimed_by=holder, claimed_at=now, brand_id=brand_id)
            )
        return "new"
    except IntegrityError:
        pass
    mine = {"state": "claimed", "claimed_by": holder, "claimed_at": now, "error": None}
    same = (Digest.kind == kind, Digest.period == period, Digest.brand_id == brand_id)
    with db.write() as session:
        if force:
            session.execute(update(Digest).where(*same).values(**mine))
            return "new"
        if session.execute(update(Digest).where(*same, Digest.state == "failed").values(**mine)).rowcount == 1:  # type: ignore[attr-defined]
            return "retry"
        stale = update(Digest).where(*same, Digest.state == "claimed", Digest.claimed_at < now - STALE_CLAIM)
        if session.execute(stale.values(**mine)).rowcount == 1:  # type: ignore[attr-defined]
            return "reconcile"
    return None


def _mark(
    db: Database, period: str, holder: str, *, kind: str = KIND, brand_id: int = DEFAULT_BRAND_ID, **values: Any
) -> None:
    with db.write() as session:
        session.execute(
            update(Digest)
            .where(
                Digest.kind == kind, Digest.period == period, Digest.claimed_by == holder, Digest.brand_id == brand_id
            )
            .values(**values)
        )


def find_sent(client: WebClient, channel: str, period: str) -> str | None:
    """The ts of a digest for ``period`` already in the channel, if a crashed attempt got that far."""
    return find_by_metadata(client, channel, blocks.EVENT_TYPE, {"period": period}, pages=HISTORY_PAGES)


def permalinks(client: WebClient, digest: DailyDigest) -> dict[Card, str]:
    """Slack permalinks of the review cards the digest points to; a card Slack cannot link is left out."""
    from slack_sdk.errors import SlackApiError

    found: dict[Card, str] = {}
    cards = [o.card for o in digest.open] + [w.card for w in digest.waiting]
    for card in {c for c in cards if c is not None}:
        try:
            response = client.chat_getPermalink(channel=card.channel, message_ts=card.ts)
        except SlackApiError as exc:
            log.info("no permalink for card %s in %s: %s", card.ts, card.channel, exc.response.get("error"))
            continue
        if response.get("permalink"):
            found[card] = str(response["permalink"])
    return found


def send(
    db: Database,
    client: WebClient,
    settings: Settings,
    digest: DailyDigest,
    holder: str,
    now: datetime,
    brand_id: int = DEFAULT_BRAND_ID,
) -> str:
    """Post a claimed digest; returns ``"sent"`` or ``"failed"`` (other errors propagate, the claim stays)."""
    from slack_sdk.errors import SlackApiError

    channel, period, locale = str(settings.digest_channel), digest.day.isoformat(), settings.locale
    started = time.monotonic()
    try:
        response = client.chat_postMessage(
            channel=channel,
            text=blocks.fallback_text(digest, locale),
            blocks=blocks.digest_blocks(digest, locale, permalinks(client, digest)),
            metadata=blocks.metadata(KIND, period),
            unfurl_links=False,
            unfurl_media=False,
        )
    except SlackApiError as exc:
        error = str(exc.response.get("error") or exc)
        _mark(db, period, holder, brand_id=brand_id, state="failed", error=error)
        log.warning("digest %s not posted to %s: %s", period, channel, error)
        return "failed"
    _mark(
        db,
        period,
        holder,
        brand_id=brand_id,
        state="sent",
        ts=str(response["ts"]),
        channel=channel,
        sent_at=now,
        content=digest.summary(),
    )
    log.info("digest %s posted to %s in %.0f ms", period, channel, (time.monotonic() - started) * 1000)
    return "sent"


def deliver(
    db: Database,
    settings: Settings,
    client: WebClient,
    day: date,
    now: datetime,
    *,
    holder: str = HOLDER,
    embed: Embed | None = None,
    force: bool = False,
    brand_id: int = DEFAULT_BRAND_ID,
) -> str | None:
    """Send the digest of ``day`` unless it was sent or another process is sending it; None when not ours.

    ``brand_id`` and ``settings``: one brand's digest, with that brand's settings (its channel and locale).
    """
    if not settings.digest_channel:
        raise ConfigError("KUULO_DIGEST_CHANNEL is not set; set it to the channel id (C...) the digest goes to")
    period = day.isoformat()
    existing = _row(db, period, brand_id=brand_id)
    if existing is not None and existing.state == "sent" and not force:
        return None
    how = claim(db, period, holder, now, force=force, brand_id=brand_id)
    if how is None:
        return None
    if how == "reconcile":
        ts = find_sent(client, settings.digest_channel, period)
        if ts is not None:
            _mark(
                db, period, holder, brand_id=brand_id, state="sent", ts=ts, channel=settings.digest_channel, sent_at=now
            )
            log.info("digest %s found in %s after a restart", period, settings.digest_channel)
            return f"digest {period} found already posted ({ts})"
    digest = digest_for(db, settings, day, now, embed, brand_id=brand_id)
    outcome = send(db, client, settings, digest, holder, now, brand_id=brand_id)
    return f"digest {period} {outcome} ({how})"


def digest_job(services: Services, now: datetime) -> str | None:
    """Job: every few minutes; sends each brand's digest once its local time has passed its digest time
    (brand default's: KUULO_DIGEST_TIME in KUULO_TIMEZONE), to its own channel, with only its own rows."""
    if services.settings.slack_bot_token is None:
        return None
    outcomes = []
    for brand in all_brands(services.db, services.settings):
        outcome = _brand_digest(services, brand.settings, brand.id, now)
        if outcome is not None:
            outcomes.append(outcome if brand.is_default else f"{brand.name}: {outcome}")
    return "; ".join(outcomes) or None


def _brand_digest(services: Services, settings: Settings, brand_id: int, now: datetime) -> str | None:
    if not settings.digest_channel:
        return None
    day = due_date(now, zone(settings.timezone), digest_time(settings.digest_time))
    if day is None:
        return None
    existing = _row(services.db, day.isoformat(), brand_id=brand_id)
    if existing is not None and existing.state == "sent":
        return None

    holder = f"{HOLDER}:{id(services):x}"  # one claimant per Services (a process, or a test's simulated one)
    client = web_client(settings)
    embed = service_embed(services)
    return deliver(services.db, settings, client, day, now, holder=holder, embed=embed, brand_id=brand_id)
