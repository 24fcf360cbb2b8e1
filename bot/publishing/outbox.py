"""The outbox: every approved reply is published exactly once, or told why not.

``bot.review.decisions.approve`` writes a ``publish_jobs`` row (state ``queued``) in the same
transaction as the approval, so an approval is never lost and a double click makes one
job (``draft_id`` is unique). :func:`run_outbox` (the ``publish-outbox`` job and
``kuulo publish``) then, in this order:

0. queues approved drafts that have no job (:func:`enqueue_missing`);
1. moves jobs left ``publishing`` longer than ``KUULO_PUBLISH_CLAIM_SECONDS`` (a worker
   died between calling the platform and recording the answer) to ``unknown``;
2. reconciles each ``unknown`` job: the publisher looks for our reply on the platform;
   found -> ``published``; not there -> ``queued`` again (never a blind retry);
3. for each due ``queued`` job: checks the gates again (platform switched on, author not
   suppressed, community budget), claims it with compare-and-set
   (``UPDATE ... SET state='publishing' WHERE id=? AND state='queued'``), calls the
   platform, and records ``published`` plus the ``posts`` row in one transaction.

Outcomes: a permanent refusal (4xx other than 429, locked thread, deleted comment) ->
``failed`` with the platform's reason; 429/rate limits and refused connections -> back
to ``queued`` with backoff, at most ``KUULO_PUBLISH_MAX_ATTEMPTS`` tries; a timeout, a
dropped connection or a 5xx -> ``unknown``. A suppressed author -> ``failed``. A spent
community budget keeps the job ``queued`` until the oldest reply in the week leaves the
window (the approval stays valid; nothing is thrown away). Platforms not in
``KUULO_PUBLISH`` (and HN, WordPress, imports, untagged Bluesky comments) -> ``manual``:
a person posts it and records the link with "mark posted".
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, exists, func, insert, select, update
from sqlalchemy.orm import Session

from bot.brands.names import DEFAULT
from bot.brands.threads import brand_of_draft, drafts_of_brand
from bot.checks.signature import SLOT
from bot.errors import ConfigError, InvalidTransition
from bot.privacy.suppress import is_suppressed
from bot.publishing.base import ManualOnly, Published, Publisher, PublishError, Target, publisher_class
from bot.storage.models import (
    DEFAULT_BRAND_ID,
    AuditEvent,
    Comment,
    Decision,
    Draft,
    DraftVersion,
    Opportunity,
    Post,
    PublishJob,
    Thread,
    community_of,
    post_account,
    utcnow,
)
from bot.textnorm import text_hash

if TYPE_CHECKING:
    from bot.services import Services

log = logging.getLogger(__name__)
BUDGET_WINDOW = timedelta(days=7)


@dataclass
class OutboxReport:
    published: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    manual: list[int] = field(default_factory=list)
    unknown: list[int] = field(default_factory=list)
    waiting: list[int] = field(default_factory=list)
    reconciled: list[int] = field(default_factory=list)
    resumed: list[int] = field(default_factory=list)  # left publishing by a stopped worker, or never queued

    def summary(self) -> str | None:
        parts = [f"{len(v)} {k}" for k, v in vars(self).items() if v]
        return ", ".join(parts) if parts else None


_INSERT_JOB = insert(cast(Table, PublishJob.__table__))  # built once: the Approve click's answer waits for it


def enqueue(session: Session, draft_id: int, platform: str, text: str, text_hash: str) -> None:
    """Queue the approved text; called inside the approval's transaction (a Core insert, written at once). A text
    whose signature slot was not filled (bot/checks/signature.py) is never queued: the approval that tried is
    rolled back."""
    enqueue_many(session, [(draft_id, platform, text, text_hash)])


def enqueue_many(session: Session, approved: list[tuple[int, str, str, str]]) -> None:
    """:func:`enqueue` for several approvals of one transaction, in one statement: (draft id, platform, text, hash)."""
    for draft_id, _platform, text, _hash in approved:
        if SLOT in text:
            raise InvalidTransition(
                f"draft {draft_id}: its sign-off still has the slot {SLOT}; it must be signed first"
            )
    session.execute(
        _INSERT_JOB,
        [
            {
                "draft_id": draft_id,
                "platform": platform,
                "state": "queued",
                "text": text,
                "text_hash": hash_,
                "idempotency_key": uuid.uuid4().hex,
            }
            for draft_id, platform, text, hash_ in approved
        ],
    )


def run_outbox(services: Services, now: datetime | None = None, brand_id: int | None = None) -> OutboxReport:
    """Reconcile unknown outcomes, then publish due jobs: every brand's, or only brand ``brand_id``'s
    (``kuulo publish --brand``); each job with its own brand's account."""
    now = now or utcnow()
    report = OutboxReport()
    publishers: dict[str, Publisher] = {}
    try:
        report.resumed.extend(enqueue_missing(services, now))
        report.resumed.extend(_abandon_stale_claims(services, now))
        for job_id in _job_ids(services, "unknown", now, brand_id):
            _reconcile(services, publishers, job_id, now, report)
        for job_id in _job_ids(services, "queued", now, brand_id):
            _publish_one(services, publishers, job_id, now, report)
    finally:
        for publisher in publishers.values():
            publisher.close()
    return report


