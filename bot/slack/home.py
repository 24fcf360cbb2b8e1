"""App Home: two pages, rebuilt on every open and after polls.

The review queue page (this module): the queue, the watches, sources in trouble and
guidance sources. The audience page (:mod:`bot.slack.board`): themes, emerging topics,
recent alerts and top questions. Two buttons at the top switch pages; the choice and the
user's Slack language are kept in ``home_tabs``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from bot.brands.records import has_other_brands
from bot.brands.settings import BrandSettings, all_brands
from bot.insights.data import Scope
from bot.services import Services
from bot.slack import board
from bot.slack.blocks import Block, context, escape, link, plain
from bot.storage.db import Database
from bot.storage.models import Draft, Opportunity, Post, Watch
from bot.wording import say
from knowledge.store import open_chroma_client

if TYPE_CHECKING:
    from slack_bolt import Ack, App
    from slack_sdk import WebClient

    from bot.config import Settings
    from bot.slack.app import Deps

log = logging.getLogger(__name__)
MAX_WATCHES_SHOWN = 40
MAX_TROUBLES_SHOWN = 15
MAX_SOURCES_SHOWN = 20


@dataclass
class HomeData:
    counts: dict[str, int]
    watches: list[Watch]
    troubled: list[Watch]
    guidance: list[tuple[str, int]] | None = None  # None: the store could not be read
    guidance_error: str | None = None
    notes: list[str] = field(default_factory=list)


def queue_counts(db: Database, now: datetime, brand_ids: list[int] | None = None) -> dict[str, int]:
    """Pending, approved-unposted and posted-this-week drafts: every brand's, or only ``brand_ids``'."""
    mine = Draft.id.in_(
        select(Draft.id)
        .join(Opportunity, Opportunity.id == Draft.opportunity_id)
        .where(Opportunity.brand_id.in_(brand_ids or []))
    )
    scoped = (mine,) if brand_ids is not None else ()
    with db.read() as session:
        pending = session.scalar(select(func.count()).select_from(Draft).where(Draft.status == "pending", *scoped)) or 0
        posted_ids = select(Post.draft_id)
        approved = session.scalar(
            select(func.count())
            .select_from(Draft)
            .where(Draft.status == "approved", Draft.id.not_in(posted_ids), *scoped)
        )
        week = session.scalar(
            select(func.count())
            .select_from(Post)
            .join(Draft, Draft.id == Post.draft_id)
            .where(Post.published_at >= now - timedelta(days=7), *scoped)
        )
    return {"pending": int(pending), "approved": int(approved or 0), "posted_week": int(week or 0)}


def guidance_sources(settings: Settings) -> list[tuple[str, int]]:
    """Each guidance source and its passage count, read from Chroma's metadata (no embedding model needed)."""
    client = open_chroma_client(settings)
    try:
        if settings.chroma_collection not in {c.name for c in client.list_collections()}:
            return []
        found = client.get_collection(settings.chroma_collection, embedding_function=None).get(include=["metadatas"])
        counts: dict[str, int] = {}
        for meta in found["metadatas"] or []:
            source = str((meta or {}).get("source", ""))
            counts[source] = counts.get(source, 0) + 1
        return sorted(counts.items())
    finally:
        client.close()  # type: ignore[attr-defined]


def load(db: Database, settings: Settings, now: datetime, brands: list[BrandSettings] | None = None) -> HomeData:
    """The queue page's data: every brand's, or (several brands) only ``brands``' (those the person approves for)."""
    ids = [b.id for b in brands] if brands is not None else None
    with db.read() as session:
        query = select(Watch).order_by(Watch.id)
        if ids is not None:
            query = query.where(Watch.brand_id.in_(ids))
        watches = list(session.scalars(query))
    data = HomeData(queue_counts(db, now, ids), watches, [w for w in watches if w.status in ("error", "inactive")])
    try:
        if brands is None:
            data.guidance = guidance_sources(settings)
        else:  # each brand's own collection, its sources named with the brand
            data.guidance = [
                (f"{b.name}: {source}", count) for b in brands for source, count in guidance_sources(b.settings)
            ]
    except Exception as exc:  # a boundary: the Home tab still shows the rest
        log.warning("guidance sources not read for App Home: %s", type(exc).__name__)
        data.guidance_error = type(exc).__name__
    return data


