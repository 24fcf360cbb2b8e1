"""Erasure on request (GDPR Art. 17): everything Kuulo keeps about one person.

``plan`` finds the person's comments by author id or name (case-insensitively,
optionally on one platform) and counts what each store holds about them;
``erase`` removes it:

* database: their comments (with signals, opportunities, drafts answering
  them and those drafts' versions, decisions, cards, publish jobs and posts,
  and ``post_replies``), and the title, body and author of threads they
  started; digests quoting them lose their stored content; payloads kept in quarantine
  (``bot/watching/quarantine.py``) that name them are deleted;
* vector store: the ``comments`` collection's entries about them;
* embedding cache: the vectors of their texts;
* Slack: review cards of the drafts answering them and digests quoting them
  are replaced with a short note (``chat.update``).

What stays: a sha256 hash of their author id and name on ``suppressions``
(reason ``erasure``) so they are never contacted nor stored again, and an
``audit_events`` row saying an erasure happened, when, by whom, with counts
and a hash of the identifier, never the name.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from bot.config import Settings
from bot.ports import NO_PROGRESS, Location, Notifier, Progress, ProgressTask, RedactOutcome, SilentNotifier
from bot.privacy import stores
from bot.privacy.suppress import author_hash, required
from bot.storage.db import Database
from bot.storage.models import (
    Alert,
    AuditEvent,
    Comment,
    Digest,
    Draft,
    Opportunity,
    Post,
    PostReply,
    Signal,
    SlackCard,
    Suppression,
    Thread,
)
from bot.textnorm import display
from bot.watching import quarantine

log = logging.getLogger(__name__)


@dataclass
class ErasurePlan:
    subject_hash: str
    platform: str | None
    comment_ids: list[int] = field(default_factory=list)
    identities: set[tuple[str, str]] = field(default_factory=set)  # (platform, author id or name)
    texts: list[str] = field(default_factory=list)
    thread_ids: list[int] = field(default_factory=list)
    draft_ids: list[int] = field(default_factory=list)
    digest_ids: list[int] = field(default_factory=list)
    cards: list[Location] = field(default_factory=list)
    digest_messages: list[Location] = field(default_factory=list)
    alert_ids: list[int] = field(default_factory=list)  # burst alerts that quote or count the person's comments
    alert_messages: list[Location] = field(default_factory=list)
    quarantined: list[int] = field(default_factory=list)  # unreadable payloads kept that name the person
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not (self.comment_ids or self.thread_ids or self.digest_ids or self.counts.get("vectors"))


def subject_hash(who: str) -> str:
    return hashlib.sha256(who.strip().lower().encode("utf-8", errors="surrogatepass")).hexdigest()


def _count(session: Session, model: Any, *where: Any) -> int:
    return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


_COMMENT_FIELDS = (
    Comment.id,
    Comment.platform,
    Comment.author_id,
    Comment.author_name,
    Comment.text,
    Comment.original_text,
)


def plan(db: Database, settings: Settings, who: str, platform: str | None = None) -> ErasurePlan:
    """What an erasure of ``who`` would remove, with counts per store; changes nothing.

    An empty or blank ``who`` (or ``platform``, when given) is refused: it names nobody, and
    erasing it would put an empty author on the do-not-contact list.
    """
    required(who, "the author to erase")
    if platform is not None:
        required(platform, "the platform")
    result = ErasurePlan(subject_hash(who), platform)
    needle = who.strip().lower()
    with db.read() as session:
        scope = [Comment.platform == platform] if platform else []
        rows = list(
            session.execute(
                select(*_COMMENT_FIELDS).where(
                    or_(func.lower(Comment.author_id) == needle, func.lower(Comment.author_name) == needle), *scope
                )
            ).all()
        )
        author_ids = {(p, a) for _, p, a, _, _, _ in rows if a}
        for known_platform, author_id in sorted(author_ids):  # the same person under another name
            rows += session.execute(
                select(*_COMMENT_FIELDS).where(Comment.platform == known_platform, Comment.author_id == author_id)
            ).all()
        seen: set[int] = set()
        for comment_id, plat, row_author, name, text, original_text in rows:
            if comment_id in seen:
                continue
            seen.add(comment_id)
            result.comment_ids.append(comment_id)
            result.identities.update((plat, value) for value in (row_author, name) if value)
            # Both forms: digests quote what people wrote (made safe), embeddings were made of the normalised.
            for form in (text, original_text, display(original_text) if original_text else None):
                if form and form not in result.texts:
                    result.texts.append(form)
        if not result.identities:
            result.identities.update((p, who.strip()) for p in ([platform] if platform else []))
        thread_scope = [Thread.platform == platform] if platform else []
        names = {value.lower() for _, value in result.identities} | {needle}
        result.thread_ids = list(
            session.scalars(select(Thread.id).where(func.lower(Thread.author).in_(names), *thread_scope))
        )
        ids = result.comment_ids
        result.draft_ids = list(session.scalars(select(Draft.id).where(Draft.comment_id.in_(ids))))
        result.cards = [
            Location(channel, ts)
            for channel, ts in session.execute(
                select(SlackCard.channel, SlackCard.ts).where(SlackCard.draft_id.in_(result.draft_ids))
            )
            if channel and ts
        ]
        _digests(session, result, names)
        _alerts(session, result)
        result.quarantined = quarantine.naming(session, {value for _, value in result.identities} | {who.strip()})
        result.counts = {
            "comments": len(ids),
            "threads": len(result.thread_ids),
            "signals": _count(session, Signal, Signal.comment_id.in_(ids)),
            "opportunities": _count(session, Opportunity, Opportunity.comment_id.in_(ids)),
            "drafts": len(result.draft_ids),
            "posts": _count(session, Post, Post.draft_id.in_(result.draft_ids)),
            "post_replies": _count(session, PostReply, PostReply.comment_id.in_(ids)),
            "slack_cards": len(result.cards),
            "digests": len(result.digest_ids),
            "alerts": len(result.alert_ids),
            "quarantined_payloads": len(result.quarantined),
        }
    authors = sorted({value for _, value in result.identities})
    result.counts["vectors"] = stores.comment_vectors(settings, authors, ids, delete=False)
    result.counts["cached_embeddings"] = stores.cached_embeddings(settings, result.texts, delete=False, db=db)
    return result


def _alerts(session: Session, result: ErasurePlan) -> None:
    """Burst alerts holding one of the comments: their message is redacted and their stored quotes dropped."""
    erased = set(result.comment_ids)
    for alert in session.scalars(select(Alert)):
        if erased & {int(i) for i in alert.comment_ids}:
            result.alert_ids.append(alert.id)
            if alert.channel and alert.ts:
                result.alert_messages.append(Location(alert.channel, alert.ts))


def _digests(session: Session, result: ErasurePlan, names: set[str]) -> None:
    """Digests whose stored content quotes one of the texts or names the person."""
    needles = [t.lower() for t in result.texts] + sorted(names)
    for digest in session.scalars(select(Digest)):
        if not digest.content:
            continue
        sent = json.dumps(digest.content, ensure_ascii=False).lower()
        if any(needle and needle in sent for needle in needles):
            result.digest_ids.append(digest.id)
            if digest.channel and digest.ts:
                result.digest_messages.append(Location(digest.channel, digest.ts))


@dataclass
class ErasureReport:
    counts: dict[str, int]
    slack: RedactOutcome
    audit_event_id: int


def erase(
    db: Database,
    settings: Settings,
    erasure: ErasurePlan,
    *,
    actor: str,
    now: datetime,
    notifier: Notifier | None = None,
    progress: Progress = NO_PROGRESS,
) -> ErasureReport:
    """Carry out a plan. Slack first (its locations are deleted with the rows), then the stores;
    ``progress`` counts the four steps (Slack, comment vectors, cached embeddings, the database)."""
    steps = progress.task("erase stores", 4)
    try:
        return _erase(db, settings, erasure, actor, now, notifier, steps)
    finally:
        steps.done()


def _erase(
    db: Database,
    settings: Settings,
    erasure: ErasurePlan,
    actor: str,
    now: datetime,
    notifier: Notifier | None,
    steps: ProgressTask,
) -> ErasureReport:
    messages = erasure.cards + erasure.digest_messages + erasure.alert_messages
    slack = (notifier or SilentNotifier()).redact(messages, now)
    steps.advance()
    authors = sorted({value for _, value in erasure.identities})
    counts = dict(erasure.counts)
    counts["vectors"] = stores.comment_vectors(settings, authors, erasure.comment_ids, delete=True)
    steps.advance()
    counts["cached_embeddings"] = stores.cached_embeddings(settings, erasure.texts, delete=True, db=db)
    steps.advance()
    with db.write() as session:
        ids = erasure.comment_ids
        session.execute(delete(PostReply).where(PostReply.comment_id.in_(ids)))
        session.execute(delete(Comment).where(Comment.id.in_(ids)))  # cascades signals, opportunities, drafts
        for thread in session.scalars(select(Thread).where(Thread.id.in_(erasure.thread_ids))):
            thread.title = thread.body = thread.author = None
            thread.content_hash = None
        for digest in session.scalars(select(Digest).where(Digest.id.in_(erasure.digest_ids))):
            digest.content = {"erased": now.isoformat()}
        for alert in session.scalars(select(Alert).where(Alert.id.in_(erasure.alert_ids))):
            alert.comment_ids = [i for i in alert.comment_ids if int(i) not in set(ids)]
            label = "" if alert.kind == "theme" else alert.content.get("label", "")  # a theme is named by a comment
            alert.content = {**alert.content, "label": label, "quotes": [], "threads": [], "erased": now.isoformat()}
            alert.key = "" if alert.kind == "theme" else alert.key
        quarantine.drop(session, erasure.quarantined)
        for plat, identity in sorted(erasure.identities):
            _suppress_for_erasure(session, plat, identity)
        event = AuditEvent(
            at=now,
            actor=actor,
            action="erasure",
            subject_type="person",
            subject_id=erasure.subject_hash,
            detail={
                "platform": erasure.platform,
                "counts": counts,
                "slack_updated": len(slack.updated),
                "slack_failed": [[loc.channel, loc.ts] for loc in slack.failed],
            },
        )
        session.add(event)
        session.flush()
        event_id = event.id
    steps.advance()
    log.info("erasure audit_event=%s: %s", event_id, counts)
    return ErasureReport(counts, slack, event_id)


def _suppress_for_erasure(session: Session, platform: str, identity: str) -> None:
    """Put the hash on the suppression list with reason ``erasure`` (upgrading an opt-out row)."""
    hashed = author_hash(identity)
    row = session.scalar(
        select(Suppression).where(
            Suppression.platform == platform, Suppression.author_hash == hashed, Suppression.brand_id.is_(None)
        )
    )
    if row is None:
        session.add(Suppression(platform=platform, author_hash=hashed, reason="erasure"))
    else:
        row.reason = "erasure"
    session.flush()
