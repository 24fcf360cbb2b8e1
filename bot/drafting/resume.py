"""Unfinished work: what a crash left half-way, found from the rows each stage writes, finished oldest first.

A comment moves through stages, and each stage's result is written in one transaction, so the
rows themselves say how far it got; no separate progress record can disagree with them:

* **signals** -- stored, but no ``signals`` row for its current text (``content_hash``);
* **opportunity** -- signals current, but no ``opportunities`` row (both are written in one
  transaction by :func:`bot.opportunities.assess.assess_comments`, so this stays 0 unless a row was lost);
* **draft** -- the opportunity says ``draft`` and no draft answers its latest assessment: no live
  (pending or approved) draft, and none written since the opportunity was last assessed (a draft a
  person skipped, or that expired, answered it; an edited comment's old drafts do not);
* **card** -- a pending draft whose review card is not posted (no ``slack_cards`` row, or one left
  ``claimed``); the Slack process posts and reconciles them (:func:`bot.slack.cards.post_new_cards`);
* **outbox** -- an approved draft with no ``posts`` row whose publish job is missing, left
  ``publishing`` or ``unknown``, or ``queued`` and due; the outbox finishes them
  (:func:`bot.publishing.outbox.run_outbox`).

The brand's own comments (our published replies, ``KUULO_BRAND_ACCOUNTS``) and deleted comments are
never assessed, so they are never unfinished. :func:`unfinished` counts each stage with one query;
:func:`resume` (called by every poll, before new work) finishes the comment stages oldest first.
Resuming is idempotent: stored signals are reused for an unchanged text, a comment with a draft is
not drafted again, and every stage's query excludes what its own result already covers.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from bot.brands.threads import siblings
from bot.drafting.pipeline import demote, draft_comment, drafting_off, every_brands_accounts, mark_stale
from bot.errors import KuuloError
from bot.opportunities.assess import assess_comments
from bot.storage.models import (
    Comment,
    Draft,
    Opportunity,
    Post,
    PublishJob,
    Signal,
    SlackCard,
    Thread,
    Watch,
    utcnow,
)

if TYPE_CHECKING:
    from bot.config import Settings
    from bot.services import Services

log = logging.getLogger(__name__)

STAGES: tuple[str, ...] = ("signals", "opportunity", "draft", "card", "outbox")
LIVE = ("pending", "approved")
ASSESS_BATCH = 500  # comments assessed per pass; the rest wait for the next poll
DRAFT_BATCH = 100
DRAFT_FAILURES_IN_A_ROW = 3  # the model is down or the daily cap reached: stop trying until the next pass


@dataclass(frozen=True)
class Unfinished:
    stage: str
    count: int
    oldest: datetime | None  # when the oldest waiting item entered the stage

    def age_hours(self, now: datetime) -> float:
        return (now - self.oldest).total_seconds() / 3600 if self.oldest else 0.0


# -- one query per stage ------------------------------------------------------------------
def _own(brand_accounts: Sequence[str]) -> ColumnElement[bool]:
    """The brand's own comment: a reply we published, or written by one of the brand's accounts."""
    ours: ColumnElement[bool] = exists(
        select(Post.id).where(Post.platform == Comment.platform, Post.external_id == Comment.external_id)
    )
    if brand_accounts:
        accounts = [a.lower().lstrip("@") for a in brand_accounts]
        ours = or_(
            ours,
            func.lower(func.ltrim(Comment.author_id, "@")).in_(accounts),
            func.lower(func.ltrim(Comment.author_name, "@")).in_(accounts),
        )
    return ours


def _assessable(brand_accounts: Sequence[str]) -> ColumnElement[bool]:
    return and_(Comment.deleted.is_(False), Comment.text.is_not(None), ~_own(brand_accounts))


def without_signals(brand_accounts: Sequence[str] = ()) -> Select[int, int, datetime]:
    """Stored comments whose current text has no signals: (comment id, watch id, first seen), oldest first."""
    current = select(Signal.comment_id).where(
        Signal.comment_id == Comment.id, Signal.content_hash == Comment.content_hash
    )
    return (
        select(Comment.id, Thread.watch_id, Comment.first_seen_at)
        .join(Thread, Comment.thread_id == Thread.id)
        .where(_assessable(brand_accounts), ~exists(current))
        .order_by(Comment.first_seen_at, Comment.id)
    )


def without_opportunity(brand_accounts: Sequence[str] = ()) -> Select[int, int, datetime]:
    """Comments with current signals but no opportunity row of a brand that watches them:
    (comment id, that brand's watch id, signals computed). A thread several brands watch is judged by each."""
    owner, mine = aliased(Watch), aliased(Watch)
    judged = select(Opportunity.id).where(Opportunity.comment_id == Comment.id, Opportunity.brand_id == mine.brand_id)
    return (
        select(Comment.id, mine.id, Signal.computed_at)
        .join(Thread, Comment.thread_id == Thread.id)
        .join(owner, Thread.watch_id == owner.id)
        .join(
            mine,
            or_(
                mine.id == owner.id,
                and_(mine.kind == "thread", mine.platform == owner.platform, mine.target == owner.target),
            ),
        )
        .join(Signal, and_(Signal.comment_id == Comment.id, Signal.content_hash == Comment.content_hash))
        .where(_assessable(brand_accounts))
        .where(~exists(judged))
        .order_by(Signal.computed_at, Comment.id, mine.id)
    )


def without_draft() -> Select[int, int, datetime]:
    """Opportunities marked ``draft`` that no draft answers: (comment id, watch id, assessed at), oldest first."""
    answered = select(Draft.id).where(
        Draft.opportunity_id == Opportunity.id,  # this brand's drafts (a shared comment has one opportunity per brand)
        or_(Draft.status.in_(LIVE), Draft.created_at >= Opportunity.updated_at),
    )
    return (
        select(Opportunity.comment_id, func.coalesce(Opportunity.watch_id, Thread.watch_id), Opportunity.updated_at)
        .join(Comment, Opportunity.comment_id == Comment.id)
        .join(Thread, Comment.thread_id == Thread.id)
        .where(Opportunity.action == "draft", Comment.deleted.is_(False), Comment.text.is_not(None))
        .where(~exists(answered))
        .order_by(Opportunity.updated_at, Opportunity.id)
    )


def without_card() -> Select[int, datetime]:
    """Pending drafts whose card is not posted (none claimed, or claimed and not finished): (draft id, created)."""
    posted = select(SlackCard.id).where(SlackCard.draft_id == Draft.id, SlackCard.state != "claimed")
    return select(Draft.id, Draft.created_at).where(Draft.status == "pending", ~exists(posted)).order_by(Draft.id)


def unpublished(now: datetime) -> Select[int, datetime]:
    """Approved drafts not yet published, recorded or given up: (draft id, approved at), oldest first."""
    settled = select(PublishJob.id).where(
        PublishJob.draft_id == Draft.id,
        or_(
            PublishJob.state.in_(("published", "failed", "manual")),
            and_(PublishJob.state == "queued", PublishJob.next_attempt_at > now),  # waiting on purpose
        ),
    )
    return (
        select(Draft.id, Draft.updated_at)
        .where(Draft.status == "approved", ~exists(select(Post.id).where(Post.draft_id == Draft.id)))
        .where(~exists(settled))
        .order_by(Draft.updated_at, Draft.id)
    )


def _count(session: Session, stage: str, query: Select[*tuple[Any, ...]]) -> Unfinished:
    inner = query.order_by(None).subquery()
    count, oldest = session.execute(select(func.count(), func.min(list(inner.c)[-1]))).one()
    return Unfinished(stage, int(count), oldest)


def unfinished(
    session: Session, now: datetime, *, brand_accounts: Sequence[str] = (), cards: bool = True
) -> list[Unfinished]:
    """Every stage's waiting count and the oldest waiting item (``cards=False``: no Slack, no card stage)."""
    found = [
        _count(session, "signals", without_signals(brand_accounts)),
        _count(session, "opportunity", without_opportunity(brand_accounts)),
        _count(session, "draft", without_draft()),
    ]
    if cards:
        found.append(_count(session, "card", without_card()))
    found.append(_count(session, "outbox", unpublished(now)))
    return found


def unfinished_for(services: Services, now: datetime | None = None) -> list[Unfinished]:
    with services.db.read() as session:
        return unfinished(session, now or utcnow(), **scope(services.settings, every_brands_accounts(services)))


def scope(settings: Settings, accounts: Sequence[str] | None = None) -> dict[str, Any]:
    """What the stages depend on in the settings: the brands' accounts, whether Slack posts cards."""
    brand_accounts = settings.brand_account_ids if accounts is None else tuple(accounts)
    return {"brand_accounts": brand_accounts, "cards": settings.slack_bot_token is not None}


def describe(items: Sequence[Unfinished], now: datetime) -> str:
    """``"10 signals (oldest 2.5 h), 1 draft (oldest 0.1 h)"``, or ``"none"``."""
    waiting = [f"{u.count} {u.stage} (oldest {u.age_hours(now):.1f} h)" for u in items if u.count]
    return ", ".join(waiting) or "none"


# -- resuming --------------------------------------------------------------------------
@dataclass
class ResumeReport:
    assessed: int = 0
    drafted: int = 0
    demoted: int = 0  # draft opportunities of watches that never draft, kept for the digest
    declined: int = 0  # the drafter chose not to reply
    errors: list[str] = field(default_factory=list)

    @property
    def resumed(self) -> int:
        return self.assessed + self.drafted + self.demoted + self.declined

    def line(self) -> str | None:
        """``"resumed unfinished work: 10 comments assessed, 8 drafted"``; None when nothing was unfinished."""
        if not self.resumed and not self.errors:
            return None
        parts = [f"{self.assessed} comments assessed", f"{self.drafted} drafted"]
        if self.demoted:
            parts.append(f"{self.demoted} kept for the digest (drafting off)")
        if self.declined:
            parts.append(f"{self.declined} declined by the drafter")
        line = "resumed unfinished work: " + ", ".join(parts)
        return line + ("; " + "; ".join(self.errors) if self.errors else "")


def resume(services: Services) -> ResumeReport:
    """Finish the comment stages a crash (or a failure) left unfinished, oldest first.

    Each stage is picked up by its own query, so work interrupted anywhere is found again;
    a stage that fails is reported and left for the next pass, and never stops the poll.
    """
    report = ResumeReport()
    for stage in (_assess, _draft):
        try:
            stage(services, report)
        except KuuloError as exc:
            report.errors.append(f"{stage.__name__.lstrip('_')} stopped: {exc}")
        except Exception as exc:  # a boundary: the poll goes on with new work; keep the traceback
            log.exception("resuming unfinished work failed in stage %s", stage.__name__)
            report.errors.append(f"{stage.__name__.lstrip('_')} failed ({type(exc).__name__}); see the log")
    if report.resumed or report.errors:
        log.info("%s", report.line())
    return report


def _assess(services: Services, report: ResumeReport) -> None:
    accounts = every_brands_accounts(services)
    with services.db.read() as session:
        rows = list(session.execute(without_signals(accounts).limit(ASSESS_BATCH)))
        rows += list(session.execute(without_opportunity(accounts).limit(ASSESS_BATCH)))
        # An edited comment has an older signals row: its pending drafts answer the old text.
        edited = set(session.scalars(select(Signal.comment_id).where(Signal.comment_id.in_([r[0] for r in rows]))))
        by_watch: dict[int, list[int]] = {}
        for comment_id, watch_id, _at in sorted(rows, key=lambda r: (r[2], r[0])):  # oldest watch first
            for judge in [w.id for w in siblings(session, watch_id)] or [watch_id]:  # every brand watching it
                if comment_id not in by_watch.setdefault(judge, []):
                    by_watch[judge].append(comment_id)
    if edited:
        mark_stale(services, sorted(edited))
    for watch_id, ids in by_watch.items():
        scoped = services.for_watch(watch_id)  # the watch's brand: its guidance and budgets
        done = assess_comments(
            db=services.db,
            settings=scoped.settings,
            embedder=services.embedder,
            retriever=scoped.guidance,
            watch_id=watch_id,
            comment_ids=ids,
            install_settings=services.install_settings,
        )
        report.assessed += len(done)
        log.info("resumed watch=%d: %d comments assessed", watch_id, len(done))


def _draft(services: Services, report: ResumeReport) -> None:
    with services.db.read() as session:
        rows = list(session.execute(without_draft().limit(DRAFT_BATCH)))
    off: dict[int, str | None] = {}
    scoped: dict[int, Services] = {}
    failures = 0
    for comment_id, watch_id, _at in rows:
        if watch_id not in off:
            off[watch_id] = drafting_off(services, watch_id)
            scoped[watch_id] = services.for_watch(watch_id)  # the brand whose assessment it is: its accounts too
        reason = off[watch_id]
        if reason is not None:
            report.demoted += demote(scoped[watch_id], [comment_id], reason)
            continue
        result = draft_comment(scoped[watch_id], comment_id)
        if result.draft_id is not None:
            report.drafted += 1
            failures = 0
        elif result.error:
            failures += 1
            if failures >= DRAFT_FAILURES_IN_A_ROW:
                report.errors.append(f"drafting paused after {failures} failures in a row: {result.error}")
                return
        elif result.skipped:
            report.declined += 1
