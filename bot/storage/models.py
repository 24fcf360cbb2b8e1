"""SQLAlchemy models. Migrations in ``migrations/versions`` create exactly these
tables; ``tests/storage/test_migrations.py`` fails when the two drift apart.

Every row that mirrors something on a platform is unique on ``platform`` plus
the platform's own id, so polling or importing twice never duplicates.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar
from urllib.parse import urlsplit

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out, on SQLite and PostgreSQL alike."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; use an aware UTC datetime")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON,
        list[Any]: JSON,
    }


DEFAULT_BRAND_ID = 1  # brand ``default``, created by migration 0016; every install starts with it


class Brand(Base):
    """One brand (a client of an agency, a market): its name and the settings set with ``kuulo brand set``.

    Secrets are never stored here (they come from the environment or a secrets file; docs/brands.md).
    """

    __tablename__ = "brands"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(32), unique=True)  # ^[a-z][a-z0-9_]{1,31}$ (bot/brands/names.py)
    display_name: Mapped[str] = mapped_column(String(128))
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)  # key -> value, validated per key
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class Watch(Base):
    __tablename__ = "watches"
    # One watch per target per brand: several brands may watch one thread (stored once, judged per brand).
    __table_args__ = (UniqueConstraint("brand_id", "platform", "target", name="uq_watches_brand_platform_target"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(Text)
    platform: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16), default="thread")  # thread | account
    target: Mapped[str] = mapped_column(String(512))  # the platform's id of what is watched
    api_base: Mapped[str | None] = mapped_column(Text)
    objective: Mapped[str] = mapped_column(String(16))
    topics: Mapped[list[Any]] = mapped_column(default=list)
    slack_channel: Mapped[str | None] = mapped_column(String(64))
    poll_interval_minutes: Mapped[int] = mapped_column(Integer)
    next_poll_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_polled_at: Mapped[datetime | None]
    thresholds: Mapped[dict[str, Any]] = mapped_column(default=dict)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default="ok")  # ok | error | inactive
    last_error: Mapped[str | None] = mapped_column(Text)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # An account or feed watch creates one thread watch per new post; they point back to it.
    parent_watch_id: Mapped[int | None] = mapped_column(ForeignKey("watches.id", ondelete="CASCADE"), index=True)
    limits: Mapped[dict[str, Any]] = mapped_column(default=dict)  # account watches: newest N posts, max age days
    listen_only: Mapped[bool] = mapped_column(Boolean, default=False)  # collect and summarise, never draft
    draft_opt_in: Mapped[bool] = mapped_column(Boolean, default=False)  # drafting where it is off by default (HN)
    brand_id: Mapped[int] = mapped_column(
        ForeignKey("brands.id"), index=True, default=DEFAULT_BRAND_ID, server_default=text(str(DEFAULT_BRAND_ID))
    )

    threads: Mapped[list[Thread]] = relationship(back_populates="watch")


class Thread(Base):
    __tablename__ = "threads"
    __table_args__ = (UniqueConstraint("platform", "external_id", name="uq_threads_platform_external_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    watch_id: Mapped[int] = mapped_column(ForeignKey("watches.id", ondelete="CASCADE"), index=True)
    platform: Mapped[str] = mapped_column(String(32))
    external_id: Mapped[str] = mapped_column(String(512))
    url: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(String(256))
    body: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime | None]
    metrics: Mapped[dict[str, Any]] = mapped_column(default=dict)
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)
    cursor: Mapped[dict[str, Any]] = mapped_column(default=dict)
    content_hash: Mapped[str | None] = mapped_column(String(64))
    last_fetched_at: Mapped[datetime | None]
    last_reconciled_at: Mapped[datetime | None]
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    inactive_reason: Mapped[str | None] = mapped_column(Text)
    community: Mapped[str | None] = mapped_column(String(256))  # r/sub, a channel, a blog, an account (budgets)
    # None: the last read got everything it asked for. "failure": a part failed (what is in ``missing``)
    # and the next poll reads the thread in full. "design": the source left the rest for the next poll.
    incomplete: Mapped[str | None] = mapped_column(String(16))
    missing: Mapped[list[Any]] = mapped_column(default=list)

    watch: Mapped[Watch] = relationship(back_populates="threads")


class Comment(Base):
    __tablename__ = "comments"
    __table_args__ = (UniqueConstraint("platform", "external_id", name="uq_comments_platform_external_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    thread_id: Mapped[int] = mapped_column(ForeignKey("threads.id", ondelete="CASCADE"), index=True)
    platform: Mapped[str] = mapped_column(String(32))
    external_id: Mapped[str] = mapped_column(String(512))
    parent_external_id: Mapped[str | None] = mapped_column(String(512))
    author_id: Mapped[str | None] = mapped_column(String(256), index=True)
    author_name: Mapped[str | None] = mapped_column(String(256))
    text: Mapped[str | None] = mapped_column(Text)  # normalised (bot/textnorm.py): matching, models, checks
    original_text: Mapped[str | None] = mapped_column(Text)  # as the author wrote it: what people are shown
    content_hash: Mapped[str | None] = mapped_column(String(64))  # of the normalised text: change detection
    created_at: Mapped[datetime | None]
    edited_at: Mapped[datetime | None]
    url: Mapped[str | None] = mapped_column(Text)
    metrics: Mapped[dict[str, Any]] = mapped_column(default=dict)
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    truncated: Mapped[bool] = mapped_column(Boolean, default=False)
    removed_chars: Mapped[int] = mapped_column(Integer, default=0)
    language: Mapped[str | None] = mapped_column(String(8))
    ours: Mapped[bool] = mapped_column(Boolean, default=False)  # one of our published replies
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class Opportunity(Base):
    """One brand's assessment of one comment: a comment of a thread several brands watch has one per brand."""

    __tablename__ = "opportunities"
    __table_args__ = (UniqueConstraint("comment_id", "brand_id", name="uq_opportunities_comment_brand"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    comment_id: Mapped[int] = mapped_column(ForeignKey("comments.id", ondelete="CASCADE"), index=True)
    brand_id: Mapped[int] = mapped_column(
        ForeignKey("brands.id"), index=True, default=DEFAULT_BRAND_ID, server_default=text(str(DEFAULT_BRAND_ID))
    )
    # The brand's watch it was assessed for (its objective, topics, channel); its removal takes the assessment.
    watch_id: Mapped[int | None] = mapped_column(ForeignKey("watches.id", ondelete="CASCADE"), index=True)
    score: Mapped[float] = mapped_column(Float)
    parts: Mapped[dict[str, Any]] = mapped_column(default=dict)
    reason: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(16))  # draft | digest | escalate | ignore
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class Draft(Base):
    __tablename__ = "drafts"

    id: Mapped[int] = mapped_column(primary_key=True)
    opportunity_id: Mapped[int] = mapped_column(ForeignKey("opportunities.id", ondelete="CASCADE"), index=True)
    comment_id: Mapped[int] = mapped_column(ForeignKey("comments.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="pending")  # pending|approved|skipped|stale|failed
    drafter: Mapped[str] = mapped_column(String(16))  # llm | offline
    language: Mapped[str | None] = mapped_column(String(8))
    current_version: Mapped[int] = mapped_column(Integer, default=1)
    rationale: Mapped[str | None] = mapped_column(Text)
    error: Mapped[str | None] = mapped_column(Text)
    # What every text of this draft is checked against, frozen at drafting (bot/checks/frozen.py).
    check_context: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # The reply plan it was drafted for (bot/opportunities/plan.py) and why; null for drafts made before plans.
    plan: Mapped[str | None] = mapped_column(String(16))
    plan_reason: Mapped[str | None] = mapped_column(Text)
    # The blocking checks' verdict on the current text (bot/review/verdicts.py): the sha256 of the text they
    # judged, the checks' version, whether it passed and the failures. An approval compares these inside its
    # compare-and-set; null until checked (drafts made before migration 0024).
    checked_hash: Mapped[str | None] = mapped_column(String(64))
    checks_version: Mapped[str | None] = mapped_column(String(16))
    checks_passed: Mapped[bool | None] = mapped_column()
    check_failures: Mapped[list[Any] | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    versions: Mapped[list[DraftVersion]] = relationship(
        back_populates="draft",
        order_by="DraftVersion.version",
        cascade="all, delete-orphan",
    )


class DraftVersion(Base):
    """Every text a draft has had: what the model wrote and what humans changed it to."""

    __tablename__ = "draft_versions"
    __table_args__ = (UniqueConstraint("draft_id", "version", name="uq_draft_versions_draft_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    cited: Mapped[list[Any]] = mapped_column(default=list)
    author: Mapped[str] = mapped_column(String(128))  # "llm", "offline" or "human:<name>"
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    draft: Mapped[Draft] = relationship(back_populates="versions")


class Decision(Base):
    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id", ondelete="CASCADE"), index=True)
    action: Mapped[str] = mapped_column(String(16))  # approved | edited | skipped
    decided_by: Mapped[str] = mapped_column(String(128))
    decided_at: Mapped[datetime] = mapped_column(default=utcnow)
    via: Mapped[str] = mapped_column(String(16))  # cli | slack
    text_hash: Mapped[str | None] = mapped_column(String(64))
    reason: Mapped[str | None] = mapped_column(Text)


class Post(Base):
    """A reply the brand published (or posted by hand and recorded)."""

    __tablename__ = "posts"
    # A Mastodon status id is local to its instance: the host it was published on is part of the key.
    __table_args__ = (
        UniqueConstraint("platform", "account", "external_id", name="uq_posts_platform_account_external_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id", ondelete="CASCADE"), unique=True)
    platform: Mapped[str] = mapped_column(String(32))
    external_id: Mapped[str] = mapped_column(String(512))
    account: Mapped[str] = mapped_column(String(256), default="", server_default="")  # host of ``url``, lower case
    url: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    approver: Mapped[str] = mapped_column(String(128))
    drafter: Mapped[str] = mapped_column(String(16))  # llm | offline | human edit
    cited: Mapped[list[Any]] = mapped_column(default=list)
    published_at: Mapped[datetime] = mapped_column(default=utcnow)
    metrics: Mapped[dict[str, Any]] = mapped_column(default=dict)  # replies, likes/score, depth, ...
    last_checked_at: Mapped[datetime | None]


def post_account(url: str | None) -> str:
    """What :attr:`Post.account` holds: the lower-case host a reply was published on ("" without a link)."""
    return (urlsplit(url).hostname or "").lower() if url else ""


class PostReply(Base):
    """A comment that answers one of our posts (directly or further down)."""

    __tablename__ = "post_replies"
    __table_args__ = (UniqueConstraint("post_id", "comment_id", name="uq_post_replies_post_comment"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), index=True)
    comment_id: Mapped[int] = mapped_column(ForeignKey("comments.id", ondelete="CASCADE"))
    depth: Mapped[int] = mapped_column(Integer, default=1)
    seen_at: Mapped[datetime] = mapped_column(default=utcnow)


class AuditEvent(Base):
    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(64))
    subject_type: Mapped[str] = mapped_column(String(32))
    subject_id: Mapped[str | None] = mapped_column(String(128))
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)


# -- service: one scheduler per database, work handed to it, job results ------------
class Lease(Base):
    """Who runs the scheduler for this database; expires unless renewed by heartbeat."""

    __tablename__ = "leases"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    holder: Mapped[str] = mapped_column(String(128))  # unique id of the holding process
    host: Mapped[str] = mapped_column(String(256))
    pid: Mapped[int] = mapped_column(Integer)
    acquired_at: Mapped[datetime] = mapped_column(default=utcnow)
    heartbeat_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]


class WorkRequest(Base):
    """A write command handed to the running service (embedded stores have one writer)."""

    __tablename__ = "work_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))  # poll | ingest | import | ...
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    status: Mapped[str] = mapped_column(String(16), default="queued", index=True)  # queued|running|done|failed
    result: Mapped[dict[str, Any]] = mapped_column(default=dict)
    error: Mapped[str | None] = mapped_column(Text)
    requested_by: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    started_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]


class JobRun(Base):
    """The last run of each scheduled job, for `kuulo status`."""

    __tablename__ = "job_runs"

    job_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    last_started_at: Mapped[datetime | None]
    last_finished_at: Mapped[datetime | None]
    last_result: Mapped[str | None] = mapped_column(Text)
    last_error: Mapped[str | None] = mapped_column(Text)


# -- signals and suppression ---------------------------------------------------
class Signal(Base):
    """What a comment says, computed once: language, intent, emotion, need, risk."""

    __tablename__ = "signals"

    comment_id: Mapped[int] = mapped_column(ForeignKey("comments.id", ondelete="CASCADE"), primary_key=True)
    language: Mapped[str | None] = mapped_column(String(8))
    intent: Mapped[str] = mapped_column(String(32))
    emotion: Mapped[str] = mapped_column(String(16))
    tones: Mapped[list[Any]] = mapped_column(default=list)  # frustration, confusion, excitement
    sarcasm: Mapped[bool] = mapped_column(Boolean, default=False)
    need: Mapped[str | None] = mapped_column(Text)
    risk: Mapped[list[Any]] = mapped_column(default=list)  # its own flags and those it inherited from its thread
    # The flags it raised on its own (text rules, detector, grey band), counted towards its thread's sibling
    # risk in later polls; None for rows stored before it (their risk counts, as it did).
    own_risk: Mapped[list[Any] | None] = mapped_column()
    opt_out: Mapped[bool] = mapped_column(Boolean, default=False)
    method: Mapped[str] = mapped_column(String(16))  # offline | llm
    content_hash: Mapped[str | None] = mapped_column(String(64))  # of the text the signals describe
    computed_at: Mapped[datetime] = mapped_column(default=utcnow)


_EVERY_BRAND = text("brand_id IS NULL")
_ONE_BRAND = text("brand_id IS NOT NULL")


class Suppression(Base):
    """People who asked not to be contacted. Only a hash of the author id is kept. A row without a brand
    holds for every brand (an opt-out naming no brand, a manual entry, an erasure); a row with one holds for
    that brand only (an opt-out naming it). One row per person and platform for every brand, and one per brand."""

    __tablename__ = "suppressions"
    __table_args__ = (
        Index(
            "uq_suppressions_every_brand",
            "platform",
            "author_hash",
            unique=True,
            sqlite_where=_EVERY_BRAND,
            postgresql_where=_EVERY_BRAND,
        ),
        Index(
            "uq_suppressions_one_brand",
            "platform",
            "author_hash",
            "brand_id",
            unique=True,
            sqlite_where=_ONE_BRAND,
            postgresql_where=_ONE_BRAND,
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[str] = mapped_column(String(32))
    author_hash: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(String(64))  # opt-out | manual | erasure
    brand_id: Mapped[int | None] = mapped_column(ForeignKey("brands.id", ondelete="CASCADE"), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


# -- Slack ---------------------------------------------------------------------------
class SlackCard(Base):
    """The one review card of a draft; claimed by compare-and-set before posting."""

    __tablename__ = "slack_cards"

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id", ondelete="CASCADE"), unique=True)
    channel: Mapped[str | None] = mapped_column(String(64))
    ts: Mapped[str | None] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(16), default="claimed")  # claimed | posted | failed
    claimed_by: Mapped[str | None] = mapped_column(String(128))
    claimed_at: Mapped[datetime] = mapped_column(default=utcnow)
    posted_at: Mapped[datetime | None]
    reminded_at: Mapped[datetime | None]
    error: Mapped[str | None] = mapped_column(Text)


class SlackDelivery(Base):
    """Slack events and actions already handled: retries and replays are dropped."""

    __tablename__ = "slack_deliveries"

    key: Mapped[str] = mapped_column(String(255), primary_key=True)  # event_id, or action id + ts
    seen_at: Mapped[datetime] = mapped_column(default=utcnow)


# -- publishing: the outbox -----------------------------------------------------------
class PublishJob(Base):
    """One approved reply to publish, written in the same transaction as the approval.

    States: queued -> publishing -> published | failed (permanent) | unknown (the platform may
    have accepted it: reconcile before any retry) | manual (posted by hand, link recorded).
    """

    __tablename__ = "publish_jobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id", ondelete="CASCADE"), unique=True)
    platform: Mapped[str] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(16), default="queued", index=True)
    text: Mapped[str] = mapped_column(Text)
    text_hash: Mapped[str] = mapped_column(String(64))
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_error: Mapped[str | None] = mapped_column(Text)
    external_id: Mapped[str | None] = mapped_column(String(512))
    url: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


# -- digests and reports: exactly once per local day -----------------------------------
class Digest(Base):
    """A digest or weekly report for one local date, claimed before it is sent."""

    __tablename__ = "digests"
    __table_args__ = (UniqueConstraint("brand_id", "kind", "period", name="uq_digests_brand_kind_period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # daily | weekly
    period: Mapped[str] = mapped_column(String(16))  # 2026-11-27 or 2026-W48, in KUULO_TIMEZONE
    state: Mapped[str] = mapped_column(String(16), default="claimed")  # claimed | sent | failed
    claimed_by: Mapped[str] = mapped_column(String(128))
    claimed_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]
    channel: Mapped[str | None] = mapped_column(String(64))
    ts: Mapped[str | None] = mapped_column(String(32))
    content: Mapped[dict[str, Any]] = mapped_column(default=dict)  # what was sent, for erasure and audit
    error: Mapped[str | None] = mapped_column(Text)
    brand_id: Mapped[int] = mapped_column(
        ForeignKey("brands.id"), default=DEFAULT_BRAND_ID, server_default=text(str(DEFAULT_BRAND_ID))
    )


# -- polling: one circuit breaker per platform -----------------------------------------
class Circuit(Base):
    """A platform's circuit breaker: consecutive failures, and until when its watches are skipped."""

    __tablename__ = "circuits"

    platform: Mapped[str] = mapped_column(String(32), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)  # consecutive 5xx/timeouts/429s after retries
    trips: Mapped[int] = mapped_column(Integer, default=0)  # openings since the last success (cool-down doubles)
    opened_until: Mapped[datetime | None]  # None: closed; in the future: open; in the past: half-open
    last_error: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


# -- drafting: model tokens spent per UTC day, shared by every process -------------------
class LLMUsage(Base):
    """Tokens the language model used on one UTC day (from each response's ``usage``)."""

    __tablename__ = "llm_usage"

    day: Mapped[str] = mapped_column(String(10), primary_key=True)  # 2026-11-28 (UTC)
    tokens: Mapped[int] = mapped_column(Integer, default=0)
    requests: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


def community_of(thread: Thread) -> str:
    """The community a thread belongs to (a subreddit, a channel, an instance), for budgets per community."""
    extra = thread.extra or {}
    for key in ("community", "subreddit", "channel_id", "instance"):
        if extra.get(key):
            return f"{thread.platform}:{str(extra[key]).lower()}"
    return f"{thread.platform}:{thread.external_id}"


# -- distributed mode: Kuulo's own record of the tasks it handed to workers -----------------
class TaskClaim(Base):
    """One unit of queued work (a thread's poll, a thread's processing, a comment's draft, a job).

    ``key`` names the work, so the same work is never queued twice at once; ``token`` names one
    enqueueing, so a message delivered again after its work finished is recognised and dropped.
    """

    __tablename__ = "task_claims"

    key: Mapped[str] = mapped_column(String(255), primary_key=True)  # poll:reddit:1kuu01, draft:comment:7
    kind: Mapped[str] = mapped_column(String(16))  # poll | process | draft | job
    queue: Mapped[str] = mapped_column(String(16), index=True)
    token: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), index=True)  # queued | running | done | failed | dead
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    result: Mapped[dict[str, Any]] = mapped_column(default=dict)
    batch: Mapped[str | None] = mapped_column(String(32), index=True)  # `kuulo poll` waits for its batch
    deliveries: Mapped[int] = mapped_column(Integer, default=0)
    rerun: Mapped[bool] = mapped_column(Boolean, default=False)  # asked for again while running
    enqueued_at: Mapped[datetime] = mapped_column(default=utcnow)
    started_at: Mapped[datetime | None]
    heartbeat_at: Mapped[datetime | None]  # renewed while a worker runs it; stale = the worker died
    finished_at: Mapped[datetime | None]
    error: Mapped[str | None] = mapped_column(Text)