def job_for_draft(services: Services, draft_id: int) -> PublishJob | None:
    with services.db.read() as session:
        return session.scalar(select(PublishJob).where(PublishJob.draft_id == draft_id))


# -- steps -------------------------------------------------------------------
def _abandon_stale_claims(services: Services, now: datetime) -> list[int]:
    cutoff = now - timedelta(seconds=services.settings.publish_claim_seconds)
    with services.db.write() as session:
        ids = list(
            session.scalars(
                select(PublishJob.id).where(PublishJob.state == "publishing", PublishJob.updated_at <= cutoff)
            )
        )
        for job_id in ids:
            _move(
                session, job_id, "publishing", "unknown", now, last_error="the worker stopped mid-publish; reconciling"
            )
            log.warning("publish job=%s left publishing by a stopped worker; now unknown", job_id)
    return ids


def _job_ids(services: Services, state: str, now: datetime, brand_id: int | None = None) -> list[int]:
    with services.db.read() as session:
        query = select(PublishJob.id).where(PublishJob.state == state)
        if brand_id is not None:
            query = query.where(PublishJob.draft_id.in_(drafts_of_brand(brand_id)))
        if state == "queued":
            query = query.where(PublishJob.next_attempt_at <= now)
        return list(session.scalars(query.order_by(PublishJob.id)))


def _reconcile(
    services: Services, publishers: dict[str, Publisher], job_id: int, now: datetime, report: OutboxReport
) -> None:
    job, target = _load(services, job_id)
    publisher = _publisher(services.for_draft(job.draft_id), publishers, job.platform)  # the brand's account
    if publisher is None:
        report.unknown.append(job_id)  # cannot look without the platform switched on: leave it for a person
        return
    try:
        found = publisher.find_existing(target, job.text, job.idempotency_key, job.created_at)
    except ManualOnly as exc:
        _finish(services, job_id, "unknown", "manual", now, report.manual, last_error=str(exc))
        return
    except PublishError as exc:
        _finish(services, job_id, "unknown", "unknown", now, report.unknown, last_error=f"reconcile: {exc}")
        return
    if found is not None:
        report.reconciled.append(job_id)
        _record(services, job_id, "unknown", found, now, report)
    else:
        log.info("publish job=%s not on the platform; queued again", job_id)
        _finish(services, job_id, "unknown", "queued", now, [], next_attempt_at=now)


def _publish_one(
    services: Services, publishers: dict[str, Publisher], job_id: int, now: datetime, report: OutboxReport
) -> None:
    settings = services.settings
    job, target = _load(services, job_id)
    if job.platform not in settings.publish_platforms or publisher_class(job.platform) is None:
        reason = f"{job.platform} replies are posted by hand (not in KUULO_PUBLISH); post it and mark it posted"
        _finish(services, job_id, "queued", "manual", now, report.manual, last_error=reason)
        return
    blocked, wait_until = _gates(services, job_id, now)
    if blocked:
        _finish(services, job_id, "queued", "failed", now, report.failed, last_error=blocked)
        return
    if wait_until is not None:
        reason = (
            f"the community's weekly reply budget (the brand's or all brands') is spent; "
            f"waiting until {wait_until:%Y-%m-%d %H:%M} UTC"
        )
        _finish(
            services, job_id, "queued", "queued", now, report.waiting, last_error=reason, next_attempt_at=wait_until
        )
        return
    brand = services.for_draft(job.draft_id)  # only the draft's brand's own account publishes it
    try:
        publisher = _publisher(brand, publishers, job.platform)
    except ConfigError as exc:
        if brand.brand_name == DEFAULT:
            raise
        reason = f"brand {brand.brand_name} has no {job.platform} account configured ({exc}); post it by hand"
        _finish(services, job_id, "queued", "manual", now, report.manual, last_error=reason)
        return
    assert publisher is not None
    with services.db.write() as session:
        if not _move(session, job_id, "queued", "publishing", now, attempts=job.attempts + 1):
            return  # another worker claimed it
    try:
        published = publisher.publish(target, job.text, job.idempotency_key, job.created_at)
    except ManualOnly as exc:
        _finish(services, job_id, "publishing", "manual", now, report.manual, last_error=str(exc))
    except PublishError as exc:
        _after_error(services, job, exc, now, report)
    except Exception:
        log.exception("publish job=%s: unexpected error; treated as unknown", job_id)
        _finish(services, job_id, "publishing", "unknown", now, report.unknown, last_error="unexpected error")
    else:
        _record(services, job_id, "publishing", published, now, report)


