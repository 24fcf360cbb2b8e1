"""Watches: what Kuulo follows, with its objective, topics and schedule."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, delete, select

from bot.brands.names import DEFAULT
from bot.brands.records import find
from bot.brands.settings import check_channel_free
from bot.brands.threads import hand_over
from bot.config import OBJECTIVES, Settings
from bot.errors import ConfigError, NotFound
from bot.opportunities.scoring import DEFAULT_THRESHOLDS
from bot.sources import canonical_ref, registered, resolve_url
from bot.sources.accounts import parse_account_url
from bot.storage.db import Database
from bot.storage.models import AuditEvent, Watch, utcnow
from bot.watching.accounts import add_account_watch


@dataclass(frozen=True)
class AddResult:
    watch: Watch
    created: bool


def add_watch(
    db: Database,
    settings: Settings,
    url: str,
    *,
    objective: str | None = None,
    topics: list[str] | None = None,
    channel: str | None = None,
    interval: int | None = None,
    actor: str = "cli",
    newest: int | None = None,
    max_age_days: float | None = None,
    listen_only: bool = False,
    allow_drafting: bool = False,
    brand: str = DEFAULT,
) -> AddResult:
    """Watch a thread, or an account or feed (each new post becomes a watched thread, see
    ``bot.watching.accounts``), for ``brand``. Adding the same thread again changes nothing and says so, also
    through another link to it (a Bluesky handle or DID, another Mastodon instance). A thread another brand
    watches gets a watch of this brand too: it is fetched once and judged per brand (bot/brands/threads.py)."""
    with db.read() as session:
        brand_id = find(session, brand).id
    if channel:
        check_channel_free(db, settings, brand, channel)  # a channel belongs to one brand (docs/brands.md)
    objective = objective or settings.default_objective
    if objective not in OBJECTIVES:
        raise ConfigError(f"objective must be one of {', '.join(OBJECTIVES)}, not {objective!r}")
    minutes = interval if interval is not None else settings.default_poll_interval_minutes
    if minutes < 1:
        raise ConfigError("the poll interval is in minutes and must be at least 1")
    account = parse_account_url(url)
    if account is not None:
        watch, created = add_account_watch(
            db,
            settings,
            account,
            objective=objective,
            topics=topics or [],
            channel=channel,
            minutes=minutes,
            newest=newest,
            max_age_days=max_age_days,
            actor=actor,
            brand_id=brand_id,
        )
        if created and (listen_only or allow_drafting):
            _set_flags(db, watch, listen_only, allow_drafting)
        return AddResult(watch, created)
    ref = resolve_url(url, settings)  # probes the page for links only a request can identify (WordPress, feeds)
    ref = canonical_ref(ref, settings)  # the stable id (a Bluesky DID, a Mastodon uri): one post, one watch
    with db.write() as session:
        existing = session.scalar(
            select(Watch).where(
                Watch.platform == ref.platform, Watch.target == ref.thread_id, Watch.brand_id == brand_id
            )
        )
        if existing is not None:
            return AddResult(existing, created=False)
        watch = Watch(
            url=ref.url,
            platform=ref.platform,
            kind="thread",
            target=ref.thread_id,
            api_base=ref.api_base,
            objective=objective,
            topics=[t.strip() for t in topics or [] if t.strip()],
            slack_channel=channel,
            poll_interval_minutes=minutes,
            next_poll_at=utcnow(),
            thresholds=dict(DEFAULT_THRESHOLDS),
            listen_only=listen_only,
            draft_opt_in=allow_drafting,
            brand_id=brand_id,
        )
        session.add(watch)
        session.flush()
        session.add(
            AuditEvent(
                actor=actor, action="watch.add", subject_type="watch", subject_id=str(watch.id), detail={"url": ref.url}
            )
        )
        return AddResult(watch, created=True)


def _set_flags(db: Database, watch: Watch, listen_only: bool, allow_drafting: bool) -> None:
    with db.write() as session:
        row = session.get(Watch, watch.id)
        if row is not None:
            row.listen_only, row.draft_opt_in = listen_only, allow_drafting
    watch.listen_only, watch.draft_opt_in = listen_only, allow_drafting


def list_watches(db: Database, brand: str | None = None) -> list[Watch]:
    """Every watch, or only ``brand``'s."""
    with db.read() as session:
        query = select(Watch).order_by(Watch.id)
        if brand is not None:
            query = query.where(Watch.brand_id == find(session, brand).id)
        return list(session.scalars(query))


def set_paused(db: Database, watch_id: int, paused: bool, actor: str = "cli") -> Watch:
    with db.write() as session:
        watch = session.get(Watch, watch_id)
        if watch is None:
            raise NotFound(f"no watch with id {watch_id}; `kuulo watch list` shows the ids")
        if watch.paused != paused:
            watch.paused = paused
            if not paused:
                watch.next_poll_at = utcnow()
            for child in session.scalars(select(Watch).where(Watch.parent_watch_id == watch_id)):
                child.paused = paused  # an account's threads follow it
                if not paused:
                    child.next_poll_at = utcnow()
            session.add(
                AuditEvent(
                    actor=actor,
                    action="watch.pause" if paused else "watch.resume",
                    subject_type="watch",
                    subject_id=str(watch_id),
                )
            )
        return watch


def remove_watch(db: Database, watch_id: int, actor: str = "cli") -> Watch:
    """Stop watching. Stored comments of its threads go with it (cascade)."""
    with db.write() as session:
        watch = session.get(Watch, watch_id)
        if watch is None:
            raise NotFound(f"no watch with id {watch_id}; `kuulo watch list` shows the ids")
        children = list(session.scalars(select(Watch.id).where(Watch.parent_watch_id == watch_id)))
        for gone in [*children, watch_id]:  # a thread another brand also watches stays, with its comments
            hand_over(session, gone)
        session.execute(delete(Watch).where(Watch.parent_watch_id == watch_id))  # an account's threads go with it
        session.execute(delete(Watch).where(Watch.id == watch_id))
        session.add(
            AuditEvent(
                actor=actor,
                action="watch.remove",
                subject_type="watch",
                subject_id=str(watch_id),
                detail={"url": watch.url},
            )
        )
        return watch


def due_watches(db: Database, now: datetime, include_all: bool = False) -> list[Watch]:
    with db.read() as session:
        query = select(Watch).where(Watch.paused.is_(False), Watch.status != "inactive")
        query = query.where(Watch.platform.in_(sorted(registered())))  # imported platforms are never polled
        if not include_all:
            query = query.where(Watch.next_poll_at <= now)
        return list(
            session.scalars(query.order_by(case((Watch.kind == "account", 0), else_=1), Watch.next_poll_at, Watch.id))
        )
