"""Account and feed watches: each new post of an account becomes a watched thread.

An account watch (kind ``account``) is polled like any watch, but its poll
lists the account's newest posts (:mod:`bot.sources.accounts`) and creates one
child thread watch (kind ``thread``, ``parent_watch_id`` set) per post within
its limits (``watches.limits``: ``newest`` posts, ``max_age_days``). Children
inherit the objective, topics, channel, thresholds, interval, listen-only and
drafting opt-in. A post already watched on its own is left alone. Children
older than ``KUULO_THREAD_MAX_AGE_DAYS`` retire (status ``inactive``, reason
"retired"), so the load stays bounded.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from sqlalchemy import select

from bot.config import OBJECTIVES, Settings
from bot.domain import ThreadRef
from bot.errors import ConfigError
from bot.opportunities.scoring import DEFAULT_THRESHOLDS
from bot.services import Services
from bot.sources import resolve_url
from bot.sources.accounts import AccountPost, AccountRef, list_posts, parse_account_url
from bot.storage.db import Database
from bot.storage.models import DEFAULT_BRAND_ID, AuditEvent, Thread, Watch, utcnow

log = logging.getLogger(__name__)

RETIRED = "retired"


@dataclass
class AccountPoll:
    listed: int = 0
    created: list[int] = field(default_factory=list)  # new child watch ids
    retired: int = 0


def add_account_watch(
    db: Database,
    settings: Settings,
    account: AccountRef,
    *,
    objective: str,
    topics: list[str],
    channel: str | None,
    minutes: int,
    newest: int | None = None,
    max_age_days: float | None = None,
    actor: str = "cli",
    brand_id: int = DEFAULT_BRAND_ID,
) -> tuple[Watch, bool]:
    if objective not in OBJECTIVES:
        raise ConfigError(f"objective must be one of {', '.join(OBJECTIVES)}, not {objective!r}")
    limits = {
        "newest": newest if newest is not None else settings.account_newest_posts,
        "max_age_days": max_age_days if max_age_days is not None else settings.account_max_age_days,
    }
    if not 1 <= int(limits["newest"]) <= 100 or float(limits["max_age_days"]) <= 0:
        raise ConfigError("--newest must be 1-100 and --max-age-days more than 0")
    with db.write() as session:
        existing = session.scalar(
            select(Watch).where(
                Watch.platform == account.platform, Watch.target == account.target, Watch.brand_id == brand_id
            )
        )
        if existing is not None:
            return existing, False
        watch = Watch(
            url=account.url,
            platform=account.platform,
            kind="account",
            target=account.target,
            api_base=account.api_base,
            objective=objective,
            topics=[t.strip() for t in topics if t.strip()],
            slack_channel=channel,
            poll_interval_minutes=minutes,
            next_poll_at=utcnow(),
            thresholds=dict(DEFAULT_THRESHOLDS),
            limits=limits,
            brand_id=brand_id,
        )
        session.add(watch)
        session.flush()
        session.add(
            AuditEvent(
                actor=actor,
                action="watch.add",
                subject_type="watch",
                subject_id=str(watch.id),
                detail={"url": account.url, "kind": "account"},
            )
        )
        return watch, True


def poll_account(services: Services, watch: Watch, now: datetime) -> AccountPoll:
    """List the account's newest posts; watch those within the limits; retire old children."""
    account = parse_account_url(watch.url)
    if account is None:
        raise ConfigError(f"watch {watch.id}: {watch.url} is no longer an account link Kuulo understands")
    newest = int(watch.limits.get("newest", services.settings.account_newest_posts))
    max_age = float(watch.limits.get("max_age_days", services.settings.account_max_age_days))
    posts = list_posts(services.source(watch.platform), account, newest)
    result = AccountPoll(listed=len(posts))
    oldest = now - timedelta(days=max_age)
    fresh = [p for p in posts if p.created_at is None or p.created_at >= oldest][:newest]
    refs = [_thread_ref(post) for post in fresh]
    with services.db.write() as session:
        parent = session.get(Watch, watch.id)
        if parent is None:
            return result
        for ref in refs:
            known = session.scalar(
                select(Watch.id).where(
                    Watch.platform == ref.platform, Watch.target == ref.thread_id, Watch.brand_id == parent.brand_id
                )
            )
            if known is not None:
                continue
            child = Watch(
                url=ref.url,
                platform=ref.platform,
                kind="thread",
                target=ref.thread_id,
                api_base=ref.api_base,
                objective=parent.objective,
                topics=list(parent.topics or []),
                slack_channel=parent.slack_channel,
                poll_interval_minutes=parent.poll_interval_minutes,
                next_poll_at=now,
                thresholds=dict(parent.thresholds or {}),
                parent_watch_id=parent.id,
                listen_only=parent.listen_only,
                draft_opt_in=parent.draft_opt_in,
                brand_id=parent.brand_id,  # a post of a brand's account watch is that brand's
            )
            session.add(child)
            session.flush()
            result.created.append(child.id)
    result.retired = retire_old_threads(services.db, services.settings, now, parent_id=watch.id)
    log.info("watch=%s: account listed %d posts, %d new threads", watch.id, result.listed, len(result.created))
    return result


def _thread_ref(post: AccountPost) -> ThreadRef:
    """No request: every listed link has a thread form, and the listing gives the stable id where
    the link does not show it (a Mastodon status's ``uri``), so the thread is keyed as ``watch add`` keys it."""
    ref = resolve_url(post.url)
    return replace(ref, thread_id=post.thread_id) if post.thread_id else ref


def retire_old_threads(db: Database, settings: Settings, now: datetime, parent_id: int | None = None) -> int:
    """Retire account-found threads older than ``KUULO_THREAD_MAX_AGE_DAYS`` (by post time, else watch time)."""
    limit = now - timedelta(days=settings.thread_max_age_days)
    retired = 0
    with db.write() as session:
        query = select(Watch).where(Watch.parent_watch_id.is_not(None), Watch.status != "inactive")
        if parent_id is not None:
            query = query.where(Watch.parent_watch_id == parent_id)
        for child in session.scalars(query):
            thread = session.scalar(select(Thread).where(Thread.watch_id == child.id).limit(1))
            born = (thread.created_at if thread is not None else None) or child.created_at
            if born.tzinfo is None:
                born = born.replace(tzinfo=limit.tzinfo)
            if born >= limit:
                continue
            child.status, child.last_error = "inactive", RETIRED
            if thread is not None:
                thread.active, thread.inactive_reason = False, RETIRED
            retired += 1
    return retired


def children(db: Database, parent_id: int) -> list[Watch]:
    with db.read() as session:
        return list(session.scalars(select(Watch).where(Watch.parent_watch_id == parent_id).order_by(Watch.id)))
