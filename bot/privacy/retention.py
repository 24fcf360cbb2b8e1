"""Retention: keep strangers' comments only as long as they are needed.

Two periods (docs/privacy.md):

* ``KUULO_RETENTION_DAYS`` (90): a comment that is not part of a conversation
  the brand joined (:mod:`bot.privacy.joined`) loses its text, author and
  extra fields, its signals and its opportunity (with never-published drafts,
  their decisions and card rows) once it was first seen that long ago. The row
  itself stays as a tombstone holding only the platform id and a content hash,
  so a thread that is still polled does not store the comment again as new.
  A thread no longer fetched for that long, with nothing joined, is deleted
  whole, and digest contents older than that are cleared.
* ``KUULO_AUDIT_RETENTION_DAYS`` (730): joined comments, the drafts, decisions
  and posts of those conversations, threads no longer fetched, and audit
  events older than that go too.

A brand may keep comments for less (``kuulo brand set NAME retention_days N``, never longer than
``KUULO_RETENTION_DAYS``): past its period, its own assessments (opportunities, with their
never-joined drafts) of unjoined comments go; a comment of a thread several brands watch is
redacted once the longest period of those brands has passed (docs/brands.md).

Idempotent: a second run with the same clock finds nothing left to do.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, delete, or_, select, update
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement

from bot.brands.settings import all_brands
from bot.config import Settings
from bot.privacy.joined import joined_ids
from bot.storage.db import Database
from bot.storage.models import Alert, AuditEvent, Comment, Digest, Opportunity, Signal, Thread, Watch, utcnow
from bot.watching import quarantine

log = logging.getLogger(__name__)
_CHUNK = 500


@dataclass
class RetentionResult:
    comments_redacted: int = 0  # unjoined comments past KUULO_RETENTION_DAYS
    conversations_expired: int = 0  # any comment data left past KUULO_AUDIT_RETENTION_DAYS
    threads_deleted: int = 0
    thread_comments_deleted: int = 0
    digests_cleared: int = 0
    audit_events_deleted: int = 0
    alerts_deleted: int = 0  # closed burst alerts (they quote comments) past KUULO_RETENTION_DAYS
    assessments_removed: int = 0  # a brand's opportunities past its own (shorter) retention_days
    quarantine_deleted: int = 0  # unreadable payloads kept (bot/watching/quarantine.py) last seen that long ago

    @property
    def total(self) -> int:
        return (
            self.comments_redacted
            + self.conversations_expired
            + self.threads_deleted
            + self.digests_cleared
            + self.audit_events_deleted
            + self.alerts_deleted
            + self.quarantine_deleted
        )

    def summary(self) -> str:
        return (
            f"retention: {self.comments_redacted} comments redacted, "
            f"{self.conversations_expired} answered comments expired, "
            f"{self.threads_deleted} threads deleted ({self.thread_comments_deleted} comments), "
            f"{self.digests_cleared} digests cleared, {self.audit_events_deleted} audit events deleted, "
            f"{self.alerts_deleted} alerts deleted, {self.quarantine_deleted} quarantined payloads deleted"
            + (f", {self.assessments_removed} brand assessments removed" if self.assessments_removed else "")
        )


def redact_comments(session: Session, comment_ids: Collection[int]) -> int:
    """Drop what a comment row says about a person; keep the id and content hash as a tombstone.

    Its signals and opportunity go too; the opportunity's drafts (and their
    versions, decisions, card rows, publish jobs and posts) cascade with it.
    """
    ids = list(comment_ids)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        session.execute(delete(Signal).where(Signal.comment_id.in_(chunk)))
        session.execute(delete(Opportunity).where(Opportunity.comment_id.in_(chunk)))
        session.execute(
            update(Comment)
            .where(Comment.id.in_(chunk))
            .values(text=None, original_text=None, author_id=None, author_name=None, extra={}, updated_at=utcnow())
        )
    return len(ids)


def _holds_data() -> ColumnElement[bool]:
    """A comment that still says something about a person, or has signals or an opportunity."""
    return or_(
        Comment.text.is_not(None),
        Comment.original_text.is_not(None),
        Comment.author_id.is_not(None),
        Comment.author_name.is_not(None),
        select(Signal.comment_id).where(Signal.comment_id == Comment.id).exists(),
        select(Opportunity.id).where(Opportunity.comment_id == Comment.id).exists(),
    )


def run_retention(db: Database, settings: Settings, now: datetime) -> RetentionResult:
    cutoff = now - timedelta(days=settings.retention_days)
    audit_cutoff = now - timedelta(days=settings.audit_retention_days)
    result = RetentionResult()
    periods = brand_periods(db, settings)
    with db.write() as session:
        joined = joined_ids(session)
        _expire_threads(session, joined, cutoff, audit_cutoff, result)
        old = set(session.scalars(select(Comment.id).where(Comment.first_seen_at < cutoff, _holds_data())))
        if min(periods.values(), default=settings.retention_days) < settings.retention_days:
            old |= _past_every_brands_period(session, periods, settings.retention_days, now)
            result.assessments_removed = _drop_brand_assessments(session, periods, settings.retention_days, joined, now)
        result.comments_redacted = redact_comments(session, old - joined)
        expired = set(session.scalars(select(Comment.id).where(Comment.first_seen_at < audit_cutoff, _holds_data())))
        result.conversations_expired = redact_comments(session, expired)
        for digest in session.scalars(select(Digest).where(Digest.claimed_at < cutoff)):
            if digest.content:
                digest.content = {}
                result.digests_cleared += 1
        result.alerts_deleted = int(
            session.execute(delete(Alert).where(Alert.state == "closed", Alert.closed_at < cutoff)).rowcount  # type: ignore[attr-defined]
            or 0
        )
        result.quarantine_deleted = quarantine.drop_older(session, cutoff)
        result.audit_events_deleted = int(
            session.execute(delete(AuditEvent).where(AuditEvent.at < audit_cutoff)).rowcount  # type: ignore[attr-defined]
            or 0
        )
    log.info("retention run: %s", result.summary())
    return result


def brand_periods(db: Database, settings: Settings) -> dict[int, int]:
    """Each brand's retention in days: its own ``retention_days``, never longer than the install's."""
    return {
        brand.id: min(int(brand.values.get("retention_days") or settings.retention_days), settings.retention_days)
        for brand in all_brands(db, settings)
    }


def _thread_periods(session: Session, periods: dict[int, int], longest: int) -> dict[int, int]:
    """Thread id -> the longest retention among the brands that watch it (a removed brand's: the install's)."""
    owner, mine = aliased(Watch), aliased(Watch)
    found: dict[int, int] = {}
    rows = session.execute(
        select(Thread.id, mine.brand_id)
        .join(owner, Thread.watch_id == owner.id)
        .join(
            mine,
            or_(
                mine.id == owner.id,
                and_(mine.kind == "thread", mine.platform == owner.platform, mine.target == owner.target),
            ),
        )
    )
    for thread_id, brand_id in rows:
        found[thread_id] = max(found.get(thread_id, 0), periods.get(brand_id, longest))
    return found


def _past_every_brands_period(session: Session, periods: dict[int, int], longest: int, now: datetime) -> set[int]:
    """Comments holding data whose every watching brand's retention has passed."""
    shortest = now - timedelta(days=min(periods.values()))
    by_thread = _thread_periods(session, periods, longest)
    rows = session.execute(
        select(Comment.id, Comment.thread_id, Comment.first_seen_at).where(
            Comment.first_seen_at < shortest, _holds_data()
        )
    )
    return {
        comment_id
        for comment_id, thread_id, seen in rows
        if seen < now - timedelta(days=by_thread.get(thread_id, longest))
    }


