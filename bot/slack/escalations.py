"""Escalation cards: risky comments go to the escalation channel without a draft.

An opportunity with action ``escalate`` gets one card in
``KUULO_ESCALATION_CHANNEL``: platform, thread, the comment (escaped), the
risk flags and the reason, and a "Mark handled" button for approvers. The card
is claimed by inserting the ``slack_deliveries`` key ``escalation:<id>``
(insert-unique is the compare-and-set), so two processes never both post it;
a posted card adds the key ``escalation-posted:<id>``. A claim without it (a
crash between claim and post, or Slack refusing the message) is taken over
once it is older than ``KUULO_CARD_CLAIM_SECONDS``, by compare-and-set on the
claim's time: the taker looks for the card in the channel's history by its
metadata first and posts it only if it is not there. So a risky comment gets
exactly one card, not at most one, for as long as it is recent.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update

from bot.brands.settings import all_brands, brand_of_opportunity
from bot.slack.actions import card_place
from bot.slack.blocks import Block, button, context, escape, link, plain, section, untrusted, when, who
from bot.slack.client import find_by_metadata, tell
from bot.slack.deliveries import first_delivery
from bot.storage.db import Database
from bot.storage.models import AuditEvent, Comment, Opportunity, Signal, SlackDelivery, Thread, utcnow
from bot.textnorm import shown
from bot.wording import say

if TYPE_CHECKING:
    from slack_bolt import Ack, App
    from slack_sdk import WebClient
    from sqlalchemy.orm import Session

    from bot.config import Settings
    from bot.slack.app import Deps
    from bot.slack.cards import ChannelPacer

log = logging.getLogger(__name__)
MARK_HANDLED = "kuulo_escalation_handled"
RECENT_DAYS = 7  # older escalations are not carded when a channel is first configured
COMMENT_SHOWN = 2000


@dataclass(frozen=True)
class Escalation:
    opportunity_id: int
    platform: str
    thread_url: str
    thread_title: str | None
    author: str | None
    comment_text: str | None
    comment_url: str | None
    risk: list[str]
    reason: str


ESCALATION_EVENT = "kuulo_escalation"  # the card's message metadata, found again after a crash
CLAIMED, POSTED = "escalation:", "escalation-posted:"  # slack_deliveries keys: the claim, then the posted card


def claim_key(opportunity_id: int) -> str:
    return f"{CLAIMED}{opportunity_id}"


def posted_key(opportunity_id: int) -> str:
    return f"{POSTED}{opportunity_id}"


def load(db: Database, opportunity_id: int) -> Escalation | None:
    with db.read() as session:
        row = session.execute(
            select(Opportunity, Comment, Thread, Signal.risk)
            .join(Comment, Comment.id == Opportunity.comment_id)
            .join(Thread, Thread.id == Comment.thread_id)
            .outerjoin(Signal, Signal.comment_id == Comment.id)
            .where(Opportunity.id == opportunity_id)
        ).first()
        if row is None:
            return None
        opportunity, comment, thread, risk = row
        return Escalation(
            opportunity.id,
            comment.platform,
            thread.url,
            thread.title,
            comment.author_name,
            None if comment.deleted else shown(comment.original_text, comment.text),
            comment.url,
            [str(flag) for flag in (risk or [])],
            opportunity.reason,
        )


def escalation_blocks(item: Escalation, locale: str, handled: tuple[str, datetime] | None = None) -> list[Block]:
    """The card (pure). Untrusted text is escaped; no approve button, ever."""
    title = item.thread_title or item.thread_url
    author = escape(item.author or say(locale, "unknown_author"))
    byline = f"{say(locale, 'thread')}: {link(item.thread_url, title)} · {author}"
    if item.comment_url:
        byline += f" · {link(item.comment_url, 'link')}"
    flags = escape(", ".join(item.risk) or "?")
    blocks: list[Block] = [
        {"type": "header", "text": plain(say(locale, "esc_header", platform=item.platform), 150)},
        context(byline),
        section(
            untrusted(item.comment_text if item.comment_text is not None else say(locale, "deleted"), COMMENT_SHOWN)
        ),
        context(say(locale, "esc_risk", flags=flags), escape(say(locale, "why", reason=item.reason))),
        context(escape(say(locale, "esc_no_draft"))),
    ]
    if handled is None:
        value = str(item.opportunity_id)
        blocks.append(
            {
                "type": "actions",
                "block_id": f"kuulo_escalation_{item.opportunity_id}",
                "elements": [button(say(locale, "esc_handle"), MARK_HANDLED, value, "primary")],
            }
        )
    else:
        user, at = handled
        line = say(locale, "esc_handled", user=who(user), at=when(at))
        blocks.append(section({"type": "mrkdwn", "text": f"*{line}*", "verbatim": True}))
    return blocks


def metadata(opportunity_id: int) -> Block:
    return {"event_type": ESCALATION_EVENT, "event_payload": {"opportunity_id": opportunity_id}}


def _recent(session: Session, now: datetime) -> list[int]:
    return list(
        session.scalars(
            select(Opportunity.id)
            .where(Opportunity.action == "escalate", Opportunity.created_at >= now - timedelta(days=RECENT_DAYS))
            .order_by(Opportunity.id)
        )
    )


def _keys(session: Session, prefix: str) -> dict[str, datetime]:
    rows = session.execute(select(SlackDelivery.key, SlackDelivery.seen_at).where(SlackDelivery.key.like(f"{prefix}%")))
    return {str(key).split(":", 1)[1]: seen_at for key, seen_at in rows}


def unposted(db: Database, now: datetime) -> list[int]:
    """Recent escalations nobody has claimed yet."""
    with db.read() as session:
        taken = _keys(session, CLAIMED)
        return [i for i in _recent(session, now) if str(i) not in taken]


def leftovers(db: Database, now: datetime, lease: timedelta) -> list[tuple[int, datetime]]:
    """Recent escalations claimed longer than ``lease`` ago and never marked posted: (id, the claim's time)."""
    with db.read() as session:
        claimed = _keys(session, CLAIMED)
        posted = _keys(session, POSTED)
        return [
            (i, claimed[str(i)])
            for i in _recent(session, now)
            if str(i) in claimed and str(i) not in posted and claimed[str(i)] < now - lease
        ]


def _take_over(db: Database, opportunity_id: int, claimed_at: datetime) -> bool:
    """Re-claim a leftover by compare-and-set on the claim's time: False when another process took it first."""
    with db.write() as session:
        taken = session.execute(
            update(SlackDelivery)
            .where(SlackDelivery.key == claim_key(opportunity_id), SlackDelivery.seen_at == claimed_at)
            .values(seen_at=utcnow())
        )
        return bool(taken.rowcount == 1)  # type: ignore[attr-defined]


def _post(db: Database, client: WebClient, item: Escalation, channel: str, locale: str, pacer: ChannelPacer) -> bool:
    from slack_sdk.errors import SlackApiError

    pacer.wait(channel)
    started = time.monotonic()
    try:
        client.chat_postMessage(
            channel=channel,
            text=say(locale, "esc_fallback", platform=item.platform),
            blocks=escalation_blocks(item, locale),
            metadata=metadata(item.opportunity_id),
            unfurl_links=False,
            unfurl_media=False,
        )
    except SlackApiError as exc:
        log.warning(
            "escalation %s not posted to %s: %s; tried again after KUULO_CARD_CLAIM_SECONDS",
            item.opportunity_id,
            channel,
            exc.response.get("error"),
        )
        return False
    first_delivery(db, posted_key(item.opportunity_id))
    log.info("escalation %s posted in %.0f ms", item.opportunity_id, (time.monotonic() - started) * 1000)
    return True


def post_escalations(
    db: Database, client: WebClient, settings: Settings, pacer: ChannelPacer, now: datetime | None = None
) -> dict[str, int]:
    """One pass: finish escalation cards a stopped process or a refused post left, then claim and post a card for
    every recent escalation without one."""
    counts = {"posted": 0, "failed": 0, "lost": 0, "reconciled": 0}
    brands = {brand.id: brand for brand in all_brands(db, settings)}  # each brand's own escalation channel
    if not any(brand.escalation_channel for brand in brands.values()):
        return counts
    now = now or datetime.now(UTC)

    def place(opportunity_id: int) -> tuple[Escalation, str, str] | None:
        brand = brands.get(brand_of_opportunity(db, opportunity_id))
        channel = brand.escalation_channel if brand is not None else None
        if brand is None or channel is None:
            return None  # its brand has no escalation channel (yet): it shows in that brand's digest
        item = load(db, opportunity_id)
        return None if item is None else (item, channel, brand.settings.locale)

    for opportunity_id, claimed_at in leftovers(db, now, timedelta(seconds=settings.card_claim_seconds)):
        found = place(opportunity_id)
        if found is None or not _take_over(db, opportunity_id, claimed_at):
            continue
        item, channel, locale = found
        since = (claimed_at - timedelta(minutes=5)).timestamp()
        if find_by_metadata(client, channel, ESCALATION_EVENT, {"opportunity_id": opportunity_id}, since=since):
            first_delivery(db, posted_key(opportunity_id))
            log.info("escalation %s found in %s after a restart", opportunity_id, channel)
        elif not _post(db, client, item, channel, locale, pacer):
            counts["failed"] += 1
            continue
        counts["reconciled"] += 1
    for opportunity_id in unposted(db, now):
        found = place(opportunity_id)
        if found is None:
            continue
        if not first_delivery(db, claim_key(opportunity_id)):
            counts["lost"] += 1
            continue
        item, channel, locale = found
        counts["posted" if _post(db, client, item, channel, locale, pacer) else "failed"] += 1
    return counts


def _handled(deps: Deps) -> Any:
    def handle(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        user = body["user"]["id"]
        opportunity_id = int(body["actions"][0]["value"])
        channel, ts = card_place(body)
        allowed = deps.may_handle_escalation(user, opportunity_id)  # an approver of the comment's brand
        with deps.db.write() as session:
            session.add(
                AuditEvent(
                    actor=user,
                    action="escalation.handled" if allowed else "escalation.refused",
                    subject_type="opportunity",
                    subject_id=str(opportunity_id),
                    detail={"via": "slack"} if allowed else {"via": "slack", "reason": "not an approver"},
                )
            )
        if not allowed:
            log.info("refused mark-handled on escalation %s by %s: not an approver", opportunity_id, user)
            deps.background.submit(tell, client, channel, user, say(deps.locale, "not_authorised"))
            return
        if channel and ts:
            deps.background.submit(show_handled, deps, client, opportunity_id, user, channel, ts)

    return handle


def show_handled(deps: Deps, client: WebClient, opportunity_id: int, user: str, channel: str, ts: str) -> None:
    """The escalation card, marked handled by ``user`` (in the background, after Slack got its answer)."""
    item = load(deps.db, opportunity_id)
    if item is not None:
        client.chat_update(
            channel=channel,
            ts=ts,
            text=say(deps.locale, "esc_fallback", platform=item.platform),
            blocks=escalation_blocks(item, deps.locale, handled=(user, datetime.now(UTC))),
        )


def register(app: App, deps: Deps) -> None:
    app.action(MARK_HANDLED)(_handled(deps))