def _header(text: str) -> Block:
    return {"type": "header", "text": plain(text, 150)}


def home_view(data: HomeData, locale: str, approvers_configured: bool, escalation_channel: bool = True) -> Block:
    """The Home tab's queue page (pure): at most 100 blocks, as Slack allows."""
    blocks: list[Block] = [
        board.nav("queue", locale),
        _header(say(locale, "home_title")),
        {"type": "section", "text": {"type": "mrkdwn", "text": say(locale, "home_queue", **data.counts)}},
    ]
    blocks += [context(escape(note)) for note in data.notes]
    if not approvers_configured:
        blocks.append(context(say(locale, "home_approvers_none")))
    if not escalation_channel:
        blocks.append(context(say(locale, "escalation_channel_none")))
    blocks.append(_header(say(locale, "home_watches")))
    for watch in data.watches[:MAX_WATCHES_SHOWN]:
        state = "paused" if watch.paused else watch.status
        blocks.append(context(f"#{watch.id} · {watch.platform} · {state} · {link(watch.url, watch.url)}"))
    if not data.watches:
        blocks.append(context(escape(say(locale, "no_watches"))))
    blocks.append(_header(say(locale, "home_troubles")))
    for watch in data.troubled[:MAX_TROUBLES_SHOWN]:
        error = escape((watch.last_error or "?")[:300])
        item = say(
            locale,
            "home_trouble_item",
            id=watch.id,
            platform=watch.platform,
            status=watch.status,
            failures=watch.failures,
            error=error,
        )
        blocks.append(context(item))
    if not data.troubled:
        blocks.append(context(say(locale, "home_no_troubles")))
    blocks.append(_header(say(locale, "home_guidance")))
    if data.guidance is None:
        blocks.append(context(escape(say(locale, "home_guidance_unavailable", reason=data.guidance_error or "?"))))
    elif not data.guidance:
        blocks.append(context(say(locale, "home_guidance_none")))
    for source, count in (data.guidance or [])[:MAX_SOURCES_SHOWN]:
        blocks.append(context(escape(say(locale, "home_guidance_item", source=source, count=count))))
    return {"type": "home", "blocks": blocks[:100]}


def register(app: App, deps: Deps) -> None:
    @app.event("app_home_opened")
    def opened(event: dict[str, Any], client: WebClient) -> None:
        if event.get("tab", "home") == "home":
            deps.background.submit(publish_home, deps, client, event["user"])

    @app.action(board.NAV_ACTIONS["queue"])
    def show_queue(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        deps.background.submit(publish_home, deps, client, body["user"]["id"], "queue")

    @app.action(board.NAV_ACTIONS["audience"])
    def show_audience(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        deps.background.submit(publish_home, deps, client, body["user"]["id"], "audience")


def publish_home(deps: Deps, client: WebClient, user: str, page: str | None = None) -> None:
    """``views.publish`` of the user's Home tab on ``page`` (else the page they were on), in their language.

    Runs in the background, after Slack got its answer. The audience page is built from
    what is stored now (:func:`bot.slack.board.build`).
    """
    now = datetime.now(UTC)
    language = board.slack_language(client, user, deps.locale)
    row = board.remember(deps.db, user, page=page, locale=language)
    mine = None  # one brand: everything, as before; several: only the brands the person approves for
    if has_other_brands(deps.db):
        mine = [b for b in all_brands(deps.db, deps.settings) if deps.may_act_for(user, b)]
    if row.page == "audience" and (mine is None or mine):
        services = Services(deps.settings)
        try:
            if mine is None:
                found, alerts = board.build(services, now)
            else:  # the first of their brands' audience, never mixed with another brand's
                found, alerts = board.build(
                    services.for_brand(mine[0]), now, Scope(brand_id=mine[0].id, brand=mine[0].name)
                )
        finally:
            services.close()
        view = board.audience_view(found, alerts, language)
    else:
        data = load(deps.db, deps.settings, now, mine)
        if mine is not None:
            data.notes.insert(0, say(language, "home_brands", brands=", ".join(b.display_name for b in mine) or "-"))
        approvers = not deps.approvers.empty if mine is None else bool(mine)
        view = home_view(data, language, approvers, deps.settings.escalation_channel is not None)
    board.publish(client, deps.db, user, view, now)