def _after_error(services: Services, job: PublishJob, exc: PublishError, now: datetime, report: OutboxReport) -> None:
    attempts = job.attempts + 1
    if exc.ambiguous:
        _finish(services, job.id, "publishing", "unknown", now, report.unknown, last_error=str(exc))
    elif exc.permanent:
        _finish(services, job.id, "publishing", "failed", now, report.failed, last_error=str(exc))
    elif attempts >= services.settings.publish_max_attempts:
        reason = f"gave up after {attempts} attempts: {exc}"
        _finish(services, job.id, "publishing", "failed", now, report.failed, last_error=reason)
    else:
        delay = exc.retry_after if exc.retry_after is not None else 30.0 * 2 ** (attempts - 1)
        again = now + timedelta(seconds=delay)
        _finish(
            services, job.id, "publishing", "queued", now, report.waiting, last_error=str(exc), next_attempt_at=again
        )


def _gates(services: Services, job_id: int, now: datetime) -> tuple[str | None, datetime | None]:
    """(a permanent reason not to publish, or a time to wait until)."""
    with services.db.read() as session:
        job = session.get(PublishJob, job_id)
        assert job is not None
        draft = session.get(Draft, job.draft_id)
        assert draft is not None
        comment = session.get(Comment, draft.comment_id)
        assert comment is not None
        brand_id = brand_of_draft(session, draft.id) or DEFAULT_BRAND_ID
        if is_suppressed(session, comment.platform, comment.author_id, brand_id=brand_id):
            return "the author asked not to be replied to (suppression list); not published", None
        thread = session.get(Thread, comment.thread_id)
        assert thread is not None
        community = community_of(thread)
        since = now - BUDGET_WINDOW
        recent = session.execute(
            select(Post.published_at, Thread, func.coalesce(Opportunity.brand_id, DEFAULT_BRAND_ID))
            .join(Draft, Post.draft_id == Draft.id)
            .join(Comment, Draft.comment_id == Comment.id)
            .join(Thread, Comment.thread_id == Thread.id)
            .outerjoin(Opportunity, Opportunity.id == Draft.opportunity_id)
            .where(Post.platform == comment.platform, Post.published_at >= since)
        )
        here = sorted((at, brand) for at, row_thread, brand in recent if community_of(row_thread) == community)
    # The brand's own weekly budget counts its replies; the install-wide cap counts every brand's.
    own_budget = services.for_draft(job.draft_id).settings.community_weekly_replies
    waits = [
        _budget_wait([at for at, brand in here if brand == brand_id], own_budget),
        _budget_wait([at for at, _brand in here], services.settings.install_community_weekly_replies),
    ]
    found = [w for w in waits if w is not None]
    return None, max(found) if found else None


def _budget_wait(times: list[datetime], budget: int | None) -> datetime | None:
    """When the oldest counted reply leaves the window, if ``times`` (sorted) already spent ``budget``."""
    if budget is None or budget <= 0 or len(times) < budget:
        return None
    return times[len(times) - budget] + BUDGET_WINDOW


def _record(
    services: Services, job_id: int, from_state: str, published: Published, now: datetime, report: OutboxReport
) -> None:
    with services.db.write() as session:
        if not _move(
            session, job_id, from_state, "published", now, external_id=published.external_id, url=published.url
        ):
            return
        job = session.get(PublishJob, job_id)
        assert job is not None
        draft = session.get(Draft, job.draft_id)
        assert draft is not None
        if session.scalar(select(Post.id).where(Post.draft_id == draft.id)) is None:
            session.add(_post_row(session, job, draft, published, now))
        session.add(
            AuditEvent(
                actor="job:publish-outbox",
                action="draft.published",
                subject_type="draft",
                subject_id=str(draft.id),
                detail={"job": job_id, "external_id": published.external_id, "url": published.url},
            )
        )
    report.published.append(job_id)
    log.info("publish job=%s published external_id=%s", job_id, published.external_id)