class TokenBucket(Base):
    """A rate limit or quota shared by every process: a token bucket keyed by platform and credential."""

    __tablename__ = "token_buckets"

    key: Mapped[str] = mapped_column(String(255), primary_key=True)  # youtube:quota:<credential hash>:2026-12-01
    tokens: Mapped[float] = mapped_column(Float)
    capacity: Mapped[float] = mapped_column(Float)
    refill_per_second: Mapped[float] = mapped_column(Float)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class CachedEmbedding(Base):
    """A text's vector (``knowledge.cache``), shared by every worker in distributed mode. Holds no text:
    its sha256; erasure deletes by that hash (``bot.privacy.stores``)."""

    __tablename__ = "embedding_cache"

    model: Mapped[str] = mapped_column(String(200), primary_key=True)
    mode: Mapped[str] = mapped_column(String(8), primary_key=True)  # query | passage
    text_sha256: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)
    dim: Mapped[int]
    vector: Mapped[bytes] = mapped_column(LargeBinary)  # float32, little-endian


# -- audience alerts: one row per burst, posted once and updated in place ----------------
class Alert(Base):
    """A burst of comments (bot/insights/bursts.py) and its one Slack message.

    ``version`` grows whenever what the alert says changes (it grew, it closed);
    the message is posted or updated until ``posted_version`` catches up.
    """

    __tablename__ = "alerts"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # theme | watch | risk | negative
    key: Mapped[str] = mapped_column(Text)  # theme phrase, watch id, or ""
    state: Mapped[str] = mapped_column(String(16), default="open", index=True)  # open | closed
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_burst_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None]
    since: Mapped[datetime]
    comment_ids: Mapped[list[Any]] = mapped_column(default=list)
    people: Mapped[int] = mapped_column(Integer, default=0)
    p_value: Mapped[float] = mapped_column(Float)
    content: Mapped[dict[str, Any]] = mapped_column(default=dict)  # what the message shows (bot/insights/alerts.py)
    version: Mapped[int] = mapped_column(Integer, default=1)
    posted_version: Mapped[int] = mapped_column(Integer, default=0)
    channel: Mapped[str | None] = mapped_column(String(64))
    ts: Mapped[str | None] = mapped_column(String(32))
    error: Mapped[str | None] = mapped_column(Text)


