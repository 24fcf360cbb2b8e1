"""Plain rows for one digest, read in one session: the only module of the digest that queries.

Times are UTC; ``start``/``end`` bound the local day the digest looks back on
("yesterday" of the digest date) and ``now`` is when it is built.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session

from bot.brands.threads import threads_of_brand
from bot.drafting.resume import Unfinished, unfinished
from bot.storage.db import Database
from bot.storage.models import (
    DEFAULT_BRAND_ID,
    Comment,
    Decision,
    Draft,
    Opportunity,
    Post,
    PostReply,
    Signal,
    SlackCard,
    Thread,
    Watch,
)
from bot.textnorm import shown

OPEN_DAYS = 7  # opportunities older than this are no longer "today's" conversations
UNFINISHED_AFTER = timedelta(hours=1)  # unfinished work older than this is mentioned (bot/drafting/resume.py)
AUDIENCE_INTENTS = ("question", "recommendation_request", "complaint")


@dataclass(frozen=True)
class Card:
    channel: str
    ts: str


@dataclass(frozen=True)
class OpenOpportunity:
    opportunity_id: int
    score: float
    reason: str
    platform: str
    objective: str
    url: str
    card: Card | None = None


@dataclass(frozen=True)
class WaitingDraft:
    draft_id: int
    platform: str
    objective: str
    created_at: datetime
    url: str
    card: Card | None = None


@dataclass(frozen=True)
class OutcomeEvent:
    objective: str
    kind: str  # drafted | approved | edited | skipped | published | reply | expired
    minutes: float | None = None  # approvals: minutes from draft to approval


@dataclass(frozen=True)
class AudienceComment:
    comment_id: int
    at: datetime
    text: str
    language: str | None
    intent: str
    emotion: str
    need: str | None
    url: str


@dataclass(frozen=True)
class Trouble:
    watch_id: int
    platform: str
    url: str
    status: str
    error: str | None


@dataclass(frozen=True)
class Escalation:
    opportunity_id: int
    platform: str
    reason: str
    url: str


@dataclass
class DayRows:
    start: datetime
    end: datetime
    now: datetime
    open: list[OpenOpportunity] = field(default_factory=list)
    waiting: list[WaitingDraft] = field(default_factory=list)
    expired: list[int] = field(default_factory=list)  # draft ids
    events: list[OutcomeEvent] = field(default_factory=list)
    comments: list[AudienceComment] = field(default_factory=list)  # the day and the week before it
    troubles: list[Trouble] = field(default_factory=list)
    escalations: list[Escalation] = field(default_factory=list)
    unfinished: list[Unfinished] = field(default_factory=list)  # stages with work waiting over UNFINISHED_AFTER


def _cards(session: Session, draft_ids: list[int]) -> dict[int, Card]:
    if not draft_ids:
        return {}
    rows = session.execute(
        select(SlackCard.draft_id, SlackCard.channel, SlackCard.ts).where(
            SlackCard.draft_id.in_(draft_ids), SlackCard.ts.is_not(None), SlackCard.channel.is_not(None)
        )
    )
    return {draft_id: Card(str(channel), str(ts)) for draft_id, channel, ts in rows}


Query = TypeVar("Query", bound=Select[*tuple[Any, ...]])


def _of(query: Query, brand_id: int | None) -> Query:
    """``query`` (joined to ``Watch``) kept to one brand's watches; every brand's when ``brand_id`` is None."""
    return query if brand_id is None else query.where(Watch.brand_id == brand_id)


def _seen_by(query: Query, brand_id: int | None) -> Query:
    """``query`` (joined to ``Thread``) kept to the threads one brand watches (a shared thread: each of its brands)."""
    return query if brand_id is None else query.where(Thread.id.in_(threads_of_brand(brand_id)))


# The watch an opportunity was judged for (its brand's, on a shared thread); older rows: the thread's own.
_JUDGED_BY = func.coalesce(Opportunity.watch_id, Thread.watch_id)


def _open(session: Session, now: datetime, brand_id: int | None = None) -> list[OpenOpportunity]:
    handled = select(Draft.opportunity_id).where(
        Draft.status.in_(("approved", "skipped", "stale")) | Draft.id.in_(select(Decision.draft_id))
    )
    rows = session.execute(
        _of(
            select(Opportunity, Comment.url, Thread.url, Thread.platform, Watch.objective)
            .join(Comment, Comment.id == Opportunity.comment_id)
            .join(Thread, Thread.id == Comment.thread_id)
            .join(Watch, Watch.id == _JUDGED_BY)
            .where(
                Opportunity.action.in_(("draft", "digest")),
                Opportunity.created_at >= now - timedelta(days=OPEN_DAYS),
                Opportunity.id.not_in(handled),
                Comment.deleted.is_(False),
            ),
            brand_id,
        ).order_by(Opportunity.score.desc(), Opportunity.id)
    ).all()
    latest = dict(
        session.execute(
            select(Draft.opportunity_id, func.max(Draft.id))
            .where(Draft.opportunity_id.in_([o.id for o, *_ in rows]))
            .group_by(Draft.opportunity_id)
        ).all()
    )
    cards = _cards(session, list(latest.values()))
    return [
        OpenOpportunity(
            o.id, o.score, o.reason, platform, objective, comment_url or thread_url, cards.get(latest.get(o.id, -1))
        )
        for o, comment_url, thread_url, platform, objective in rows
    ]


def _waiting(session: Session, brand_id: int | None = None) -> list[WaitingDraft]:
    rows = session.execute(
        _of(
            select(Draft.id, Draft.created_at, Comment.url, Thread.url, Thread.platform, Watch.objective)
            .join(Comment, Comment.id == Draft.comment_id)
            .join(Thread, Thread.id == Comment.thread_id)
            .join(Opportunity, Opportunity.id == Draft.opportunity_id)
            .join(Watch, Watch.id == _JUDGED_BY)
            .where(Draft.status == "pending"),
            brand_id,
        ).order_by(Draft.created_at, Draft.id)
    ).all()
    cards = _cards(session, [row[0] for row in rows])
    return [
        WaitingDraft(draft_id, platform, objective, created, comment_url or thread_url, cards.get(draft_id))
        for draft_id, created, comment_url, thread_url, platform, objective in rows
    ]


def _by_draft(*columns: Any, brand_id: int | None = None) -> Select[Any]:
    """``Watch.objective`` plus ``columns``, from drafts joined to their watch (of one brand, if given)."""
    return _of(
        select(Watch.objective, *columns)
        .select_from(Draft)
        .join(Comment, Comment.id == Draft.comment_id)
        .join(Thread, Thread.id == Comment.thread_id)
        .join(Opportunity, Opportunity.id == Draft.opportunity_id)
        .join(Watch, Watch.id == _JUDGED_BY),
        brand_id,
    )


def _events(
    session: Session, start: datetime, end: datetime, brand_id: int | None = None
) -> tuple[list[OutcomeEvent], list[int]]:
    events: list[OutcomeEvent] = []
    drafted = _by_draft(Draft.id, brand_id=brand_id).where(Draft.created_at >= start, Draft.created_at < end)
    events += [OutcomeEvent(objective, "drafted") for objective, _ in session.execute(drafted)]
    stale = _by_draft(Draft.id, brand_id=brand_id).where(
        Draft.status == "stale", Draft.updated_at >= start, Draft.updated_at < end
    )
    expired = list(session.execute(stale))
    events += [OutcomeEvent(objective, "expired") for objective, _ in expired]
    decided = (
        _by_draft(Decision.action, Decision.decided_at, Draft.created_at, brand_id=brand_id)
        .join(Decision, Decision.draft_id == Draft.id)
        .where(Decision.decided_at >= start, Decision.decided_at < end)
    )
    for objective, action, decided_at, created in session.execute(decided):
        minutes = (decided_at - created).total_seconds() / 60 if action == "approved" else None
        events.append(OutcomeEvent(objective, str(action), minutes))
    posted = _by_draft(Post.id, brand_id=brand_id).join(Post, Post.draft_id == Draft.id)
    published = posted.where(Post.published_at >= start, Post.published_at < end)
    events += [OutcomeEvent(objective, "published") for objective, _ in session.execute(published)]
    replies = posted.join(PostReply, PostReply.post_id == Post.id).where(
        PostReply.seen_at >= start, PostReply.seen_at < end
    )
    events += [OutcomeEvent(objective, "reply") for objective, _ in session.execute(replies)]
    return events, [draft_id for _, draft_id in expired]


def _comments(session: Session, start: datetime, end: datetime, brand_id: int | None = None) -> list[AudienceComment]:
    at = func.coalesce(Comment.created_at, Comment.first_seen_at)
    rows = session.execute(
        _seen_by(
            select(Comment, Signal, Thread.url)
            .join(Signal, Signal.comment_id == Comment.id)
            .join(Thread, Thread.id == Comment.thread_id)
            .where(
                and_(
                    Comment.deleted.is_(False),
                    Comment.ours.is_(False),
                    Signal.opt_out.is_(False),
                    at < end,
                    at >= start,
                )
            ),
            brand_id,
        ).order_by(Comment.id)
    ).all()
    return [
        AudienceComment(
            c.id,
            c.created_at or c.first_seen_at,
            shown(c.original_text, c.text) or "",  # quoted as written
            s.language or c.language,
            s.intent,
            s.emotion,
            s.need,
            c.url or thread_url,
        )
        for c, s, thread_url in rows
        if c.text
    ]


def read_rows(
    db: Database,
    start: datetime,
    end: datetime,
    now: datetime,
    baseline_days: int = 7,
    scope: dict[str, Any] | None = None,
    brand_id: int | None = None,
) -> DayRows:
    """``scope``: what :func:`bot.drafting.resume.unfinished` needs from the settings (see ``resume.scope``).
    ``brand_id``: only that brand's watches, comments and drafts (another brand's digest never shows them);
    the install-wide unfinished work is shown only without it or in brand default's digest."""
    rows = DayRows(start=start, end=end, now=now)
    with db.read() as session:
        rows.unfinished = (
            [
                item
                for item in unfinished(session, now, **(scope or {}))
                if item.count and item.oldest is not None and now - item.oldest >= UNFINISHED_AFTER
            ]
            if brand_id in (None, DEFAULT_BRAND_ID)
            else []
        )
        rows.open = _open(session, now, brand_id)
        rows.waiting = _waiting(session, brand_id)
        rows.events, rows.expired = _events(session, start, end, brand_id)
        rows.comments = _comments(session, start - timedelta(days=baseline_days), end, brand_id)
        rows.troubles = [
            Trouble(w.id, w.platform, w.url, w.status, w.last_error)
            for w in session.scalars(
                _of(
                    select(Watch).where(Watch.status.in_(("error", "inactive")), Watch.paused.is_(False)), brand_id
                ).order_by(Watch.id)
            )
        ]
        # A thread whose last read lost a part: what arrived is stored, the next poll reads it in full.
        rows.troubles += [
            Trouble(t.watch_id, t.platform, t.url, "incomplete", "; ".join(t.missing or []) or None)
            for t in session.scalars(
                _seen_by(
                    select(Thread)
                    .join(Watch, Watch.id == Thread.watch_id)
                    .where(Thread.incomplete == "failure", Watch.paused.is_(False)),
                    brand_id,
                ).order_by(Thread.id)
            )
        ]
        escalated = session.execute(
            _of(
                select(Opportunity.id, Opportunity.reason, Thread.platform, Comment.url, Thread.url)
                .join(Comment, Comment.id == Opportunity.comment_id)
                .join(Thread, Thread.id == Comment.thread_id)
                .join(Watch, Watch.id == _JUDGED_BY)
                .where(Opportunity.action == "escalate", Opportunity.created_at >= now - timedelta(days=OPEN_DAYS)),
                brand_id,
            ).order_by(Opportunity.created_at.desc(), Opportunity.id.desc())
        )
        rows.escalations = [Escalation(i, p, r, cu or tu) for i, r, p, cu, tu in escalated]
    return rows