def _post_row(session: Session, job: PublishJob, draft: Draft, published: Published, now: datetime) -> Post:
    current = next(v for v in draft.versions if v.version == draft.current_version)
    approval = session.scalar(
        select(Decision).where(Decision.draft_id == draft.id, Decision.action == "approved").order_by(Decision.id)
    )
    return Post(
        draft_id=draft.id,
        platform=job.platform,
        external_id=published.external_id,
        account=post_account(published.url),
        url=published.url,
        text=job.text,
        approver=approval.decided_by if approval else "unknown",
        drafter="human edit" if current.author.startswith("human:") else draft.drafter,
        cited=list(current.cited),
        published_at=now,
    )


# -- small pieces --------------------------------------------------------------
def _move(session: Session, job_id: int, from_state: str, to_state: str, now: datetime, **values: Any) -> bool:
    result = session.execute(
        update(PublishJob)
        .where(PublishJob.id == job_id, PublishJob.state == from_state)
        .values(state=to_state, updated_at=now, **values)
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount == 1)  # type: ignore[attr-defined]


def _finish(
    services: Services,
    job_id: int,
    from_state: str,
    to_state: str,
    now: datetime,
    into: list[int],
    **values: Any,
) -> None:
    with services.db.write() as session:
        if _move(session, job_id, from_state, to_state, now, **values):
            into.append(job_id)
            log.info("publish job=%s %s -> %s", job_id, from_state, to_state)


def _publisher(services: Services, cache: dict[str, Publisher], platform: str) -> Publisher | None:
    """The platform's publisher with ``services``' brand's credentials (docs/brands.md), one per brand and platform."""
    if platform not in services.settings.publish_platforms:
        return None
    key = platform if services.brand_name == DEFAULT else f"{services.brand_name}:{platform}"
    if key not in cache:
        cls = publisher_class(platform)
        if cls is None:
            return None
        cache[key] = cls(services.settings)
    return cache[key]


def _load(services: Services, job_id: int) -> tuple[PublishJob, Target]:
    with services.db.read() as session:
        job = session.get(PublishJob, job_id)
        assert job is not None
        draft = session.get(Draft, job.draft_id)
        assert draft is not None
        comment = session.get(Comment, draft.comment_id)
        assert comment is not None
        thread = session.get(Thread, comment.thread_id)
        assert thread is not None
        session.expunge(job)
        target = Target(
            platform=comment.platform,
            comment_id=comment.external_id,
            comment_url=comment.url,
            thread_id=thread.external_id,
            thread_url=thread.url,
            comment_extra=dict(comment.extra or {}),
            thread_extra=dict(thread.extra or {}),
            is_root=comment.external_id == thread.external_id,
        )
        return job, target


def enqueue_missing(services: Services, now: datetime) -> list[int]:
    """Queue the approved text of approved drafts without a publish job; returns the new jobs' ids.

    Approval writes its job in the same transaction, so only a draft approved before the outbox
    existed (or a row restored by hand) lacks one; the outbox's gates still apply to it.
    """
    with services.db.write() as session:
        missing = list(
            session.scalars(
                select(Draft.id)
                .where(Draft.status == "approved")
                .where(~exists(select(Post.id).where(Post.draft_id == Draft.id)))
                .where(~exists(select(PublishJob.id).where(PublishJob.draft_id == Draft.id)))
                .order_by(Draft.updated_at, Draft.id)
            )
        )
        for draft_id in missing:
            approved_hash = session.scalar(
                select(Decision.text_hash)
                .where(Decision.draft_id == draft_id, Decision.action == "approved")
                .order_by(Decision.id.desc())
                .limit(1)
            )
            versions = list(session.scalars(select(DraftVersion).where(DraftVersion.draft_id == draft_id)))
            chosen = next((v for v in versions if v.content_hash == approved_hash), None) or max(
                versions, key=lambda v: v.version
            )
            platform = session.scalar(
                select(Comment.platform).join(Draft, Draft.comment_id == Comment.id).where(Draft.id == draft_id)
            )
            enqueue(session, draft_id, platform or "other", chosen.text, text_hash(chosen.text))
        session.flush()
        jobs = list(session.scalars(select(PublishJob.id).where(PublishJob.draft_id.in_(missing))))
        session.execute(update(PublishJob).where(PublishJob.id.in_(jobs)).values(next_attempt_at=now))  # due now
    if missing:
        log.warning("%d approved draft(s) had no publish job; queued for drafts %s", len(missing), missing)
    return jobs