def _drop_brand_assessments(
    session: Session, periods: dict[int, int], longest: int, joined: set[int], now: datetime
) -> int:
    """Past a brand's own period: its opportunities (and never-joined drafts) of unjoined comments go."""
    removed = 0
    for brand_id, days in periods.items():
        if days >= longest:
            continue
        old = select(Comment.id).where(Comment.first_seen_at < now - timedelta(days=days))
        ids = [
            i
            for i, comment_id in session.execute(
                select(Opportunity.id, Opportunity.comment_id).where(
                    Opportunity.brand_id == brand_id, Opportunity.comment_id.in_(old)
                )
            )
            if comment_id not in joined
        ]
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            removed += int(session.execute(delete(Opportunity).where(Opportunity.id.in_(chunk))).rowcount or 0)  # type: ignore[attr-defined]
    return removed


def _expire_threads(
    session: Session, joined: set[int], cutoff: datetime, audit_cutoff: datetime, result: RetentionResult
) -> None:
    """Delete threads no longer fetched: after the audit period always, after retention when nothing is joined."""
    stale = session.execute(
        select(Thread.id, Thread.last_fetched_at).where(
            or_(Thread.last_fetched_at < cutoff, Thread.last_fetched_at.is_(None) & (Thread.created_at < cutoff))
        )
    ).all()
    doomed = []
    for thread_id, fetched_at in stale:
        comment_ids = set(session.scalars(select(Comment.id).where(Comment.thread_id == thread_id)))
        if (fetched_at is not None and fetched_at < audit_cutoff) or not comment_ids & joined:
            doomed.append(thread_id)
            result.thread_comments_deleted += len(comment_ids)
    for start in range(0, len(doomed), _CHUNK):
        session.execute(delete(Thread).where(Thread.id.in_(doomed[start : start + _CHUNK])))
    result.threads_deleted = len(doomed)