# -- Slack App Home: who opened it, on which page, in which language ----------------------
class HomeTab(Base):
    """A Slack user's App Home: the page they last chose and their Slack language, so it is refreshed after polls."""

    __tablename__ = "home_tabs"

    user_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    page: Mapped[str] = mapped_column(String(16), default="queue")  # queue | audience
    locale: Mapped[str | None] = mapped_column(String(8))  # en | fi | sv, from the user's Slack language
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    published_at: Mapped[datetime | None]


# -- signatures: the name a Slack user signs approved replies with ---------------------------
class Signature(Base):
    """The first name a Slack user signs replies with when a brand's voice asks for the answerer's name
    (``/kuulo signature "Mikko"``; bot/slack/signatures.py). Without a row, their Slack profile's first name."""

    __tablename__ = "signatures"

    user_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


# -- quarantine: platform payloads Kuulo could not read, kept for inspection ----------------
class QuarantinedPayload(Base):
    """A comment (or a whole answer) a source could not read, as the platform sent it (bot/watching/quarantine.py).

    Kept so nothing is silently lost: size-capped, one row per distinct payload and watch (a re-poll of
    the same payload counts ``times``), listed by ``kuulo quarantine``, dropped by it, by erasure of an
    author it names, with its watch, and by retention.
    """

    __tablename__ = "quarantine"
    __table_args__ = (UniqueConstraint("watch_id", "digest", name="uq_quarantine_watch_id_digest"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    watch_id: Mapped[int] = mapped_column(ForeignKey("watches.id", ondelete="CASCADE"), index=True)
    platform: Mapped[str] = mapped_column(String(32))
    thread: Mapped[str] = mapped_column(Text)  # the thread's platform id
    position: Mapped[str] = mapped_column(Text)  # where in the payload: "comment t1_x and its replies", "the thread"
    reason: Mapped[str] = mapped_column(Text)
    raw: Mapped[bytes] = mapped_column(LargeBinary)  # JSON of the comment, or the answer's bytes; cut at the cap
    size: Mapped[int] = mapped_column(Integer)  # bytes before the cap
    digest: Mapped[str] = mapped_column(String(64))  # sha256 of the whole payload: the same one is kept once
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    times: Mapped[int] = mapped_column(Integer, default=1)
