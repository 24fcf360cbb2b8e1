"""Store what a source fetched: threads and comments, without ever duplicating.

A comment's ``content_hash`` covers what matters for change detection (the
normalised text, deleted flag, edit time), so a re-poll of an unchanged thread
writes no rows (engagement numbers are refreshed in place without counting as a
change). Both forms of the text are stored: ``text`` normalised for machines,
``original_text`` as the author wrote it for people (``bot/textnorm.py``); a row
stored before the original was kept gets it on its next read, not counted as an edit.

A thread whose read lost a part (``FetchedThread.missing``) is marked
``incomplete = "failure"`` with what is missing: every comment that arrived is
stored, none is deleted for being absent, and the next poll reads it in full.

A full read (``reconciled_at`` given) of a thread the source read completely
also finds comments that vanished from the platform without a trace (Reddit
drops deleted comments without replies, Algolia forgets them): they are marked
deleted as an upstream deletion is, and their pending drafts become ``stale``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.domain import FetchedComment, FetchedThread
from bot.privacy.suppress import is_erased
from bot.privacy.upstream import purge_deleted
from bot.review.status import DraftStatus, move
from bot.storage.models import Comment, Draft, Thread, Watch, utcnow
from bot.textnorm import normalise, original


@dataclass
class StoreResult:
    thread_id: int
    new: list[int] = field(default_factory=list)  # comment row ids
    changed: list[int] = field(default_factory=list)
    deleted: list[int] = field(default_factory=list)
    unchanged: int = 0
    missing: list[str] = field(default_factory=list)  # parts of the thread that failed to arrive
    deferred: str | None = None  # what the source left for the next poll on purpose
    linked: list[int] = field(default_factory=list)  # new replies to our published replies (bot.conversation.live)


def comment_hash(text: str | None, deleted: bool, edited_at: datetime | None) -> str:
    key = f"{int(deleted)}|{edited_at.isoformat() if edited_at else ''}|{text or ''}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def upsert_thread(session: Session, watch: Watch, fetched: FetchedThread, max_chars: int) -> Thread:
    ref = fetched.ref
    thread = session.scalar(select(Thread).where(Thread.platform == ref.platform, Thread.external_id == ref.thread_id))
    if fetched.not_modified and thread is not None:  # 304: nothing but the fetch time changes
        thread.last_fetched_at = utcnow()
        session.flush()
        return thread
    title = normalise(fetched.title, 500).text if fetched.title else None
    body = normalise(fetched.body, max_chars).text if fetched.body else None
    if thread is None:
        thread = Thread(
            watch_id=watch.id,
            platform=ref.platform,
            external_id=ref.thread_id,
            url=ref.url,
        )
        session.add(thread)
    if is_erased(session, ref.platform, [fetched.author]):  # started by a person erased on request
        title = body = None
        fetched_author = None
    else:
        fetched_author = fetched.author
    thread.title = title
    thread.author = fetched_author
    thread.body = body
    thread.created_at = fetched.created_at
    if thread.metrics != fetched.metrics:
        thread.metrics = dict(fetched.metrics)
    if thread.extra != fetched.extra:
        thread.extra = dict(fetched.extra)
    community = fetched.extra.get("community")
    if isinstance(community, str) and community:
        thread.community = community[:256]  # a subreddit, a channel, an account: engagement budgets use it
    if fetched.cursor and thread.cursor != fetched.cursor:
        thread.cursor = dict(fetched.cursor)
    mark_completeness(thread, fetched)
    thread.last_fetched_at = utcnow()
    session.flush()
    return thread


def mark_completeness(thread: Thread, fetched: FetchedThread) -> None:
    """Record whether the read was whole, cut short on purpose, or lost a part (and which)."""
    thread.incomplete = fetched.incomplete
    missing = list(fetched.missing) or ([fetched.deferred] if fetched.deferred else [])
    if thread.missing != missing:
        thread.missing = missing


def store_thread(
    session: Session,
    watch: Watch,
    fetched: FetchedThread,
    max_chars: int,
    *,
    reconciled_at: datetime | None = None,
) -> StoreResult:
    """Insert new comments, update changed ones, mark deletions; return what moved.

    ``reconciled_at``: this was a full read (no conditional request); it is recorded
    on the thread, and when ``fetched.complete`` stored comments missing from it are deleted.
    """
    thread = upsert_thread(session, watch, fetched, max_chars)
    result = StoreResult(thread_id=thread.id)
    if fetched.not_modified:
        result.unchanged = -1
        return result
    existing = {row.external_id: row for row in session.scalars(select(Comment).where(Comment.thread_id == thread.id))}
    seen: set[str] = set()
    for item in fetched.comments:
        if item.id in seen:
            continue
        seen.add(item.id)
        row = existing.get(item.id)
        if row is None:
            if is_erased(session, item.platform, [item.author_id, item.author]):
                continue  # erased on request: never stored again (bot/privacy/erase.py)
            row = _new_row(thread, item, max_chars)
            session.add(row)
            session.flush()
            result.new.append(row.id)
            continue
        if _apply(row, item, max_chars):
            (result.deleted if row.deleted else result.changed).append(row.id)
        else:
            result.unchanged += 1
    if reconciled_at is not None:
        thread.last_reconciled_at = reconciled_at
        if fetched.complete:
            for external_id, row in existing.items():
                if external_id not in seen and not row.deleted:
                    _vanish(row)
                    result.deleted.append(row.id)
    purge_deleted(session, result.deleted)  # deleted upstream: signals, opportunity, unsent drafts go too
    if result.deleted:  # drafts kept because the comment was answered must not be approved any more
        move(session, Draft.comment_id.in_(result.deleted), DraftStatus.STALE)
    return result


def _vanish(row: Comment) -> None:
    """A comment the platform no longer lists: deleted, as if the platform had said so."""
    row.text, row.original_text, row.deleted, row.truncated, row.removed_chars = None, None, True, False, 0
    row.author_name = None
    row.content_hash = comment_hash(None, True, row.edited_at)
    row.updated_at = utcnow()


def _new_row(thread: Thread, item: FetchedComment, max_chars: int) -> Comment:
    row = Comment(
        thread_id=thread.id,
        platform=item.platform,
        external_id=item.id,
        parent_external_id=item.parent_id,
        author_id=item.author_id,
        author_name=item.author,
        created_at=item.created_at,
        url=item.url,
        metrics=dict(item.metrics),
        extra=dict(item.extra),
    )
    _set_text(row, item, max_chars)
    return row


def _set_text(row: Comment, item: FetchedComment, max_chars: int) -> None:
    if item.deleted or item.text is None:
        row.text = None
        row.original_text = None
        row.deleted = True
        row.truncated = False
        row.removed_chars = 0
    else:
        clean = normalise(item.text, max_chars)
        row.text = clean.text
        row.original_text = original(item.text, max_chars).text or None
        row.deleted = False
        row.truncated = clean.truncated
        row.removed_chars = clean.removed_chars
    row.edited_at = item.edited_at
    row.content_hash = comment_hash(row.text, row.deleted, row.edited_at)


def _apply(row: Comment, item: FetchedComment, max_chars: int) -> bool:
    """Update ``row`` from ``item``; True when its content changed."""
    if row.metrics != item.metrics:
        row.metrics = dict(item.metrics)
    if row.deleted and not item.deleted:
        return False  # once deleted, stays deleted: text is not restored from a stale cache
    probe = Comment()
    _set_text(probe, item, max_chars)
    if probe.content_hash == row.content_hash:
        if probe.original_text != row.original_text:  # kept since the upgrade, or a display-only change
            row.original_text = probe.original_text
        return False
    row.text, row.original_text = probe.text, probe.original_text
    row.deleted, row.edited_at = probe.deleted, probe.edited_at
    row.truncated, row.removed_chars, row.content_hash = probe.truncated, probe.removed_chars, probe.content_hash
    if row.deleted:
        row.author_name = None
    row.updated_at = utcnow()
    return True
